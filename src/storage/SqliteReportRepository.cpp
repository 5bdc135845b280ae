#include "SqliteReportRepository.h"

#include "Sqlite.h"
#include "SqliteStore.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

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

// The review folds two streams, both ordered by prospect id and each read from
// one covering index (schema v3): the prospects in scope, and every stage change
// in order. Only one prospect's few changes are held at a time. Changes without
// a time cannot be placed and count nowhere.
constexpr const char* kProspectStreamSql =
    "SELECT p.id, p.owner, p.stage, p.status, p.value_minor, p.created_at, p.stage_entered_at, "
    "p.currency FROM prospect p WHERE " ACCORD_SCOPE("p") " ORDER BY p.id";

constexpr const char* kHistoryStreamSql =
    "SELECT c.prospect_id, c.id, c.at, c.from_stage, c.to_stage, c.from_status = 'lost', "
    "c.to_status = 'lost' FROM stage_change c WHERE c.at IS NOT NULL "
    "ORDER BY c.prospect_id, c.at, c.id";

// Open, active prospects quiet for longer than their stage's threshold: quiet
// since the last meeting, or since entering the stage when there was none.
// ?6..?8 thresholds of stages 1–3, ?9 row limit (-1 = all). The candidates come
// from the covering index; names are read only for the rows shown: those at
// least as quiet as the last one the limit lets through (ties on that day are
// ordered by name).
constexpr const char* kStalledSql =
    "WITH hit AS MATERIALIZED (SELECT id, owner, stage, value_minor, last, "
    "COALESCE(last, entered) AS since, (?3 - COALESCE(last, entered)) / 86400 AS quiet, "
    "CASE stage WHEN 1 THEN ?6 WHEN 2 THEN ?7 ELSE ?8 END AS threshold FROM ("
    "SELECT p.id, p.owner, p.stage, p.value_minor, "
    "(SELECT MAX(m.occurred_at) FROM meeting m WHERE m.prospect_id = p.id) AS last, "
    "COALESCE(p.stage_entered_at, p.created_at) AS entered "
    "FROM prospect p INDEXED BY prospect_review WHERE " ACCORD_SCOPE(
        "p") " "
             "AND p.status = 'active' AND p.stage < 4) WHERE quiet > threshold) "
             "SELECT h.id, p.name, h.owner, h.stage, h.value_minor, h.last, h.since, h.quiet, "
             "h.threshold, (SELECT COUNT(*) FROM hit), p.currency FROM hit h "
             "JOIN prospect p ON p.id = h.id "
             "WHERE h.quiet >= (SELECT CASE WHEN ?9 < 0 THEN -9223372036854775807 ELSE COALESCE("
             "(SELECT quiet FROM hit ORDER BY quiet DESC LIMIT 1 OFFSET ?9 - 1), "
             "-9223372036854775807) END) "
             "ORDER BY h.quiet DESC, p.name COLLATE NOCASE, h.id LIMIT ?9";

constexpr const char* kRowColumns =
    "p.id, p.name, p.owner, p.stage, p.status, p.value_minor, p.currency ";

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
            st.int64(5),
            st.text(6)};
}

} // namespace

namespace {

/// One stage change as the history stream gives it.
struct Change
{
    Id id = kNoId;
    qint64 at = 0;
    int from = 1;
    int to = 1;
    bool fromLost = false;
    bool toLost = false;

    /// The movement this change counts as (docs/report.md), by precedence.
    std::optional<Movement> kind() const
    {
        if (to == 4 && from < 4)
            return Movement::Won;
        if (toLost && !fromLost)
            return Movement::Lost;
        if (to > from)
            return Movement::Advanced;
        if (to < from)
            return Movement::Regressed;
        return std::nullopt;
    }
};

/// A prospect in scope as the prospect stream gives it.
struct Subject
{
    Id id = kNoId;
    int owner = 0; // index into Fold::m_owners
    int stage = 1;
    bool active = false;
    bool onHold = false;
    bool won = false;
    qint64 valueMinor = 0;
    int currency = 0; // index into Fold::m_currencyNames
    std::optional<qint64> createdAt;
    std::optional<qint64> enteredAt;
};

/// A place in a prospect's history, ordered as the store orders it: by time,
/// then by change id (a creation is id 0).
struct Mark
{
    qint64 at = 0;
    Id id = 0;
    bool operator<(const Mark& o) const { return at != o.at ? at < o.at : id < o.id; }
};

Distribution distributionOf(std::vector<double>& sample)
{
    std::sort(sample.begin(), sample.end());
    return {static_cast<int>(sample.size()), percentile(sample, 0.5), percentile(sample, 0.75)};
}

double daysBetween(qint64 from, qint64 to)
{
    return static_cast<double>(to - from) / static_cast<double>(kDay);
}

/// Folds the prospects in scope, one at a time with their whole history, into
/// the report's figures.
class Fold
{
public:
    Fold(const ReportQuery& q, PipelineReport& r)
        : m_from(secs(q.from)), m_to(secs(q.to)), m_now(secs(q.now)), m_r(r)
    {
        if (q.from.isValid() && q.to.isValid() && q.from < q.to) {
            m_firstWeek = weekIndex(m_from);
            m_weekCount = weekIndex(m_to - 1) - m_firstWeek + 1;
        }
    }

    /// The currency's index for raw UTF-8 bytes, interned (a pipeline has few).
    int currency(std::string_view utf8)
    {
        for (std::size_t i = 0; i < m_currencyBytes.size(); ++i)
            if (m_currencyBytes[i] == utf8)
                return static_cast<int>(i);
        m_currencyBytes.emplace_back(utf8);
        m_currencyNames.push_back(
            QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
        return static_cast<int>(m_currencyBytes.size()) - 1;
    }

    /// The owner's index for raw UTF-8 bytes, interned.
    int owner(std::string_view utf8)
    {
        const auto found = m_ownerIndex.find(std::string(utf8));
        if (found != m_ownerIndex.end())
            return found->second;
        const int index = static_cast<int>(m_ownerNames.size());
        m_ownerNames.push_back(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
        m_ownerIndex.emplace(std::string(utf8), index);
        return index;
    }

    void add(const Subject& p, const std::vector<Change>& history)
    {
        snapshot(p);
        flow(p, history);
    }

    /// Hands every figure to the report: distributions, weeks, owners and values
    /// (converted to the pipeline currency, PipelineSettings::total).
    void finish(const PipelineSettings& settings, std::map<QString, OwnerFigures>& owners)
    {
        for (std::size_t i = 0; i < m_r.stages.size(); ++i) {
            const MoneyTotal t = settings.total(named(m_stageSums[i]));
            m_r.stages[i].valueMinor = t.minor;
            m_r.stages[i].unconverted = t.unconverted;
        }
        const MoneyTotal won = settings.total(named(m_wonSums));
        m_r.wonValueMinor = won.minor;
        m_r.wonUnconverted = won.unconverted;
        for (std::size_t i = 0; i < m_r.timeInStage.size(); ++i) {
            m_r.timeInStage[i].current = distributionOf(m_current[i]);
            m_r.timeInStage[i].left = distributionOf(m_left[i]);
        }
        m_r.cycle = distributionOf(m_cycle);
        for (qint64 w = 0; w < m_weekCount; ++w)
            m_r.weeks.push_back(
                {QDateTime::fromSecsSinceEpoch(kFirstMonday + (m_firstWeek + w) * kWeek, Qt::UTC)
                     .date(),
                 m_weekCounts.size() > static_cast<std::size_t>(w)
                     ? m_weekCounts[static_cast<std::size_t>(w)]
                     : std::array<int, kMovementCount>{}});
        for (std::size_t i = 0; i < m_owners.size(); ++i) {
            Owner& o = m_owners[i];
            if (!o.listed)
                continue;
            OwnerFigures& f = owners[m_ownerNames[i]];
            f.owner = m_ownerNames[i];
            f.open = o.open;
            const MoneyTotal open = settings.total(named(o.openSums));
            f.openValueMinor = open.minor;
            f.openUnconverted = open.unconverted;
            f.won = o.won;
            f.lost = o.lost;
            f.cycle = distributionOf(o.cycle);
        }
    }

private:
    struct Owner
    {
        bool listed = false; // open prospects, or won or lost within the range
        int open = 0;
        std::vector<CurrencySum> openSums; // by currency index
        int won = 0;
        int lost = 0;
        std::vector<double> cycle;
    };

    static void addTo(std::vector<CurrencySum>& sums, int currency, qint64 minor)
    {
        if (sums.size() <= static_cast<std::size_t>(currency))
            sums.resize(static_cast<std::size_t>(currency) + 1);
        sums[static_cast<std::size_t>(currency)].add(minor);
    }

    /// The sums with their currency codes filled in.
    std::vector<CurrencySum> named(std::vector<CurrencySum> sums) const
    {
        for (std::size_t i = 0; i < sums.size(); ++i)
            sums[i].currency = m_currencyNames[i];
        return sums;
    }

    Owner& ownerFigures(int index)
    {
        if (m_owners.size() <= static_cast<std::size_t>(index))
            m_owners.resize(static_cast<std::size_t>(index) + 1);
        Owner& o = m_owners[static_cast<std::size_t>(index)];
        o.listed = true;
        return o;
    }

    bool inRange(qint64 at) const { return at >= m_from && at < m_to; }

    void snapshot(const Subject& p)
    {
        const bool open = p.stage < 4 && (p.active || p.onHold);
        if (!open && !(p.stage == 4 && p.won))
            return;
        StageFigures& s = m_r.stages[stageIndex(p.stage)];
        s.count += 1;
        s.onHold += p.onHold ? 1 : 0;
        addTo(m_stageSums[stageIndex(p.stage)], p.currency, p.valueMinor);
        if (!open)
            return;
        Owner& o = ownerFigures(p.owner);
        o.open += 1;
        addTo(o.openSums, p.currency, p.valueMinor);
        const qint64 entered = p.enteredAt.value_or(p.createdAt.value_or(m_now));
        m_current[stageIndex(p.stage)].push_back(daysBetween(entered, m_now));
    }

    void moved(Movement kind, qint64 at, std::array<bool, kMovementCount>& kinds,
               std::vector<std::pair<qint64, int>>& weeks)
    {
        const auto k = static_cast<std::size_t>(kind);
        kinds[k] = true;
        if (m_weekCount == 0)
            return;
        const qint64 w = weekIndex(at) - m_firstWeek;
        if (w < 0 || w >= m_weekCount)
            return;
        const std::pair<qint64, int> key{w, static_cast<int>(kind)};
        if (std::find(weeks.begin(), weeks.end(), key) != weeks.end())
            return; // each prospect counts once per week and movement
        weeks.push_back(key);
        if (m_weekCounts.size() <= static_cast<std::size_t>(w))
            m_weekCounts.resize(static_cast<std::size_t>(w) + 1);
        m_weekCounts[static_cast<std::size_t>(w)][k] += 1;
    }

    void flow(const Subject& p, const std::vector<Change>& history)
    {
        std::array<bool, kMovementCount> kinds{};
        std::vector<std::pair<qint64, int>> weeks;
        std::array<std::optional<Mark>, 3> firstEntry; // the cohorts of stages 1–3
        auto enter = [&](int stage, Mark m) {
            auto& first = firstEntry[stageIndex(stage)];
            if (!first || m < *first)
                first = m;
        };
        if (p.createdAt && inRange(*p.createdAt)) {
            moved(Movement::New, *p.createdAt, kinds, weeks);
            enter(1, {*p.createdAt, 0});
        }
        std::optional<qint64> lastMove; // when the prospect last changed stage
        std::optional<qint64> firstWin;
        for (const Change& c : history) {
            const bool stageMove = c.from != c.to;
            if (inRange(c.at)) {
                if (const auto kind = c.kind()) {
                    moved(*kind, c.at, kinds, weeks);
                    if (*kind == Movement::Won && !firstWin)
                        firstWin = c.at;
                }
                if (stageMove && c.from < 4) {
                    const qint64 since = lastMove.value_or(p.createdAt.value_or(c.at));
                    m_left[stageIndex(c.from)].push_back(daysBetween(since, c.at));
                }
                if (stageMove && c.to < 4)
                    enter(c.to, {c.at, c.id});
            }
            if (stageMove)
                lastMove = c.at;
        }

        for (std::size_t k = 0; k < kinds.size(); ++k)
            if (kinds[k])
                m_r.movement[k].push_back(p.id);
        const bool won = kinds[static_cast<std::size_t>(Movement::Won)];
        const bool lost = kinds[static_cast<std::size_t>(Movement::Lost)];
        if (won || lost) {
            Owner& o = ownerFigures(p.owner);
            o.won += won ? 1 : 0;
            o.lost += lost ? 1 : 0;
            if (won)
                addTo(m_wonSums, p.currency, p.valueMinor);
        }
        if (firstWin && p.createdAt) {
            const double days = daysBetween(*p.createdAt, *firstWin);
            m_cycle.push_back(days);
            ownerFigures(p.owner).cycle.push_back(days);
        }

        // What became of each cohort entry: a later move past the stage, else a
        // later loss while in it, else still undecided.
        for (int stage = 1; stage <= 3; ++stage) {
            const auto& first = firstEntry[stageIndex(stage)];
            if (!first)
                continue;
            bool advanced = false;
            bool lostThere = false;
            for (const Change& n : history) {
                if (!(*first < Mark{n.at, n.id}))
                    continue;
                advanced = advanced || n.to > stage;
                lostThere = lostThere || (n.toLost && !n.fromLost && n.to == stage);
            }
            Conversion& c = m_r.conversion[stageIndex(stage)];
            c.entered.push_back(p.id);
            if (advanced)
                c.advanced.push_back(p.id);
            else if (lostThere)
                c.lost.push_back(p.id);
        }
    }

    qint64 m_from;
    qint64 m_to;
    qint64 m_now;
    PipelineReport& m_r;
    qint64 m_firstWeek = 0;
    qint64 m_weekCount = 0;
    std::vector<std::array<int, kMovementCount>> m_weekCounts;
    std::array<std::vector<double>, 3> m_current;
    std::array<std::vector<double>, 3> m_left;
    std::vector<double> m_cycle;
    std::array<std::vector<CurrencySum>, kStageCount> m_stageSums; // by currency index
    std::vector<CurrencySum> m_wonSums;
    std::vector<std::string> m_currencyBytes;
    std::vector<QString> m_currencyNames;
    std::unordered_map<std::string, int> m_ownerIndex;
    std::vector<QString> m_ownerNames;
    std::vector<Owner> m_owners;
};

} // namespace

SqliteReportRepository::SqliteReportRepository(SqliteStore& store) : m_db(store.connection()) {}

PipelineReport SqliteReportRepository::compute(const ReportQuery& query)
{
    ReadSnapshot snapshot(m_db);
    PipelineReport r;
    r.query = query;
    for (std::size_t i = 0; i < r.stages.size(); ++i) {
        r.stages[i].stage = kAllStages[i];
        r.stages[i].probabilityPercent = query.settings.probabilityFor(kAllStages[i]);
    }
    for (std::size_t i = 0; i < r.timeInStage.size(); ++i) {
        r.timeInStage[i].stage = kAllStages[i];
        r.conversion[i].stage = kAllStages[i];
    }

    Fold fold(query, r);
    {
        Statement prospects = prepareReport(m_db, kProspectStreamSql, query);
        Statement history = m_db.prepare(kHistoryStreamSql);
        bool more = history.step();
        std::vector<Change> changes;
        while (prospects.step()) {
            Subject p;
            p.id = prospects.id(0);
            p.owner = fold.owner(prospects.utf8(1));
            p.stage = std::clamp(prospects.integer(2), 1, kStageCount);
            const std::string_view status = prospects.utf8(3);
            p.active = status == "active";
            p.onHold = status == "on_hold";
            p.won = status == "won";
            p.valueMinor = prospects.int64(4);
            if (!prospects.isNull(5))
                p.createdAt = prospects.int64(5);
            if (!prospects.isNull(6))
                p.enteredAt = prospects.int64(6);
            p.currency = fold.currency(prospects.utf8(7));

            changes.clear();
            while (more && history.id(0) < p.id)
                more = history.step(); // a prospect out of scope
            while (more && history.id(0) == p.id) {
                changes.push_back({history.id(1), history.int64(2), history.integer(3),
                                   history.integer(4), history.integer(5) != 0,
                                   history.integer(6) != 0});
                more = history.step();
            }
            fold.add(p, changes);
        }
    }
    std::map<QString, OwnerFigures> owners;
    fold.finish(query.settings, owners);

    bool overflow = false; // totals saturate at the largest number; they never wrap
    for (StageFigures& s : r.stages) {
        if (s.stage == Stage::Partnership)
            continue;
        s.weightedMinor = percentOf(s.valueMinor, s.probabilityPercent);
        r.openCount += s.count;
        r.openValueMinor = checkedAdd(r.openValueMinor, s.valueMinor, overflow);
        r.openUnconverted += s.unconverted;
        r.weightedMinor = checkedAdd(r.weightedMinor, s.weightedMinor, overflow);
    }
    r.won = static_cast<int>(r.moved(Movement::Won).size());
    r.lost = static_cast<int>(r.moved(Movement::Lost).size());

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
            s.currency = st.text(10);
            r.stalled.push_back(std::move(s));
        }
        if (r.stalled.empty() && query.stalledLimit == 0) {
            // The count comes with the rows; with no rows asked for, ask for one.
            Statement one = prepareStalled(m_db, query, 1);
            if (one.step())
                r.stalledCount = one.integer(9);
        }
    }

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
                           st.int64(4), st.text(10)});
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
