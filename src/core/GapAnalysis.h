#pragma once

// The stage-2 gap table: each of the prospect's own figures lined up with the
// industry and competitor benchmarks of the same metric and period, with the
// absolute and percentage difference. Also the presets the Informative and
// Consulting workspaces offer for data-request items and metric names.

#include "Model.h"

namespace accord::core {

/// One line of the gap table: a prospect metric and one benchmark of it.
///
/// - A prospect metric with no benchmark gives one row with `benchmark` empty.
/// - A prospect metric with several benchmarks gives one row per benchmark,
///   industry figures first, then competitors, each in input order.
/// - Units must agree (trimmed, case-insensitive; both empty agrees). When they
///   do not, the row is kept but refused: `error` says why and both differences
///   stay empty. Refusing per row rather than throwing keeps the rest of the
///   table usable while the user fixes one unit.
struct GapRow
{
    Metric prospect;
    std::optional<Metric> benchmark;
    /// prospect − benchmark, in the metric's unit (negative: the prospect is behind).
    std::optional<double> difference;
    /// (prospect − benchmark) / |benchmark| × 100. Undefined (empty) when either
    /// value is zero: a zero on one side makes the ratio meaningless (±∞ or a
    /// flat −100 %), and the absolute difference already tells the story.
    std::optional<double> percent;
    QString error; // for people; set when the comparison is refused
    bool refused() const { return !error.isEmpty(); }
    bool operator==(const GapRow&) const = default;
};

/// Metric names, periods and units match when equal after trimming (inner runs
/// of spaces count as one), case-insensitively.
QString normalizedMetricKey(const QString& text);

/// Builds the gap table from all of a prospect's metrics (any order). Rows
/// follow the order of the prospect-source metrics; benchmarks without a
/// prospect figure of the same name and period do not make rows.
std::vector<GapRow> gapAnalysis(const std::vector<Metric>& metrics);

/// Computes one comparison; throws ValidationError (field "unit") when the
/// units differ. gapAnalysis() catches it into GapRow::error.
GapRow compareMetric(const Metric& prospect, const Metric& benchmark);

/// The data-request items the method suggests asking for (translated):
/// online revenue, number of orders, abandoned carts, unique visits.
QStringList dataRequestPresets();

} // namespace accord::core
