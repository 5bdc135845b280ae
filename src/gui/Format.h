#pragma once

// Money, dates and day counts as people read them: always through QLocale.

#include "core/Types.h"

#include <QCoreApplication>

namespace accord::gui {

class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString money(qint64 minor, const QString& currency);
    static QString money(const core::Money& m) { return money(m.minor, m.currency); }
    /// "$1.2M", "$40k": for column headers and cards.
    static QString moneyShort(qint64 minor, const QString& currency);
    static QString currencySymbol(const QString& currency);
    static QString dateTime(const QDateTime& utc);
    static QString date(const QDate& d);
    static int daysBetween(const QDateTime& from, const QDateTime& to);
    static QString days(int n); // "12 d"
};

} // namespace accord::gui
