#include "DueAlerts.h"

namespace accord::core {

QDateTime fallsDueAt(const Activity& a, const QTimeZone& zone)
{
    const QDateTime timed = activityDueAt(a, zone);
    return timed.isValid() ? timed : QDateTime(a.dueOn, QTime(0, 0), zone);
}

std::vector<ActivityRow> fallenDue(const std::vector<ActivityRow>& rows, const QDateTime& from,
                                   const QDateTime& to, const QTimeZone& zone)
{
    std::vector<ActivityRow> out;
    for (const ActivityRow& r : rows) {
        if (!r.activity.isOpen())
            continue;
        const QDateTime at = fallsDueAt(r.activity, zone);
        if (at > from && at <= to)
            out.push_back(r);
    }
    return out;
}

} // namespace accord::core
