#pragma once

// A bar chart of one metric: the prospect's figure beside its industry and
// competitor benchmarks (the gap table's selected row), in the metric's unit.

#include "core/GapAnalysis.h"

#include <QChartView>

namespace accord::gui {

class GapChart : public QChartView
{
    Q_OBJECT
public:
    explicit GapChart(QWidget* parent = nullptr);
    /// Shows the metric of `rows[row]` with all its benchmarks; an empty chart when row < 0.
    void showMetric(const std::vector<core::GapRow>& rows, int row);
    /// The bars shown, for tests: (label, value) in order.
    const std::vector<std::pair<QString, double>>& bars() const { return m_bars; }

private:
    std::vector<std::pair<QString, double>> m_bars;
};

} // namespace accord::gui
