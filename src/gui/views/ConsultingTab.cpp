#include "ConsultingTab.h"

#include "GapChart.h"
#include "Session.h"
#include "WorkspaceWidgets.h"
#include "core/GapAnalysis.h"
#include "models/EvidenceModels.h"
#include "models/MethodModels.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace accord::gui {

ConsultingTab::ConsultingTab(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("consultingTab"));
    m_metrics = new MetricModel(session, this);
    m_gaps = new GapModel(session, this);
    m_opportunities = new OpportunityModel(session, this);

    // Metrics: their figures and the benchmarks, one form line.
    auto* metricsBox = new QGroupBox(tr("Their figures and the benchmarks"), this);
    m_name = new QComboBox(metricsBox);
    m_name->setObjectName(QStringLiteral("metricNameCombo"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->lineEdit()->setPlaceholderText(tr("Metric"));
    m_value = new QLineEdit(metricsBox);
    m_value->setObjectName(QStringLiteral("metricValueEdit"));
    m_value->setPlaceholderText(tr("Value"));
    m_unit = new QLineEdit(metricsBox);
    m_unit->setObjectName(QStringLiteral("metricUnitEdit"));
    m_unit->setPlaceholderText(tr("Unit"));
    m_period = new QLineEdit(metricsBox);
    m_period->setObjectName(QStringLiteral("metricPeriodEdit"));
    m_period->setPlaceholderText(tr("Period, e.g. 2025"));
    m_source = new QComboBox(metricsBox);
    m_source->setObjectName(QStringLiteral("metricSourceCombo"));
    m_source->addItems(WorkspaceNames::metricSources());
    auto* addMetric = new QPushButton(tr("&Add"), metricsBox);
    addMetric->setObjectName(QStringLiteral("addMetricButton"));
    auto* form = new QGridLayout;
    form->addWidget(m_name, 0, 0, 1, 3);
    form->addWidget(m_source, 0, 3, 1, 2);
    form->addWidget(m_value, 1, 0);
    form->addWidget(m_unit, 1, 1);
    form->addWidget(m_period, 1, 2, 1, 2);
    form->addWidget(addMetric, 1, 4);
    form->setColumnStretch(0, 2);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(2, 1);
    m_metricView = makeWorkspaceTable(m_metrics, QStringLiteral("metricTable"), metricsBox);
    m_metricView->setColumnWidth(MetricModel::NameColumn, 200);
    m_metricView->setColumnWidth(MetricModel::ValueColumn, 100);
    m_metricView->setColumnWidth(MetricModel::UnitColumn, 60);
    m_metricView->setColumnWidth(MetricModel::PeriodColumn, 70);
    auto* removeMetric = new QPushButton(tr("Remove"), metricsBox);
    removeMetric->setObjectName(QStringLiteral("removeMetricButton"));
    auto* ml = new QVBoxLayout(metricsBox);
    ml->addLayout(form);
    ml->addWidget(m_metricView, 1);
    auto* mb = new QHBoxLayout;
    mb->addStretch();
    mb->addWidget(removeMetric);
    ml->addLayout(mb);

    // The gap table and a chart of its selected row.
    auto* gapBox = new QGroupBox(tr("Where they stand"), this);
    m_gapView = new QTableView(gapBox);
    m_gapView->setObjectName(QStringLiteral("gapTable"));
    m_gapView->setModel(m_gaps);
    m_gapView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gapView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gapView->verticalHeader()->hide();
    m_gapView->horizontalHeader()->setStretchLastSection(true);
    m_gapView->setAlternatingRowColors(true);
    m_gapView->setWordWrap(false);
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

    // Opportunities: the "aha" moments and who champions them.
    auto* oppBox = new QGroupBox(tr("Growth opportunities"), this);
    m_oppTitle = new QLineEdit(oppBox);
    m_oppTitle->setObjectName(QStringLiteral("opportunityTitleEdit"));
    m_oppTitle->setPlaceholderText(
        tr("The opportunity, e.g. a product mix their competitors lack"));
    m_lift = new QLineEdit(oppBox);
    m_lift->setObjectName(QStringLiteral("opportunityLiftEdit"));
    m_lift->setPlaceholderText(tr("Lift: 12% or 40k"));
    m_champion = new QComboBox(oppBox);
    m_champion->setObjectName(QStringLiteral("opportunityChampionCombo"));
    m_champion->setToolTip(tr("The person at the prospect who owns the vision"));
    auto* addOpp = new QPushButton(tr("Add o&pportunity"), oppBox);
    addOpp->setObjectName(QStringLiteral("addOpportunityButton"));
    auto* oform = new QGridLayout;
    oform->addWidget(m_oppTitle, 0, 0, 1, 3);
    oform->addWidget(m_lift, 1, 0);
    oform->addWidget(m_champion, 1, 1);
    oform->addWidget(addOpp, 1, 2);
    oform->setColumnStretch(0, 1);
    oform->setColumnStretch(1, 2);
    m_oppView = makeWorkspaceTable(m_opportunities, QStringLiteral("opportunityTable"), oppBox);
    m_oppView->setColumnWidth(OpportunityModel::TitleColumn, 200);
    m_oppView->setColumnWidth(OpportunityModel::LiftColumn, 90);
    m_oppView->setColumnWidth(OpportunityModel::ChampionColumn, 150);
    m_oppView->setColumnWidth(OpportunityModel::StatusColumn, 80);
    auto* removeOpp = new QPushButton(tr("Remove"), oppBox);
    removeOpp->setObjectName(QStringLiteral("removeOpportunityButton"));
    auto* ol = new QVBoxLayout(oppBox);
    ol->addLayout(oform);
    ol->addWidget(m_oppView, 1);
    auto* ob = new QHBoxLayout;
    ob->addStretch();
    ob->addWidget(removeOpp);
    ol->addLayout(ob);

    m_gate = new GatePanel(session, core::Stage::Consulting, this);

    // Left: what we entered; right: what it tells (the gap, the chart, the gate).
    auto* left = new QVBoxLayout;
    left->addWidget(metricsBox, 3);
    left->addWidget(oppBox, 2);
    auto* right = new QVBoxLayout;
    right->addWidget(gapBox, 1);
    right->addWidget(m_gate);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new ErrorLine(session, this));
    layout->addLayout(columns, 1);

    connect(addMetric, &QPushButton::clicked, this, &ConsultingTab::addMetric);
    connect(m_value, &QLineEdit::returnPressed, this, &ConsultingTab::addMetric);
    connect(addOpp, &QPushButton::clicked, this, &ConsultingTab::addOpportunity);
    connect(m_oppTitle, &QLineEdit::returnPressed, this, &ConsultingTab::addOpportunity);
    connect(removeMetric, &QPushButton::clicked, this,
            [this] { m_metrics->removeItem(m_metricView->currentIndex().row()); });
    connect(removeOpp, &QPushButton::clicked, this,
            [this] { m_opportunities->removeItem(m_oppView->currentIndex().row()); });
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

void ConsultingTab::setProspect(core::Id id)
{
    m_id = id;
    m_metrics->setProspect(id);
    m_gaps->setProspect(id);
    m_opportunities->setProspect(id);
    m_gate->setProspect(id);
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
    if (m_id == core::kNoId)
        return;
    core::Metric v;
    v.prospectId = m_id;
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
    if (m_session.execute(makeAddEvidence(m_session, v))) {
        // Keep name, unit and period: the next line is usually a benchmark of the same figure.
        m_value->clear();
        m_source->setCurrentIndex(std::min(m_source->currentIndex() + 1, m_source->count() - 1));
        m_value->setFocus();
    }
}

void ConsultingTab::addOpportunity()
{
    if (m_id == core::kNoId)
        return;
    core::Opportunity v;
    v.prospectId = m_id;
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
    if (m_session.execute(makeAddEvidence(m_session, v))) {
        m_oppTitle->clear();
        m_lift->clear();
    }
}

} // namespace accord::gui
