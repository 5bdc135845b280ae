// The daily backups (core/io/DailyBackups.h) over a store that is not SQLite:
// the policy lives in the store's settings, and a store that cannot copy
// itself into a file is refused before anything is written.

#include "core/Clock.h"
#include "core/Store.h"
#include "core/StoreMaintenance.h"
#include "core/io/DailyBackups.h"
#include "support/TestSupport.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace accord;

namespace {

/// A store with settings in memory and nothing else; it cannot copy itself.
class SettingsOnlyStore final : public core::Store,
                                public core::StoreMaintenance,
                                public core::SettingsRepository
{
public:
    explicit SettingsOnlyStore(QString location) : m_location(std::move(location)) {}

    core::ProspectRepository& prospects() override { throw core::StoreError("no prospects"); }
    core::MeetingRepository& meetings() override { throw core::StoreError("no meetings"); }
    core::EvidenceRepository& evidence() override { throw core::StoreError("no evidence"); }
    core::ActivityRepository& activities() override { throw core::StoreError("no activities"); }
    core::GateRepository& gates() override { throw core::StoreError("no gates"); }
    core::SearchRepository& search() override { throw core::StoreError("no search"); }
    core::SettingsRepository& settings() override { return *this; }
    core::AttachmentRepository& attachments() override { throw core::StoreError("no files"); }
    core::ReportRows& reports() override { throw core::StoreError("no reports"); }
    core::StoreMaintenance& maintenance() override { return *this; }
    void transaction(const std::function<void()>& work) override { work(); }
    void readSnapshot(const std::function<void()>& work) override { work(); }
    core::ChangeSet applyChanges(const core::ChangeSet&) override
    {
        throw core::StoreError("read only");
    }
    core::ChangeSet removeRecord(core::RecordKind, core::Id, const core::FieldPatch*) override
    {
        throw core::StoreError("read only");
    }
    qint64 dataVersion() override { return 1; }
    QString location() const override { return m_location; }
    bool isReadOnly() const override { return false; }

    int schemaVersion() override { return 1; }
    bool canCopyToFile() const override { return false; }
    bool copyToFile(const QString&, const core::CopyCancelled&) override
    {
        ++copiesAsked;
        throw core::StoreError("this store cannot copy itself");
    }
    QStringList integrityProblems() override { return {}; }
    core::StoreConnector readOnlyConnector() const override { return {}; }
    void traceSlowStatements(double, core::SlowStatementSink) override {}

    QString value(const QString& key, const QString& fallback) override
    {
        const auto it = m_values.find(key);
        return it == m_values.end() ? fallback : it->second;
    }
    void setValue(const QString& key, const QString& value) override { m_values[key] = value; }
    void setValues(const std::map<QString, QString>& values) override
    {
        for (const auto& [key, value] : values)
            m_values[key] = value;
    }
    std::map<QString, QString> all() override { return m_values; }

    int copiesAsked = 0;

private:
    QString m_location;
    std::map<QString, QString> m_values;
};

} // namespace

TEST_CASE("the backup policy is read from and written to any store's settings", "[core][backup]")
{
    test::TempDir dir;
    SettingsOnlyStore store(dir.path(QStringLiteral("team/pipeline")));
    core::BackupPolicy policy = core::backupPolicy(store.settings(), store.location());
    CHECK(policy.enabled);
    CHECK(policy.keep == 7);
    CHECK(policy.folder == dir.path(QStringLiteral("team/backups")));

    core::saveBackupPolicy(store.settings(), {true, 3, QStringLiteral("/srv/copies")});
    policy = core::backupPolicy(store.settings(), store.location());
    CHECK(policy.keep == 3);
    CHECK(policy.folder == QStringLiteral("/srv/copies"));

    // Someone changed the number of copies since it was read: refused, nothing written.
    const core::BackupPolicy loaded = policy;
    store.settings().setValue(QLatin1String(core::kBackupKeepKey), QStringLiteral("9"));
    core::BackupPolicy mine = loaded;
    mine.keep = 5;
    CHECK_THROWS_AS(core::saveBackupPolicy(store.settings(), mine, &loaded),
                    core::SettingChangedError);
    CHECK(core::backupPolicy(store.settings(), store.location()).keep == 9);
}

TEST_CASE("a store that cannot copy itself into a file gets no daily copy and no folder",
          "[core][backup]")
{
    test::TempDir dir;
    SettingsOnlyStore store(dir.path(QStringLiteral("pipeline")));
    store.settings().setValue(QLatin1String(core::kPipelineIdKey), QStringLiteral("0123abcd"));
    const QString folder = dir.path(QStringLiteral("copies"));
    core::saveBackupPolicy(store.settings(), {true, 3, folder});
    const core::FixedClock clock(test::referenceNow());

    CHECK_THROWS_WITH(core::rotateBackupsIfDue(store, clock),
                      Catch::Contains("cannot be copied into a file"));
    CHECK_THROWS_AS(core::rotateBackups(store, folder, 3, clock), core::StoreError);
    CHECK(store.copiesAsked == 0);
    CHECK_FALSE(QDir(folder).exists());

    // With backups off, nothing is asked of the store at all.
    core::saveBackupPolicy(store.settings(), {false, 3, folder});
    const core::BackupRotation r = core::rotateBackupsIfDue(store, clock);
    CHECK(r.written.isEmpty());
    CHECK(r.removed.isEmpty());
    CHECK(store.copiesAsked == 0);
}
