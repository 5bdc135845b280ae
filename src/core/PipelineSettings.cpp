#include "PipelineSettings.h"

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

bool isCurrencyCode(const QString& code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code)
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    return true;
}

constexpr int kMaxStaleDays = 3650;

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
    return s;
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
    std::map<QString, QString> values;
    for (std::size_t i = 0; i < staleDays.size(); ++i)
        values[staleKey(static_cast<int>(i) + 1)] = QString::number(staleDays[i]);
    for (std::size_t i = 0; i < probabilityPercent.size(); ++i)
        values[probabilityKey(static_cast<int>(i) + 1)] = QString::number(probabilityPercent[i]);
    values[QStringLiteral("currency")] = currency;
    repo.setValues(values); // one transaction: all of them or none
}

} // namespace accord::core
