#include "ImportDate.h"

#include <QRegularExpression>

namespace accord::core {

namespace {

/// 01/02/2026, 1.2.2026, 01-02-2026, optionally followed by a time.
const QRegularExpression& yearLast()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})(?=$|[T\\s])"));
    return re;
}

/// 2026/02/01 or 2026.2.1 (ISO's 2026-02-01 is read as it is).
const QRegularExpression& yearFirst()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?=$|[T\\s])"));
    return re;
}

QString iso(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

} // namespace

std::optional<DateOrder> dateOrderFromKey(const QString& key)
{
    const QString k = key.trimmed().toUpper();
    if (k == u"DMY")
        return DateOrder::DMY;
    if (k == u"MDY")
        return DateOrder::MDY;
    if (k == u"YMD")
        return DateOrder::YMD;
    return std::nullopt;
}

QString dateOrderKey(DateOrder order)
{
    switch (order) {
    case DateOrder::DMY:
        return QStringLiteral("DMY");
    case DateOrder::MDY:
        return QStringLiteral("MDY");
    case DateOrder::YMD:
        return QStringLiteral("YMD");
    case DateOrder::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<DateOrder> dateOrderEvidence(const QString& text)
{
    const auto m = yearLast().match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int a = m.captured(1).toInt();
    const int b = m.captured(3).toInt();
    if (a > 12 && b >= 1 && b <= 12)
        return DateOrder::DMY;
    if (b > 12 && a >= 1 && a <= 12)
        return DateOrder::MDY;
    return std::nullopt;
}

QString isoDateText(const QString& text, DateOrder order, bool* ambiguous, bool* refused)
{
    *ambiguous = false;
    *refused = false;
    QString t = text.trimmed();
    if (const auto m = yearFirst().match(t); m.hasMatch())
        return iso(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt()) +
               t.mid(m.capturedEnd(0));
    const auto m = yearLast().match(t);
    if (!m.hasMatch())
        return t;
    const int a = m.captured(1).toInt();
    const int b = m.captured(3).toInt();
    const int year = m.captured(4).toInt();
    const QString rest = t.mid(m.capturedEnd(0));
    switch (order) {
    case DateOrder::DMY:
        return iso(year, b, a) + rest;
    case DateOrder::MDY:
        return iso(year, a, b) + rest;
    case DateOrder::YMD:
        *refused = true;
        return t;
    case DateOrder::Auto:
        break;
    }
    // Without an order only what reads one way is read: 30/01 is day first, 01/30
    // month first, 05/05 the same either way.
    if (a > 12)
        return iso(year, b, a) + rest;
    if (b > 12 || a == b)
        return iso(year, a, b) + rest;
    *ambiguous = true;
    return t;
}

} // namespace accord::core
