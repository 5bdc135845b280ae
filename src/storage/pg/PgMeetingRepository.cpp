#include "PgMeetingRepository.h"

#include "storage/RecordSql.h"

namespace accord::storage::pg {

using namespace accord::core;

namespace {

/// "SELECT m.id, m.<field>, … FROM meeting m <rest>".
std::string selectMeetings(const char* rest)
{
    return selectSql<Meeting>(rest, "m");
}

// Newest first; a meeting without a time is the oldest, as in a file.
constexpr const char* kNewestFirst = " ORDER BY m.occurred_at DESC NULLS LAST, m.id DESC";

/// Binds a limit (< 0: all, which is NULL) and an offset.
void bindPage(Statement& st, int index, int limit, int offset)
{
    if (limit < 0)
        st.bindNull(index);
    else
        st.bind(index, limit);
    st.bind(index + 1, offset < 0 ? 0 : offset);
}

} // namespace

Id PgMeetingRepository::add(const Meeting& m)
{
    return insertRow(m_db, m);
}

void PgMeetingRepository::update(const Meeting& m)
{
    updateRow(m_db, m, "meeting");
}

void PgMeetingRepository::remove(Id id)
{
    removeRow<Meeting>(m_db, id);
}

std::optional<Meeting> PgMeetingRepository::find(Id id)
{
    return findRow<Meeting>(m_db, id);
}

std::vector<Meeting> PgMeetingRepository::forProspect(Id prospectId, int limit, int offset)
{
    static const std::string sql = selectMeetings("WHERE m.prospect_id = ?1") + kNewestFirst +
                                   " LIMIT ?2::bigint OFFSET ?3::bigint";
    Statement st = m_db.prepare(sql);
    st.bind(1, prospectId);
    bindPage(st, 2, limit, offset);
    return readRows<Meeting>(st);
}

std::vector<Meeting> PgMeetingRepository::recent(int limit, int offset)
{
    static const std::string sql =
        selectMeetings("JOIN prospect p ON p.id = m.prospect_id WHERE p.deleted_at IS NULL") +
        kNewestFirst + " LIMIT ?1::bigint OFFSET ?2::bigint";
    Statement st = m_db.prepare(sql);
    bindPage(st, 1, limit, offset);
    return readRows<Meeting>(st);
}

std::vector<Meeting> PgMeetingRepository::recentOf(const ProspectFilter& filter, int limit,
                                                   int offset)
{
    std::vector<std::variant<qint64, QString>> params;
    const std::string where = m_prospects.where(filter, params);
    const int count = static_cast<int>(params.size());
    Statement st = m_db.prepare(selectMeetings("JOIN prospect p ON p.id = m.prospect_id") + where +
                                kNewestFirst + " LIMIT ?" + std::to_string(count + 1) +
                                "::bigint OFFSET ?" + std::to_string(count + 2) + "::bigint");
    int index = 0;
    for (const auto& p : params) {
        if (const auto* v = std::get_if<qint64>(&p))
            st.bind(++index, *v);
        else
            st.bind(++index, std::get<QString>(p));
    }
    bindPage(st, count + 1, limit, offset);
    return readRows<Meeting>(st);
}

int PgMeetingRepository::count()
{
    return static_cast<int>(m_db.queryInt("SELECT count(*) FROM meeting"));
}

} // namespace accord::storage::pg
