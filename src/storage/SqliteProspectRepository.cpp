#include "SqliteProspectRepository.h"

#include "ProspectColumns.h"
#include "RecordSql.h"
#include "SqliteProspectList.h"

namespace accord::storage {

using namespace accord::core;

namespace {

constexpr const char* kUpdate =
    "UPDATE prospect SET name = ?2, industry = ?3, segment = ?4, website = ?5, owner = ?6, "
    "stage = ?7, status = ?8, value_minor = ?9, currency = ?10, lost_reason = ?11, "
    "next_step = ?12, next_step_due = ?13, created_at = ?14, updated_at = ?15, "
    "stage_entered_at = ?16, deleted_at = ?17, signed_on = ?18, agreement_summary = ?19 "
    "WHERE id = ?1";

QStringList readStrings(Statement& st)
{
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
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
    Statement st = m_db.prepare(
        "INSERT INTO prospect(id, name, industry, segment, website, owner, stage, status, "
        "value_minor, currency, lost_reason, next_step, next_step_due, created_at, updated_at, "
        "stage_entered_at, deleted_at, signed_on, agreement_summary) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
        "?19)");
    bindProspect(st, p);
    st.run();
    return m_db.lastInsertId();
}

void SqliteProspectRepository::write(const Prospect& p)
{
    Statement st = m_db.prepare(kUpdate);
    bindProspect(st, p);
    st.run();
    expectChanged(m_db, "prospect");
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
    Statement st =
        m_db.prepare(std::string("SELECT ") + kProspectColumns + " FROM prospect p WHERE p.id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readProspect(st);
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
    Statement st = m_db.prepare(
        "SELECT id, prospect_id, at, from_stage, to_stage, from_status, to_status, by, reason, "
        "gate_override FROM stage_change WHERE prospect_id = ?1 ORDER BY at, id");
    st.bind(1, prospectId);
    std::vector<StageChange> out;
    while (st.step()) {
        StageChange c;
        c.id = st.id(0);
        c.prospectId = st.id(1);
        c.at = st.time(2);
        c.fromStage = stageAt(st, 3);
        c.toStage = stageAt(st, 4);
        c.fromStatus = statusFromKey(st.text(5)).value_or(Status::Active);
        c.toStatus = statusFromKey(st.text(6)).value_or(Status::Active);
        c.by = st.text(7);
        c.reason = st.text(8);
        c.gateOverride = st.integer(9) != 0;
        out.push_back(std::move(c));
    }
    return out;
}

Id SqliteProspectRepository::addHistory(const StageChange& c)
{
    Statement st = m_db.prepare(
        "INSERT INTO stage_change(id, prospect_id, at, from_stage, to_stage, from_status, "
        "to_status, by, reason, gate_override) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bindId(1, c.id)
        .bind(2, c.prospectId)
        .bindTime(3, c.at)
        .bind(4, static_cast<int>(c.fromStage))
        .bind(5, static_cast<int>(c.toStage))
        .bind(6, statusKey(c.fromStatus))
        .bind(7, statusKey(c.toStatus))
        .bind(8, c.by)
        .bind(9, c.reason)
        .bind(10, c.gateOverride);
    st.run();
    return m_db.lastInsertId();
}

// Each distinct value once, sorted: one index seek per value (prospect_owner,
// prospect_industry) instead of reading every prospect. The columns hold text
// only, so "> ''" leaves out exactly the blank ones.
QStringList SqliteProspectRepository::owners()
{
    Statement st = m_db.prepare(
        "WITH RECURSIVE v(x) AS (SELECT min(owner) FROM prospect WHERE deleted_at IS NULL AND "
        "owner > '' UNION ALL SELECT (SELECT min(owner) FROM prospect WHERE deleted_at IS NULL "
        "AND owner > v.x) FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL");
    return readStrings(st);
}

QStringList SqliteProspectRepository::industries()
{
    Statement st = m_db.prepare(
        "WITH RECURSIVE v(x) AS (SELECT min(industry) FROM prospect WHERE deleted_at IS NULL AND "
        "industry > '' UNION ALL SELECT (SELECT min(industry) FROM prospect WHERE deleted_at IS "
        "NULL AND industry > v.x) FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT "
        "NULL");
    return readStrings(st);
}

std::vector<Contact> SqliteProspectRepository::contacts(Id prospectId)
{
    return rowsOfProspect<Contact>(m_db, prospectId);
}

std::optional<Contact> SqliteProspectRepository::findContact(Id id)
{
    return findRow<Contact>(m_db, id);
}

Id SqliteProspectRepository::addContact(const Contact& c)
{
    return insertRow(m_db, c);
}

void SqliteProspectRepository::updateContact(const Contact& c)
{
    updateRow(m_db, c, "contact");
}

void SqliteProspectRepository::removeContact(Id id)
{
    removeRow<Contact>(m_db, id);
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
