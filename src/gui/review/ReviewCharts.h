#pragma once

// The three charts of the Review page, built from a report. Each bar reports
// clicks as (set, index) so the page can list the prospects behind it.

#include "core/Report.h"

#include <functional>

QT_FORWARD_DECLARE_CLASS(QChart)

namespace accord::gui::review {

using BarClick = std::function<void(int set, int index)>;

/// Open prospects per stage 1–3 and the won ones (set 0), as a funnel of bars.
QChart* makeStageChart(const core::PipelineReport& r, const BarClick& onClick);
/// Median days in stages 1–3: stays left in the range (set 0) and open now (set 1).
QChart* makeTimeChart(const core::PipelineReport& r, const BarClick& onClick);
/// Movement per week, one set per core::Movement (kAllMovements order).
QChart* makeMovementChart(const core::PipelineReport& r, const BarClick& onClick);

} // namespace accord::gui::review
