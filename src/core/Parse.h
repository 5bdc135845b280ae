#pragma once

// Strict parsers for what people type or files carry: dates, timestamps, money.
// Each returns nullopt for input it cannot read exactly (2026-02-30 included).

#include <QLocale>
#include <QTimeZone>

#include "Types.h"

namespace accord::core {

/// "2026-03-14", "14.03.2026", "03/14/2026" (month first), "14 Mar 2026", "Mar 14, 2026".
std::optional<QDate> parseDate(const QString& text);
/// A date with an optional time "2026-03-14 09:30" / "2026-03-14T09:30:00Z"; a time
/// without zone is read in `zone` local time. Returns UTC.
std::optional<QDateTime> parseDateTime(const QString& text,
                                       const QTimeZone& zone = QTimeZone::systemTimeZone());
/// "40000", "40,000.50", "$40k", "1.2M", "€ 300" → minor units (cents).
std::optional<qint64> parseMoneyMinor(const QString& text);
/// ISO timestamp as the store and JSON write it: "2026-03-14T09:30:00Z".
QString toIsoUtc(const QDateTime& t);
std::optional<QDateTime> fromIsoUtc(const QString& text);

/// Money for people: "$40,000" in the given locale (whole units when there are no cents).
QString formatMoney(const Money& m, const QLocale& locale);
QString formatMoneyShort(qint64 minor, const QString& currency, const QLocale& locale); // "$1.2M"

} // namespace accord::core
