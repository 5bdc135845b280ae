#pragma once

// Strict parsers for what people type or files carry: dates, timestamps, money.
// Each returns nullopt for input it cannot read exactly (2026-02-30 included).

#include <QLocale>
#include <QTimeZone>

#include "Types.h"

namespace accord::core {

/// Dates and times outside the years 1900–9999 (in UTC) are refused.
/// "2026-03-14", "14.03.2026", "03/14/2026" (month first), "14 Mar 2026", "Mar 14, 2026".
std::optional<QDate> parseDate(const QString& text);
/// A date with an optional time "2026-03-14 09:30" / "2026-03-14T09:30:00Z"; a time
/// without zone is read in `zone` local time. Returns UTC.
std::optional<QDateTime> parseDateTime(const QString& text,
                                       const QTimeZone& zone = QTimeZone::systemTimeZone());
/// "40000", "40,000.50", "$40k", "1.2M", "€ 300", "EUR 40k", "¥5,000" → the
/// amount in minor units of the currency the text names (a symbol or an ISO
/// code), else of `fallbackCurrency`. Minor units per ISO 4217 (JPY has none).
std::optional<Money> parseMoney(const QString& text, const QString& fallbackCurrency);
/// The currency a money text names ("€40k" → EUR), nullopt when it names none.
std::optional<QString> currencyNamedIn(const QString& text);
/// An amount in cents of a currency with two decimals, as parseMoney reads it;
/// nullopt when the text names a currency with other minor units.
std::optional<qint64> parseMoneyMinor(const QString& text);
/// ISO timestamp as the store and JSON write it: "2026-03-14T09:30:00Z".
QString toIsoUtc(const QDateTime& t);
std::optional<QDateTime> fromIsoUtc(const QString& text);

/// The sign of a currency ("$", "€", "£", "¥"), else its code.
QString currencySymbol(const QString& code);
/// Money for people: "$40,000" in the given locale (whole units when there are no cents).
QString formatMoney(const Money& m, const QLocale& requested);
QString formatMoneyShort(qint64 minor, const QString& currency, const QLocale& locale); // "$1.2M"

} // namespace accord::core
