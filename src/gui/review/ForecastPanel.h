#pragma once

// The Review page's forecast and reasons: open prospects by the month or
// quarter they are expected to close (value, weighted value, won so far), the
// prospects whose close date moved later in the period shown, and the losses
// per reason and stage. Each row opens its prospect; each bar lists its prospects.

#include "core/Forecast.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

QT_FORWARD_DECLARE_CLASS(QChartView)

namespace accord::gui {

class Session;

class ForecastPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ForecastPanel(Session& session, QWidget* parent = nullptr);

    /// Reads the forecast for the report's owners (from today on) and the
    /// slipped list for its range; the losses come with the report.
    void update(const core::PipelineReport& report);
    void setGrain(core::ForecastGrain grain);

    const core::Forecast& forecast() const { return m_forecast; }
    const std::vector<core::SlippedProspect>& slipped() const { return m_slipped; }
    QChartView* forecastChart() const { return m_forecastChart; }
    QChartView* lossChart() const { return m_lossChart; }
    QTableWidget* slippedView() const { return m_slippedView; }
    QTableWidget* lossesView() const { return m_lossesView; }

signals:
    void openRequested(core::Id prospectId);
    void listRequested(const QString& title, const std::vector<core::Id>& ids);

private:
    void reload();
    void fillForecastChart();
    void fillSlipped();
    void fillLosses();

    Session& m_session;
    core::PipelineReport m_report;
    core::Forecast m_forecast;
    std::vector<core::SlippedProspect> m_slipped;
    QComboBox* m_grain;
    QChartView* m_forecastChart;
    QChartView* m_lossChart;
    QTableWidget* m_slippedView;
    QTableWidget* m_lossesView;
};

} // namespace accord::gui
