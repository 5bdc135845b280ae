#pragma once

#include "Pg.h"
#include "PgProspectRepository.h"
#include "core/Store.h"

namespace accord::storage::pg {

/// Meetings, newest first, per prospect or across the pipeline.
class PgMeetingRepository final : public core::MeetingRepository
{
public:
    PgMeetingRepository(Connection& db, PgProspectRepository& prospects)
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
    PgProspectRepository& m_prospects;
};

} // namespace accord::storage::pg
