#include "GapChart.h"
#include "Theme.h"

#include "models/EvidenceModels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGuiApplication>
#include <QValueAxis>

#include <cmath>

namespace accord::gui {

namespace {

/// Keeps axis labels short and distinct (docs/toolchain.md): values are
/// scaled to thousands/millions/billions and the decimals follow the tick step.
struct Scale
{
    double factor = 1.0;
    QString suffix;
};

Scale scaleFor(double maxAbs)
{
    if (maxAbs >= 1e9)
        return {1e9, GapChart::tr("billions")};
    if (maxAbs >= 1e6)
        return {1e6, GapChart::tr("millions")};
    if (maxAbs >= 1e4)
        return {1e3, GapChart::tr("thousands")};
    return {};
}

QColor colorFor(core::MetricSource s)
{
    const QPalette palette = QGuiApplication::palette();
    switch (s) {
    case core::MetricSource::Prospect:
        return theme::series(2, palette);
    case core::MetricSource::Industry:
        return theme::series(6, palette);
    case core::MetricSource::Competitor:
        return theme::series(7, palette);
    }
    return {};
}

} // namespace

GapChart::GapChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("gapChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(200);
    showMetric({}, -1);
}

void GapChart::showMetric(const std::vector<core::GapRow>& rows, int row)
{
    QChart* c = chart();
    c->removeAllSeries();
    theme::styleChart(*c, palette());
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis); // hands the axis back rather than deleting it
        delete axis;
    }
    m_bars.clear();
    if (row < 0 || row >= static_cast<int>(rows.size())) {
        c->setTitle(tr("Select a metric in the gap table to chart it"));
        return;
    }
    const core::Metric& p = rows[static_cast<std::size_t>(row)].prospect;
    m_bars.emplace_back(tr("Theirs"), p.value);
    std::vector<core::MetricSource> sources{core::MetricSource::Prospect};
    int competitors = 0;
    for (const core::GapRow& r : rows) {
        if (r.prospect.id != p.id || !r.benchmark || r.refused())
            continue; // a refused comparison has no place on a common axis
        QString label = WorkspaceNames::metricSources().at(static_cast<int>(r.benchmark->source));
        if (r.benchmark->source == core::MetricSource::Competitor)
            label = tr("Competitor %1").arg(++competitors);
        m_bars.emplace_back(label, r.benchmark->value);
        sources.push_back(r.benchmark->source);
    }
    if (competitors == 1)
        for (std::size_t i = 0; i < m_bars.size(); ++i)
            if (sources[i] == core::MetricSource::Competitor)
                m_bars[i].first = WorkspaceNames::metricSources().at(2);

    double maxAbs = 0.0;
    double low = 0.0;
    double high = 0.0;
    for (const auto& [label, value] : m_bars) {
        maxAbs = std::max(maxAbs, std::fabs(value));
        low = std::min(low, value);
        high = std::max(high, value);
    }
    const Scale scale = scaleFor(maxAbs);
    auto* series = new QBarSeries;
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        auto* set = new QBarSet(m_bars[i].first);
        set->setColor(colorFor(sources[i]));
        set->setBorderColor(colorFor(sources[i]));
        *set << m_bars[i].second / scale.factor;
        series->append(set);
    }
    series->setLabelsVisible(false);
    c->addSeries(series);

    auto* categories = new QBarCategoryAxis;
    // Qt Charts draws titles and labels as rich text: a metric's name, period and
    // unit are the user's words, so they are escaped to show as typed.
    const QString name = p.name.toHtmlEscaped();
    categories->append(p.period.isEmpty() ? name
                                          : tr("%1, %2").arg(name, p.period.toHtmlEscaped()));
    c->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);

    auto* values = new QValueAxis;
    values->setRange(low / scale.factor, high > low ? high / scale.factor : 1.0);
    values->applyNiceNumbers();
    const double step = (values->max() - values->min()) / std::max(1, values->tickCount() - 1);
    const int decimals =
        step >= 1.0 ? 0 : std::min(4, static_cast<int>(std::ceil(-std::log10(step))));
    values->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
    QString unit = p.unit;
    if (!scale.suffix.isEmpty())
        unit = unit.isEmpty() ? scale.suffix : tr("%1, %2", "unit, scale").arg(unit, scale.suffix);
    values->setTitleText(unit.toHtmlEscaped());
    c->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    c->setTitle(tr("%1: theirs against the benchmarks").arg(name));
}

} // namespace accord::gui
