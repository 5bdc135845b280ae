#include "Format.h"

#include "core/Money.h"
#include "core/Parse.h"
#include "core/Wording.h"

#include <QLocale>

namespace accord::gui {

QString Format::currencySymbol(const QString& currency)
{
    // A code stands apart from the number: "CHF 40k".
    const QString symbol = core::currencySymbol(currency);
    return symbol == currency ? currency + QLatin1Char(' ') : symbol;
}

QString Format::money(qint64 minor, const QString& currency)
{
    // Minor units per ISO 4217: cents for USD, whole yen, thousandths of a dinar.
    const qint64 unit = core::minorPerMajor(currency);
    const double units = static_cast<double>(minor) / static_cast<double>(unit);
    const int decimals = minor % unit == 0 ? 0 : core::minorDigits(currency);
    // The C locale (no LANG) would print "423,000$": read it as US English instead.
    QLocale loc;
    if (loc.language() == QLocale::C)
        loc = QLocale(QLocale::English, QLocale::UnitedStates);
    return loc.toCurrencyString(units, currencySymbol(currency), decimals);
}

QString Format::moneyShort(qint64 minor, const QString& currency)
{
    const double units =
        static_cast<double>(minor) / static_cast<double>(core::minorPerMajor(currency));
    const QString sym = currencySymbol(currency);
    const QLocale loc;
    if (units >= 1e6)
        return tr("%1%2M", "money in millions").arg(sym, loc.toString(units / 1e6, 'f', 1));
    if (units >= 1e3)
        return tr("%1%2k", "money in thousands").arg(sym, loc.toString(units / 1e3, 'f', 0));
    // The same shape as the k and M forms ("$0", "$950"), whatever the locale's
    // currency pattern.
    return tr("%1%2", "money under a thousand").arg(sym, loc.toString(units, 'f', 0));
}

QString Format::dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return core::shortDateTime(utc.toLocalTime(), QLocale());
}

QString Format::date(const QDate& d)
{
    if (!d.isValid())
        return {};
    return QLocale().toString(d, QLocale::ShortFormat);
}

int Format::daysBetween(const QDateTime& from, const QDateTime& to)
{
    return core::wholeDaysBetween(from, to);
}

QString Format::days(int n)
{
    return tr("%n d", "days, short", n);
}

} // namespace accord::gui
