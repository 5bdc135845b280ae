#pragma once

#include "Pg.h"
#include "storage/ProspectRepositoryOf.h"

#include <variant>

namespace accord::storage::pg {

class PgEvidenceRepository;
class PgGateRepository;
class PgProspectList;

/// The prospects of a team server (storage/ProspectRepositoryOf.h); rows()
/// feeds the board and the table (PgProspectList.h).
class PgProspectRepository final : public ProspectRepositoryOf<Connection, PgProspectList>
{
public:
    PgProspectRepository(Connection& db, const core::Clock& clock, PgEvidenceRepository& evidence,
                         PgGateRepository& gates);
    ~PgProspectRepository() override;

    /// SELECT … FOR UPDATE (PgProspectLock.cpp): a second mover waits, then decides on
    /// what the first wrote.
    std::optional<core::Prospect> findForChange(core::Id id) override;
    void prepareTextFilter() override;

    /// The WHERE clause (over `prospect p`) of a filter, with its parameters
    /// numbered on from those already in `params`, their values appended there.
    std::string where(const core::ProspectFilter& filter,
                      std::vector<std::variant<qint64, QString>>& params);
};

} // namespace accord::storage::pg
