#include "ReviewCharts.h"
#include "Theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace accord::gui::review {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::gui::ReviewPage)
};

// Stages 1–4 are series 0–3; movements: entered, advanced, moved back, won, lost.
QColor stageColor(int index)
{
    return theme::series(index, QGuiApplication::palette());
}

QColor movementColor(int index)
{
    static const int kSeries[] = {0, 2, 4, 3, 5};
    return theme::series(kSeries[index], QGuiApplication::palette());
}

/// An axis from 0 whose ticks fall on whole, distinct numbers (docs/toolchain.md).
QValueAxis* countAxis(double max, bool integers)
{
    auto* axis = new QValueAxis;
    const double top = std::max(max, integers ? 4.0 : 1.0);
    const double rough = top / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    if (integers)
        step = std::max(1.0, std::round(step));
    axis->setRange(0, std::ceil(top / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(integers || step >= 1.0 ? QStringLiteral("%d") : QStringLiteral("%.1f"));
    return axis;
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

/// Adds `series` to `chart` on a category axis of `categories` at
/// `categoryEdge` and `values` at `valueEdge`; returns the category axis.
QBarCategoryAxis* addBarSeries(QChart* chart, QAbstractBarSeries* series,
                               const QStringList& categories, Qt::Alignment categoryEdge,
                               QValueAxis* values, Qt::Alignment valueEdge)
{
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, categoryEdge);
    series->attachAxis(categoryAxis);
    chart->addAxis(values, valueEdge);
    series->attachAxis(values);
    return categoryAxis;
}

void connectClicks(QAbstractBarSeries* series, const BarClick& onClick)
{
    const QList<QBarSet*> sets = series->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i)
        QObject::connect(sets[i], &QBarSet::clicked, series,
                         [onClick, i](int index) { onClick(static_cast<int>(i), index); });
}

} // namespace

QChart* makeStageChart(const core::PipelineReport& r, const BarClick& onClick)
{
    QChart* chart = baseChart();
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(Text::tr("Prospects"));
    QStringList categories;
    double max = 0;
    // Bottom to top: Partnership first, so stage 1 is the funnel's wide top.
    for (int s = core::kStageCount; s >= 1; --s) {
        const core::StageFigures& f = r.stage(static_cast<core::Stage>(s));
        *set << f.count;
        max = std::max(max, static_cast<double>(f.count));
        categories << (s == 4 ? Text::tr("Won") : core::stageShortName(f.stage));
    }
    set->setColor(stageColor(1));
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setBarWidth(0.7);
    addBarSeries(chart, series, categories, Qt::AlignLeft, countAxis(max, true), Qt::AlignBottom);
    chart->legend()->hide();
    connectClicks(series, [onClick](int setIndex, int index) {
        onClick(setIndex, core::kStageCount - 1 - index); // back to stage order
    });
    return chart;
}

QChart* makeTimeChart(const core::PipelineReport& r, const BarClick& onClick)
{
    QChart* chart = baseChart();
    auto* series = new QBarSeries;
    auto* left = new QBarSet(Text::tr("Left in the range"));
    auto* open = new QBarSet(Text::tr("Open now"));
    QStringList categories;
    double max = 0;
    for (const core::TimeInStage& t : r.timeInStage) {
        *left << t.left.median;
        *open << t.current.median;
        max = std::max({max, t.left.median, t.current.median});
        categories << core::stageShortName(t.stage);
    }
    left->setColor(stageColor(2));
    open->setColor(theme::series(4, QGuiApplication::palette()));
    series->append(left);
    series->append(open);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    QValueAxis* days = countAxis(max, false);
    days->setTitleText(Text::tr("median days"));
    addBarSeries(chart, series, categories, Qt::AlignBottom, days, Qt::AlignLeft);
    connectClicks(series, onClick);
    return chart;
}

QChart* makeMovementChart(const core::PipelineReport& r, const BarClick& onClick)
{
    QChart* chart = baseChart();
    auto* series = new QStackedBarSeries;
    std::vector<QBarSet*> sets;
    for (core::Movement m : core::kAllMovements) {
        auto* set = new QBarSet(core::movementName(m));
        set->setColor(movementColor(static_cast<int>(m)));
        sets.push_back(set);
    }
    QStringList categories;
    double max = 0;
    const QLocale locale;
    for (const core::WeekMovement& w : r.weeks) {
        int total = 0;
        for (core::Movement m : core::kAllMovements) {
            *sets[static_cast<std::size_t>(m)] << w.count(m);
            total += w.count(m);
        }
        max = std::max(max, static_cast<double>(total));
        categories << locale.toString(w.weekStart, QStringLiteral("d MMM"));
    }
    for (QBarSet* set : sets)
        series->append(set);
    series->setBarWidth(0.75);
    QBarCategoryAxis* weekAxis = addBarSeries(chart, series, categories, Qt::AlignBottom,
                                              countAxis(max, true), Qt::AlignLeft);
    // Many weeks: upright labels in a smaller font, so none is elided.
    if (categories.size() > 6) {
        QFont small = weekAxis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        weekAxis->setLabelsFont(small);
        weekAxis->setLabelsAngle(-90);
    }
    connectClicks(series, onClick);
    return chart;
}

} // namespace accord::gui::review
