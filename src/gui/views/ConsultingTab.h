#pragma once

// Stage 2 workspace: their figures and the benchmarks (metrics), the gap table
// and its chart, and the growth opportunities with the champion who owns them.

#include "core/Types.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QTableView;

namespace accord::gui {

class Session;
class MetricModel;
class GapModel;
class OpportunityModel;
class GapChart;
class GatePanel;
class WorkspaceSection;

class ConsultingTab : public QWidget
{
    Q_OBJECT
public:
    explicit ConsultingTab(Session& session, QWidget* parent = nullptr);
    void setProspect(core::Id id);
    MetricModel* metricModel() const { return m_metrics; }
    GapModel* gapModel() const { return m_gaps; }
    OpportunityModel* opportunityModel() const { return m_opportunities; }
    GapChart* chart() const { return m_chart; }

    void addMetric();
    void addOpportunity();

private:
    WorkspaceSection* buildMetrics();
    QGroupBox* buildGaps();
    WorkspaceSection* buildOpportunities();
    void updateChart();
    void reloadChampions();
    void reloadMetricNames();

    Session& m_session;
    core::Id m_id = core::kNoId;
    MetricModel* m_metrics;
    GapModel* m_gaps;
    OpportunityModel* m_opportunities;
    QComboBox* m_name;
    QLineEdit* m_value;
    QLineEdit* m_unit;
    QLineEdit* m_period;
    QComboBox* m_source;
    QTableView* m_metricView;
    QTableView* m_gapView;
    GapChart* m_chart;
    QLineEdit* m_oppTitle;
    QLineEdit* m_lift;
    QComboBox* m_champion;
    QTableView* m_oppView;
    GatePanel* m_gate;
};

} // namespace accord::gui
