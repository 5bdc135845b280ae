#pragma once

#include "Sqlite.h"
#include "SqliteProspectRepository.h"
#include "core/Store.h"

namespace accord::storage {

/// Meetings, newest first, per prospect or across the pipeline.
class SqliteMeetingRepository final : public core::MeetingRepository
{
public:
    SqliteMeetingRepository(Connection& db, SqliteProspectRepository& prospects)
        : m_db(db), m_prospects(prospects)
    {}

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
    Connection& m_db;
    SqliteProspectRepository& m_prospects;
};

} // namespace accord::storage
