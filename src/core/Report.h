#pragma once

// The sales lead's review (the Review page, accord-cli report): what it covers (ReportQuery)
// and the figures it returns (PipelineReport). ReviewFold computes them from the
// store's rows (ReportRows); every definition is written down in docs/report.md.

#include "PipelineSettings.h"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <optional>

namespace accord::core {

/// What a review covers. Flows (movement, conversion, time spent in a stage that
/// was left, outcomes) count events with `from <= at < to`; snapshot figures
/// (counts and value per stage, open time in stage, stalled) describe the
/// pipeline as it is at `now`.
struct ReportQuery
{
    QDateTime from;     // UTC, inclusive
    QDateTime to;       // UTC, exclusive
    QDateTime now;      // UTC: the moment the snapshot figures describe
    QStringList owners; // empty = every owner
    PipelineSettings settings;
    int stalledLimit = 200; // rows of the stalled list (the count is always complete); < 0 = all
};

/// A sample of durations in days: how many, the median and the 75th percentile
/// (linear interpolation between closest ranks; 0 when count is 0).
struct Distribution
{
    int count = 0;
    double median = 0.0;
    double p75 = 0.0;
    bool operator==(const Distribution&) const = default;
};

/// Snapshot of one stage. Stages 1–3: open prospects (active or on hold); 4: won.
struct StageFigures
{
    Stage stage = Stage::Informative;
    int count = 0;
    int onHold = 0;
    qint64 valueMinor = 0; // converted to the pipeline currency (PipelineSettings::total)
    int unconverted = 0;   // prospects left out of valueMinor: no exchange rate for their currency
    int probabilityPercent = 0;
    qint64 weightedMinor = 0; // valueMinor × probability, stages 1–3 only
};

struct TimeInStage
{
    Stage stage = Stage::Informative;
    Distribution left;    // stays that ended by a move to another stage within the range
    Distribution current; // open prospects in the stage now: now − stage entered
};

/// Of the prospects that entered `stage` within the range: how many went on to a
/// later stage, how many were lost while in it, how many are still undecided.
struct Conversion
{
    Stage stage = Stage::Informative;
    std::vector<Id> entered;
    std::vector<Id> advanced;
    std::vector<Id> lost;
    double advancedRate() const { return ratio(advanced.size()); }
    double lostRate() const { return ratio(lost.size()); }
    int open() const
    {
        return static_cast<int>(entered.size()) - static_cast<int>(advanced.size()) -
               static_cast<int>(lost.size());
    }

private:
    double ratio(std::size_t n) const
    {
        return entered.empty() ? 0.0 : static_cast<double>(n) / static_cast<double>(entered.size());
    }
};

enum class Movement { New, Advanced, Regressed, Won, Lost };
inline constexpr int kMovementCount = 5;
inline constexpr Movement kAllMovements[] = {Movement::New, Movement::Advanced, Movement::Regressed,
                                             Movement::Won, Movement::Lost};
QString movementKey(Movement m);  // "new", "advanced", …
QString movementName(Movement m); // "New", "Advanced", … (translatable)

struct WeekMovement
{
    QDate weekStart; // a Monday (UTC weeks)
    std::array<int, kMovementCount> counts{};
    int count(Movement m) const { return counts[static_cast<std::size_t>(m)]; }
};

struct StalledProspect
{
    Id id = kNoId;
    QString name;
    QString owner;
    Stage stage = Stage::Informative;
    qint64 valueMinor = 0; // in the prospect's own currency
    QString currency;
    QDateTime lastMeetingAt; // null when there was none
    QDateTime quietSince;    // the last meeting, else when the stage was entered
    int daysQuiet = 0;
    int thresholdDays = 0;
};

struct OwnerFigures
{
    QString owner;
    int open = 0;
    qint64 openValueMinor = 0; // converted to the pipeline currency
    int openUnconverted = 0;   // open prospects left out of openValueMinor
    int won = 0;               // won within the range
    int lost = 0;              // lost within the range
    Distribution cycle;        // of those won within the range: created → Partnership, days
};

/// A row of a drill-down list: enough to show and open the prospect.
struct ReportProspect
{
    Id id = kNoId;
    QString name;
    QString owner;
    Stage stage = Stage::Informative;
    Status status = Status::Active;
    qint64 valueMinor = 0; // in the prospect's own currency
    QString currency;
    QString reasonCode; // why it was won or lost (Settings → Reasons), if said
    bool operator==(const ReportProspect&) const = default;
};

/// The prospects lost for one reason, per stage they were lost in.
struct ReasonLosses
{
    QString code;  // empty: lost without a reason code
    QString label; // the reason's label, the code itself when the list does not know it
    std::array<int, kStageCount> byStage{}; // stages 1–4
    int total = 0;
    int in(Stage s) const { return byStage[static_cast<std::size_t>(s) - 1]; }
};

struct PipelineReport
{
    ReportQuery query;
    std::array<StageFigures, kStageCount> stages{};
    int openCount = 0;
    qint64 openValueMinor = 0; // converted to the pipeline currency
    int openUnconverted = 0;   // open prospects left out of the values: no exchange rate
    qint64 weightedMinor = 0;
    std::array<TimeInStage, 3> timeInStage{};
    std::array<Conversion, 3> conversion{};
    std::array<std::vector<Id>, kMovementCount> movement{}; // sorted prospect ids per kind
    std::vector<WeekMovement> weeks; // every week the range touches, oldest first
    int stalledCount = 0;
    std::vector<StalledProspect> stalled; // longest quiet first, at most query.stalledLimit
    std::vector<OwnerFigures> owners;     // by owner name
    int won = 0;
    int lost = 0;
    qint64 wonValueMinor = 0;
    int wonUnconverted = 0;
    Distribution cycle; // created → Partnership, of those won within the range
    std::vector<ReasonLosses> lostByReason; // of those lost within the range and lost now

    const StageFigures& stage(Stage s) const { return stages[static_cast<std::size_t>(s) - 1]; }
    const std::vector<Id>& moved(Movement m) const { return movement[static_cast<std::size_t>(m)]; }
    /// won / (won + lost); nullopt when nothing closed in the range.
    std::optional<double> winRate() const;
};

/// Which prospects stand behind a figure that the report gives as a count only.
struct Drill
{
    enum class Kind {
        Stage,     // the snapshot of `stage` (open; won for Partnership)
        Stalled,   // every stalled prospect
        OwnerOpen, // the open prospects of `owner`
        LeftStage, // those that moved out of `stage` within the range
        Moved      // `movement` within the range, narrowed to [from, to) when set (a week)
    };
    Kind kind = Kind::Stage;
    Stage stage = Stage::Informative;
    QString owner;
    Movement movement = Movement::New;
    QDateTime from;
    QDateTime to;
};

/// The p-quantile (0 ≤ p ≤ 1) of ascending `sorted` values by linear
/// interpolation between closest ranks (R-7, as in spreadsheets); 0 when empty.
double percentile(const std::vector<double>& sorted, double p);

/// Monday 00:00 UTC of the week holding `t`.
QDate weekStartOf(const QDateTime& t);

/// The stable JSON of `accord-cli report --json` (docs/report.md).
nlohmann::json toJson(const PipelineReport& r);

} // namespace accord::core
