#include "ActivityText.h"

#include "core/EnumTraits.h"

#include <QCoreApplication>
#include <QLocale>

namespace accord::gui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::gui::ActivityText)
};
} // namespace

QIcon activityStateIcon(core::ActivityState state)
{
    switch (state) {
    case core::ActivityState::Overdue:
        return QIcon(QStringLiteral(":/icons/activity-overdue.svg"));
    case core::ActivityState::Today:
        return QIcon(QStringLiteral(":/icons/activity-today.svg"));
    case core::ActivityState::Planned:
        return QIcon(QStringLiteral(":/icons/activity-planned.svg"));
    case core::ActivityState::Done:
        return QIcon(QStringLiteral(":/icons/activity-done.svg"));
    }
    return {};
}

QIcon noNextStepIcon()
{
    return QIcon(QStringLiteral(":/icons/activity-none.svg"));
}

QString activityDueLabel(const core::Activity& a, const QDate& today)
{
    const QLocale locale;
    QString day;
    if (a.dueOn == today)
        day = Text::tr("Today");
    else if (a.dueOn == today.addDays(1))
        day = Text::tr("Tomorrow");
    else if (a.dueOn == today.addDays(-1))
        day = Text::tr("Yesterday");
    else if (a.dueOn.year() == today.year())
        day = locale.toString(a.dueOn, QStringLiteral("ddd d MMM"));
    else
        day = locale.toString(a.dueOn, QLocale::ShortFormat);
    if (!a.hasDueTime())
        return day;
    const QTime time(a.dueMinute / 60, a.dueMinute % 60);
    // Hours and minutes only, in the locale's order (some short formats carry seconds).
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return Text::tr("%1, %2").arg(day, locale.toString(time, format));
}

QString activityLine(const core::Activity& a, core::ActivityState state, const QDate& today)
{
    return Text::tr("%1 · %2: %3 (%4)")
        .arg(core::activityStateName(state), core::activityKindName(a.kind), a.title,
             activityDueLabel(a, today));
}

} // namespace accord::gui
