#include "ConsultingTab.h"

#include "GapChart.h"
#include "Session.h"
#include "WorkspaceSection.h"
#include "WorkspaceWidgets.h"
#include "core/GapAnalysis.h"
#include "models/EvidenceModels.h"
#include "models/MethodModels.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace accord::gui {

ConsultingTab::ConsultingTab(Session& session, QWidget* parent)
    : WorkspaceTab(session, QStringLiteral("consultingTab"), parent)
{
    m_metrics = follow(new MetricModel(session, this));
    m_gaps = follow(new GapModel(session, this));
    m_opportunities = follow(new OpportunityModel(session, this));

    WorkspaceSection* metrics = buildMetrics();
    QGroupBox* gapBox = buildGaps();
    WorkspaceSection* opportunities = buildOpportunities();

    // Left: what we entered; right: what it tells (the gap, the chart, the gate).
    setColumns({{metrics, 3}, {opportunities, 2}}, 1,
               {{gapBox, 1}, {addGatePanel(core::Stage::Consulting)}}, 1);

    connect(m_gapView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsultingTab::updateChart);
    connect(m_gaps, &QAbstractItemModel::modelReset, this, [this] {
        if (m_gaps->rowCount() > 0 && !m_gapView->currentIndex().isValid())
            m_gapView->selectRow(0);
        updateChart();
    });
    connect(m_opportunities, &QAbstractItemModel::modelReset, this,
            &ConsultingTab::reloadChampions);
    connect(m_metrics, &QAbstractItemModel::modelReset, this, &ConsultingTab::reloadMetricNames);
}

WorkspaceSection* ConsultingTab::buildMetrics()
{
    // Metrics: their figures and the benchmarks, one form line.
    auto* metrics = new WorkspaceSection(tr("Their figures and the benchmarks"), m_metrics,
                                         QStringLiteral("metricTable"), this);
    m_name = metrics->addEditableComboBox(QStringLiteral("metricNameCombo"), tr("Metric"), {},
                                          {0, 0, 3});
    m_source = metrics->addComboBox(QStringLiteral("metricSourceCombo"), {0, 3, 2});
    m_source->addItems(WorkspaceNames::metricSources());
    m_value = metrics->addLineEdit(QStringLiteral("metricValueEdit"), tr("Value"), {1, 0});
    m_unit = metrics->addLineEdit(QStringLiteral("metricUnitEdit"), tr("Unit"), {1, 1});
    m_period = metrics->addLineEdit(QStringLiteral("metricPeriodEdit"), tr("Period, e.g. 2025"),
                                    {1, 2, 2});
    metrics->addSubmitButton(tr("&Add"), QStringLiteral("addMetricButton"), {1, 4}, m_value,
                             [this] { addMetric(); });
    metrics->setFormStretch({2, 1, 1});
    metrics->setColumnWidths({{MetricModel::NameColumn, 200},
                              {MetricModel::ValueColumn, 100},
                              {MetricModel::UnitColumn, 60},
                              {MetricModel::PeriodColumn, 70}});
    metrics->addRemoveButton(QStringLiteral("removeMetricButton"), m_metrics);
    return metrics;
}

QGroupBox* ConsultingTab::buildGaps()
{
    // The gap table and a chart of its selected row.
    auto* gapBox = new QGroupBox(tr("Where they stand"), this);
    m_gapView = makeWorkspaceTable(m_gaps, QStringLiteral("gapTable"), gapBox); // read-only model
    m_gapView->horizontalHeader()->setStretchLastSection(false);
    m_gapView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gapView->horizontalHeader()->setSectionResizeMode(GapModel::MetricColumn,
                                                        QHeaderView::Stretch);
    m_chart = new GapChart(gapBox);
    auto* gapSplit = new QSplitter(Qt::Vertical, gapBox);
    gapSplit->addWidget(m_gapView);
    gapSplit->addWidget(m_chart);
    gapSplit->setStretchFactor(0, 2);
    gapSplit->setStretchFactor(1, 3);
    auto* gl = new QVBoxLayout(gapBox);
    gl->addWidget(gapSplit);
    return gapBox;
}

WorkspaceSection* ConsultingTab::buildOpportunities()
{
    // Opportunities: the "aha" moments and who champions them.
    auto* opportunities = new WorkspaceSection(tr("Growth opportunities"), m_opportunities,
                                               QStringLiteral("opportunityTable"), this);
    m_oppTitle = opportunities->addLineEdit(
        QStringLiteral("opportunityTitleEdit"),
        tr("The opportunity, e.g. a product mix their competitors lack"), {0, 0, 3});
    m_lift = opportunities->addLineEdit(QStringLiteral("opportunityLiftEdit"),
                                        tr("Lift: 12% or 40k"), {1, 0});
    m_champion = opportunities->addComboBox(QStringLiteral("opportunityChampionCombo"), {1, 1});
    m_champion->setToolTip(tr("The person at the prospect who owns the vision"));
    opportunities->addSubmitButton(tr("Add o&pportunity"), QStringLiteral("addOpportunityButton"),
                                   {1, 2}, m_oppTitle, [this] { addOpportunity(); });
    opportunities->setFormStretch({1, 2});
    opportunities->setColumnWidths({{OpportunityModel::TitleColumn, 200},
                                    {OpportunityModel::LiftColumn, 90},
                                    {OpportunityModel::ChampionColumn, 150},
                                    {OpportunityModel::StatusColumn, 80}});
    opportunities->addRemoveButton(QStringLiteral("removeOpportunityButton"), m_opportunities);
    return opportunities;
}

void ConsultingTab::prospectShown()
{
    if (m_gaps->rowCount() > 0)
        m_gapView->selectRow(0);
    updateChart();
    reloadChampions();
    reloadMetricNames();
}

void ConsultingTab::updateChart()
{
    m_chart->showMetric(m_gaps->rows(), m_gapView->currentIndex().row());
}

void ConsultingTab::reloadChampions()
{
    const QVariant current = m_champion->currentData();
    m_champion->clear();
    m_champion->addItem(tr("No champion yet"), QVariant::fromValue<qint64>(core::kNoId));
    for (const core::Contact& c : m_opportunities->contacts())
        m_champion->addItem(c.title.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.title),
                            QVariant::fromValue<qint64>(c.id));
    m_champion->setCurrentIndex(std::max(0, m_champion->findData(current)));
}

void ConsultingTab::reloadMetricNames()
{
    // The method's presets, then every name already used here (to line benchmarks up).
    QStringList names = core::dataRequestPresets();
    for (const core::Metric& m : m_metrics->items())
        if (!names.contains(m.name, Qt::CaseInsensitive))
            names << m.name;
    const QString typed = m_name->currentText();
    m_name->clear();
    m_name->addItems(names);
    m_name->setCurrentText(typed);
}

void ConsultingTab::addMetric()
{
    if (!hasProspect())
        return;
    core::Metric v;
    v.name = m_name->currentText().trimmed();
    bool ok = false;
    v.value = QLocale().toDouble(m_value->text().trimmed(), &ok);
    if (!ok)
        v.value = m_value->text().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v.value)) {
        emit m_session.commandFailed(
            tr("\u201c%1\u201d is not a number. Type the value with digits, like 1250.5.")
                .arg(m_value->text()));
        m_value->setFocus();
        return;
    }
    v.unit = m_unit->text().trimmed();
    v.period = m_period->text().trimmed();
    v.source = static_cast<core::MetricSource>(m_source->currentIndex());
    if (addEvidence(v)) {
        // Keep name, unit and period: the next line is usually a benchmark of the same figure.
        m_value->clear();
        m_source->setCurrentIndex(std::min(m_source->currentIndex() + 1, m_source->count() - 1));
        m_value->setFocus();
    }
}

void ConsultingTab::addOpportunity()
{
    if (!hasProspect())
        return;
    core::Opportunity v;
    v.title = m_oppTitle->text().trimmed();
    const auto lift = WorkspaceNames::parseLift(m_lift->text());
    if (!lift) {
        emit m_session.commandFailed(
            tr("\u201c%1\u201d is not a lift: type a share like 12% or an amount like 40k.")
                .arg(m_lift->text()));
        m_lift->setFocus();
        return;
    }
    v.liftKind = lift->first;
    v.liftValue = lift->second;
    v.championContactId = m_champion->currentData().toLongLong();
    if (addEvidence(v)) {
        m_oppTitle->clear();
        m_lift->clear();
    }
}

} // namespace accord::gui
