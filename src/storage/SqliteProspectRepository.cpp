#include "SqliteProspectRepository.h"

#include "RecordSql.h"
#include "SqliteProspectList.h"

namespace accord::storage {

using namespace accord::core;

namespace {

QStringList readStrings(Statement& st)
{
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

// Each distinct non-blank value of a column of the prospects outside the trash
// once, sorted: one index seek per value (prospect_owner, prospect_industry)
// instead of reading every prospect. The columns hold text only, so "> ''"
// leaves out exactly the blank ones.
QStringList distinctValues(Connection& db, const std::string& column)
{
    Statement st = db.prepare("WITH RECURSIVE v(x) AS (SELECT min(" + column +
                              ") FROM prospect WHERE deleted_at IS "
                              "NULL AND " +
                              column + " > '' UNION ALL SELECT (SELECT min(" + column +
                              ") FROM prospect "
                              "WHERE deleted_at IS NULL AND " +
                              column +
                              " > v.x) FROM v WHERE v.x IS NOT NULL) "
                              "SELECT x FROM v WHERE x IS NOT NULL");
    return readStrings(st);
}

} // namespace

SqliteProspectRepository::SqliteProspectRepository(Connection& db, const Clock& clock,
                                                   SqliteEvidenceRepository& evidence,
                                                   SqliteGateRepository& gates)
    : m_db(db), m_clock(clock), m_list(std::make_unique<SqliteProspectList>(db, evidence, gates))
{}

SqliteProspectRepository::~SqliteProspectRepository() = default;

std::string SqliteProspectRepository::where(const ProspectFilter& filter,
                                            std::vector<std::variant<qint64, QString>>& params)
{
    return m_list->where(filter, params);
}

Id SqliteProspectRepository::add(const Prospect& p)
{
    return insertRow(m_db, p);
}

void SqliteProspectRepository::write(const Prospect& p)
{
    updateRow(m_db, p, "prospect");
}

void SqliteProspectRepository::update(const Prospect& p)
{
    // Every edit moves updated_at forward: the caller's stamp or the store clock, whichever is
    // later.
    Prospect copy = p;
    const QDateTime now = m_clock.now();
    if (!copy.updatedAt.isValid() || copy.updatedAt < now)
        copy.updatedAt = now;
    write(copy);
}

std::optional<Prospect> SqliteProspectRepository::find(Id id)
{
    return findRow<Prospect>(m_db, id);
}

std::vector<ProspectRow> SqliteProspectRepository::rows(const ProspectFilter& filter,
                                                        ProspectSort sort, bool ascending,
                                                        int limit, int offset)
{
    return m_list->rows(filter, sort, ascending, limit, offset);
}

std::optional<ProspectRow> SqliteProspectRepository::row(Id id)
{
    return m_list->row(id);
}

int SqliteProspectRepository::count(const ProspectFilter& filter)
{
    return m_list->count(filter);
}

int SqliteProspectRepository::stalledCount(const QDateTime& now, const PipelineSettings& settings)
{
    return m_list->stalledCount(now, settings);
}

void SqliteProspectRepository::prepareTextFilter()
{
    m_list->warm();
}

std::vector<StageTotal> SqliteProspectRepository::totals(const ProspectFilter& filter)
{
    return m_list->totals(filter);
}

void SqliteProspectRepository::moveToTrash(Id id, const QDateTime& at)
{
    Statement st = m_db.prepare("UPDATE prospect SET deleted_at = ?2 WHERE id = ?1");
    st.bind(1, id).bindTime(2, at.isValid() ? at : m_clock.now());
    st.run();
    expectChanged(m_db, "prospect");
}

void SqliteProspectRepository::restoreFromTrash(Id id)
{
    Statement st = m_db.prepare("UPDATE prospect SET deleted_at = NULL WHERE id = ?1");
    st.bind(1, id);
    st.run();
    expectChanged(m_db, "prospect");
}

bool SqliteProspectRepository::purge(Id id)
{
    Transaction tx(m_db);
    // Only from the trash: a prospect restored meanwhile stays.
    Statement st = m_db.prepare("DELETE FROM prospect WHERE id = ?1 AND deleted_at IS NOT NULL");
    st.bind(1, id);
    st.run();
    if (m_db.changes() == 0)
        return false;
    // Tags nobody uses any more go with it.
    m_db.prepare("DELETE FROM tag WHERE NOT EXISTS "
                 "(SELECT 1 FROM prospect_tag pt WHERE pt.tag_id = tag.id)")
        .run();
    tx.commit();
    return true;
}

Id SqliteProspectRepository::applyStageChange(const Prospect& after, const StageChange& change)
{
    Transaction tx(m_db);
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

void SqliteProspectRepository::revertStageChange(const Prospect& before, Id changeId)
{
    Transaction tx(m_db);
    write(before);
    Statement st = m_db.prepare("DELETE FROM stage_change WHERE id = ?1 AND prospect_id = ?2");
    st.bind(1, changeId).bind(2, before.id);
    st.run();
    expectChanged(m_db, "stage history entry");
    tx.commit();
}

std::vector<StageChange> SqliteProspectRepository::history(Id prospectId)
{
    static const std::string sql = selectSql<StageChange>("WHERE prospect_id = ?1 ORDER BY at, id");
    Statement st = m_db.prepare(sql);
    st.bind(1, prospectId);
    return readRows<StageChange>(st);
}

Id SqliteProspectRepository::addHistory(const StageChange& c)
{
    return insertRow(m_db, c);
}

QStringList SqliteProspectRepository::owners()
{
    return distinctValues(m_db, "owner");
}

QStringList SqliteProspectRepository::industries()
{
    return distinctValues(m_db, "industry");
}

ACCORD_RECORD_ROWS(SqliteProspectRepository, Contact, contacts, "contact")

std::optional<Contact> SqliteProspectRepository::findContact(Id id)
{
    return findRow<Contact>(m_db, id);
}

QStringList SqliteProspectRepository::tags(Id prospectId)
{
    Statement st = m_db.prepare("SELECT t.name FROM prospect_tag pt JOIN tag t ON t.id = pt.tag_id "
                                "WHERE pt.prospect_id = ?1 ORDER BY t.name");
    st.bind(1, prospectId);
    return readStrings(st);
}

void SqliteProspectRepository::setTags(Id prospectId, const QStringList& tags)
{
    Transaction tx(m_db);
    Statement clear = m_db.prepare("DELETE FROM prospect_tag WHERE prospect_id = ?1");
    clear.bind(1, prospectId);
    clear.run();
    Statement addTag =
        m_db.prepare("INSERT INTO tag(name) VALUES (?1) ON CONFLICT(name) DO NOTHING");
    Statement link = m_db.prepare("INSERT OR IGNORE INTO prospect_tag(prospect_id, tag_id) "
                                  "SELECT ?1, id FROM tag WHERE name = ?2");
    for (const QString& raw : tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty())
            continue;
        addTag.bind(1, tag);
        addTag.run();
        link.bind(1, prospectId).bind(2, tag);
        link.run();
    }
    m_db.prepare("DELETE FROM tag WHERE NOT EXISTS "
                 "(SELECT 1 FROM prospect_tag pt WHERE pt.tag_id = tag.id)")
        .run();
    tx.commit();
}

QStringList SqliteProspectRepository::allTags()
{
    Statement st = m_db.prepare(
        "SELECT t.name FROM tag t WHERE EXISTS (SELECT 1 FROM prospect_tag pt JOIN prospect p "
        "ON p.id = pt.prospect_id WHERE pt.tag_id = t.id AND p.deleted_at IS NULL) ORDER BY "
        "t.name");
    return readStrings(st);
}

} // namespace accord::storage
