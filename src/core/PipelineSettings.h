#pragma once

// Pipeline-wide settings kept in the store (shared by everyone on the file):
// stale thresholds, stage probabilities for weighted value and the forecast,
// the currency and its exchange rates, the list of won and lost reasons.

#include "Money.h"
#include "Reasons.h"
#include "Store.h"

#include <array>

namespace accord::core {

struct PipelineSettings
{
    std::array<int, 3> staleDays{14, 21, 10};               // stages 1–3
    std::array<int, 4> probabilityPercent{10, 30, 60, 100}; // stages 1–4
    QString currency = QStringLiteral("USD");
    /// Units of `currency` one unit of each other currency is worth (settings
    /// "rate.EUR", …); totals leave out money in a currency without a rate.
    ExchangeRates rates;
    /// Won and lost reasons (setting "reasons"), retired ones included.
    std::vector<Reason> reasons = defaultReasons();

    int staleDaysFor(Stage s) const;
    int probabilityFor(Stage s) const { return probabilityPercent[static_cast<int>(s) - 1]; }

    /// Every sum converted to `currency` and added, never wrapping.
    MoneyTotal total(const std::vector<CurrencySum>& sums) const;
    MoneyTotal total(const CurrencySums& sums) const { return total(sums.sums()); }

    static PipelineSettings load(SettingsRepository& repo);
    /// Writes every setting (a new or restored pipeline).
    void save(SettingsRepository& repo) const;
    /// Writes only the settings that differ from `loaded` (what the editor
    /// read), as compare-and-set in one write transaction: SettingChangedError,
    /// naming the setting, when someone changed one of them since.
    void save(SettingsRepository& repo, const PipelineSettings& loaded) const;
    /// Every setting as stored: key → text ("stale_days.1" → "14"); rates by rateKey.
    std::map<QString, QString> values() const;
    /// The name of a setting for sentences: "stale days of Discovery", "exchange rate of EUR".
    static QString settingLabel(const QString& key);

    /// The settings key of a currency's exchange rate ("rate.EUR").
    static QString rateKey(const QString& code);
    /// Reads a rate as people and files write it ("1.08"); nullopt unless it is
    /// a decimal number from 10^-9 to 10^9.
    static std::optional<double> parseRate(const QString& text);
    /// "1.08": plain decimal, as parseRate reads it back.
    static QString formatRate(double rate);
    /// Stores (rate > 0) or removes (nullopt) the exchange rate of `code`. Throws
    /// ValidationError for a code that is not three capital letters, the
    /// pipeline currency itself, or a rate out of range.
    static void saveRate(SettingsRepository& repo, const QString& code, std::optional<double> rate);
};

} // namespace accord::core
