#include "SqliteProspectRepository.h"

#include "ProspectTextIndex.h"
#include "RecordSql.h"

#include "SqliteEvidenceRepository.h"
#include "SqliteGateRepository.h"
#include "core/PipelineSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <variant>

namespace accord::storage {

using namespace accord::core;

namespace {

constexpr const char* kColumns =
    "p.id, p.name, p.industry, p.segment, p.website, p.owner, p.stage, p.status, p.value_minor, "
    "p.currency, p.lost_reason, p.next_step, p.next_step_due, p.created_at, p.updated_at, "
    "p.stage_entered_at, p.deleted_at, p.signed_on, p.agreement_summary";
constexpr int kColumnCount = 19;

Stage stageAt(const Statement& st, int column)
{
    const int v = st.integer(column);
    return v >= 1 && v <= kStageCount ? static_cast<Stage>(v) : Stage::Informative;
}

Prospect readProspect(const Statement& st)
{
    Prospect p;
    p.id = st.id(0);
    p.name = st.text(1);
    p.industry = st.text(2);
    p.segment = st.text(3);
    p.website = st.text(4);
    p.owner = st.text(5);
    p.stage = stageAt(st, 6);
    p.status = statusFromKey(st.text(7)).value_or(Status::Active);
    p.value.minor = st.int64(8);
    p.value.currency = st.text(9);
    p.lostReason = st.text(10);
    p.nextStep = st.text(11);
    p.nextStepDue = st.date(12);
    p.createdAt = st.time(13);
    p.updatedAt = st.time(14);
    p.stageEnteredAt = st.time(15);
    p.deletedAt = st.time(16);
    p.signedOn = st.date(17);
    p.agreementSummary = st.text(18);
    return p;
}

// Binds ?1 = id and ?2..?19 in kColumns order.
void bindProspect(Statement& st, const Prospect& p)
{
    st.bindId(1, p.id)
        .bind(2, p.name)
        .bind(3, p.industry)
        .bind(4, p.segment)
        .bind(5, p.website)
        .bind(6, p.owner)
        .bind(7, static_cast<int>(p.stage))
        .bind(8, statusKey(p.status))
        .bind(9, p.value.minor)
        .bind(10, p.value.currency)
        .bind(11, p.lostReason)
        .bind(12, p.nextStep)
        .bindDate(13, p.nextStepDue)
        .bindTime(14, p.createdAt)
        .bindTime(15, p.updatedAt)
        .bindTime(16, p.stageEnteredAt)
        .bindTime(17, p.deletedAt)
        .bindDate(18, p.signedOn)
        .bind(19, p.agreementSummary);
}

constexpr const char* kUpdate =
    "UPDATE prospect SET name = ?2, industry = ?3, segment = ?4, website = ?5, owner = ?6, "
    "stage = ?7, status = ?8, value_minor = ?9, currency = ?10, lost_reason = ?11, "
    "next_step = ?12, next_step_due = ?13, created_at = ?14, updated_at = ?15, "
    "stage_entered_at = ?16, deleted_at = ?17, signed_on = ?18, agreement_summary = ?19 "
    "WHERE id = ?1";

using Param = std::variant<qint64, QString>;

// WHERE clause text (with positional ?) and its values for a filter.
std::string whereClause(const ProspectFilter& f, std::vector<Param>& params)
{
    std::string sql;
    auto add = [&sql](const char* condition) {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += condition;
    };
    switch (f.trash) {
    case ProspectFilter::Trash::Exclude:
        add("p.deleted_at IS NULL");
        break;
    case ProspectFilter::Trash::Only:
        add("p.deleted_at IS NOT NULL");
        break;
    case ProspectFilter::Trash::Include:
        break;
    }
    if (f.stage) {
        add("p.stage = ?");
        params.emplace_back(qint64(static_cast<int>(*f.stage)));
    }
    if (f.status) {
        add("p.status = ?");
        params.emplace_back(statusKey(*f.status));
    }
    if (!f.owners.isEmpty()) {
        add("p.owner IN (SELECT value FROM json_each(?))");
        params.emplace_back(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(f.owners)).toJson(QJsonDocument::Compact)));
    }
    if (!f.industry.isEmpty()) {
        add("p.industry = ?");
        params.emplace_back(f.industry);
    }
    if (!f.tag.isEmpty()) {
        add("EXISTS (SELECT 1 FROM prospect_tag pt JOIN tag t ON t.id = pt.tag_id "
            "WHERE pt.prospect_id = p.id AND t.name = ?)");
        params.emplace_back(f.tag);
    }
    if (!f.text.trimmed().isEmpty()) {
        // Answered from memory (ProspectTextIndex::prepare ran for this text): no
        // LIKE scan over every row of every query of a keystroke.
        add("accord_text_match(p.id)");
    }
    return sql;
}

void bindParams(Statement& st, const std::vector<Param>& params)
{
    for (std::size_t i = 0; i < params.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        if (const auto* v = std::get_if<qint64>(&params[i]))
            st.bind(index, *v);
        else
            st.bind(index, std::get<QString>(params[i]));
    }
}

std::string orderBy(ProspectSort sort, bool ascending)
{
    const char* dir = ascending ? " ASC" : " DESC";
    const char* rev = ascending ? " DESC" : " ASC";
    std::string key;
    switch (sort) {
    case ProspectSort::Name:
        key = std::string("p.name COLLATE NOCASE") + dir;
        break;
    case ProspectSort::Owner:
        key = std::string("p.owner COLLATE NOCASE") + dir;
        break;
    case ProspectSort::Industry:
        key = std::string("p.industry COLLATE NOCASE") + dir;
        break;
    case ProspectSort::Stage:
        key = std::string("p.stage") + dir;
        break;
    case ProspectSort::Status: {
        key = "CASE p.status";
        int rank = 0;
        for (Status s : {Status::Active, Status::OnHold, Status::Won, Status::Lost}) {
            // Keys are fixed identifiers without quotes; inline them so the plan is static.
            key += " WHEN '" + statusKey(s).toStdString() + "' THEN " + std::to_string(rank++);
        }
        key += std::string(" ELSE 9 END") + dir;
        break;
    }
    case ProspectSort::Value:
        key = std::string("p.value_minor") + dir;
        break;
    case ProspectSort::DaysInStage: // more days in stage = entered earlier
        key = std::string("p.stage_entered_at") + rev;
        break;
    case ProspectSort::LastMeeting:
        key = std::string("last_meeting_at") + dir;
        break;
    case ProspectSort::NextStepDue: // not set counts as latest
        key = std::string("p.next_step_due IS NULL") + dir + ", p.next_step_due" + dir;
        break;
    case ProspectSort::Updated:
        key = std::string("p.updated_at") + dir;
        break;
    }
    return " ORDER BY " + key + ", p.id" + dir;
}

QStringList readStrings(Statement& st)
{
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace

struct SqliteProspectRepository::Query
{
    std::string where;
    std::vector<Param> params;
    std::string order;
    int limit = -1;
    int offset = 0;
};

SqliteProspectRepository::SqliteProspectRepository(Connection& db, const Clock& clock,
                                                   SqliteEvidenceRepository& evidence,
                                                   SqliteGateRepository& gates)
    : m_db(db), m_clock(clock), m_evidence(evidence), m_gates(gates),
      m_text(std::make_unique<ProspectTextIndex>(db))
{}

SqliteProspectRepository::~SqliteProspectRepository() = default;

std::string SqliteProspectRepository::where(const ProspectFilter& filter,
                                            std::vector<std::variant<qint64, QString>>& params)
{
    if (!filter.text.trimmed().isEmpty())
        m_text->prepare(filter.text);
    return whereClause(filter, params);
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
        m_db.prepare(std::string("SELECT ") + kColumns + " FROM prospect p WHERE p.id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readProspect(st);
}

std::vector<ProspectRow> SqliteProspectRepository::select(const Query& q)
{
    std::string sql = std::string("SELECT ") + kColumns +
                      ", (SELECT max(m.occurred_at) FROM meeting m WHERE m.prospect_id = p.id)"
                      " AS last_meeting_at,"
                      " (SELECT count(*) FROM meeting m WHERE m.prospect_id = p.id)"
                      " FROM prospect p" +
                      q.where + q.order + " LIMIT ? OFFSET ?";
    Statement st = m_db.prepare(sql);
    bindParams(st, q.params);
    const int next = static_cast<int>(q.params.size()) + 1;
    st.bind(next, q.limit < 0 ? -1 : q.limit).bind(next + 1, q.offset < 0 ? 0 : q.offset);

    std::vector<ProspectRow> rows;
    while (st.step()) {
        ProspectRow row;
        row.prospect = readProspect(st);
        row.lastMeetingAt = st.time(kColumnCount);
        row.meetingCount = st.integer(kColumnCount + 1);
        rows.push_back(std::move(row));
    }
    if (rows.empty())
        return rows;

    // Gate progress of each row's current stage, from one aggregate query for the page.
    std::vector<Id> ids;
    ids.reserve(rows.size());
    for (const auto& r : rows)
        ids.push_back(r.prospect.id);
    const std::vector<EvidenceSummary> summaries = m_evidence.summaries(ids);
    const std::vector<GateCriterion> criteria = m_gates.criteria();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const GateResult gate = evaluateGate(rows[i].prospect.stage, criteria, summaries[i]);
        rows[i].gateMet = gate.metCount();
        rows[i].gateTotal = gate.total();
    }
    return rows;
}

std::vector<ProspectRow> SqliteProspectRepository::rows(const ProspectFilter& filter,
                                                        ProspectSort sort, bool ascending,
                                                        int limit, int offset)
{
    Query q;
    q.where = where(filter, q.params);
    q.order = orderBy(sort, ascending);
    q.limit = limit;
    q.offset = offset;
    return select(q);
}

std::optional<ProspectRow> SqliteProspectRepository::row(Id id)
{
    Query q;
    q.where = " WHERE p.id = ?";
    q.params.emplace_back(id);
    auto found = select(q);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

int SqliteProspectRepository::count(const ProspectFilter& filter)
{
    std::vector<Param> params;
    Statement st = m_db.prepare("SELECT count(*) FROM prospect p" + where(filter, params));
    bindParams(st, params);
    return st.step() ? st.integer(0) : 0;
}

int SqliteProspectRepository::stalledCount(const QDateTime& now, const PipelineSettings& settings)
{
    // core::stalledOf's rule, counted from the review's covering index alone.
    Statement st = m_db.prepare(
        "SELECT COUNT(*) FROM prospect p INDEXED BY prospect_review "
        "WHERE p.deleted_at IS NULL AND p.status = 'active' AND p.stage < 4 AND "
        "(?1 - COALESCE(p.last_meeting_at, p.stage_entered_at, p.created_at)) / 86400 > "
        "CASE p.stage WHEN 1 THEN ?2 WHEN 2 THEN ?3 ELSE ?4 END");
    st.bindTime(1, now)
        .bind(2, settings.staleDaysFor(Stage::Informative))
        .bind(3, settings.staleDaysFor(Stage::Consulting))
        .bind(4, settings.staleDaysFor(Stage::Negotiation));
    return st.step() ? st.integer(0) : 0;
}

void SqliteProspectRepository::prepareTextFilter()
{
    m_text->warm();
}

std::vector<StageTotal> SqliteProspectRepository::totals(const ProspectFilter& filter)
{
    // Summed per currency in two 32-bit halves, so no sum can overflow in SQL;
    // CurrencySum puts them together with checked arithmetic.
    std::vector<Param> params;
    Statement st = m_db.prepare("SELECT p.stage, p.currency, count(*), sum(p.value_minor >> 32), "
                                "sum(p.value_minor & 4294967295) FROM prospect p" +
                                where(filter, params) + " GROUP BY p.stage, p.currency");
    bindParams(st, params);
    std::vector<StageTotal> out;
    for (Stage s : kAllStages)
        out.push_back(StageTotal{s, 0, {}});
    while (st.step()) {
        const int stage = st.integer(0);
        if (stage < 1 || stage > kStageCount)
            continue;
        StageTotal& t = out[static_cast<std::size_t>(stage - 1)];
        const int count = st.integer(2);
        t.count += count;
        CurrencySum sum{st.text(1)};
        sum.addParts(st.int64(3), st.int64(4), count);
        t.sums.push_back(std::move(sum));
    }
    return out;
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

QStringList SqliteProspectRepository::owners()
{
    Statement st = m_db.prepare("SELECT DISTINCT owner FROM prospect "
                                "WHERE deleted_at IS NULL AND owner <> '' ORDER BY owner");
    return readStrings(st);
}

QStringList SqliteProspectRepository::industries()
{
    Statement st = m_db.prepare("SELECT DISTINCT industry FROM prospect "
                                "WHERE deleted_at IS NULL AND industry <> '' ORDER BY industry");
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
