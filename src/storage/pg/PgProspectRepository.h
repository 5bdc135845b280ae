#pragma once

#include "Pg.h"
#include "core/Clock.h"
#include "core/Store.h"

#include <memory>
#include <variant>

namespace accord::storage::pg {

class PgEvidenceRepository;
class PgGateRepository;
class PgProspectList;

/// Prospects with their contacts, tags and stage history; rows() feeds the board and the table.
class PgProspectRepository final : public core::ProspectRepository
{
public:
    PgProspectRepository(Connection& db, const core::Clock& clock, PgEvidenceRepository& evidence,
                         PgGateRepository& gates);
    ~PgProspectRepository() override;

    core::Id add(const core::Prospect& p) override;
    void update(const core::Prospect& p) override;
    std::optional<core::Prospect> find(core::Id id) override;
    /// SELECT … FOR UPDATE (PgProspectLock.cpp): a second mover waits, then decides on
    /// what the first wrote.
    std::optional<core::Prospect> findForChange(core::Id id) override;
    std::vector<core::ProspectRow> rows(const core::ProspectFilter& filter, core::ProspectSort sort,
                                        bool ascending, int limit, int offset) override;
    std::optional<core::ProspectRow> row(core::Id id) override;
    int count(const core::ProspectFilter& filter) override;
    std::vector<core::StageTotal> totals(const core::ProspectFilter& filter) override;
    int stalledCount(const QDateTime& now, const core::PipelineSettings& settings) override;
    void prepareTextFilter() override;
    void moveToTrash(core::Id id, const QDateTime& at) override;
    void restoreFromTrash(core::Id id) override;
    bool purge(core::Id id) override;

    core::Id applyStageChange(const core::Prospect& after,
                              const core::StageChange& change) override;
    void revertStageChange(const core::Prospect& before, core::Id changeId) override;
    std::vector<core::StageChange> history(core::Id prospectId) override;
    core::Id addHistory(const core::StageChange& c) override;

    QStringList owners() override;
    QStringList industries() override;

    std::vector<core::Contact> contacts(core::Id prospectId) override;
    std::optional<core::Contact> findContact(core::Id id) override;
    core::Id addContact(const core::Contact& v) override;
    void updateContact(const core::Contact& v) override;
    void removeContact(core::Id id) override;

    QStringList tags(core::Id prospectId) override;
    void setTags(core::Id prospectId, const QStringList& tags) override;
    QStringList allTags() override;

    /// The WHERE clause (over `prospect p`) of a filter, with its parameters
    /// numbered on from those already in `params`, their values appended there.
    std::string where(const core::ProspectFilter& filter,
                      std::vector<std::variant<qint64, QString>>& params);

private:
    void write(const core::Prospect& p); // every column as given
    Connection& m_db;
    const core::Clock& m_clock;
    std::unique_ptr<PgProspectList> m_list; // rows, counts and totals
};

} // namespace accord::storage::pg
