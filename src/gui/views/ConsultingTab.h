#pragma once

// Stage 2 workspace: their figures and the benchmarks (metrics), the gap table
// and its chart, and the growth opportunities with the champion who owns them.

#include "WorkspaceTab.h"

class QComboBox;
class QGroupBox;
class QLineEdit;
class QTableView;

namespace accord::gui {

class MetricModel;
class GapModel;
class OpportunityModel;
class GapChart;
class WorkspaceSection;

class ConsultingTab : public WorkspaceTab
{
    Q_OBJECT
public:
    explicit ConsultingTab(Session& session, QWidget* parent = nullptr);

private:
    void prospectShown() override;
    WorkspaceSection* buildMetrics();
    QGroupBox* buildGaps();
    WorkspaceSection* buildOpportunities();
    void addMetric();
    void addOpportunity();
    void updateChart();
    void reloadChampions();
    void reloadMetricNames();

    MetricModel* m_metrics;
    GapModel* m_gaps;
    OpportunityModel* m_opportunities;
    QComboBox* m_name;
    QLineEdit* m_value;
    QLineEdit* m_unit;
    QLineEdit* m_period;
    QComboBox* m_source;
    QTableView* m_gapView;
    GapChart* m_chart;
    QLineEdit* m_oppTitle;
    QLineEdit* m_lift;
    QComboBox* m_champion;
};

} // namespace accord::gui
