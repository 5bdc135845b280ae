#include "CloseDates.h"

#include <QCoreApplication>

namespace accord::core {

namespace {
/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};
} // namespace

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
    if (s.moves == 0)
        return Text::tr("never moved");
    if (s.later == 0)
        return s.moves == 1 ? Text::tr("moved once, never later")
                            : Text::tr("moved %1 times, never later").arg(s.moves);
    if (s.later == 1)
        return s.daysLater == 1 ? Text::tr("moved later once, by 1 day")
                                : Text::tr("moved later once, by %1 days").arg(s.daysLater);
    return Text::tr("moved later %1 times, %2 days in all").arg(s.later).arg(s.daysLater);
}

} // namespace accord::core
