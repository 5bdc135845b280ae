#pragma once

#include "core/Store.h"

namespace accord::storage {

/// Meetings, newest first, per prospect or across the pipeline, in either store
/// (`Db`: the connection of Sqlite.h or pg/Pg.h, StoreSql.h; `Prospects` its
/// prospect repository, which turns a filter into SQL).
template <typename Db, typename Prospects>
class MeetingRepositoryOf final : public core::MeetingRepository
{
public:
    MeetingRepositoryOf(Db& db, Prospects& prospects) : m_db(db), m_prospects(prospects) {}

    core::Id add(const core::Meeting& m) override;
    void update(const core::Meeting& m) override;
    void remove(core::Id id) override;
    std::optional<core::Meeting> find(core::Id id) override;
    std::vector<core::Meeting> forProspect(core::Id prospectId, int limit = -1,
                                           int offset = 0) override;
    std::vector<core::Meeting> recent(int limit, int offset = 0) override;
    std::vector<core::Meeting> recentOf(const core::ProspectFilter& filter, int limit,
                                        int offset = 0) override;
    int count() override;

private:
    Db& m_db;
    Prospects& m_prospects;
};

} // namespace accord::storage
