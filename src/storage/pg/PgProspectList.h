#pragma once

// The prospect list on a team server, as the board, the table and the status
// bar read it: pages of rows in any order, counts, per-stage totals and the
// stalled count, each one SQL statement over indexes (prospectListSchemaSql).
// The answers are those of the file's SqliteProspectList: the same filter,
// the same order (NULL before any value when ascending, names compared
// ignoring ASCII case in code point order), the same text match.

#include "Pg.h"
#include "core/Store.h"

#include <string>
#include <variant>
#include <vector>

namespace accord::storage::pg {

class PgEvidenceRepository;
class PgGateRepository;

/// A filter as SQL: the WHERE clause over `prospect p` (" WHERE …", or empty)
/// with parameters ?first, ?first+1, … and their values in that order.
struct ProspectWhere
{
    std::string sql;
    std::vector<std::variant<qint64, QString>> params;
    /// The number of the parameter after the filter's.
    int next = 1;
};
ProspectWhere prospectWhere(const core::ProspectFilter& filter, int first = 1);
/// Binds `where`'s values to its parameters.
void bindWhere(Statement& st, const ProspectWhere& where);

/// The column and the indexes the list's statements read: `prospect.list_text`,
/// the case-folded "name · owner · industry · segment" the text filter
/// searches (a stored generated column, folded as Qt folds the filter's
/// text, with a trigram index), and the indexes of the board's order, the
/// owner and industry lists and the name order. Idempotent; run by the
/// database's owner. The trigger's function looks in `quotedSchema` (the
/// tables' schema, quoted as an identifier).
std::string prospectListSchemaSql(const std::string& quotedSchema);

class PgProspectList
{
public:
    PgProspectList(Connection& db, PgEvidenceRepository& evidence, PgGateRepository& gates);

    std::vector<core::ProspectRow> rows(const core::ProspectFilter& filter, core::ProspectSort sort,
                                        bool ascending, int limit, int offset);
    std::optional<core::ProspectRow> row(core::Id id);
    int count(const core::ProspectFilter& filter);
    std::vector<core::StageTotal> totals(const core::ProspectFilter& filter);
    int stalledCount(const QDateTime& now, const core::PipelineSettings& settings);

private:
    std::vector<core::ProspectRow> select(const ProspectWhere& where, const std::string& order,
                                          int limit, int offset);

    Connection& m_db;
    PgEvidenceRepository& m_evidence;
    PgGateRepository& m_gates;
};

} // namespace accord::storage::pg
