#include "ActivityRepositoryOf.h"

#include "RecordSql.h"
#include "StoreSql.h"
#include "pg/Pg.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace accord::storage {

using namespace accord::core;

namespace {

QString textArray(const QStringList& values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// Open ones first by due date and time, then the done ones, latest first.
bool agendaOrder(const Activity& a, const Activity& b)
{
    if (a.isOpen() != b.isOpen())
        return a.isOpen();
    if (a.isOpen())
        return std::tuple(a.dueOn, a.dueMinute, a.id) < std::tuple(b.dueOn, b.dueMinute, b.id);
    return std::tuple(b.doneAt, b.id) < std::tuple(a.doneAt, a.id);
}

} // namespace

template <typename Db> std::vector<Activity> ActivityRepositoryOf<Db>::forProspect(Id prospectId)
{
    std::vector<Activity> out = rowsOfProspect<Activity>(m_db, prospectId);
    std::sort(out.begin(), out.end(), agendaOrder);
    return out;
}

template <typename Db> std::optional<Activity> ActivityRepositoryOf<Db>::find(Id id)
{
    return findRow<Activity>(m_db, id);
}

template <typename Db> Id ActivityRepositoryOf<Db>::add(const Activity& a)
{
    return insertRow(m_db, a);
}

template <typename Db> void ActivityRepositoryOf<Db>::update(const Activity& a)
{
    updateRow(m_db, a, "activity");
}

template <typename Db> void ActivityRepositoryOf<Db>::remove(Id id)
{
    removeRow<Activity>(m_db, id);
}

template <typename Db>
std::vector<ActivityRow> ActivityRepositoryOf<Db>::open(const ActivityRange& range)
{
    constexpr const SqlDialect& d = StoreSql<Db>::dialect;
    // Only the bounds given are in the SQL (an open end is no condition at all),
    // numbered in order: the server types each parameter by where it stands.
    int next = 1;
    const int from = range.from.isValid() ? next++ : 0;
    const int to = range.to.isValid() ? next++ : 0;
    const int owners = range.owners.isEmpty() ? 0 : next++;
    const int limit = next;
    std::string where = "WHERE a.done_at IS NULL";
    if (from)
        where += " AND a.due_on >= " + d.param(from, "date");
    if (to)
        where += " AND a.due_on <= " + d.param(to, "date");
    if (owners)
        where += " AND " + d.inTexts("a.owner", owners);
    const std::string sql = "SELECT a.id, " + fieldColumns<Activity>("a") +
                            ", p.name, p.owner FROM activity a JOIN prospect p ON p.id = "
                            "a.prospect_id " +
                            where +
                            " AND p.deleted_at IS NULL ORDER BY a.due_on, a.due_minute, a.id "
                            "LIMIT " +
                            d.param(limit, "bigint");
    auto st = m_db.prepare(sql);
    if (from)
        st.bindDate(from, range.from);
    if (to)
        st.bindDate(to, range.to);
    if (owners)
        st.bind(owners, textArray(range.owners));
    d.bindLimit(st, limit, range.limit);
    const int nameColumn = static_cast<int>(fields<Activity>().size()) + 1;
    std::vector<ActivityRow> out;
    while (st.step()) {
        ActivityRow row;
        row.activity = readRow<Activity>(st);
        row.prospectName = st.text(nameColumn);
        row.prospectOwner = st.text(nameColumn + 1);
        out.push_back(std::move(row));
    }
    return out;
}

template <typename Db>
std::vector<ProspectRef> ActivityRepositoryOf<Db>::withoutOpen(const QStringList& owners, int limit)
{
    constexpr const SqlDialect& d = StoreSql<Db>::dialect;
    std::string sql = "SELECT p.id, p.name, p.owner, p.stage FROM prospect p "
                      "WHERE p.deleted_at IS NULL AND p.status = " +
                      d.param(1, "text") +
                      " AND p.stage < 4 AND NOT EXISTS (SELECT 1 FROM activity a "
                      "WHERE a.prospect_id = p.id AND a.done_at IS NULL)";
    const int limitParam = owners.isEmpty() ? 2 : 3; // parameters numbered without a gap
    if (!owners.isEmpty())
        sql += " AND " + d.inTexts("p.owner", 2);
    sql += " ORDER BY " + d.noCase("p.name") + ", p.id LIMIT " + d.param(limitParam, "bigint");
    auto st = m_db.prepare(sql);
    st.bind(1, statusKey(Status::Active));
    if (!owners.isEmpty())
        st.bind(2, textArray(owners));
    d.bindLimit(st, limitParam, limit);
    std::vector<ProspectRef> out;
    while (st.step()) {
        ProspectRef ref;
        ref.id = st.id(0);
        ref.name = st.text(1);
        ref.owner = st.text(2);
        const int stage = st.integer(3);
        ref.stage =
            stage >= 1 && stage <= kStageCount ? static_cast<Stage>(stage) : Stage::Informative;
        out.push_back(std::move(ref));
    }
    return out;
}

template <typename Db>
std::map<Id, Activity> ActivityRepositoryOf<Db>::nextOpen(const std::vector<Id>& prospectIds)
{
    return nextOpenActivities(m_db, prospectIds);
}

template <typename Db> std::map<Id, Activity> nextOpenActivities(Db& db, const std::vector<Id>& ids)
{
    std::map<Id, Activity> out;
    if (ids.empty())
        return out;
    constexpr const SqlDialect& d = StoreSql<Db>::dialect;
    static const std::string sql =
        "SELECT a.id, " + fieldColumns<Activity>("a") + " FROM " + d.idTable(1, "ids") +
        " JOIN activity a ON a.id = (SELECT n.id FROM activity n WHERE n.prospect_id = ids.id"
        " AND n.done_at IS NULL ORDER BY n.due_on, n.due_minute, n.id LIMIT 1)";
    auto st = db.prepare(sql);
    st.bind(1, StoreSql<Db>::idArray(ids));
    while (st.step()) {
        Activity a = readRow<Activity>(st);
        out.emplace(a.prospectId, std::move(a));
    }
    return out;
}

std::string nextActivityKeySql(bool server)
{
    if (!server)
        return "(SELECT CAST(julianday(n.due_on) AS INTEGER) * 1441 + n.due_minute FROM activity n "
               "WHERE n.prospect_id = p.id AND n.done_at IS NULL "
               "ORDER BY n.due_on, n.due_minute, n.id LIMIT 1)";
    return "(SELECT (n.due_on - DATE '1900-01-01') * 1441 + n.due_minute FROM activity n "
           "WHERE n.prospect_id = p.id AND n.done_at IS NULL "
           "ORDER BY n.due_on, n.due_minute, n.id LIMIT 1)";
}

template class ActivityRepositoryOf<Connection>;
template class ActivityRepositoryOf<pg::Connection>;
template std::map<Id, Activity> nextOpenActivities(Connection&, const std::vector<Id>&);
template std::map<Id, Activity> nextOpenActivities(pg::Connection&, const std::vector<Id>&);

} // namespace accord::storage
