#include "Parse.h"

#include "Money.h"
#include "Validation.h"

#include <QRegularExpression>

#include <array>
#include <limits>

namespace accord::core {

namespace {

int monthFromName(const QString& name)
{
    static const std::array<const char*, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                     "jul", "aug", "sep", "oct", "nov", "dec"};
    static const std::array<const char*, 12> kLong{"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};
    const QString n = name.toLower();
    for (int i = 0; i < 12; ++i) {
        const auto index = static_cast<std::size_t>(i);
        if (n == QLatin1String(kMonths[index]) || n == QLatin1String(kLong[index]) ||
            (n == QLatin1String("sept") && i == 8))
            return i + 1;
    }
    return 0;
}

std::optional<QDate> makeDate(int y, int m, int d)
{
    const QDate date(y, m, d);
    if (!isWithinDateRange(date))
        return std::nullopt;
    return date;
}

} // namespace

std::optional<QDate> parseDate(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    static const QRegularExpression slashed(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression dayMonth(
        QStringLiteral("^(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{4})$"));
    static const QRegularExpression monthDay(
        QStringLiteral("^([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$"));

    auto num = [](const QRegularExpressionMatch& m, int i) { return m.captured(i).toInt(); };
    if (auto m = iso.match(t); m.hasMatch())
        return makeDate(num(m, 1), num(m, 2), num(m, 3));
    if (auto m = dotted.match(t); m.hasMatch())
        return makeDate(num(m, 3), num(m, 2), num(m, 1));
    if (auto m = slashed.match(t); m.hasMatch())
        return makeDate(num(m, 3), num(m, 1), num(m, 2));
    if (auto m = dayMonth.match(t); m.hasMatch()) {
        const int month = monthFromName(m.captured(2));
        return month ? makeDate(num(m, 3), month, num(m, 1)) : std::nullopt;
    }
    if (auto m = monthDay.match(t); m.hasMatch()) {
        const int month = monthFromName(m.captured(1));
        return month ? makeDate(num(m, 3), month, num(m, 2)) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<QDateTime> parseDateTime(const QString& text, const QTimeZone& zone)
{
    static const QRegularExpression withTime(QStringLiteral(
        "^(.+?)(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(Z|[+-]\\d{2}:?\\d{2})?)$"));
    const QString t = text.trimmed();
    QString datePart = t;
    QTime time(0, 0);
    QString offset;
    if (auto m = withTime.match(t); m.hasMatch()) {
        const auto date = parseDate(m.captured(1));
        if (date) {
            datePart = m.captured(1);
            time = QTime(m.captured(2).toInt(), m.captured(3).toInt(),
                         m.captured(4).isEmpty() ? 0 : m.captured(4).toInt());
            if (!time.isValid() || m.captured(2).size() > 2)
                return std::nullopt;
            offset = m.captured(5);
        }
    }
    const auto date = parseDate(datePart);
    if (!date)
        return std::nullopt;
    QDateTime result;
    if (offset.isEmpty()) {
        result = QDateTime(*date, time, zone.isValid() ? zone : QTimeZone::systemTimeZone());
    } else if (offset == QLatin1String("Z")) {
        result = QDateTime(*date, time, Qt::UTC);
    } else {
        const QString digits = QString(offset).remove(QLatin1Char(':'));
        const int hours = digits.mid(1, 2).toInt();
        const int minutes = digits.mid(3, 2).toInt();
        // Offsets in use run from -12:00 to +14:00.
        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
            return std::nullopt;
        const int sign = offset.startsWith(QLatin1Char('-')) ? -1 : 1;
        result = QDateTime(*date, time, Qt::OffsetFromUTC, sign * (hours * 3600 + minutes * 60));
    }
    // The bound holds after conversion: 9999-12-31 23:59 in New York is year 10000 in UTC.
    if (!result.isValid() || !isWithinDateRange(result))
        return std::nullopt;
    return result.toUTC();
}

namespace {

struct Symbol
{
    const char16_t* symbol;
    const char* code;
};
constexpr Symbol kSymbols[] = {{u"US$", "USD"}, {u"$", "USD"}, {u"€", "EUR"}, {u"£", "GBP"},
                               {u"¥", "JPY"},   {u"₹", "INR"}, {u"₩", "KRW"}};

// "40,000.50", "40k", "1.2M" in minor units with `digits` decimals.
std::optional<qint64> parseAmount(const QString& t, int digits)
{
    static const QRegularExpression number(
        QStringLiteral("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*([kKmM])?$"));
    const auto m = number.match(t);
    if (!m.hasMatch())
        return std::nullopt;

    const QString whole = m.captured(1).remove(QLatin1Char(','));
    const QString fraction = m.captured(2);
    const QString suffix = m.captured(3).toLower();
    const int scaleDigits =
        digits + (suffix == QLatin1String("k") ? 3 : 0) + (suffix == QLatin1String("m") ? 6 : 0);
    if (fraction.size() > scaleDigits)
        return std::nullopt; // finer than the minor unit
    if (m.captured(2).isNull() && t.contains(QLatin1Char('.')))
        return std::nullopt;

    qint64 result = 0;
    auto push = [&result](int digit) {
        return !__builtin_mul_overflow(result, qint64{10}, &result) &&
               !__builtin_add_overflow(result, qint64{digit}, &result);
    };
    for (QChar c : whole)
        if (!push(c.digitValue()))
            return std::nullopt;
    for (int i = 0; i < scaleDigits; ++i)
        if (!push(i < fraction.size() ? fraction.at(i).digitValue() : 0))
            return std::nullopt;
    return result;
}

} // namespace

std::optional<Money> parseMoney(const QString& text, const QString& fallbackCurrency)
{
    QString t = text.trimmed();
    QString named;
    // A symbol or an ISO code before or after the number, with or without a space.
    for (const Symbol& s : kSymbols) {
        const QString symbol = QString::fromUtf16(s.symbol);
        if (t.startsWith(symbol)) {
            t = t.mid(symbol.size()).trimmed();
            named = QString::fromLatin1(s.code);
            break;
        }
        if (t.endsWith(symbol)) {
            t = t.chopped(symbol.size()).trimmed();
            named = QString::fromLatin1(s.code);
            break;
        }
    }
    static const QRegularExpression leadingCode(QStringLiteral("^([A-Za-z]{3})\\s*(.*)$"));
    static const QRegularExpression trailingCode(QStringLiteral("^(.*?)\\s*([A-Za-z]{3})$"));
    if (named.isEmpty()) {
        if (const auto m = leadingCode.match(t); m.hasMatch()) {
            named = m.captured(1).toUpper();
            t = m.captured(2);
        } else if (const auto e = trailingCode.match(t); e.hasMatch()) {
            named = e.captured(2).toUpper();
            t = e.captured(1);
        }
    }
    const QString currency = named.isEmpty() ? fallbackCurrency : named;
    const auto minor = parseAmount(t.trimmed(), minorDigits(currency));
    if (!minor)
        return std::nullopt;
    return Money{*minor, currency};
}

std::optional<qint64> parseMoneyMinor(const QString& text)
{
    const auto m = parseMoney(text, QStringLiteral("USD"));
    if (!m || minorDigits(m->currency) != 2)
        return std::nullopt;
    return m->minor;
}

std::optional<QString> currencyNamedIn(const QString& text)
{
    const auto m = parseMoney(text, QString());
    if (!m || m->currency.isEmpty())
        return std::nullopt;
    return m->currency;
}

QString toIsoUtc(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

std::optional<QDateTime> fromIsoUtc(const QString& text)
{
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})Z$"));
    const auto m = iso.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!isWithinDateRange(date) || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QString currencySymbol(const QString& code)
{
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (code == QLatin1String("JPY"))
        return QStringLiteral("¥");
    return code;
}

QString formatMoney(const Money& m, const QLocale& requested)
{
    // The C locale (a terminal without LANG) puts the symbol after the number; read as en-US.
    const QLocale locale = requested.language() == QLocale::C
                               ? QLocale(QLocale::English, QLocale::UnitedStates)
                               : requested;
    const QString symbol = currencySymbol(m.currency);
    const qint64 unit = minorPerMajor(m.currency);
    if (m.minor % unit == 0)
        return locale.toCurrencyString(static_cast<qlonglong>(m.minor / unit), symbol);
    return locale.toCurrencyString(static_cast<double>(m.minor) / static_cast<double>(unit), symbol,
                                   minorDigits(m.currency));
}

QString formatMoneyShort(qint64 minor, const QString& currency, const QLocale& locale)
{
    const QString symbol = currencySymbol(currency);
    const double units = static_cast<double>(minor) / static_cast<double>(minorPerMajor(currency));
    const double magnitude = units < 0 ? -units : units;
    struct Step
    {
        double size;
        const char* suffix;
    };
    static constexpr std::array<Step, 3> kSteps{{{1e9, "B"}, {1e6, "M"}, {1e3, "k"}}};
    QString number;
    for (const auto& step : kSteps) {
        if (magnitude >= step.size) {
            const double scaled = units / step.size;
            const int decimals = (scaled < 10 && scaled > -10) ? 1 : 0;
            number = locale.toString(scaled, 'f', decimals);
            const QString zero = locale.decimalPoint() + locale.zeroDigit();
            if (decimals == 1 && number.endsWith(zero))
                number.chop(zero.size());
            number += QLatin1String(step.suffix);
            break;
        }
    }
    if (number.isEmpty())
        number = locale.toString(units, 'f', 0);
    const bool isSymbol = symbol.size() == 1;
    return isSymbol ? symbol + number : symbol + QLatin1Char(' ') + number;
}

} // namespace accord::core
