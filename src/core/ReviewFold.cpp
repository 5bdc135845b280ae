#include "ReviewFold.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <numeric>

namespace accord::core {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kWeek = 7 * kDay;
constexpr qint64 kFirstMonday = 4 * kDay; // 1970-01-05, the first Monday of unix time

int stageNumber(Stage s)
{
    return static_cast<int>(s);
}

std::size_t stageIndex(Stage s)
{
    return static_cast<std::size_t>(std::clamp(stageNumber(s), 1, kStageCount) - 1);
}

qint64 secs(const QDateTime& t)
{
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

QDateTime timeOf(std::optional<qint64> at)
{
    return at ? QDateTime::fromSecsSinceEpoch(*at, Qt::UTC) : QDateTime();
}

qint64 weekIndex(qint64 at)
{
    const qint64 shifted = at - kFirstMonday;
    return shifted >= 0 ? shifted / kWeek : -((-shifted + kWeek - 1) / kWeek);
}

double daysBetween(qint64 from, qint64 to)
{
    return static_cast<double>(to - from) / static_cast<double>(kDay);
}

Distribution distributionOf(std::vector<double>& sample)
{
    std::sort(sample.begin(), sample.end());
    return {static_cast<int>(sample.size()), percentile(sample, 0.5), percentile(sample, 0.75)};
}

/// A place in a prospect's history: by time, then by entry id (a creation is id 0).
struct Mark
{
    qint64 at = 0;
    Id id = 0;
    bool operator<(const Mark& o) const { return at != o.at ? at < o.at : id < o.id; }
};

bool byProspectThenTime(const ReviewChangeRow& a, const ReviewChangeRow& b)
{
    if (a.prospectId != b.prospectId)
        return a.prospectId < b.prospectId;
    return Mark{a.at, a.id} < Mark{b.at, b.id};
}

/// Orders the changes by prospect, then time and id. Prospect ids are usually
/// dense: then a stable counting sort by prospect, after which each prospect's
/// few entries are put in time order (a store streaming by time leaves them so);
/// else one comparison sort.
void orderChanges(std::vector<ReviewChangeRow>& rows)
{
    if (rows.empty() || std::is_sorted(rows.begin(), rows.end(), byProspectThenTime))
        return;
    const auto [low, high] = std::minmax_element(
        rows.begin(), rows.end(), [](const ReviewChangeRow& a, const ReviewChangeRow& b) {
            return a.prospectId < b.prospectId;
        });
    const Id first = low->prospectId;
    const auto span = static_cast<std::size_t>(high->prospectId - first) + 1;
    if (first < 0 || span > 4 * rows.size() + 1024) {
        std::sort(rows.begin(), rows.end(), byProspectThenTime);
        return;
    }
    std::vector<std::size_t> next(span + 1, 0); // where each prospect's entries go
    for (const ReviewChangeRow& r : rows)
        ++next[static_cast<std::size_t>(r.prospectId - first) + 1];
    std::partial_sum(next.begin(), next.end(), next.begin());
    std::vector<ReviewChangeRow> out(rows.size());
    for (const ReviewChangeRow& r : rows)
        out[next[static_cast<std::size_t>(r.prospectId - first)]++] = r;
    for (auto run = out.begin(); run != out.end();) {
        const Id id = run->prospectId;
        const auto end = std::find_if(
            run, out.end(), [id](const ReviewChangeRow& r) { return r.prospectId != id; });
        if (!std::is_sorted(run, end, byProspectThenTime))
            std::sort(run, end, byProspectThenTime);
        run = end;
    }
    rows = std::move(out);
}

} // namespace

std::optional<Movement> movementOf(const ReviewChangeRow& c)
{
    if (c.toStage == Stage::Partnership && c.fromStage != Stage::Partnership)
        return Movement::Won;
    if (c.toStatus == Status::Lost && c.fromStatus != Status::Lost)
        return Movement::Lost;
    if (stageNumber(c.toStage) > stageNumber(c.fromStage))
        return Movement::Advanced;
    if (stageNumber(c.toStage) < stageNumber(c.fromStage))
        return Movement::Regressed;
    return std::nullopt;
}

bool isStageMove(const ReviewChangeRow& c)
{
    return c.fromStage != c.toStage;
}

bool isOpen(Stage stage, Status status)
{
    return stage != Stage::Partnership && (status == Status::Active || status == Status::OnHold);
}

bool inSnapshot(Stage stage, Status status)
{
    return isOpen(stage, status) || (stage == Stage::Partnership && status == Status::Won);
}

std::optional<StalledProspect> stalledOf(const ReviewProspectRow& p, qint64 now,
                                         const PipelineSettings& settings)
{
    if (p.status != Status::Active || p.stage == Stage::Partnership)
        return std::nullopt;
    const std::optional<qint64> since = p.lastMeetingAt    ? p.lastMeetingAt
                                        : p.stageEnteredAt ? p.stageEnteredAt
                                                           : p.createdAt;
    if (!since)
        return std::nullopt;
    const qint64 quiet = (now - *since) / kDay; // whole days, as the board counts them
    const int threshold = settings.staleDaysFor(p.stage);
    if (quiet <= threshold)
        return std::nullopt;
    StalledProspect s;
    s.id = p.id;
    s.owner = p.owner;
    s.stage = p.stage;
    s.valueMinor = p.valueMinor;
    s.currency = p.currency;
    s.lastMeetingAt = timeOf(p.lastMeetingAt);
    s.quietSince = timeOf(since);
    s.daysQuiet = static_cast<int>(quiet);
    s.thresholdDays = threshold;
    return s;
}

int rankStalled(std::vector<StalledProspect>& all, int limit, const ReviewFold::Describe& describe)
{
    const int count = static_cast<int>(all.size());
    auto quieter = [](const StalledProspect& a, const StalledProspect& b) {
        return a.daysQuiet > b.daysQuiet;
    };
    if (limit == 0) {
        all.clear();
        return count;
    }
    if (limit > 0 && limit < count) {
        // Only those at least as quiet as the last row shown need a name.
        std::nth_element(all.begin(), all.begin() + (limit - 1), all.end(), quieter);
        const int cutoff = all[static_cast<std::size_t>(limit - 1)].daysQuiet;
        all.erase(
            std::remove_if(all.begin(), all.end(),
                           [cutoff](const StalledProspect& s) { return s.daysQuiet < cutoff; }),
            all.end());
    }
    std::vector<Id> ids;
    ids.reserve(all.size());
    for (const StalledProspect& s : all)
        ids.push_back(s.id);
    QHash<Id, int> positionOf; // by name
    std::vector<QString> names;
    for (const ReportProspect& p : describe(ids)) {
        positionOf.insert(p.id, static_cast<int>(names.size()));
        names.push_back(p.name);
    }
    std::vector<int> position(all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        position[i] = positionOf.value(all[i].id, static_cast<int>(names.size()));
        if (position[i] < static_cast<int>(names.size()))
            all[i].name = names[static_cast<std::size_t>(position[i])];
    }
    std::vector<std::size_t> order(all.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (all[a].daysQuiet != all[b].daysQuiet)
            return all[a].daysQuiet > all[b].daysQuiet;
        return position[a] != position[b] ? position[a] < position[b] : all[a].id < all[b].id;
    });
    const std::size_t shown =
        limit > 0 ? std::min(order.size(), static_cast<std::size_t>(limit)) : order.size();
    std::vector<StalledProspect> ranked;
    ranked.reserve(shown);
    for (std::size_t i = 0; i < shown; ++i)
        ranked.push_back(std::move(all[order[i]]));
    all = std::move(ranked);
    return count;
}

// ------------------------------------------------------------------ the fold

struct ReviewFold::State
{
    struct Owner
    {
        bool listed = false; // open prospects, or won or lost within the range
        int open = 0;
        std::vector<CurrencySum> openSums; // by currency index
        int won = 0;
        int lost = 0;
        std::vector<double> cycle;
    };

    explicit State(const ReportQuery& q)
        : from(secs(q.from)), to(secs(q.to)), now(secs(q.now)), query(q)
    {
        if (q.from.isValid() && q.to.isValid() && q.from < q.to) {
            firstWeek = weekIndex(from);
            weekCount = weekIndex(to - 1) - firstWeek + 1;
        }
        r.query = q;
        for (std::size_t i = 0; i < r.stages.size(); ++i) {
            r.stages[i].stage = kAllStages[i];
            r.stages[i].probabilityPercent = q.settings.probabilityFor(kAllStages[i]);
        }
        for (std::size_t i = 0; i < r.timeInStage.size(); ++i) {
            r.timeInStage[i].stage = kAllStages[i];
            r.conversion[i].stage = kAllStages[i];
        }
    }

    int currencyIndex(const QString& code)
    {
        for (std::size_t i = 0; i < currencies.size(); ++i)
            if (currencies[i] == code)
                return static_cast<int>(i);
        currencies.push_back(code);
        return static_cast<int>(currencies.size()) - 1;
    }

    Owner& ownerFigures(const QString& name)
    {
        auto found = ownerIndex.constFind(name);
        if (found == ownerIndex.constEnd()) {
            found = ownerIndex.insert(name, static_cast<int>(owners.size()));
            owners.emplace_back();
            ownerNames.push_back(name);
        }
        Owner& o = owners[static_cast<std::size_t>(*found)];
        o.listed = true;
        return o;
    }

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
            sums[i].currency = currencies[i];
        return sums;
    }

    bool inRange(qint64 at) const { return at >= from && at < to; }

    void snapshot(const ReviewProspectRow& p, int currency)
    {
        if (!inSnapshot(p.stage, p.status))
            return;
        StageFigures& s = r.stages[stageIndex(p.stage)];
        s.count += 1;
        s.onHold += p.status == Status::OnHold ? 1 : 0;
        addTo(stageSums[stageIndex(p.stage)], currency, p.valueMinor);
        if (!isOpen(p.stage, p.status))
            return;
        Owner& o = ownerFigures(p.owner);
        o.open += 1;
        addTo(o.openSums, currency, p.valueMinor);
        const qint64 entered = p.stageEnteredAt.value_or(p.createdAt.value_or(now));
        current[stageIndex(p.stage)].push_back(daysBetween(entered, now));
        if (auto s = stalledOf(p, now, query.settings))
            stalled.push_back(std::move(*s));
    }

    void moved(Movement kind, qint64 at, std::array<bool, kMovementCount>& kinds,
               std::vector<std::pair<qint64, int>>& weeks)
    {
        const auto k = static_cast<std::size_t>(kind);
        kinds[k] = true;
        if (weekCount == 0)
            return;
        const qint64 w = weekIndex(at) - firstWeek;
        if (w < 0 || w >= weekCount)
            return;
        const std::pair<qint64, int> key{w, static_cast<int>(kind)};
        if (std::find(weeks.begin(), weeks.end(), key) != weeks.end())
            return; // each prospect counts once per week and movement
        weeks.push_back(key);
        if (weekCounts.size() <= static_cast<std::size_t>(w))
            weekCounts.resize(static_cast<std::size_t>(w) + 1);
        weekCounts[static_cast<std::size_t>(w)][k] += 1;
    }

    void flow(const ReviewProspectRow& p, int currency, const ReviewChangeRow* first,
              const ReviewChangeRow* last)
    {
        std::array<bool, kMovementCount> kinds{};
        std::vector<std::pair<qint64, int>> weeks;
        std::array<std::optional<Mark>, 3> firstEntry; // the cohorts of stages 1–3
        auto enter = [&](Stage stage, Mark m) {
            auto& entry = firstEntry[stageIndex(stage)];
            if (!entry || m < *entry)
                entry = m;
        };
        if (p.createdAt && inRange(*p.createdAt)) {
            moved(Movement::New, *p.createdAt, kinds, weeks);
            enter(Stage::Informative, {*p.createdAt, 0});
        }
        std::optional<qint64> lastMove; // when the prospect last changed stage
        std::optional<qint64> firstWin;
        for (const ReviewChangeRow* c = first; c != last; ++c) {
            const bool stageMove = isStageMove(*c);
            if (inRange(c->at)) {
                if (const auto kind = movementOf(*c)) {
                    moved(*kind, c->at, kinds, weeks);
                    if (*kind == Movement::Won && !firstWin)
                        firstWin = c->at;
                }
                if (stageMove && c->fromStage != Stage::Partnership) {
                    const qint64 since = lastMove.value_or(p.createdAt.value_or(c->at));
                    left[stageIndex(c->fromStage)].push_back(daysBetween(since, c->at));
                }
                if (stageMove && c->toStage != Stage::Partnership)
                    enter(c->toStage, {c->at, c->id});
            }
            if (stageMove)
                lastMove = c->at;
        }

        for (std::size_t k = 0; k < kinds.size(); ++k)
            if (kinds[k])
                r.movement[k].push_back(p.id);
        const bool won = kinds[static_cast<std::size_t>(Movement::Won)];
        const bool lost = kinds[static_cast<std::size_t>(Movement::Lost)];
        if (won || lost) {
            Owner& o = ownerFigures(p.owner);
            o.won += won ? 1 : 0;
            o.lost += lost ? 1 : 0;
            if (won)
                addTo(wonSums, currency, p.valueMinor);
        }
        if (firstWin && p.createdAt) {
            const double days = daysBetween(*p.createdAt, *firstWin);
            cycle.push_back(days);
            ownerFigures(p.owner).cycle.push_back(days);
        }

        // What became of each cohort entry: a later move past the stage, else a
        // later loss while in it, else still undecided.
        for (Stage stage : {Stage::Informative, Stage::Consulting, Stage::Negotiation}) {
            const auto& entry = firstEntry[stageIndex(stage)];
            if (!entry)
                continue;
            bool advanced = false;
            bool lostThere = false;
            for (const ReviewChangeRow* n = first; n != last; ++n) {
                if (!(*entry < Mark{n->at, n->id}))
                    continue;
                advanced = advanced || stageNumber(n->toStage) > stageNumber(stage);
                lostThere = lostThere || (movementOf(*n) == Movement::Lost && n->toStage == stage);
            }
            Conversion& c = r.conversion[stageIndex(stage)];
            c.entered.push_back(p.id);
            if (advanced)
                c.advanced.push_back(p.id);
            else if (lostThere)
                c.lost.push_back(p.id);
        }
    }

    qint64 from;
    qint64 to;
    qint64 now;
    ReportQuery query;
    PipelineReport r;
    qint64 firstWeek = 0;
    qint64 weekCount = 0;
    std::vector<ReviewChangeRow> changes;
    bool changesSorted = false;
    std::vector<std::array<int, kMovementCount>> weekCounts;
    std::array<std::vector<double>, 3> current;
    std::array<std::vector<double>, 3> left;
    std::vector<double> cycle;
    std::array<std::vector<CurrencySum>, kStageCount> stageSums; // by currency index
    std::vector<CurrencySum> wonSums;
    std::vector<QString> currencies;
    QHash<QString, int> ownerIndex;
    std::vector<QString> ownerNames;
    std::vector<Owner> owners;
    std::vector<StalledProspect> stalled;
};

ReviewFold::ReviewFold(const ReportQuery& query) : d(std::make_unique<State>(query)) {}

ReviewFold::~ReviewFold() = default;

void ReviewFold::addChange(const ReviewChangeRow& change)
{
    d->changes.push_back(change);
    d->changesSorted = false;
}

void ReviewFold::addProspect(const ReviewProspectRow& prospect)
{
    if (!d->changesSorted) {
        orderChanges(d->changes);
        d->changesSorted = true;
    }
    ReviewChangeRow key;
    key.prospectId = prospect.id;
    const auto range = std::equal_range(d->changes.begin(), d->changes.end(), key,
                                        [](const ReviewChangeRow& a, const ReviewChangeRow& b) {
                                            return a.prospectId < b.prospectId;
                                        });
    const int currency = d->currencyIndex(prospect.currency);
    d->snapshot(prospect, currency);
    d->flow(prospect, currency, d->changes.data() + (range.first - d->changes.begin()),
            d->changes.data() + (range.second - d->changes.begin()));
}

PipelineReport ReviewFold::finish(const Describe& describe)
{
    State& s = *d;
    PipelineReport& r = s.r;
    const PipelineSettings& settings = s.query.settings;
    for (std::size_t i = 0; i < r.stages.size(); ++i) {
        const MoneyTotal t = settings.total(s.named(s.stageSums[i]));
        r.stages[i].valueMinor = t.minor;
        r.stages[i].unconverted = t.unconverted;
    }
    const MoneyTotal won = settings.total(s.named(s.wonSums));
    r.wonValueMinor = won.minor;
    r.wonUnconverted = won.unconverted;
    for (std::size_t i = 0; i < r.timeInStage.size(); ++i) {
        r.timeInStage[i].current = distributionOf(s.current[i]);
        r.timeInStage[i].left = distributionOf(s.left[i]);
    }
    r.cycle = distributionOf(s.cycle);
    for (qint64 w = 0; w < s.weekCount; ++w)
        r.weeks.push_back(
            {QDateTime::fromSecsSinceEpoch(kFirstMonday + (s.firstWeek + w) * kWeek, Qt::UTC)
                 .date(),
             s.weekCounts.size() > static_cast<std::size_t>(w)
                 ? s.weekCounts[static_cast<std::size_t>(w)]
                 : std::array<int, kMovementCount>{}});

    std::map<QString, OwnerFigures> owners; // by name
    for (std::size_t i = 0; i < s.owners.size(); ++i) {
        State::Owner& o = s.owners[i];
        if (!o.listed)
            continue;
        OwnerFigures& f = owners[s.ownerNames[i]];
        f.owner = s.ownerNames[i];
        f.open = o.open;
        const MoneyTotal open = settings.total(s.named(o.openSums));
        f.openValueMinor = open.minor;
        f.openUnconverted = open.unconverted;
        f.won = o.won;
        f.lost = o.lost;
        f.cycle = distributionOf(o.cycle);
    }
    for (auto& [name, o] : owners)
        r.owners.push_back(std::move(o));

    bool overflow = false; // totals saturate at the largest number; they never wrap
    for (StageFigures& f : r.stages) {
        if (f.stage == Stage::Partnership)
            continue;
        f.weightedMinor = percentOf(f.valueMinor, f.probabilityPercent);
        r.openCount += f.count;
        r.openValueMinor = checkedAdd(r.openValueMinor, f.valueMinor, overflow);
        r.openUnconverted += f.unconverted;
        r.weightedMinor = checkedAdd(r.weightedMinor, f.weightedMinor, overflow);
    }
    for (auto& ids : r.movement)
        std::sort(ids.begin(), ids.end());
    for (Conversion& c : r.conversion)
        for (auto* ids : {&c.entered, &c.advanced, &c.lost})
            std::sort(ids->begin(), ids->end());
    r.won = static_cast<int>(r.moved(Movement::Won).size());
    r.lost = static_cast<int>(r.moved(Movement::Lost).size());

    r.stalledCount = rankStalled(s.stalled, s.query.stalledLimit, describe);
    r.stalled = std::move(s.stalled);
    return std::move(r);
}

} // namespace accord::core
