#include "../RecordSql.h"
#include "PgProspectRepository.h"

namespace accord::storage::pg {

// The row lock of a stage move: two people moving one prospect at once are
// served one after the other, the second deciding (gates, overrides) on what
// the first wrote. Row-level security leaves out a row the user may not
// change, so it reads as missing.
std::optional<core::Prospect> PgProspectRepository::findForChange(core::Id id)
{
    static const std::string sql = selectSql<core::Prospect>("WHERE id = ?1 FOR UPDATE");
    Statement st = m_db.prepare(sql);
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow<core::Prospect>(st);
}

} // namespace accord::storage::pg
