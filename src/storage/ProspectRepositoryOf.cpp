#include "ProspectRepositoryOf.h"

#include "RecordSql.h"
#include "SqliteProspectList.h"
#include "StoreSql.h"
#include "pg/Pg.h"
#include "pg/PgProspectList.h"

namespace accord::storage {

using namespace accord::core;

namespace {

template <typename St> QStringList readStrings(St& st)
{
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

// Each distinct non-blank value of a column of the prospects outside the trash
// once, in code point order: one index seek per value (on a file
// prospect_owner, prospect_industry; on the server prospect_list_owner,
// prospect_list_industry) instead of reading every prospect. The columns hold
// text only, so "> ''" leaves out exactly the blank ones.
template <typename Db> QStringList distinctValues(Db& db, const char* column)
{
    const std::string value = StoreSql<Db>::dialect.binary(column);
    auto st = db.prepare("WITH RECURSIVE v(x) AS (SELECT min(" + value +
                         ") FROM prospect WHERE deleted_at IS NULL AND " + value +
                         " > '' UNION ALL SELECT (SELECT min(" + value +
                         ") FROM prospect WHERE deleted_at IS NULL AND " + value +
                         " > v.x) FROM v WHERE v.x IS NOT NULL) "
                         "SELECT x FROM v WHERE x IS NOT NULL");
    return readStrings(st);
}

// Why a statement on prospect `id` changed no row: the prospect is gone, or (on
// the server) row-level security let the user read it but not change it.
template <typename Db> [[noreturn]] void refuseUnchanged(Db& db, Id id)
{
    if constexpr (StoreSql<Db>::dialect.server) {
        auto seen = db.prepare("SELECT id FROM prospect WHERE id = ?1::bigint");
        seen.bind(1, id);
        if (seen.step())
            throw pg::PermissionError(QStringLiteral(
                "This prospect is not yours to change: ask its owner or your team's lead."));
    }
    throw StoreError(
        QStringLiteral("The prospect no longer exists; it may have been deleted elsewhere."));
}

// Takes the prospect's row lock until the transaction ends: stage moves of one
// prospect by two people at once happen one after the other. Row-level
// security hides from FOR UPDATE a prospect the user may read but not change.
// A file's write transaction, taken up front, already serves one at a time.
template <typename Db> void lockProspect(Db& db, Id id)
{
    if constexpr (StoreSql<Db>::dialect.server) {
        auto lock = db.prepare("SELECT id FROM prospect WHERE id = ?1::bigint FOR UPDATE");
        lock.bind(1, id);
        if (!lock.step())
            refuseUnchanged(db, id);
    }
}

template <typename Db> void removeUnusedTags(Db& db)
{
    db.prepare("DELETE FROM tag WHERE NOT EXISTS "
               "(SELECT 1 FROM prospect_tag pt WHERE pt.tag_id = tag.id)")
        .run();
}

} // namespace

template <typename Db, typename List>
ProspectRepositoryOf<Db, List>::ProspectRepositoryOf(Db& db, const Clock& clock,
                                                     std::unique_ptr<List> list)
    : m_db(db), m_clock(clock), m_list(std::move(list))
{}

template <typename Db, typename List>
ProspectRepositoryOf<Db, List>::~ProspectRepositoryOf() = default;

template <typename Db, typename List> Id ProspectRepositoryOf<Db, List>::add(const Prospect& p)
{
    return insertRow(m_db, p);
}

template <typename Db, typename List> void ProspectRepositoryOf<Db, List>::write(const Prospect& p)
{
    auto st = m_db.prepare(updateSql<Prospect>());
    bindRow(st, p);
    st.run();
    if (rowsChanged(m_db, st) == 0)
        refuseUnchanged(m_db, p.id);
}

template <typename Db, typename List> void ProspectRepositoryOf<Db, List>::update(const Prospect& p)
{
    // Every edit moves updated_at forward: the caller's stamp or the store clock, whichever is
    // later.
    Prospect copy = p;
    const QDateTime now = m_clock.now();
    if (!copy.updatedAt.isValid() || copy.updatedAt < now)
        copy.updatedAt = now;
    write(copy);
}

template <typename Db, typename List>
std::optional<Prospect> ProspectRepositoryOf<Db, List>::find(Id id)
{
    return findRow<Prospect>(m_db, id);
}

template <typename Db, typename List>
std::vector<ProspectRow> ProspectRepositoryOf<Db, List>::rows(const ProspectFilter& filter,
                                                              ProspectSort sort, bool ascending,
                                                              int limit, int offset)
{
    return m_list->rows(filter, sort, ascending, limit, offset);
}

template <typename Db, typename List>
std::optional<ProspectRow> ProspectRepositoryOf<Db, List>::row(Id id)
{
    return m_list->row(id);
}

template <typename Db, typename List>
int ProspectRepositoryOf<Db, List>::count(const ProspectFilter& filter)
{
    return m_list->count(filter);
}

template <typename Db, typename List>
std::vector<StageTotal> ProspectRepositoryOf<Db, List>::totals(const ProspectFilter& filter)
{
    return m_list->totals(filter);
}

template <typename Db, typename List>
int ProspectRepositoryOf<Db, List>::stalledCount(const QDateTime& now,
                                                 const PipelineSettings& settings)
{
    return m_list->stalledCount(now, settings);
}

template <typename Db, typename List>
void ProspectRepositoryOf<Db, List>::moveToTrash(Id id, const QDateTime& at)
{
    constexpr const SqlDialect& d = StoreSql<Db>::dialect;
    static const std::string sql = "UPDATE prospect SET deleted_at = " + d.param(2, "bigint") +
                                   " WHERE id = " + d.param(1, "bigint");
    auto st = m_db.prepare(sql);
    st.bind(1, id).bindTime(2, at.isValid() ? at : m_clock.now());
    st.run();
    if (rowsChanged(m_db, st) == 0)
        refuseUnchanged(m_db, id);
}

template <typename Db, typename List> void ProspectRepositoryOf<Db, List>::restoreFromTrash(Id id)
{
    static const std::string sql = "UPDATE prospect SET deleted_at = NULL WHERE id = " +
                                   StoreSql<Db>::dialect.param(1, "bigint");
    auto st = m_db.prepare(sql);
    st.bind(1, id);
    st.run();
    if (rowsChanged(m_db, st) == 0)
        refuseUnchanged(m_db, id);
}

template <typename Db, typename List> bool ProspectRepositoryOf<Db, List>::purge(Id id)
{
    typename StoreSql<Db>::Transaction tx(m_db);
    // Only from the trash: a prospect restored meanwhile stays.
    static const std::string sql =
        "DELETE FROM prospect WHERE id = " + StoreSql<Db>::dialect.param(1, "bigint") +
        " AND deleted_at IS NOT NULL";
    auto st = m_db.prepare(sql);
    st.bind(1, id);
    st.run();
    if (rowsChanged(m_db, st) == 0)
        return false;
    // Tags nobody uses any more go with it.
    removeUnusedTags(m_db);
    tx.commit();
    return true;
}

template <typename Db, typename List>
Id ProspectRepositoryOf<Db, List>::applyStageChange(const Prospect& after,
                                                    const StageChange& change)
{
    typename StoreSql<Db>::Transaction tx(m_db);
    lockProspect(m_db, after.id);
    Prospect copy = after;
    if (!copy.updatedAt.isValid())
        copy.updatedAt = change.at.isValid() ? change.at : m_clock.now();
    write(copy);
    StageChange c = change;
    c.prospectId = after.id;
    const Id id = addHistory(c);
    tx.commit();
    return id;
}

template <typename Db, typename List>
void ProspectRepositoryOf<Db, List>::revertStageChange(const Prospect& before, Id changeId)
{
    constexpr const SqlDialect& d = StoreSql<Db>::dialect;
    typename StoreSql<Db>::Transaction tx(m_db);
    lockProspect(m_db, before.id);
    write(before);
    static const std::string sql = "DELETE FROM stage_change WHERE id = " + d.param(1, "bigint") +
                                   " AND prospect_id = " + d.param(2, "bigint");
    auto st = m_db.prepare(sql);
    st.bind(1, changeId).bind(2, before.id);
    st.run();
    expectRowChanged(m_db, st, "stage history entry");
    tx.commit();
}

template <typename Db, typename List>
std::vector<StageChange> ProspectRepositoryOf<Db, List>::history(Id prospectId)
{
    // Oldest first, an entry without a time before all others.
    static const std::string sql =
        selectSql<StageChange>(("WHERE prospect_id = " + StoreSql<Db>::dialect.param(1, "bigint") +
                                " ORDER BY at NULLS FIRST, id")
                                   .c_str());
    auto st = m_db.prepare(sql);
    st.bind(1, prospectId);
    return readRows<StageChange>(st);
}

template <typename Db, typename List>
Id ProspectRepositoryOf<Db, List>::addHistory(const StageChange& c)
{
    return insertRow(m_db, c);
}

template <typename Db, typename List>
std::vector<CloseChange> ProspectRepositoryOf<Db, List>::closeHistory(Id prospectId)
{
    static const std::string sql =
        selectSql<CloseChange>(("WHERE prospect_id = " + StoreSql<Db>::dialect.param(1, "bigint") +
                                " ORDER BY at NULLS FIRST, id")
                                   .c_str());
    auto st = m_db.prepare(sql);
    st.bind(1, prospectId);
    return readRows<CloseChange>(st);
}

template <typename Db, typename List>
Id ProspectRepositoryOf<Db, List>::addCloseChange(const CloseChange& c)
{
    return insertRow(m_db, c);
}

template <typename Db, typename List> QStringList ProspectRepositoryOf<Db, List>::owners()
{
    return distinctValues(m_db, "owner");
}

template <typename Db, typename List> QStringList ProspectRepositoryOf<Db, List>::industries()
{
    return distinctValues(m_db, "industry");
}

template <typename Db, typename List>
std::vector<Contact> ProspectRepositoryOf<Db, List>::contacts(Id prospectId)
{
    return rowsOfProspect<Contact>(m_db, prospectId);
}

template <typename Db, typename List>
Id ProspectRepositoryOf<Db, List>::addContact(const Contact& v)
{
    return insertRow(m_db, v);
}

template <typename Db, typename List>
void ProspectRepositoryOf<Db, List>::updateContact(const Contact& v)
{
    updateRow(m_db, v, "contact");
}

template <typename Db, typename List> void ProspectRepositoryOf<Db, List>::removeContact(Id id)
{
    removeRow<Contact>(m_db, id);
}

template <typename Db, typename List>
std::optional<Contact> ProspectRepositoryOf<Db, List>::findContact(Id id)
{
    return findRow<Contact>(m_db, id);
}

template <typename Db, typename List>
QStringList ProspectRepositoryOf<Db, List>::tags(Id prospectId)
{
    constexpr const SqlDialect& d = StoreSql<Db>::dialect;
    static const std::string sql = "SELECT t.name FROM prospect_tag pt JOIN tag t ON t.id = "
                                   "pt.tag_id WHERE pt.prospect_id = " +
                                   d.param(1, "bigint") + " ORDER BY " + d.binary("t.name");
    auto st = m_db.prepare(sql);
    st.bind(1, prospectId);
    return readStrings(st);
}

template <typename Db, typename List>
void ProspectRepositoryOf<Db, List>::setTags(Id prospectId, const QStringList& tags)
{
    constexpr const SqlDialect& d = StoreSql<Db>::dialect;
    static const std::string clearSql =
        "DELETE FROM prospect_tag WHERE prospect_id = " + d.param(1, "bigint");
    static const std::string addTagSql =
        "INSERT INTO tag(name) VALUES (" + d.param(1, "text") + ") ON CONFLICT (name) DO NOTHING";
    static const std::string linkSql =
        "INSERT INTO prospect_tag(prospect_id, tag_id) SELECT " + d.param(1, "bigint") +
        ", id FROM tag WHERE name = " + d.param(2, "text") + " ON CONFLICT DO NOTHING";
    typename StoreSql<Db>::Transaction tx(m_db);
    auto clear = m_db.prepare(clearSql);
    clear.bind(1, prospectId);
    clear.run();
    auto addTag = m_db.prepare(addTagSql);
    auto link = m_db.prepare(linkSql);
    for (const QString& raw : tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty())
            continue;
        addTag.bind(1, tag);
        addTag.run();
        link.bind(1, prospectId).bind(2, tag);
        link.run();
    }
    removeUnusedTags(m_db);
    tx.commit();
}

template <typename Db, typename List> QStringList ProspectRepositoryOf<Db, List>::allTags()
{
    static const std::string sql =
        "SELECT t.name FROM tag t WHERE EXISTS (SELECT 1 FROM prospect_tag pt JOIN prospect p "
        "ON p.id = pt.prospect_id WHERE pt.tag_id = t.id AND p.deleted_at IS NULL) ORDER BY " +
        StoreSql<Db>::dialect.binary("t.name");
    auto st = m_db.prepare(sql);
    return readStrings(st);
}

template class ProspectRepositoryOf<Connection, SqliteProspectList>;
template class ProspectRepositoryOf<pg::Connection, pg::PgProspectList>;

} // namespace accord::storage
