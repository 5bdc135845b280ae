#pragma once

// The sales lead's Review page (docs/report.md): range and owner filters, key
// figure tiles, charts (pipeline per stage, days in stage, movement per week),
// conversion, stalled and per-owner tables, the forecast and the losses per reason. Every number
// and bar lists the prospects behind it; the dashboard exports as PDF.

#include "core/ReviewFold.h"
#include "report/DashboardPdf.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;

QT_FORWARD_DECLARE_CLASS(QChartView)

namespace accord::gui {

class Prompter;
class Session;
class StalledModel;
class OwnerModel;
class ConversionModel;
class ForecastPanel;

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    enum class Range { ThisWeek, ThisMonth, ThisQuarter, Last90Days, Custom };

    ReviewPage(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ~ReviewPage() override;

    /// Recomputes the report for the current filters.
    void refresh();
    void setRange(Range range);
    void setCustomRange(const QDate& from, const QDate& to); // inclusive local days
    void setOwner(const QString& owner);                     // empty = everyone
    const core::PipelineReport& report() const { return m_report; }
    /// The query the filters describe at the session's now.
    core::ReportQuery query() const;

    /// Lists prospects (the drill-down dialog); opening one emits openRequested.
    void showProspects(const QString& title, const std::vector<core::Id>& ids);
    void showProspects(const QString& title, const core::Drill& drill);
    /// Writes the dashboard as a PDF (through QSaveFile). Throws on failure.
    void exportPdf(const QString& path);
    /// What the PDF shows: the figures of report(), the charts and tables.
    report::DashboardPdfContent pdfContent() const;
    /// Asks for a file and exports the PDF there (the Export PDF button).
    void chooseExportFile();

    QChartView* stageChart() const { return m_stageChart; }
    QChartView* timeChart() const { return m_timeChart; }
    QChartView* movementChart() const { return m_movementChart; }
    StalledModel* stalledModel() const { return m_stalledModel; }
    OwnerModel* ownerModel() const { return m_ownerModel; }
    ConversionModel* conversionModel() const { return m_conversionModel; }
    /// The forecast by expected close, the slipped list and the losses per reason.
    ForecastPanel* forecastPanel() const { return m_forecast; }

signals:
    void openRequested(core::Id prospectId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildFilters();
    void buildTiles(QGridLayout* grid);
    void reloadOwners();
    void updateTiles();
    void updateCharts();
    void showRows(const QString& title, const std::vector<core::ReportProspect>& rows);

    Session& m_session;
    Prompter& m_prompter;
    core::PipelineReport m_report;
    bool m_dirty = true;

    QComboBox* m_range;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_owner;
    QPushButton* m_export;
    QLabel* m_caption;
    struct Tile
    {
        QPushButton* button = nullptr;
        std::function<void()> drill;
    };
    std::vector<Tile> m_tiles;
    QChartView* m_stageChart;
    QChartView* m_timeChart;
    QChartView* m_movementChart;
    StalledModel* m_stalledModel;
    OwnerModel* m_ownerModel;
    ConversionModel* m_conversionModel;
    QTableView* m_stalledView;
    QTableView* m_ownerView;
    QTableView* m_conversionView;
    QLabel* m_stalledCaption;
    ForecastPanel* m_forecast;
};

} // namespace accord::gui
