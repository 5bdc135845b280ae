#pragma once

#include "ProspectRepositoryOf.h"
#include "Sqlite.h"

#include <variant>

namespace accord::storage {

class SqliteEvidenceRepository;
class SqliteGateRepository;
class SqliteProspectList;

/// The prospects of a file (ProspectRepositoryOf.h); rows() feeds the board and
/// the table, from memory where it can (SqliteProspectList.h).
class SqliteProspectRepository final : public ProspectRepositoryOf<Connection, SqliteProspectList>
{
public:
    SqliteProspectRepository(Connection& db, const core::Clock& clock,
                             SqliteEvidenceRepository& evidence, SqliteGateRepository& gates);
    ~SqliteProspectRepository() override;

    void prepareTextFilter() override;

    /// The WHERE clause (over `prospect p`) of a filter; readies the in-memory
    /// text match first.
    std::string where(const core::ProspectFilter& filter,
                      std::vector<std::variant<qint64, QString>>& params);
    /// The list reads: rows, counts and totals (SqliteProspectList.h).
    SqliteProspectList& list() { return *m_list; }
};

} // namespace accord::storage
