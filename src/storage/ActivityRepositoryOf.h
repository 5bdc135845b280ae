#pragma once

#include "core/Store.h"

namespace accord::storage {

/// Planned activities per prospect and across the pipeline (the agenda), in
/// either store (`Db`: the connection of Sqlite.h or pg/Pg.h, StoreSql.h).
/// The agenda's reads are index ranges on open activities by due date; each
/// prospect's next one is a seek on (prospect_id, due_on, due_minute, id).
template <typename Db> class ActivityRepositoryOf final : public core::ActivityRepository
{
public:
    explicit ActivityRepositoryOf(Db& db) : m_db(db) {}

    std::vector<core::Activity> forProspect(core::Id prospectId) override;
    std::optional<core::Activity> find(core::Id id) override;
    core::Id add(const core::Activity& a) override;
    void update(const core::Activity& a) override;
    void remove(core::Id id) override;
    std::vector<core::ActivityRow> open(const core::ActivityRange& range) override;
    std::vector<core::ProspectRef> withoutOpen(const QStringList& owners, int limit) override;
    std::map<core::Id, core::Activity> nextOpen(const std::vector<core::Id>& prospectIds) override;

private:
    Db& m_db;
};

/// Each prospect's open activity due first, for the prospects of `ids` that
/// have one: what the prospect lists put on their rows.
template <typename Db>
std::map<core::Id, core::Activity> nextOpenActivities(Db& db, const std::vector<core::Id>& ids);

/// The ORDER BY key of "by next activity" for the prospect aliased `p`: its
/// next open activity's day and minute as one number, NULL when it has none;
/// in the server's SQL when `server`.
std::string nextActivityKeySql(bool server);

} // namespace accord::storage
