#include "Format.h"

#include "core/Wording.h"

#include <QLocale>

namespace accord::gui {

QString Format::currencySymbol(const QString& currency)
{
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (currency == QLatin1String("JPY"))
        return QStringLiteral("¥");
    return currency + QLatin1Char(' ');
}

QString Format::money(qint64 minor, const QString& currency)
{
    const double units = static_cast<double>(minor) / 100.0;
    const int decimals = minor % 100 == 0 ? 0 : 2;
    // The C locale (no LANG) would print "423,000$": read it as US English instead.
    QLocale loc;
    if (loc.language() == QLocale::C)
        loc = QLocale(QLocale::English, QLocale::UnitedStates);
    return loc.toCurrencyString(units, currencySymbol(currency), decimals);
}

QString Format::moneyShort(qint64 minor, const QString& currency)
{
    const double units = static_cast<double>(minor) / 100.0;
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
    if (!from.isValid() || !to.isValid())
        return 0;
    return static_cast<int>(std::max<qint64>(0, from.secsTo(to) / 86400));
}

QString Format::days(int n)
{
    return tr("%n d", "days, short", n);
}

} // namespace accord::gui
