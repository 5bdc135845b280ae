#pragma once

// What closes when: the forecast of open prospects by the month or quarter of
// their expected close date (count, value, value weighted by the stage's
// probability, and what was won in the period so far), the prospects whose
// close date slipped in a period, and the losses per reason and stage. The
// rows come from the store (ReportRows); every rule is here.

#include "Report.h"
#include "ReviewRows.h"
#include "Store.h"

#include <nlohmann/json_fwd.hpp>

namespace accord::core {

enum class ForecastGrain { Month, Quarter };

struct ForecastQuery
{
    QDate today;                                  // the first period holds it
    ForecastGrain grain = ForecastGrain::Quarter; // a period is a calendar month or quarter
    int periods = 3;                              // how many, from today's on
    QStringList owners;                           // empty = every owner
    PipelineSettings settings;                    // probabilities, currency, rates
};

/// One period [start, end): open prospects (active or on hold, stages 1–3)
/// expected to close in it, and the partnerships signed in it.
struct ForecastPeriod
{
    QDate start;
    QDate end;
    int count = 0;
    qint64 valueMinor = 0;    // converted to the pipeline currency
    qint64 weightedMinor = 0; // each stage's value × its probability
    int unconverted = 0;      // prospects left out of the values: no exchange rate
    int wonCount = 0;         // partnerships signed in the period
    qint64 wonMinor = 0;
    std::vector<Id> ids; // the open prospects, by id
};

struct Forecast
{
    ForecastQuery query;
    ForecastPeriod overdue; // open prospects whose date lies before the first period
    std::vector<ForecastPeriod> periods;
    int undated = 0; // open prospects without a close date
    qint64 undatedValueMinor = 0;
};

/// The first day of the month or quarter holding `day`.
QDate periodStartOf(const QDate& day, ForecastGrain grain);
/// "2026 Q4" or "Dec 2026" (locale-independent, for scripts and tables).
QString periodLabel(const QDate& start, ForecastGrain grain);
QString grainKey(ForecastGrain grain); // "month", "quarter"
std::optional<ForecastGrain> grainFromKey(const QString& key);

Forecast computeForecast(ReportRows& rows, const ForecastQuery& query);

/// The stable JSON of `accord-cli forecast --json` (docs/cli.md).
nlohmann::json toJson(const Forecast& forecast);

/// A prospect whose close date moved later within a period.
struct SlippedProspect
{
    Id id = kNoId;
    QString name;
    QString owner;
    Stage stage = Stage::Informative;
    int moves = 0;        // moves to a later date within the period
    qint64 daysLater = 0; // the days they added
    QDate expectedClose;  // the date after the period's last move
};

/// The prospects (in `owners`, trash left out) whose close date moved later
/// with from <= at < to; most days first, then by name.
std::vector<SlippedProspect> slippedBetween(ReportRows& rows, const QDateTime& from,
                                            const QDateTime& to, const QStringList& owners);

/// Losses per reason and stage of the prospects `lostIds` that are lost now:
/// each reason with a loss, in the list's order, then codes the list does not
/// know, then those without a code.
std::vector<ReasonLosses> lossesByReason(ReportRows& rows, const std::vector<Id>& lostIds,
                                         const PipelineSettings& settings);

/// The forecast and the slipped list read from one snapshot of a store.
Forecast forecastOf(Store& store, const ForecastQuery& query);
std::vector<SlippedProspect> slippedOf(Store& store, const QDateTime& from, const QDateTime& to,
                                       const QStringList& owners);

} // namespace accord::core
