#include "GapAnalysis.h"

#include <QCoreApplication>

#include <cmath>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};

bool isBenchmark(const Metric& m)
{
    return m.source == MetricSource::Industry || m.source == MetricSource::Competitor;
}

bool sameMetric(const Metric& a, const Metric& b)
{
    return normalizedMetricKey(a.name) == normalizedMetricKey(b.name) &&
           normalizedMetricKey(a.period) == normalizedMetricKey(b.period);
}

} // namespace

QString normalizedMetricKey(const QString& text)
{
    return text.simplified().toCaseFolded();
}

GapRow compareMetric(const Metric& prospect, const Metric& benchmark)
{
    if (normalizedMetricKey(prospect.unit) != normalizedMetricKey(benchmark.unit)) {
        const QString none = Text::tr("no unit");
        const QString p = prospect.unit.trimmed().isEmpty() ? none : prospect.unit.trimmed();
        const QString b = benchmark.unit.trimmed().isEmpty() ? none : benchmark.unit.trimmed();
        throw ValidationError(
            QStringLiteral("unit"),
            Text::tr("\u201c%1\u201d cannot be compared: the prospect's figure is in %2 but the "
                     "benchmark is in %3. Record both in the same unit.")
                .arg(prospect.name.trimmed(), p, b));
    }
    GapRow row;
    row.prospect = prospect;
    row.benchmark = benchmark;
    const double diff = prospect.value - benchmark.value;
    if (std::isfinite(diff))
        row.difference = diff;
    if (prospect.value != 0.0 && benchmark.value != 0.0) {
        const double pct = diff / std::fabs(benchmark.value) * 100.0;
        if (std::isfinite(pct))
            row.percent = pct;
    }
    return row;
}

std::vector<GapRow> gapAnalysis(const std::vector<Metric>& metrics)
{
    std::vector<GapRow> rows;
    for (const Metric& p : metrics) {
        if (p.source != MetricSource::Prospect)
            continue;
        bool matched = false;
        for (MetricSource source : {MetricSource::Industry, MetricSource::Competitor}) {
            for (const Metric& b : metrics) {
                if (b.source != source || !isBenchmark(b) || !sameMetric(p, b))
                    continue;
                matched = true;
                try {
                    rows.push_back(compareMetric(p, b));
                } catch (const ValidationError& e) {
                    GapRow refused;
                    refused.prospect = p;
                    refused.benchmark = b;
                    refused.error = e.message();
                    rows.push_back(std::move(refused));
                }
            }
        }
        if (!matched) {
            GapRow alone;
            alone.prospect = p;
            rows.push_back(std::move(alone));
        }
    }
    return rows;
}

QStringList dataRequestPresets()
{
    return {Text::tr("Online revenue"), Text::tr("Number of orders"), Text::tr("Abandoned carts"),
            Text::tr("Unique visits")};
}

} // namespace accord::core
