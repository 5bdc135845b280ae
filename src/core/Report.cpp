#include "Report.h"

#include "EnumTraits.h"
#include "Parse.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace accord::core {

namespace {

using nlohmann::json;

std::string utf8(const QString& s)
{
    return s.toStdString();
}

// Days with two decimals: enough for people, stable for scripts.
double roundDays(double days)
{
    return std::round(days * 100.0) / 100.0;
}

json distributionJson(const Distribution& d)
{
    return {{"count", d.count},
            {"median_days", d.count > 0 ? json(roundDays(d.median)) : json(nullptr)},
            {"p75_days", d.count > 0 ? json(roundDays(d.p75)) : json(nullptr)}};
}

json rateJson(std::size_t part, std::size_t whole)
{
    if (whole == 0)
        return nullptr;
    return std::round(static_cast<double>(part) / static_cast<double>(whole) * 10000.0) / 10000.0;
}

json stageJson(Stage s)
{
    return {{"stage", static_cast<int>(s)}, {"stage_name", utf8(stageKey(s))}};
}

struct Movements : EnumTable<Movement, Movements>
{
    static constexpr std::array<EnumItem<Movement>, 5> kItems{{
        {Movement::New, "new", QT_TRANSLATE_NOOP("accord", "New")},
        {Movement::Advanced, "advanced", QT_TRANSLATE_NOOP("accord", "Advanced")},
        {Movement::Regressed, "regressed", QT_TRANSLATE_NOOP("accord", "Moved back")},
        {Movement::Won, "won", QT_TRANSLATE_NOOP("accord", "Won")},
        {Movement::Lost, "lost", QT_TRANSLATE_NOOP("accord", "Lost")},
    }};
};

} // namespace

QString movementKey(Movement m)
{
    return Movements::key(m);
}

QString movementName(Movement m)
{
    return Movements::name(m);
}

std::optional<double> PipelineReport::winRate() const
{
    if (won + lost == 0)
        return std::nullopt;
    return static_cast<double>(won) / static_cast<double>(won + lost);
}

double percentile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    const double position = static_cast<double>(sorted.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto low = static_cast<std::size_t>(std::floor(position));
    const double fraction = position - static_cast<double>(low);
    if (low + 1 >= sorted.size())
        return sorted[low];
    return sorted[low] * (1.0 - fraction) + sorted[low + 1] * fraction;
}

QDate weekStartOf(const QDateTime& t)
{
    const QDate day = t.toUTC().date();
    return day.addDays(1 - day.dayOfWeek());
}

nlohmann::json toJson(const PipelineReport& r)
{
    json stages = json::array();
    for (const StageFigures& s : r.stages) {
        json j = stageJson(s.stage);
        j["count"] = s.count;
        j["on_hold"] = s.onHold;
        j["value_minor"] = s.valueMinor;
        j["unconverted"] = s.unconverted;
        j["probability_percent"] = s.probabilityPercent;
        j["weighted_value_minor"] = s.weightedMinor;
        stages.push_back(std::move(j));
    }
    json times = json::array();
    for (const TimeInStage& t : r.timeInStage) {
        json j = stageJson(t.stage);
        j["left"] = distributionJson(t.left);
        j["current"] = distributionJson(t.current);
        times.push_back(std::move(j));
    }
    json conversion = json::array();
    for (const Conversion& c : r.conversion) {
        json j = stageJson(c.stage);
        j["entered"] = c.entered.size();
        j["advanced"] = c.advanced.size();
        j["lost"] = c.lost.size();
        j["open"] = c.open();
        j["advanced_rate"] = rateJson(c.advanced.size(), c.entered.size());
        j["lost_rate"] = rateJson(c.lost.size(), c.entered.size());
        j["entered_ids"] = c.entered;
        j["advanced_ids"] = c.advanced;
        j["lost_ids"] = c.lost;
        conversion.push_back(std::move(j));
    }
    json movement = json::object();
    for (Movement m : kAllMovements)
        movement[utf8(movementKey(m))] = {{"count", r.moved(m).size()}, {"ids", r.moved(m)}};
    json weeks = json::array();
    for (const WeekMovement& w : r.weeks) {
        json j = {{"week_start", utf8(w.weekStart.toString(Qt::ISODate))}};
        for (Movement m : kAllMovements)
            j[utf8(movementKey(m))] = w.count(m);
        weeks.push_back(std::move(j));
    }
    json stalled = json::array();
    for (const StalledProspect& s : r.stalled) {
        json j = {{"id", s.id}, {"name", utf8(s.name)}, {"owner", utf8(s.owner)}};
        j.update(stageJson(s.stage));
        j["value_minor"] = s.valueMinor;
        j["currency"] = utf8(s.currency);
        j["last_meeting_at"] =
            s.lastMeetingAt.isValid() ? json(utf8(toIsoUtc(s.lastMeetingAt))) : json(nullptr);
        j["quiet_since"] = utf8(toIsoUtc(s.quietSince));
        j["days_quiet"] = s.daysQuiet;
        j["threshold_days"] = s.thresholdDays;
        stalled.push_back(std::move(j));
    }
    json owners = json::array();
    for (const OwnerFigures& o : r.owners)
        owners.push_back({{"owner", utf8(o.owner)},
                          {"open", o.open},
                          {"open_value_minor", o.openValueMinor},
                          {"open_unconverted", o.openUnconverted},
                          {"won", o.won},
                          {"lost", o.lost},
                          {"win_rate", rateJson(static_cast<std::size_t>(o.won),
                                                static_cast<std::size_t>(o.won) +
                                                    static_cast<std::size_t>(o.lost))},
                          {"cycle", distributionJson(o.cycle)}});
    json lostByReason = json::array();
    for (const ReasonLosses& l : r.lostByReason) {
        json byStage = json::object();
        for (int s = 1; s <= kStageCount; ++s)
            byStage[std::to_string(s)] = l.in(static_cast<Stage>(s));
        lostByReason.push_back({{"reason", l.code.isEmpty() ? json(nullptr) : json(utf8(l.code))},
                                {"label", utf8(l.label)},
                                {"count", l.total},
                                {"by_stage", byStage}});
    }
    json ownerFilter = json::array();
    for (const QString& o : r.query.owners)
        ownerFilter.push_back(utf8(o));

    return {
        {"report_version", 1},
        {"range", {{"from", utf8(toIsoUtc(r.query.from))}, {"to", utf8(toIsoUtc(r.query.to))}}},
        {"generated_at", utf8(toIsoUtc(r.query.now))},
        {"owners_filter", ownerFilter},
        {"currency", utf8(r.query.settings.currency)},
        {"open",
         {{"count", r.openCount},
          {"value_minor", r.openValueMinor},
          {"weighted_value_minor", r.weightedMinor},
          {"unconverted", r.openUnconverted}}},
        {"stages", stages},
        {"time_in_stage", times},
        {"conversion", conversion},
        {"movement", movement},
        {"movement_by_week", weeks},
        {"stalled",
         {{"count", r.stalledCount}, {"shown", r.stalled.size()}, {"prospects", stalled}}},
        {"outcomes",
         {{"won", r.won},
          {"lost", r.lost},
          {"win_rate",
           rateJson(static_cast<std::size_t>(r.won),
                    static_cast<std::size_t>(r.won) + static_cast<std::size_t>(r.lost))},
          {"won_value_minor", r.wonValueMinor},
          {"won_unconverted", r.wonUnconverted},
          {"cycle", distributionJson(r.cycle)}}},
        {"by_owner", owners},
        {"lost_by_reason", lostByReason},
    };
}

} // namespace accord::core
