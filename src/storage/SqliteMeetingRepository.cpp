#include "SqliteMeetingRepository.h"

#include "RecordSql.h"

namespace accord::storage {

using namespace accord::core;

namespace {

/// "SELECT m.id, m.<field>, … FROM meeting m <rest>".
std::string selectMeetings(const char* rest)
{
    return selectSql<Meeting>(rest, "m");
}

} // namespace

Id SqliteMeetingRepository::add(const Meeting& m)
{
    return insertRow(m_db, m);
}

void SqliteMeetingRepository::update(const Meeting& m)
{
    updateRow(m_db, m, "meeting");
}

void SqliteMeetingRepository::remove(Id id)
{
    removeRow<Meeting>(m_db, id);
}

std::optional<Meeting> SqliteMeetingRepository::find(Id id)
{
    return findRow<Meeting>(m_db, id);
}

std::vector<Meeting> SqliteMeetingRepository::forProspect(Id prospectId, int limit, int offset)
{
    static const std::string sql = selectMeetings(
        "WHERE m.prospect_id = ?1 ORDER BY m.occurred_at DESC, m.id DESC LIMIT ?2 OFFSET ?3");
    Statement st = m_db.prepare(sql);
    st.bind(1, prospectId).bind(2, limit < 0 ? -1 : limit).bind(3, offset < 0 ? 0 : offset);
    return readRows<Meeting>(st);
}

std::vector<Meeting> SqliteMeetingRepository::recent(int limit, int offset)
{
    static const std::string sql =
        selectMeetings("JOIN prospect p ON p.id = m.prospect_id WHERE p.deleted_at IS NULL"
                       " ORDER BY m.occurred_at DESC, m.id DESC LIMIT ?1 OFFSET ?2");
    Statement st = m_db.prepare(sql);
    st.bind(1, limit < 0 ? -1 : limit).bind(2, offset < 0 ? 0 : offset);
    return readRows<Meeting>(st);
}

std::vector<Meeting> SqliteMeetingRepository::recentOf(const ProspectFilter& filter, int limit,
                                                       int offset)
{
    std::vector<std::variant<qint64, QString>> params;
    const std::string where = m_prospects.where(filter, params);
    Statement st = m_db.prepare(selectMeetings("JOIN prospect p ON p.id = m.prospect_id") + where +
                                " ORDER BY m.occurred_at DESC, m.id DESC LIMIT ? OFFSET ?");
    int index = 0;
    for (const auto& p : params) {
        if (const auto* v = std::get_if<qint64>(&p))
            st.bind(++index, *v);
        else
            st.bind(++index, std::get<QString>(p));
    }
    st.bind(index + 1, limit < 0 ? -1 : limit);
    st.bind(index + 2, offset < 0 ? 0 : offset);
    return readRows<Meeting>(st);
}

int SqliteMeetingRepository::count()
{
    return static_cast<int>(m_db.queryInt("SELECT count(*) FROM meeting"));
}

} // namespace accord::storage
