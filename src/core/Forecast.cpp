#include "Forecast.h"

#include "ReviewFold.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace accord::core {

namespace {

using nlohmann::json;

std::string utf8(const QString& s)
{
    return s.toStdString();
}

json dateJson(const QDate& d)
{
    return d.isValid() ? json(utf8(d.toString(Qt::ISODate))) : json(nullptr);
}

/// Sums per stage of a period, converted and weighted at the end.
struct PeriodSums
{
    std::array<CurrencySums, 3> open;
    CurrencySums won;
};

void finish(ForecastPeriod& p, const PeriodSums& sums, const PipelineSettings& settings)
{
    bool overflow = false;
    for (std::size_t s = 0; s < sums.open.size(); ++s) {
        const MoneyTotal t = settings.total(sums.open[s]);
        p.valueMinor = checkedAdd(p.valueMinor, t.minor, overflow);
        p.unconverted += t.unconverted;
        const int percent = settings.probabilityFor(static_cast<Stage>(s + 1));
        p.weightedMinor = checkedAdd(p.weightedMinor, percentOf(t.minor, percent), overflow);
    }
    p.wonMinor = settings.total(sums.won).minor;
    std::sort(p.ids.begin(), p.ids.end());
}

json periodJson(const ForecastPeriod& p)
{
    return {{"count", p.count},
            {"value_minor", p.valueMinor},
            {"weighted_value_minor", p.weightedMinor},
            {"unconverted", p.unconverted},
            {"won_count", p.wonCount},
            {"won_value_minor", p.wonMinor},
            {"ids", p.ids}};
}

} // namespace

QDate periodStartOf(const QDate& day, ForecastGrain grain)
{
    if (grain == ForecastGrain::Month)
        return QDate(day.year(), day.month(), 1);
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

QString periodLabel(const QDate& start, ForecastGrain grain)
{
    if (grain == ForecastGrain::Quarter)
        return QStringLiteral("%1 Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QStringLiteral("%1 %2").arg(QLatin1String(kMonths[start.month() - 1])).arg(start.year());
}

QString grainKey(ForecastGrain grain)
{
    return grain == ForecastGrain::Month ? QStringLiteral("month") : QStringLiteral("quarter");
}

std::optional<ForecastGrain> grainFromKey(const QString& key)
{
    if (key == QLatin1String("month"))
        return ForecastGrain::Month;
    if (key == QLatin1String("quarter"))
        return ForecastGrain::Quarter;
    return std::nullopt;
}

Forecast computeForecast(ReportRows& rows, const ForecastQuery& query)
{
    Forecast f;
    f.query = query;
    const int months = query.grain == ForecastGrain::Month ? 1 : 3;
    QDate start = periodStartOf(query.today, query.grain);
    for (int i = 0; i < std::max(query.periods, 1); ++i) {
        ForecastPeriod p;
        p.start = start;
        p.end = start.addMonths(months);
        f.periods.push_back(p);
        start = p.end;
    }
    const QDate first = f.periods.front().start;
    const QDate last = f.periods.back().end;
    std::vector<PeriodSums> sums(f.periods.size());
    PeriodSums overdue;
    CurrencySums undated;
    auto periodOf = [&](const QDate& d) -> std::optional<std::size_t> {
        if (!d.isValid() || d < first || d >= last)
            return std::nullopt;
        for (std::size_t i = 0; i < f.periods.size(); ++i)
            if (d < f.periods[i].end)
                return i;
        return std::nullopt;
    };
    rows.forecastProspects(query.owners, [&](const ForecastProspectRow& r) {
        if (r.status == Status::Won) {
            // Won so far: when it was signed (else when it was expected to close).
            const QDate signedOn = r.signedOn.isValid() ? r.signedOn : r.expectedClose;
            if (const auto i = periodOf(signedOn)) {
                ++f.periods[*i].wonCount;
                sums[*i].won.add(r.currency, r.valueMinor);
            }
            return;
        }
        if (!isOpen(r.stage, r.status) || r.stage == Stage::Partnership)
            return;
        const auto stage = static_cast<std::size_t>(r.stage) - 1;
        if (!r.expectedClose.isValid()) {
            ++f.undated;
            undated.add(r.currency, r.valueMinor);
            return;
        }
        ForecastPeriod* p = nullptr;
        PeriodSums* s = nullptr;
        if (r.expectedClose < first) {
            p = &f.overdue;
            s = &overdue;
        } else if (const auto i = periodOf(r.expectedClose)) {
            p = &f.periods[*i];
            s = &sums[*i];
        } else {
            return; // beyond the periods shown
        }
        ++p->count;
        p->ids.push_back(r.id);
        s->open[stage].add(r.currency, r.valueMinor);
    });
    for (std::size_t i = 0; i < f.periods.size(); ++i)
        finish(f.periods[i], sums[i], query.settings);
    finish(f.overdue, overdue, query.settings);
    f.overdue.start = QDate();
    f.overdue.end = first;
    f.undatedValueMinor = query.settings.total(undated).minor;
    return f;
}

json toJson(const Forecast& f)
{
    json periods = json::array();
    for (const ForecastPeriod& p : f.periods) {
        json j = periodJson(p);
        j["period"] = utf8(periodLabel(p.start, f.query.grain));
        j["start"] = dateJson(p.start);
        j["end"] = dateJson(p.end.addDays(-1));
        periods.push_back(std::move(j));
    }
    json overdue = periodJson(f.overdue);
    overdue.erase("won_count");
    overdue.erase("won_value_minor");
    overdue["before"] = dateJson(f.overdue.end);
    json owners = json::array();
    for (const QString& o : f.query.owners)
        owners.push_back(utf8(o));
    json probabilities = json::object();
    for (int s = 1; s <= 3; ++s)
        probabilities[std::to_string(s)] = f.query.settings.probabilityFor(static_cast<Stage>(s));
    return {{"forecast_version", 1},
            {"by", utf8(grainKey(f.query.grain))},
            {"today", dateJson(f.query.today)},
            {"currency", utf8(f.query.settings.currency)},
            {"owners_filter", owners},
            {"probability_percent", probabilities},
            {"periods", periods},
            {"overdue", overdue},
            {"undated", {{"count", f.undated}, {"value_minor", f.undatedValueMinor}}}};
}

std::vector<SlippedProspect> slippedBetween(ReportRows& rows, const QDateTime& from,
                                            const QDateTime& to, const QStringList& owners)
{
    struct Moves
    {
        int moves = 0;
        qint64 days = 0;
        qint64 lastAt = 0;
        QDate lastTo;
    };
    std::map<Id, Moves> byProspect;
    rows.closeMoves(from.toSecsSinceEpoch(), to.toSecsSinceEpoch(), [&](const CloseMoveRow& m) {
        if (!m.fromDate.isValid() || !m.toDate.isValid() || m.toDate <= m.fromDate)
            return;
        Moves& s = byProspect[m.prospectId];
        ++s.moves;
        s.days += m.fromDate.daysTo(m.toDate);
        if (m.at >= s.lastAt) {
            s.lastAt = m.at;
            s.lastTo = m.toDate;
        }
    });
    std::vector<Id> ids;
    ids.reserve(byProspect.size());
    for (const auto& [id, m] : byProspect)
        ids.push_back(id);
    std::vector<SlippedProspect> out;
    for (const ReportProspect& p : rows.describe(ids)) {
        if (!owners.isEmpty() && !owners.contains(p.owner))
            continue;
        const Moves& m = byProspect[p.id];
        out.push_back({p.id, p.name, p.owner, p.stage, m.moves, m.days, m.lastTo});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SlippedProspect& a, const SlippedProspect& b) {
                         return a.daysLater > b.daysLater;
                     });
    return out;
}

std::vector<ReasonLosses> lossesByReason(ReportRows& rows, const std::vector<Id>& lostIds,
                                         const PipelineSettings& settings)
{
    // Only the period's losses are read, not the whole pipeline once more.
    std::map<QString, ReasonLosses> byCode;
    for (const ReportProspect& r : rows.describe(lostIds)) {
        if (r.status != Status::Lost)
            continue;
        ReasonLosses& l = byCode[r.reasonCode];
        l.code = r.reasonCode;
        ++l.byStage[static_cast<std::size_t>(r.stage) - 1];
        ++l.total;
    }
    std::vector<ReasonLosses> out;
    for (const Reason& reason : settings.reasons) {
        const auto it = byCode.find(reason.key);
        if (it == byCode.end())
            continue;
        it->second.label = reason.label;
        out.push_back(it->second);
        byCode.erase(it);
    }
    ReasonLosses none;
    for (auto& [code, l] : byCode) {
        if (code.isEmpty()) {
            none = l;
            continue;
        }
        l.label = code;
        out.push_back(l);
    }
    if (none.total > 0)
        out.push_back(none);
    return out;
}

Forecast forecastOf(Store& store, const ForecastQuery& query)
{
    Forecast f;
    store.readSnapshot([&] { f = computeForecast(store.reports(), query); });
    return f;
}

std::vector<SlippedProspect> slippedOf(Store& store, const QDateTime& from, const QDateTime& to,
                                       const QStringList& owners)
{
    std::vector<SlippedProspect> out;
    store.readSnapshot([&] { out = slippedBetween(store.reports(), from, to, owners); });
    return out;
}

} // namespace accord::core
