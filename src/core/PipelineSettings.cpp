#include "PipelineSettings.h"

#include "Validation.h"

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
constexpr const char* kReasonsKey = "reasons";
constexpr double kMaxRate = 1e9;
constexpr double kMinRate = 1e-9;

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};

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
    s.reasons = reasonsFromText(repo.value(QString::fromLatin1(kReasonsKey)));
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
    validateCurrencyCode(code);
    if (code == load(repo).currency)
        throw ValidationError(
            QStringLiteral("currency"),
            Text::tr("%1 is the pipeline's currency: it needs no rate.").arg(code));
    if (rate && (!std::isfinite(*rate) || *rate < kMinRate || *rate > kMaxRate))
        throw ValidationError(QStringLiteral("rate"),
                              Text::tr("An exchange rate must be a number from 0.000000001 to "
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

namespace {

void check(const PipelineSettings& s)
{
    for (std::size_t i = 0; i < s.staleDays.size(); ++i) {
        if (s.staleDays[i] < 1 || s.staleDays[i] > kMaxStaleDays)
            throw ValidationError(staleKey(static_cast<int>(i) + 1),
                                  QStringLiteral("Stale thresholds must be between 1 and %1 days.")
                                      .arg(kMaxStaleDays));
    }
    for (std::size_t i = 0; i < s.probabilityPercent.size(); ++i) {
        if (s.probabilityPercent[i] < 0 || s.probabilityPercent[i] > 100)
            throw ValidationError(probabilityKey(static_cast<int>(i) + 1),
                                  QStringLiteral("Stage probabilities must be between 0 and 100."));
    }
    validateCurrencyCode(s.currency);
    validateReasons(s.reasons);
    for (const auto& [code, rate] : s.rates)
        if (!isCurrencyCode(code) || code == s.currency || !std::isfinite(rate) ||
            rate < kMinRate || rate > kMaxRate)
            throw ValidationError(PipelineSettings::rateKey(code),
                                  Text::tr("The exchange rate of “%1” cannot be used.").arg(code));
}

QString valueOf(const std::map<QString, QString>& values, const QString& key)
{
    const auto it = values.find(key);
    return it == values.end() ? QString() : it->second;
}

} // namespace

std::map<QString, QString> PipelineSettings::values() const
{
    std::map<QString, QString> values;
    for (std::size_t i = 0; i < staleDays.size(); ++i)
        values[staleKey(static_cast<int>(i) + 1)] = QString::number(staleDays[i]);
    for (std::size_t i = 0; i < probabilityPercent.size(); ++i)
        values[probabilityKey(static_cast<int>(i) + 1)] = QString::number(probabilityPercent[i]);
    values[QStringLiteral("currency")] = currency;
    values[QString::fromLatin1(kReasonsKey)] = reasonsText(reasons);
    for (const auto& [code, rate] : rates)
        values[rateKey(code)] = formatRate(rate);
    return values;
}

QString PipelineSettings::settingLabel(const QString& key)
{
    const QString prefix = rateKey(QString());
    if (key.startsWith(prefix))
        return Text::tr("exchange rate of %1").arg(key.mid(prefix.size()));
    if (key == QLatin1String("currency"))
        return Text::tr("pipeline currency");
    if (key == QLatin1String(kReasonsKey))
        return Text::tr("list of reasons");
    for (int stage = 1; stage <= 4; ++stage) {
        if (key == staleKey(stage))
            return Text::tr("stale days of %1").arg(stageShortName(static_cast<Stage>(stage)));
        if (key == probabilityKey(stage))
            return Text::tr("probability of %1").arg(stageShortName(static_cast<Stage>(stage)));
    }
    return key;
}

void PipelineSettings::save(SettingsRepository& repo) const
{
    check(*this);
    repo.transaction([&] {
        std::map<QString, QString> out = values();
        // Exchange rates: those in `rates` are written, any other stored one is cleared.
        const QString prefix = rateKey(QString());
        for (const auto& [key, value] : repo.all())
            if (key.startsWith(prefix) && !value.isEmpty() && !out.contains(key))
                out[key] = QString();
        repo.setValues(out);
    });
}

void PipelineSettings::save(SettingsRepository& repo, const PipelineSettings& loaded) const
{
    check(*this);
    const std::map<QString, QString> mine = values();
    const std::map<QString, QString> was = loaded.values();
    repo.transaction([&] {
        const std::map<QString, QString> now = load(repo).values();
        std::map<QString, QString> out;
        auto consider = [&](const QString& key) {
            const QString value = valueOf(mine, key);
            if (value == valueOf(was, key) || out.contains(key))
                return; // not changed here: whatever is stored stays
            if (valueOf(now, key) != valueOf(was, key))
                throw SettingChangedError(
                    key,
                    Text::tr("Someone changed the %1 since you opened the settings; nothing was "
                             "saved.")
                        .arg(settingLabel(key)));
            out[key] = value;
        };
        for (const auto& [key, value] : mine)
            consider(key);
        for (const auto& [key, value] : was)
            consider(key);
        if (!out.empty())
            repo.setValues(out);
    });
}

} // namespace accord::core
