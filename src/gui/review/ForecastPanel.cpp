#include "ForecastPanel.h"

#include "Format.h"
#include "Session.h"
#include "Theme.h"
#include "views/TextLabel.h"

#include "core/Money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QTableWidget>
#include <QValueAxis>

#include <cmath>

namespace accord::gui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QChartView* chartView(const QString& name, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

QTableWidget* table(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* view = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    view->setObjectName(name);
    view->setHorizontalHeaderLabels(headers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setMinimumHeight(220);
    return view;
}

QChart* baseChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    theme::styleChart(*chart, QGuiApplication::palette());
    return chart;
}

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

/// A value axis from 0 to a round number above `max`, whole numbers on its ticks.
QValueAxis* valueAxis(double max)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(max, 4.0));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

} // namespace

ForecastPanel::ForecastPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_grain(new QComboBox(this)),
      m_forecastChart(chartView(QStringLiteral("forecastChart"), this)),
      m_lossChart(chartView(QStringLiteral("lossChart"), this)),
      m_slippedView(table(QStringLiteral("slippedView"),
                          {tr("Prospect"), tr("Owner"), tr("Moved later"), tr("Now closes")},
                          this)),
      m_lossesView(table(QStringLiteral("lossesView"),
                         {tr("Reason"), core::stageShortName(core::Stage::Informative),
                          core::stageShortName(core::Stage::Consulting),
                          core::stageShortName(core::Stage::Negotiation), tr("Lost")},
                         this))
{
    setObjectName(QStringLiteral("forecastPanel"));
    m_grain->setObjectName(QStringLiteral("forecastGrain"));
    m_grain->addItem(tr("By quarter"), static_cast<int>(core::ForecastGrain::Quarter));
    m_grain->addItem(tr("By month"), static_cast<int>(core::ForecastGrain::Month));
    m_grain->setAccessibleName(tr("Forecast periods"));
    m_slippedView->setAccessibleName(tr("Close date moved later in the period"));
    m_lossesView->setAccessibleName(tr("Reasons of the losses in the period"));

    auto* head = new QHBoxLayout;
    head->addWidget(headingLabel(tr("Forecast by expected close"), this, 1.1));
    head->addWidget(m_grain);
    head->addStretch();
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addLayout(head, 0, 0);
    grid->addWidget(headingLabel(tr("Close date moved later in the period"), this, 1.1), 0, 1);
    grid->addWidget(m_forecastChart, 1, 0);
    grid->addWidget(m_slippedView, 1, 1);
    grid->addWidget(headingLabel(tr("Lost per reason and stage"), this, 1.1), 2, 0);
    grid->addWidget(headingLabel(tr("Reasons of the losses in the period"), this, 1.1), 2, 1);
    grid->addWidget(m_lossChart, 3, 0);
    grid->addWidget(m_lossesView, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    connect(m_grain, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_slippedView, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QTableWidgetItem* first = m_slippedView->item(item->row(), 0);
        if (first)
            emit openRequested(first->data(kIdRole).toLongLong());
    });
}

void ForecastPanel::setGrain(core::ForecastGrain grain)
{
    m_grain->setCurrentIndex(m_grain->findData(static_cast<int>(grain)));
}

void ForecastPanel::update(const core::PipelineReport& report)
{
    m_report = report;
    reload();
}

void ForecastPanel::reload()
{
    core::ForecastQuery q;
    q.grain = static_cast<core::ForecastGrain>(m_grain->currentData().toInt());
    q.periods = q.grain == core::ForecastGrain::Month ? 6 : 3;
    q.today = m_session.now().toLocalTime().date();
    q.owners = m_report.query.owners;
    q.settings = m_report.query.settings;
    try {
        m_forecast = core::forecastOf(m_session.store(), q);
        m_slipped = core::slippedOf(m_session.store(), m_report.query.from, m_report.query.to,
                                    m_report.query.owners);
    } catch (const core::StoreError&) {
        m_forecast = core::Forecast{};
        m_slipped.clear();
    }
    fillForecastChart();
    fillSlipped();
    fillLosses();
}

void ForecastPanel::fillForecastChart()
{
    const QPalette palette = QGuiApplication::palette();
    const QString& currency = m_forecast.query.settings.currency;
    const double perThousand = static_cast<double>(core::minorPerMajor(currency)) * 1000.0;
    auto* value = new QBarSet(tr("Value"));
    auto* weighted = new QBarSet(tr("Weighted"));
    auto* won = new QBarSet(tr("Won so far"));
    value->setColor(theme::series(0, palette));
    weighted->setColor(theme::series(2, palette));
    won->setColor(theme::series(3, palette));
    QStringList categories;
    std::vector<const core::ForecastPeriod*> periods;
    if (m_forecast.overdue.count > 0) {
        categories << tr("Overdue");
        periods.push_back(&m_forecast.overdue);
    }
    for (const core::ForecastPeriod& p : m_forecast.periods) {
        categories << core::periodLabel(p.start, m_forecast.query.grain);
        periods.push_back(&p);
    }
    double max = 0;
    for (const core::ForecastPeriod* p : periods) {
        const double v = static_cast<double>(p->valueMinor) / perThousand;
        *value << v;
        *weighted << static_cast<double>(p->weightedMinor) / perThousand;
        *won << static_cast<double>(p->wonMinor) / perThousand;
        max = std::max({max, v, static_cast<double>(p->wonMinor) / perThousand});
    }
    auto* series = new QBarSeries;
    series->append({value, weighted, won});
    QChart* chart = baseChart();
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis* amounts = valueAxis(max);
    amounts->setTitleText(tr("thousands of %1").arg(currency));
    chart->addAxis(amounts, Qt::AlignLeft);
    series->attachAxis(amounts);
    const QList<QBarSet*> sets = series->barSets();
    for (qsizetype s = 0; s < sets.size(); ++s)
        connect(sets[s], &QBarSet::clicked, this, [this, periods, categories, s](int index) {
            if (s == 2 || index < 0 || index >= static_cast<int>(periods.size()))
                return; // won bars count partnerships, listed in the Won tile
            emit listRequested(tr("Expected to close: %1").arg(categories.at(index)),
                               periods[static_cast<std::size_t>(index)]->ids);
        });
    replaceChart(m_forecastChart, chart);
    m_forecastChart->setAccessibleName(tr("Forecast by expected close"));
}

void ForecastPanel::fillSlipped()
{
    m_slippedView->setRowCount(0);
    for (const core::SlippedProspect& s : m_slipped) {
        const int row = m_slippedView->rowCount();
        m_slippedView->insertRow(row);
        QTableWidgetItem* name = cell(s.name);
        name->setData(kIdRole, QVariant::fromValue<qint64>(s.id));
        m_slippedView->setItem(row, 0, name);
        m_slippedView->setItem(row, 1, cell(s.owner));
        m_slippedView->setItem(row, 2,
                               cell(s.moves == 1
                                        ? tr("%n day(s)", nullptr, static_cast<int>(s.daysLater))
                                        : tr("%1 days, %2 moves").arg(s.daysLater).arg(s.moves),
                                    Qt::AlignRight | Qt::AlignVCenter));
        m_slippedView->setItem(row, 3, cell(Format::date(s.expectedClose)));
    }
    if (m_slipped.empty()) {
        m_slippedView->insertRow(0);
        auto* none = cell(tr("No close date moved later in the period."));
        none->setFlags(Qt::ItemIsEnabled);
        m_slippedView->setItem(0, 0, none);
        m_slippedView->setSpan(0, 0, 1, m_slippedView->columnCount());
    } else {
        m_slippedView->clearSpans();
    }
}

void ForecastPanel::fillLosses()
{
    const QPalette palette = QGuiApplication::palette();
    const std::vector<core::ReasonLosses>& losses = m_report.lostByReason;
    m_lossesView->setRowCount(0);
    auto* series = new QHorizontalStackedBarSeries;
    std::vector<QBarSet*> sets;
    for (int s = 1; s <= 3; ++s) {
        auto* set = new QBarSet(core::stageShortName(static_cast<core::Stage>(s)));
        set->setColor(theme::series(s - 1, palette));
        sets.push_back(set);
    }
    QStringList categories;
    double max = 0;
    // Bottom to top: the last reason first, so the list reads top down.
    for (auto it = losses.rbegin(); it != losses.rend(); ++it) {
        for (int s = 1; s <= 3; ++s)
            *sets[static_cast<std::size_t>(s - 1)] << it->in(static_cast<core::Stage>(s));
        categories << (it->code.isEmpty() ? tr("No reason given") : it->label);
        max = std::max(max, static_cast<double>(it->total));
    }
    for (const core::ReasonLosses& l : losses) {
        const int row = m_lossesView->rowCount();
        m_lossesView->insertRow(row);
        m_lossesView->setItem(row, 0, cell(l.code.isEmpty() ? tr("No reason given") : l.label));
        for (int s = 1; s <= 3; ++s)
            m_lossesView->setItem(row, s,
                                  cell(QString::number(l.in(static_cast<core::Stage>(s))),
                                       Qt::AlignRight | Qt::AlignVCenter));
        m_lossesView->setItem(row, 4,
                              cell(QString::number(l.total), Qt::AlignRight | Qt::AlignVCenter));
    }
    for (QBarSet* set : sets)
        series->append(set);
    series->setBarWidth(0.6);
    QChart* chart = baseChart();
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories.isEmpty() ? QStringList{tr("No losses in the period")} : categories);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    QValueAxis* counts = valueAxis(max);
    counts->setTickType(QValueAxis::TicksDynamic);
    counts->setTickAnchor(0);
    counts->setTickInterval(1);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    replaceChart(m_lossChart, chart);
    m_lossChart->setAccessibleName(tr("Lost per reason and stage"));
}

} // namespace accord::gui
