#pragma once

// A store that answers everything through another one but cannot copy itself
// into a file, as a store on a server would: what the app and the CLI do with
// a store they reach only through the core interfaces.

#include "core/Store.h"
#include "core/StoreMaintenance.h"

namespace accord::test {

class NoFileCopyStore final : public core::Store, public core::StoreMaintenance
{
public:
    explicit NoFileCopyStore(std::unique_ptr<core::Store> inner) : m_inner(std::move(inner)) {}

    core::ProspectRepository& prospects() override { return m_inner->prospects(); }
    core::MeetingRepository& meetings() override { return m_inner->meetings(); }
    core::EvidenceRepository& evidence() override { return m_inner->evidence(); }
    core::ActivityRepository& activities() override { return m_inner->activities(); }
    core::GateRepository& gates() override { return m_inner->gates(); }
    core::SearchRepository& search() override { return m_inner->search(); }
    core::SettingsRepository& settings() override { return m_inner->settings(); }
    core::AttachmentRepository& attachments() override { return m_inner->attachments(); }
    core::ReportRows& reports() override { return m_inner->reports(); }
    core::StoreMaintenance& maintenance() override { return *this; }
    void transaction(const std::function<void()>& work) override { m_inner->transaction(work); }
    void readSnapshot(const std::function<void()>& work) override { m_inner->readSnapshot(work); }
    core::ChangeSet applyChanges(const core::ChangeSet& changes) override
    {
        return m_inner->applyChanges(changes);
    }
    core::ChangeSet removeRecord(core::RecordKind kind, core::Id id,
                                 const core::FieldPatch* expected) override
    {
        return m_inner->removeRecord(kind, id, expected);
    }
    qint64 dataVersion() override { return m_inner->dataVersion(); }
    QString location() const override { return m_inner->location(); }
    bool isReadOnly() const override { return m_inner->isReadOnly(); }

    int schemaVersion() override { return m_inner->maintenance().schemaVersion(); }
    bool canCopyToFile() const override { return false; }
    bool copyToFile(const QString&, const core::CopyCancelled&) override
    {
        ++copiesAsked;
        throw core::StoreError("This store cannot copy itself into a file.");
    }
    QStringList integrityProblems() override { return m_inner->maintenance().integrityProblems(); }
    core::StoreConnector readOnlyConnector() const override
    {
        return m_inner->maintenance().readOnlyConnector();
    }
    void traceSlowStatements(double thresholdMs, core::SlowStatementSink sink) override
    {
        m_inner->maintenance().traceSlowStatements(thresholdMs, std::move(sink));
    }

    int copiesAsked = 0;

private:
    std::unique_ptr<core::Store> m_inner;
};

} // namespace accord::test
