#include "PgProspectRepository.h"

#include "PgProspectList.h"

namespace accord::storage::pg {

PgProspectRepository::PgProspectRepository(Connection& db, const core::Clock& clock,
                                           PgEvidenceRepository& evidence, PgGateRepository& gates)
    : ProspectRepositoryOf(db, clock, std::make_unique<PgProspectList>(db, evidence, gates))
{}

PgProspectRepository::~PgProspectRepository() = default;

void PgProspectRepository::prepareTextFilter()
{
    // Nothing to load ahead: the server answers the text filter from the stored
    // folded text and its trigram index (prospectListSchemaSql), kept up to
    // date by every write, with no copy of the prospects in this process.
}

std::string PgProspectRepository::where(const core::ProspectFilter& filter,
                                        std::vector<std::variant<qint64, QString>>& params)
{
    ProspectWhere w = prospectWhere(filter, static_cast<int>(params.size()) + 1);
    params.insert(params.end(), w.params.begin(), w.params.end());
    return w.sql;
}

} // namespace accord::storage::pg
