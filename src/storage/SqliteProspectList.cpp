#include "SqliteProspectList.h"

#include "ActivityRepositoryOf.h"
#include "ProspectListIndex.h"
#include "RecordSql.h"
#include "SqliteEvidenceRepository.h"
#include "SqliteGateRepository.h"
#include "core/PipelineSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace accord::storage {

using namespace accord::core;

namespace {

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
        // Answered from memory (ProspectListIndex::prepare ran for this text): no
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
    case ProspectSort::NextActivity: // none planned counts as latest
        key = nextActivityKeySql(false) + " IS NULL" + dir + ", " + nextActivityKeySql(false) + dir;
        break;
    case ProspectSort::Updated:
        key = std::string("p.updated_at") + dir;
        break;
    }
    return " ORDER BY " + key + ", p.id" + dir;
}

// Rows kept in memory at most; past it they are dropped and read again.
constexpr std::size_t kMaxCachedRows = 4000;

} // namespace

struct SqliteProspectList::Query
{
    std::string where;
    std::vector<Param> params;
    std::string order;
    int limit = -1;
    int offset = 0;
};

SqliteProspectList::SqliteProspectList(Connection& db, SqliteEvidenceRepository& evidence,
                                       SqliteGateRepository& gates)
    : m_db(db), m_evidence(evidence), m_gates(gates),
      m_index(std::make_unique<ProspectListIndex>(db))
{}

SqliteProspectList::~SqliteProspectList() = default;

std::string SqliteProspectList::where(const ProspectFilter& filter,
                                      std::vector<std::variant<qint64, QString>>& params)
{
    if (!filter.text.trimmed().isEmpty())
        m_index->prepare(filter.text);
    return whereClause(filter, params);
}

void SqliteProspectList::warm()
{
    m_index->warm();
}

void SqliteProspectList::waitUntilWarm()
{
    m_index->waitForLoad();
}

std::vector<ProspectRow> SqliteProspectList::select(const Query& q)
{
    // The prospect's columns (readRow), then its latest meeting and its meeting count.
    static const std::string select =
        "SELECT p.id, " + fieldColumns<Prospect>("p") +
        ", (SELECT max(m.occurred_at) FROM meeting m WHERE m.prospect_id = p.id)"
        " AS last_meeting_at,"
        " (SELECT count(*) FROM meeting m WHERE m.prospect_id = p.id)"
        " FROM prospect p";
    static const int lastMeetingColumn = static_cast<int>(fields<Prospect>().size()) + 1;
    std::string sql = select + q.where + q.order + " LIMIT ? OFFSET ?";
    Statement st = m_db.prepare(sql);
    bindParams(st, q.params);
    const int next = static_cast<int>(q.params.size()) + 1;
    st.bind(next, q.limit < 0 ? -1 : q.limit).bind(next + 1, q.offset < 0 ? 0 : q.offset);

    std::vector<ProspectRow> rows;
    while (st.step()) {
        ProspectRow row;
        row.prospect = readRow<Prospect>(st);
        row.lastMeetingAt = st.time(lastMeetingColumn);
        row.meetingCount = st.integer(lastMeetingColumn + 1);
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
    std::map<Id, Activity> planned = nextOpenActivities(m_db, ids);
    for (ProspectRow& r : rows)
        if (auto it = planned.find(r.prospect.id); it != planned.end())
            r.nextActivity = std::move(it->second);
    return rows;
}

std::vector<ProspectRow> SqliteProspectList::fetch(const std::vector<Id>& ids)
{
    // Anything written since (here, by a trigger, or by another connection)
    // may change a row: then the rows are read again. Inside a transaction
    // what is read may still roll back, so nothing is kept.
    const bool keep = !m_db.inTransaction();
    const qint64 version = m_db.queryInt("PRAGMA data_version");
    const qint64 changes = sqlite3_total_changes64(m_db.handle());
    if (!keep || version != m_cacheVersion || changes != m_cacheChanges ||
        m_cache.size() + ids.size() > kMaxCachedRows) {
        m_cache.clear();
        m_cacheVersion = version;
        m_cacheChanges = changes;
    }
    std::vector<Id> missing;
    for (Id id : ids)
        if (!m_cache.contains(id))
            missing.push_back(id);
    std::vector<ProspectRow> read;
    if (!missing.empty()) {
        Query q;
        q.where = " WHERE p.id IN (SELECT value FROM json_each(?))";
        q.params.emplace_back(idArray(missing));
        read = select(q);
    }
    std::unordered_map<Id, ProspectRow> fresh;
    for (ProspectRow& r : read) {
        const Id id = r.prospect.id;
        fresh.emplace(id, std::move(r));
    }
    std::vector<ProspectRow> out;
    out.reserve(ids.size());
    for (Id id : ids) {
        if (auto it = fresh.find(id); it != fresh.end())
            out.push_back(it->second);
        else if (auto kept = m_cache.find(id); kept != m_cache.end())
            out.push_back(kept->second);
    }
    if (keep)
        m_cache.merge(fresh);
    return out;
}

std::vector<ProspectRow> SqliteProspectList::rows(const ProspectFilter& filter, ProspectSort sort,
                                                  bool ascending, int limit, int offset)
{
    // The board's order: the page is picked in memory, SQL reads only its rows.
    if (m_memory && sort == ProspectSort::Updated)
        if (auto ids = m_index->byUpdated(filter, ascending, limit, offset)) {
            ++m_memoryAnswers;
            return fetch(*ids);
        }
    Query q;
    q.where = where(filter, q.params);
    q.order = orderBy(sort, ascending);
    q.limit = limit;
    q.offset = offset;
    return select(q);
}

std::optional<ProspectRow> SqliteProspectList::row(Id id)
{
    Query q;
    q.where = " WHERE p.id = ?";
    q.params.emplace_back(id);
    auto found = select(q);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

int SqliteProspectList::count(const ProspectFilter& filter)
{
    if (m_memory)
        if (auto n = m_index->count(filter)) {
            ++m_memoryAnswers;
            return *n;
        }
    std::vector<Param> params;
    Statement st = m_db.prepare("SELECT count(*) FROM prospect p" + where(filter, params));
    bindParams(st, params);
    return st.step() ? st.integer(0) : 0;
}

int SqliteProspectList::stalledCount(const QDateTime& now, const PipelineSettings& settings)
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

std::vector<StageTotal> SqliteProspectList::totals(const ProspectFilter& filter)
{
    if (m_memory)
        if (auto memory = m_index->totals(filter)) {
            ++m_memoryAnswers;
            return std::move(*memory);
        }
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

} // namespace accord::storage
