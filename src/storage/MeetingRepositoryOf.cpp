#include "MeetingRepositoryOf.h"

#include "RecordSql.h"
#include "SqliteProspectRepository.h"
#include "StoreSql.h"
#include "pg/PgProspectRepository.h"

namespace accord::storage {

using namespace accord::core;

namespace {

/// "SELECT m.id, m.<field>, … FROM meeting m <rest>".
std::string selectMeetings(const std::string& rest)
{
    return selectSql<Meeting>(rest.c_str(), "m");
}

// Newest first; a meeting without a time is the oldest.
constexpr const char* kNewestFirst = " ORDER BY m.occurred_at DESC NULLS LAST, m.id DESC";

/// " LIMIT ?n OFFSET ?n+1".
template <typename Db> std::string page(int n)
{
    constexpr const SqlDialect& d = StoreSql<Db>::dialect;
    return " LIMIT " + d.param(n, "bigint") + " OFFSET " + d.param(n + 1, "bigint");
}

/// Binds a limit (< 0: all) to ?n and an offset to ?n+1.
template <typename Db, typename St> void bindPage(St& st, int n, int limit, int offset)
{
    StoreSql<Db>::dialect.bindLimit(st, n, limit);
    st.bind(n + 1, offset < 0 ? 0 : offset);
}

} // namespace

template <typename Db, typename Prospects>
Id MeetingRepositoryOf<Db, Prospects>::add(const Meeting& m)
{
    return insertRow(m_db, m);
}

template <typename Db, typename Prospects>
void MeetingRepositoryOf<Db, Prospects>::update(const Meeting& m)
{
    updateRow(m_db, m, "meeting");
}

template <typename Db, typename Prospects> void MeetingRepositoryOf<Db, Prospects>::remove(Id id)
{
    removeRow<Meeting>(m_db, id);
}

template <typename Db, typename Prospects>
std::optional<Meeting> MeetingRepositoryOf<Db, Prospects>::find(Id id)
{
    return findRow<Meeting>(m_db, id);
}

template <typename Db, typename Prospects>
std::vector<Meeting> MeetingRepositoryOf<Db, Prospects>::forProspect(Id prospectId, int limit,
                                                                     int offset)
{
    static const std::string sql =
        selectMeetings("WHERE m.prospect_id = ?1") + kNewestFirst + page<Db>(2);
    auto st = m_db.prepare(sql);
    st.bind(1, prospectId);
    bindPage<Db>(st, 2, limit, offset);
    return readRows<Meeting>(st);
}

template <typename Db, typename Prospects>
std::vector<Meeting> MeetingRepositoryOf<Db, Prospects>::recent(int limit, int offset)
{
    static const std::string sql =
        selectMeetings("JOIN prospect p ON p.id = m.prospect_id WHERE p.deleted_at IS NULL") +
        kNewestFirst + page<Db>(1);
    auto st = m_db.prepare(sql);
    bindPage<Db>(st, 1, limit, offset);
    return readRows<Meeting>(st);
}

template <typename Db, typename Prospects>
std::vector<Meeting> MeetingRepositoryOf<Db, Prospects>::recentOf(const ProspectFilter& filter,
                                                                  int limit, int offset)
{
    std::vector<std::variant<qint64, QString>> params;
    const std::string where = m_prospects.where(filter, params);
    const int count = static_cast<int>(params.size());
    auto st = m_db.prepare(selectMeetings("JOIN prospect p ON p.id = m.prospect_id") + where +
                           kNewestFirst + page<Db>(count + 1));
    int index = 0;
    for (const auto& p : params) {
        if (const auto* v = std::get_if<qint64>(&p))
            st.bind(++index, *v);
        else
            st.bind(++index, std::get<QString>(p));
    }
    bindPage<Db>(st, count + 1, limit, offset);
    return readRows<Meeting>(st);
}

template <typename Db, typename Prospects> int MeetingRepositoryOf<Db, Prospects>::count()
{
    return static_cast<int>(m_db.queryInt("SELECT count(*) FROM meeting"));
}

template class MeetingRepositoryOf<Connection, SqliteProspectRepository>;
template class MeetingRepositoryOf<pg::Connection, pg::PgProspectRepository>;

} // namespace accord::storage
