#include "PgProspectRepository.h"

#include "PgProspectList.h"
#include "storage/RecordSql.h"

namespace accord::storage::pg {

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
// once, in code point order (as the file sorts them): one index seek per value
// (prospect_list_owner, prospect_list_industry) instead of reading every prospect.
QStringList distinctValues(Connection& db, const std::string& column)
{
    const std::string value = column + " COLLATE \"C\"";
    Statement st = db.prepare("WITH RECURSIVE v(x) AS (SELECT min(" + value +
                              ") FROM prospect WHERE deleted_at IS NULL AND " + value +
                              " > '' UNION ALL SELECT (SELECT min(" + value +
                              ") FROM prospect WHERE deleted_at IS NULL AND " + value +
                              " > v.x) FROM v WHERE v.x IS NOT NULL) "
                              "SELECT x FROM v WHERE x IS NOT NULL");
    return readStrings(st);
}

// Why a statement on prospect `id` changed no row: the prospect is gone, or
// row-level security let the user read it but not change it.
[[noreturn]] void refuseUnchanged(Connection& db, Id id)
{
    Statement seen = db.prepare("SELECT id FROM prospect WHERE id = ?1::bigint");
    seen.bind(1, id);
    if (seen.step())
        throw PermissionError(QStringLiteral(
            "This prospect is not yours to change: ask its owner or your team's lead."));
    throw StoreError(
        QStringLiteral("The prospect no longer exists; it may have been deleted elsewhere."));
}

// Takes the prospect's row lock until the transaction ends: stage moves of one
// prospect by two people at once happen one after the other. Row-level
// security hides from FOR UPDATE a prospect the user may read but not change.
void lockProspect(Connection& db, Id id)
{
    Statement lock = db.prepare("SELECT id FROM prospect WHERE id = ?1::bigint FOR UPDATE");
    lock.bind(1, id);
    if (!lock.step())
        refuseUnchanged(db, id);
}

void removeUnusedTags(Connection& db)
{
    db.prepare("DELETE FROM tag WHERE NOT EXISTS "
               "(SELECT 1 FROM prospect_tag pt WHERE pt.tag_id = tag.id)")
        .run();
}

} // namespace

PgProspectRepository::PgProspectRepository(Connection& db, const Clock& clock,
                                           PgEvidenceRepository& evidence, PgGateRepository& gates)
    : m_db(db), m_clock(clock), m_list(std::make_unique<PgProspectList>(db, evidence, gates))
{}

PgProspectRepository::~PgProspectRepository() = default;

std::string PgProspectRepository::where(const ProspectFilter& filter,
                                        std::vector<std::variant<qint64, QString>>& params)
{
    ProspectWhere w = prospectWhere(filter, static_cast<int>(params.size()) + 1);
    params.insert(params.end(), w.params.begin(), w.params.end());
    return w.sql;
}

Id PgProspectRepository::add(const Prospect& p)
{
    return insertRow(m_db, p);
}

void PgProspectRepository::write(const Prospect& p)
{
    Statement st = m_db.prepare(updateSql<Prospect>());
    bindRow(st, p);
    st.run();
    if (st.affected() == 0)
        refuseUnchanged(m_db, p.id);
}

void PgProspectRepository::update(const Prospect& p)
{
    // Every edit moves updated_at forward: the caller's stamp or the store clock, whichever is
    // later.
    Prospect copy = p;
    const QDateTime now = m_clock.now();
    if (!copy.updatedAt.isValid() || copy.updatedAt < now)
        copy.updatedAt = now;
    write(copy);
}

std::optional<Prospect> PgProspectRepository::find(Id id)
{
    return findRow<Prospect>(m_db, id);
}

std::vector<ProspectRow> PgProspectRepository::rows(const ProspectFilter& filter, ProspectSort sort,
                                                    bool ascending, int limit, int offset)
{
    return m_list->rows(filter, sort, ascending, limit, offset);
}

std::optional<ProspectRow> PgProspectRepository::row(Id id)
{
    return m_list->row(id);
}

int PgProspectRepository::count(const ProspectFilter& filter)
{
    return m_list->count(filter);
}

std::vector<StageTotal> PgProspectRepository::totals(const ProspectFilter& filter)
{
    return m_list->totals(filter);
}

int PgProspectRepository::stalledCount(const QDateTime& now, const PipelineSettings& settings)
{
    return m_list->stalledCount(now, settings);
}

void PgProspectRepository::prepareTextFilter()
{
    // Nothing to load ahead: the server answers the text filter from the stored
    // folded text and its trigram index (prospectListSchemaSql), kept up to
    // date by every write, with no copy of the prospects in this process.
}

void PgProspectRepository::moveToTrash(Id id, const QDateTime& at)
{
    Statement st =
        m_db.prepare("UPDATE prospect SET deleted_at = ?2::bigint WHERE id = ?1::bigint");
    st.bind(1, id).bindTime(2, at.isValid() ? at : m_clock.now());
    st.run();
    if (st.affected() == 0)
        refuseUnchanged(m_db, id);
}

void PgProspectRepository::restoreFromTrash(Id id)
{
    Statement st = m_db.prepare("UPDATE prospect SET deleted_at = NULL WHERE id = ?1::bigint");
    st.bind(1, id);
    st.run();
    if (st.affected() == 0)
        refuseUnchanged(m_db, id);
}

bool PgProspectRepository::purge(Id id)
{
    Transaction tx(m_db);
    // Only from the trash: a prospect restored meanwhile stays.
    Statement st =
        m_db.prepare("DELETE FROM prospect WHERE id = ?1::bigint AND deleted_at IS NOT NULL");
    st.bind(1, id);
    st.run();
    if (st.affected() == 0)
        return false;
    // Tags nobody uses any more go with it.
    removeUnusedTags(m_db);
    tx.commit();
    return true;
}

Id PgProspectRepository::applyStageChange(const Prospect& after, const StageChange& change)
{
    Transaction tx(m_db);
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

void PgProspectRepository::revertStageChange(const Prospect& before, Id changeId)
{
    Transaction tx(m_db);
    lockProspect(m_db, before.id);
    write(before);
    Statement st =
        m_db.prepare("DELETE FROM stage_change WHERE id = ?1::bigint AND prospect_id = ?2::bigint");
    st.bind(1, changeId).bind(2, before.id);
    st.run();
    expectChanged(st, "stage history entry");
    tx.commit();
}

std::vector<StageChange> PgProspectRepository::history(Id prospectId)
{
    // Oldest first, an entry without a time before all others (as the file sorts NULL).
    static const std::string sql =
        selectSql<StageChange>("WHERE prospect_id = ?1::bigint ORDER BY at NULLS FIRST, id");
    Statement st = m_db.prepare(sql);
    st.bind(1, prospectId);
    return readRows<StageChange>(st);
}

Id PgProspectRepository::addHistory(const StageChange& c)
{
    return insertRow(m_db, c);
}

QStringList PgProspectRepository::owners()
{
    return distinctValues(m_db, "owner");
}

QStringList PgProspectRepository::industries()
{
    return distinctValues(m_db, "industry");
}

ACCORD_RECORD_ROWS(PgProspectRepository, Contact, contacts, "contact")

std::optional<Contact> PgProspectRepository::findContact(Id id)
{
    return findRow<Contact>(m_db, id);
}

QStringList PgProspectRepository::tags(Id prospectId)
{
    Statement st = m_db.prepare("SELECT t.name FROM prospect_tag pt JOIN tag t ON t.id = pt.tag_id "
                                "WHERE pt.prospect_id = ?1::bigint ORDER BY t.name COLLATE \"C\"");
    st.bind(1, prospectId);
    return readStrings(st);
}

void PgProspectRepository::setTags(Id prospectId, const QStringList& tags)
{
    Transaction tx(m_db);
    Statement clear = m_db.prepare("DELETE FROM prospect_tag WHERE prospect_id = ?1::bigint");
    clear.bind(1, prospectId);
    clear.run();
    Statement addTag =
        m_db.prepare("INSERT INTO tag(name) VALUES (?1::text) ON CONFLICT (name) DO NOTHING");
    Statement link = m_db.prepare("INSERT INTO prospect_tag(prospect_id, tag_id) "
                                  "SELECT ?1::bigint, id FROM tag WHERE name = ?2::text "
                                  "ON CONFLICT DO NOTHING");
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

QStringList PgProspectRepository::allTags()
{
    Statement st = m_db.prepare(
        "SELECT t.name FROM tag t WHERE EXISTS (SELECT 1 FROM prospect_tag pt JOIN prospect p "
        "ON p.id = pt.prospect_id WHERE pt.tag_id = t.id AND p.deleted_at IS NULL) "
        "ORDER BY t.name COLLATE \"C\"");
    return readStrings(st);
}

} // namespace accord::storage::pg
