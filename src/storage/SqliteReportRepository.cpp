#include "SqliteReportRepository.h"

#include "Sqlite.h"
#include "SqliteStore.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>

namespace accord::storage {

using namespace accord::core;

namespace {

// Every query binds the same first five parameters:
//   ?1 from, ?2 to, ?3 now (unix seconds UTC), ?4 owners (JSON array), ?5 1 = every owner.
// Each query names ?5, so binding all five is always in range.
#define ACCORD_SCOPE(p)                                                                            \
    p ".deleted_at IS NULL AND (?5 = 1 OR " p ".owner IN (SELECT value FROM json_each(?4)))"

#define ACCORD_OPEN(p) "(" p ".stage < 4 AND " p ".status IN ('active', 'on_hold'))"

// The figures a stage move or status change counts as, by precedence.
#define ACCORD_MOVE_KIND(c)                                                                        \
    "CASE WHEN " c ".to_stage = 4 AND " c ".from_stage < 4 THEN 3 "                                \
    "WHEN " c ".to_status = 'lost' AND " c ".from_status <> 'lost' THEN 4 "                        \
    "WHEN " c ".to_stage > " c ".from_stage THEN 1 "                                               \
    "WHEN " c ".to_stage < " c ".from_stage THEN 2 END"

// Median and 75th percentile per group of a CTE `sample(grp, v)`, by linear
// interpolation between closest ranks (core::percentile is the same definition):
// position (n − 1)·p, its floor row weighted 1 − fraction, the next row fraction.
#define ACCORD_QUANTILE(p)                                                                         \
    "SUM(CASE WHEN rn = CAST((n - 1) * " p " AS INTEGER) "                                         \
    "THEN v * (1 - ((n - 1) * " p " - CAST((n - 1) * " p " AS INTEGER))) "                         \
    "WHEN rn = CAST((n - 1) * " p " AS INTEGER) + 1 "                                              \
    "THEN v * ((n - 1) * " p " - CAST((n - 1) * " p " AS INTEGER)) ELSE 0 END)"

// Sorts each group once; only the (at most four) rows at the quantile positions
// reach the final aggregate.
#define ACCORD_LOW(p) "CAST((n - 1) * " p " AS INTEGER)"
#define ACCORD_QUANTILES                                                                                                      \
    ", ranked AS (SELECT grp, v, ROW_NUMBER() OVER w - 1 AS rn, COUNT(*) OVER (w ROWS BETWEEN "                               \
    "UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n FROM sample "                                                          \
    "WINDOW w AS (PARTITION BY grp ORDER BY v)) "                                                                             \
    "SELECT grp, MAX(n), " ACCORD_QUANTILE("0.5") ", " ACCORD_QUANTILE(                                                       \
        "0.75") " FROM ranked WHERE rn IN (" ACCORD_LOW("0.5") ", " ACCORD_LOW("0.5") " + "                                   \
                                                                                      "1,"                                    \
                                                                                      " " ACCORD_LOW("0.75") ", " ACCORD_LOW( \
                                                                                          "0.75") " + 1) GROUP BY grp"

constexpr qint64 kDay = 86400;
constexpr qint64 kWeek = 7 * kDay;
constexpr qint64 kFirstMonday = 4 * kDay; // 1970-01-05, the first Monday of unix time

std::size_t stageIndex(int stage)
{
    return static_cast<std::size_t>(std::clamp(stage, 1, kStageCount) - 1);
}

Stage stageOf(int stage)
{
    return static_cast<Stage>(std::clamp(stage, 1, kStageCount));
}

qint64 secs(const QDateTime& t)
{
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

qint64 weekIndex(qint64 at)
{
    const qint64 shifted = at - kFirstMonday;
    return shifted >= 0 ? shifted / kWeek : -((-shifted + kWeek - 1) / kWeek);
}

Statement prepareReport(Connection& db, std::string_view sql, const ReportQuery& q)
{
    Statement st = db.prepare(sql);
    nlohmann::json owners = nlohmann::json::array();
    for (const QString& o : q.owners)
        owners.push_back(o.toStdString());
    st.bind(1, secs(q.from))
        .bind(2, secs(q.to))
        .bind(3, secs(q.now))
        .bind(4, QString::fromStdString(owners.dump()))
        .bind(5, q.owners.isEmpty());
    return st;
}

Distribution readDistribution(const Statement& st)
{
    return {st.integer(1), st.real(2), st.real(3)};
}

/// Reads one consistent snapshot: a deferred read transaction unless one is open.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Connection& db) : m_db(db), m_own(!db.inTransaction())
    {
        if (m_own)
            m_db.exec("BEGIN");
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    ~ReadSnapshot()
    {
        if (m_own && m_db.inTransaction()) {
            try {
                m_db.exec("COMMIT");
            } catch (const StoreError&) {
                // nothing was written; the read is done either way
            }
        }
    }

private:
    Connection& m_db;
    bool m_own;
};

// ------------------------------------------------------------------ the queries

constexpr const char* kSnapshotSql =
    "SELECT p.owner, p.stage, COUNT(*), SUM(p.status = 'on_hold'), SUM(p.value_minor) "
    "FROM prospect p WHERE " ACCORD_SCOPE("p") " AND (" ACCORD_OPEN(
        "p") " OR (p.stage = 4 AND p.status = 'won')) GROUP BY p.owner, p.stage";

constexpr const char* kCurrentTimeSql =
    "WITH sample(grp, v) AS (SELECT p.stage, "
    "(?3 - COALESCE(p.stage_entered_at, p.created_at, ?3)) / 86400.0 FROM prospect p "
    "WHERE " ACCORD_SCOPE("p") " AND " ACCORD_OPEN("p") ")" ACCORD_QUANTILES;

// The range's events, gathered once per report: every stage or status change
// within the range (cid > 0) and every prospect created within it (cid = 0,
// kind 0), with the prospect's owner, value and creation time.
constexpr const char* kEventTableSql =
    "CREATE TEMP TABLE IF NOT EXISTS review_event (pid INTEGER NOT NULL, cid INTEGER NOT NULL, "
    "at INTEGER NOT NULL, week INTEGER NOT NULL, kind INTEGER, from_stage INTEGER NOT NULL, "
    "to_stage INTEGER NOT NULL, lost INTEGER NOT NULL, owner TEXT NOT NULL, created_at INTEGER, "
    "value_minor INTEGER NOT NULL)";
constexpr const char* kEventClearSql = "DELETE FROM temp.review_event";
constexpr const char* kEventFillSql =
    "INSERT INTO temp.review_event "
    "SELECT p.id, 0, p.created_at, (p.created_at - 345600) / 604800, 0, 1, 1, 0, p.owner, "
    "p.created_at, p.value_minor FROM prospect p WHERE " ACCORD_SCOPE(
        "p") " AND p.created_at >= ?1 AND p.created_at < ?2 "
             "UNION ALL SELECT p.id, c.id, c.at, (c.at - 345600) / 604800, " ACCORD_MOVE_KIND(
                 "c") ", "
                      "c.from_stage, c.to_stage, c.to_status = 'lost' AND c.from_status <> 'lost', "
                      "p.owner, "
                      "p.created_at, p.value_minor FROM stage_change c JOIN prospect p ON p.id = "
                      "c.prospect_id "
                      "WHERE c.at >= ?1 AND c.at < ?2 AND " ACCORD_SCOPE("p");

// A stay ends with a move to another stage; it began with the previous move of
// the prospect between stages, or when the prospect was created.
constexpr const char* kLeftTimeSql =
    "WITH sample(grp, v) AS (SELECT e.from_stage, (e.at - COALESCE((SELECT b.at "
    "FROM stage_change b WHERE b.prospect_id = e.pid AND b.from_stage <> b.to_stage "
    "AND (b.at < e.at OR (b.at = e.at AND b.id < e.cid)) ORDER BY b.at DESC, b.id DESC LIMIT 1), "
    "e.created_at, e.at)) / 86400.0 FROM temp.review_event e "
    "WHERE e.cid > 0 AND e.from_stage <> e.to_stage AND e.from_stage < 4)" ACCORD_QUANTILES;

constexpr const char* kMovementSql =
    "SELECT DISTINCT kind, pid FROM temp.review_event WHERE kind IS NOT NULL ORDER BY kind, pid";

constexpr const char* kWeeklySql =
    "SELECT week, kind, COUNT(DISTINCT pid) FROM temp.review_event WHERE kind IS NOT NULL "
    "GROUP BY week, kind";

// Won and lost within the range per owner, the value of the won ones, and the
// cycle time of the won ones: per owner, and (grp NULL) overall.
constexpr const char* kOutcomeSql =
    "WITH ev AS (SELECT owner, value_minor, MAX(kind = 3) AS won, MAX(kind = 4) AS lost "
    "FROM temp.review_event WHERE kind IN (3, 4) GROUP BY pid) "
    "SELECT owner, SUM(won), SUM(lost), SUM(CASE WHEN won THEN value_minor END) FROM ev "
    "GROUP BY owner";

constexpr const char* kCycleSql =
    "WITH wins AS (SELECT owner, (MIN(at) - created_at) / 86400.0 AS days "
    "FROM temp.review_event WHERE kind = 3 AND created_at IS NOT NULL GROUP BY pid), "
    "sample(grp, v) AS (SELECT owner, days FROM wins UNION ALL SELECT NULL, days FROM "
    "wins)" ACCORD_QUANTILES;

// Cohorts: who entered stage k (1–3) within the range — stage 1 by being created
// or moved back to it — and what became of them after their first entry.
constexpr const char* kConversionSql =
    "WITH firsts AS (SELECT pid, stage, at, cid FROM (SELECT pid, to_stage AS stage, at, cid, "
    "ROW_NUMBER() OVER (PARTITION BY pid, to_stage ORDER BY at, cid) AS r "
    "FROM temp.review_event WHERE cid = 0 OR (to_stage <> from_stage AND to_stage < 4)) "
    "WHERE r = 1), "
    "fates AS (SELECT f.stage, f.pid, "
    "EXISTS (SELECT 1 FROM stage_change n WHERE n.prospect_id = f.pid AND n.to_stage > f.stage "
    "AND (n.at > f.at OR (n.at = f.at AND n.id > f.cid))) AS advanced, "
    "EXISTS (SELECT 1 FROM stage_change n WHERE n.prospect_id = f.pid AND n.to_status = 'lost' "
    "AND n.from_status <> 'lost' AND n.to_stage = f.stage "
    "AND (n.at > f.at OR (n.at = f.at AND n.id > f.cid))) AS lost FROM firsts f) "
    "SELECT stage, pid, CASE WHEN advanced THEN 1 WHEN lost THEN 2 ELSE 0 END FROM fates "
    "ORDER BY stage, pid";

// Open, active prospects quiet for longer than their stage's threshold: quiet
// since the last meeting, or since entering the stage when there was none.
// ?6..?8 thresholds of stages 1–3, ?9 row limit (-1 = all).
constexpr const char* kStalledSql =
    "WITH q AS (SELECT p.id, p.name, p.owner, p.stage, p.value_minor, "
    "(SELECT MAX(m.occurred_at) FROM meeting m WHERE m.prospect_id = p.id) AS last, "
    "COALESCE(p.stage_entered_at, p.created_at) AS entered FROM prospect p "
    "WHERE " ACCORD_SCOPE(
        "p") " AND p.status = 'active' AND p.stage < 4), "
             "s AS (SELECT *, COALESCE(last, entered) AS since, (?3 - COALESCE(last, entered)) / "
             "86400 AS "
             "quiet, CASE stage WHEN 1 THEN ?6 WHEN 2 THEN ?7 ELSE ?8 END AS threshold FROM q) "
             "SELECT id, name, owner, stage, value_minor, last, since, quiet, threshold, COUNT(*) "
             "OVER () "
             "FROM s WHERE quiet > threshold ORDER BY quiet DESC, name COLLATE NOCASE, id LIMIT ?9";

constexpr const char* kRowColumns = "p.id, p.name, p.owner, p.stage, p.status, p.value_minor ";

Statement prepareStalled(Connection& db, const ReportQuery& q, int limit)
{
    static const std::string sql = kStalledSql;
    Statement st = prepareReport(db, sql, q);
    st.bind(6, q.settings.staleDaysFor(Stage::Informative))
        .bind(7, q.settings.staleDaysFor(Stage::Consulting))
        .bind(8, q.settings.staleDaysFor(Stage::Negotiation))
        .bind(9, limit < 0 ? -1 : limit);
    return st;
}

ReportProspect readRow(const Statement& st)
{
    return {st.id(0),
            st.text(1),
            st.text(2),
            stageOf(st.integer(3)),
            statusFromKey(st.text(4)).value_or(Status::Active),
            st.int64(5)};
}

void distributions(Statement st, const std::function<void(const Statement&)>& row)
{
    while (st.step())
        row(st);
}

} // namespace

SqliteReportRepository::SqliteReportRepository(SqliteStore& store) : m_db(store.connection()) {}

PipelineReport SqliteReportRepository::compute(const ReportQuery& query)
{
    ReadSnapshot snapshot(m_db);
    PipelineReport r;
    r.query = query;
    std::map<QString, OwnerFigures> owners;
    auto owner = [&](const QString& name) -> OwnerFigures& {
        OwnerFigures& o = owners[name];
        o.owner = name;
        return o;
    };

    for (std::size_t i = 0; i < r.stages.size(); ++i) {
        r.stages[i].stage = kAllStages[i];
        r.stages[i].probabilityPercent = query.settings.probabilityFor(kAllStages[i]);
    }
    {
        Statement st = prepareReport(m_db, kSnapshotSql, query);
        while (st.step()) {
            StageFigures& s = r.stages[stageIndex(st.integer(1))];
            s.count += st.integer(2);
            s.onHold += st.integer(3);
            s.valueMinor += st.int64(4);
            if (s.stage != Stage::Partnership) {
                OwnerFigures& o = owner(st.text(0));
                o.open += st.integer(2);
                o.openValueMinor += st.int64(4);
            }
        }
    }
    for (StageFigures& s : r.stages) {
        if (s.stage == Stage::Partnership)
            continue;
        s.weightedMinor =
            std::llround(static_cast<double>(s.valueMinor) * s.probabilityPercent / 100.0);
        r.openCount += s.count;
        r.openValueMinor += s.valueMinor;
        r.weightedMinor += s.weightedMinor;
    }

    for (std::size_t i = 0; i < r.timeInStage.size(); ++i) {
        r.timeInStage[i].stage = kAllStages[i];
        r.conversion[i].stage = kAllStages[i];
    }
    distributions(prepareReport(m_db, kCurrentTimeSql, query), [&](const Statement& st) {
        if (st.integer(0) < 4)
            r.timeInStage[stageIndex(st.integer(0))].current = readDistribution(st);
    });
    // The range's events, once, for the flow figures below.
    m_db.exec(kEventTableSql);
    m_db.exec(kEventClearSql);
    prepareReport(m_db, kEventFillSql, query).run();

    distributions(m_db.prepare(kLeftTimeSql), [&](const Statement& st) {
        if (st.integer(0) < 4)
            r.timeInStage[stageIndex(st.integer(0))].left = readDistribution(st);
    });

    {
        Statement st = m_db.prepare(kMovementSql);
        while (st.step()) {
            const int kind = st.integer(0);
            if (kind >= 0 && kind < kMovementCount)
                r.movement[static_cast<std::size_t>(kind)].push_back(st.id(1));
        }
    }
    r.won = static_cast<int>(r.moved(Movement::Won).size());
    r.lost = static_cast<int>(r.moved(Movement::Lost).size());

    if (query.from.isValid() && query.to.isValid() && query.from < query.to) {
        const qint64 first = weekIndex(secs(query.from));
        const qint64 last = weekIndex(secs(query.to) - 1);
        for (qint64 w = first; w <= last; ++w)
            r.weeks.push_back(
                {QDateTime::fromSecsSinceEpoch(kFirstMonday + w * kWeek, Qt::UTC).date(), {}});
        Statement st = m_db.prepare(kWeeklySql);
        while (st.step()) {
            const qint64 w = st.int64(0) - first;
            const int kind = st.integer(1);
            if (w >= 0 && w < static_cast<qint64>(r.weeks.size()) && kind >= 0 &&
                kind < kMovementCount)
                r.weeks[static_cast<std::size_t>(w)].counts[static_cast<std::size_t>(kind)] =
                    st.integer(2);
        }
    }

    {
        Statement st = m_db.prepare(kOutcomeSql);
        while (st.step()) {
            OwnerFigures& o = owner(st.text(0));
            o.won += st.integer(1);
            o.lost += st.integer(2);
            r.wonValueMinor += st.int64(3);
        }
    }
    distributions(m_db.prepare(kCycleSql), [&](const Statement& st) {
        if (st.isNull(0))
            r.cycle = readDistribution(st);
        else
            owner(st.text(0)).cycle = readDistribution(st);
    });

    {
        Statement st = m_db.prepare(kConversionSql);
        while (st.step()) {
            Conversion& c = r.conversion[stageIndex(std::min(st.integer(0), 3))];
            const Id id = st.id(1);
            c.entered.push_back(id);
            if (st.integer(2) == 1)
                c.advanced.push_back(id);
            else if (st.integer(2) == 2)
                c.lost.push_back(id);
        }
    }

    {
        Statement st = prepareStalled(m_db, query, query.stalledLimit);
        while (st.step()) {
            StalledProspect s;
            s.id = st.id(0);
            s.name = st.text(1);
            s.owner = st.text(2);
            s.stage = stageOf(st.integer(3));
            s.valueMinor = st.int64(4);
            s.lastMeetingAt = st.time(5);
            s.quietSince = st.time(6);
            s.daysQuiet = st.integer(7);
            s.thresholdDays = st.integer(8);
            r.stalledCount = st.integer(9);
            r.stalled.push_back(std::move(s));
        }
        if (r.stalled.empty() && query.stalledLimit == 0) {
            // The count comes with the rows; with no rows asked for, ask for one.
            Statement one = prepareStalled(m_db, query, 1);
            if (one.step())
                r.stalledCount = one.integer(9);
        }
    }

    m_db.exec(kEventClearSql);

    for (auto& [name, o] : owners)
        r.owners.push_back(std::move(o));
    return r;
}

std::vector<ReportProspect> SqliteReportRepository::drill(const ReportQuery& query,
                                                          const Drill& drill)
{
    ReadSnapshot snapshot(m_db);
    std::vector<ReportProspect> out;
    switch (drill.kind) {
    case Drill::Kind::Stage: {
        static const std::string sql =
            std::string("SELECT ") + kRowColumns +
            "FROM prospect p WHERE " ACCORD_SCOPE(
                "p") " AND p.stage = ?6 "
                     "AND (" ACCORD_OPEN("p") " OR (p.stage = 4 AND p.status = 'won')) "
                                              "ORDER BY p.name COLLATE NOCASE, p.id";
        Statement st = prepareReport(m_db, sql, query);
        st.bind(6, static_cast<int>(drill.stage));
        while (st.step())
            out.push_back(readRow(st));
        break;
    }
    case Drill::Kind::OwnerOpen: {
        static const std::string sql =
            std::string("SELECT ") + kRowColumns +
            "FROM prospect p WHERE " ACCORD_SCOPE("p") " AND p.owner = ?6 AND " ACCORD_OPEN(
                "p") " ORDER BY p.name COLLATE NOCASE, p.id";
        Statement st = prepareReport(m_db, sql, query);
        st.bind(6, drill.owner);
        while (st.step())
            out.push_back(readRow(st));
        break;
    }
    case Drill::Kind::LeftStage: {
        static const std::string sql =
            std::string("SELECT ") + kRowColumns +
            "FROM prospect p WHERE " ACCORD_SCOPE(
                "p") " AND p.id IN (SELECT c.prospect_id "
                     "FROM stage_change c WHERE c.at >= ?1 AND c.at < ?2 AND c.from_stage = ?6 "
                     "AND c.to_stage <> c.from_stage) ORDER BY p.name COLLATE NOCASE, p.id";
        Statement st = prepareReport(m_db, sql, query);
        st.bind(6, static_cast<int>(drill.stage));
        while (st.step())
            out.push_back(readRow(st));
        break;
    }
    case Drill::Kind::Moved: {
        static const std::string sql =
            std::string("SELECT ") + kRowColumns +
            "FROM prospect p WHERE " ACCORD_SCOPE(
                "p") " AND p.id IN ("
                     "SELECT q.id FROM prospect q WHERE ?6 = 0 AND q.created_at >= ?1 AND "
                     "q.created_at < ?2 "
                     "UNION ALL SELECT c.prospect_id FROM stage_change c WHERE c.at >= ?1 AND c.at "
                     "< ?2 "
                     "AND " ACCORD_MOVE_KIND("c") " = ?6) ORDER BY p.name COLLATE NOCASE, p.id";
        ReportQuery window = query;
        if (drill.from.isValid() && drill.from > window.from)
            window.from = drill.from;
        if (drill.to.isValid() && drill.to < window.to)
            window.to = drill.to;
        Statement st = prepareReport(m_db, sql, window);
        st.bind(6, static_cast<int>(drill.movement));
        while (st.step())
            out.push_back(readRow(st));
        break;
    }
    case Drill::Kind::Stalled: {
        Statement st = prepareStalled(m_db, query, -1);
        while (st.step())
            out.push_back({st.id(0), st.text(1), st.text(2), stageOf(st.integer(3)), Status::Active,
                           st.int64(4)});
        break;
    }
    }
    return out;
}

std::vector<ReportProspect> SqliteReportRepository::describe(const std::vector<Id>& ids)
{
    std::vector<ReportProspect> out;
    if (ids.empty())
        return out;
    static const std::string sql =
        std::string("SELECT ") + kRowColumns +
        "FROM prospect p WHERE p.id IN (SELECT value FROM json_each(?1)) "
        "AND p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE, p.id";
    Statement st = m_db.prepare(sql);
    st.bind(1, idArray(ids));
    while (st.step())
        out.push_back(readRow(st));
    return out;
}

} // namespace accord::storage
