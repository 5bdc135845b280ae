#include "SqliteProspectRepository.h"

#include "SqliteProspectList.h"

namespace accord::storage {

SqliteProspectRepository::SqliteProspectRepository(Connection& db, const core::Clock& clock,
                                                   SqliteEvidenceRepository& evidence,
                                                   SqliteGateRepository& gates)
    : ProspectRepositoryOf(db, clock, std::make_unique<SqliteProspectList>(db, evidence, gates))
{}

SqliteProspectRepository::~SqliteProspectRepository() = default;

void SqliteProspectRepository::prepareTextFilter()
{
    m_list->warm();
}

std::string SqliteProspectRepository::where(const core::ProspectFilter& filter,
                                            std::vector<std::variant<qint64, QString>>& params)
{
    return m_list->where(filter, params);
}

} // namespace accord::storage
