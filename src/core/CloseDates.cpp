#include "CloseDates.h"

#include <QCoreApplication>

namespace accord::core {

std::optional<CloseChange> closeChangeOf(const Prospect& before, const Prospect& after,
                                         const QString& by, const QDateTime& at)
{
    if (before.expectedClose == after.expectedClose)
        return std::nullopt;
    CloseChange c;
    c.prospectId = after.id;
    c.at = at.toUTC();
    c.fromDate = before.expectedClose;
    c.toDate = after.expectedClose;
    c.by = by;
    return c;
}

Slippage slippageOf(const std::vector<CloseChange>& history)
{
    Slippage s;
    for (const CloseChange& c : history) {
        if (!c.fromDate.isValid() || !c.toDate.isValid() || c.fromDate == c.toDate)
            continue;
        ++s.moves;
        const qint64 days = c.fromDate.daysTo(c.toDate);
        if (days > 0) {
            ++s.later;
            s.daysLater += days;
        }
    }
    return s;
}

QString slippageText(const Slippage& s)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("accord", text); };
    if (s.moves == 0)
        return tr("never moved");
    if (s.later == 0)
        return s.moves == 1 ? tr("moved once, never later")
                            : tr("moved %1 times, never later").arg(s.moves);
    if (s.later == 1)
        return s.daysLater == 1 ? tr("moved later once, by 1 day")
                                : tr("moved later once, by %1 days").arg(s.daysLater);
    return tr("moved later %1 times, %2 days in all").arg(s.later).arg(s.daysLater);
}

} // namespace accord::core
