#include "PipelineSettings.h"

#include <QCoreApplication>

#include <QRegularExpression>

#include <cmath>

namespace accord::core {

namespace {

int readInt(SettingsRepository& repo, const QString& key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = repo.value(key).trimmed().toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

QString staleKey(int stage)
{
    return QStringLiteral("stale_days.%1").arg(stage);
}

QString probabilityKey(int stage)
{
    return QStringLiteral("probability.%1").arg(stage);
}

constexpr int kMaxStaleDays = 3650;
constexpr double kMaxRate = 1e9;
constexpr double kMinRate = 1e-9;

QString tr(const char* text)
{
    return QCoreApplication::translate("accord", text);
}

} // namespace

int PipelineSettings::staleDaysFor(Stage s) const
{
    const int index = static_cast<int>(s) - 1;
    if (index < 0 || index >= static_cast<int>(staleDays.size()))
        return 0; // a partnership is never stale
    return staleDays[static_cast<std::size_t>(index)];
}

PipelineSettings PipelineSettings::load(SettingsRepository& repo)
{
    PipelineSettings s;
    const PipelineSettings defaults;
    for (std::size_t i = 0; i < s.staleDays.size(); ++i)
        s.staleDays[i] = readInt(repo, staleKey(static_cast<int>(i) + 1), defaults.staleDays[i], 1,
                                 kMaxStaleDays);
    for (std::size_t i = 0; i < s.probabilityPercent.size(); ++i)
        s.probabilityPercent[i] = readInt(repo, probabilityKey(static_cast<int>(i) + 1),
                                          defaults.probabilityPercent[i], 0, 100);
    const QString currency = repo.value(QStringLiteral("currency")).trimmed().toUpper();
    s.currency = isCurrencyCode(currency) ? currency : defaults.currency;
    const QString prefix = rateKey(QString());
    for (const auto& [key, value] : repo.all()) {
        if (!key.startsWith(prefix))
            continue;
        const QString code = key.mid(prefix.size());
        if (const auto rate = parseRate(value); rate && isCurrencyCode(code) && code != s.currency)
            s.rates[code] = *rate;
    }
    return s;
}

MoneyTotal PipelineSettings::total(const std::vector<CurrencySum>& sums) const
{
    return convertTotal(sums, currency, rates);
}

QString PipelineSettings::rateKey(const QString& code)
{
    return QStringLiteral("rate.") + code;
}

std::optional<double> PipelineSettings::parseRate(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,10}(\\.\\d{1,12})?$"));
    const QString t = text.trimmed();
    if (!number.match(t).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double rate = t.toDouble(&ok);
    if (!ok || !std::isfinite(rate) || rate < kMinRate || rate > kMaxRate)
        return std::nullopt;
    return rate;
}

void PipelineSettings::saveRate(SettingsRepository& repo, const QString& code,
                                std::optional<double> rate)
{
    if (!isCurrencyCode(code))
        throw ValidationError(
            QStringLiteral("currency"),
            tr("“%1” is not a three-letter currency code such as EUR.").arg(code));
    if (code == load(repo).currency)
        throw ValidationError(QStringLiteral("currency"),
                              tr("%1 is the pipeline's currency: it needs no rate.").arg(code));
    if (rate && (!std::isfinite(*rate) || *rate < kMinRate || *rate > kMaxRate))
        throw ValidationError(QStringLiteral("rate"),
                              tr("An exchange rate must be a number from 0.000000001 to "
                                 "1000000000."));
    repo.setValue(rateKey(code), rate ? formatRate(*rate) : QString());
}

QString PipelineSettings::formatRate(double rate)
{
    QString text = QString::number(rate, 'f', 12);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

void PipelineSettings::save(SettingsRepository& repo) const
{
    for (std::size_t i = 0; i < staleDays.size(); ++i) {
        if (staleDays[i] < 1 || staleDays[i] > kMaxStaleDays)
            throw ValidationError(staleKey(static_cast<int>(i) + 1),
                                  QStringLiteral("Stale thresholds must be between 1 and %1 days.")
                                      .arg(kMaxStaleDays));
    }
    for (std::size_t i = 0; i < probabilityPercent.size(); ++i) {
        if (probabilityPercent[i] < 0 || probabilityPercent[i] > 100)
            throw ValidationError(probabilityKey(static_cast<int>(i) + 1),
                                  QStringLiteral("Stage probabilities must be between 0 and 100."));
    }
    if (!isCurrencyCode(currency))
        throw ValidationError(
            QStringLiteral("currency"),
            QStringLiteral("“%1” is not a three-letter currency code such as USD.").arg(currency));
    for (const auto& [code, rate] : rates)
        if (!isCurrencyCode(code) || code == currency || !std::isfinite(rate) || rate < kMinRate ||
            rate > kMaxRate)
            throw ValidationError(rateKey(code),
                                  tr("The exchange rate of “%1” cannot be used.").arg(code));
    std::map<QString, QString> values;
    for (std::size_t i = 0; i < staleDays.size(); ++i)
        values[staleKey(static_cast<int>(i) + 1)] = QString::number(staleDays[i]);
    for (std::size_t i = 0; i < probabilityPercent.size(); ++i)
        values[probabilityKey(static_cast<int>(i) + 1)] = QString::number(probabilityPercent[i]);
    values[QStringLiteral("currency")] = currency;
    // Exchange rates: those in `rates` are written, any other stored one is cleared.
    const QString prefix = rateKey(QString());
    for (const auto& [key, value] : repo.all())
        if (key.startsWith(prefix) && !value.isEmpty() && !rates.count(key.mid(prefix.size())))
            values[key] = QString();
    for (const auto& [code, rate] : rates)
        values[rateKey(code)] = formatRate(rate);
    repo.setValues(values); // one transaction: all of them or none
}

} // namespace accord::core
