#include "ActivityActions.h"

#include "Prompter.h"
#include "Session.h"
#include "commands/ActivityCommands.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/LogMeetingDialog.h"

#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QVBoxLayout>

namespace accord::gui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::gui::ActivityActions)
};

// The kinds whose doing is a conversation worth logging as a meeting.
bool loggable(core::ActivityKind kind)
{
    return kind == core::ActivityKind::Call || kind == core::ActivityKind::Meeting ||
           kind == core::ActivityKind::NegotiationSession;
}

// A day picked from a calendar; invalid when cancelled.
QDate pickDay(QWidget* parent, const QDate& initial)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("pickDayDialog"));
    dialog.setWindowTitle(Text::tr("Reschedule to"));
    auto* calendar = new QCalendarWidget(&dialog);
    calendar->setObjectName(QStringLiteral("pickDayCalendar"));
    calendar->setAccessibleName(Text::tr("Day"));
    calendar->setSelectedDate(initial);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted ? calendar->selectedDate() : QDate();
}

} // namespace

core::ActivityService activityService(Session& session)
{
    return core::ActivityService(session.store(), session.clock());
}

bool planActivity(Session& session, QWidget* parent, core::Id prospectId)
{
    core::Activity a;
    a.prospectId = prospectId;
    a.dueOn = activityService(session).today();
    ActivityDialog dialog(session, a, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return session.execute(makePlanActivity(session, dialog.activity()));
}

bool editActivity(Session& session, QWidget* parent, const core::Activity& a)
{
    ActivityDialog dialog(session, a, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const core::Activity after = dialog.activity();
    if (after == a)
        return false;
    return session.execute(makeEditActivity(session, after));
}

bool markActivityDone(Session& session, Prompter& prompter, QWidget* parent,
                      const core::Activity& a)
{
    std::optional<core::Meeting> log;
    if (loggable(a.kind)) {
        const int choice =
            prompter.choose(parent, Text::tr("Mark done"),
                            Text::tr("“%1” is done. Log it as a meeting too?").arg(a.title),
                            {Text::tr("Log the meeting…"), Text::tr("Just mark it done")});
        if (choice < 0)
            return false;
        if (choice == 0) {
            LogMeetingDialog dialog(session, a.prospectId, parent);
            dialog.prefill(activityService(session).meetingFor(a, session.userName()));
            if (dialog.exec() != QDialog::Accepted)
                return false;
            log = dialog.meeting();
        }
    }
    return session.execute(makeMarkActivityDone(session, a, log));
}

bool rescheduleActivity(Session& session, const core::Activity& a, const QDate& to)
{
    if (!to.isValid() || to == a.dueOn)
        return false;
    return session.execute(makeRescheduleActivity(session, a, core::Due{to, a.dueMinute}));
}

bool removeActivity(Session& session, Prompter& prompter, QWidget* parent, const core::Activity& a)
{
    if (!prompter.confirm(parent, Text::tr("Remove activity"),
                          Text::tr("Remove “%1”? Undo brings it back.").arg(a.title)))
        return false;
    return session.execute(makeRemoveActivity(session, a));
}

void fillRescheduleMenu(QMenu* menu, Session& session,
                        const std::function<std::optional<core::Activity>()>& current)
{
    const auto move = [&session, current](const std::function<QDate(const QDate&)>& to) {
        return [&session, current, to] {
            if (const auto a = current())
                rescheduleActivity(session, *a, to(activityService(session).today()));
        };
    };
    QAction* tomorrow = menu->addAction(Text::tr("To &tomorrow"));
    tomorrow->setObjectName(QStringLiteral("actionRescheduleTomorrow"));
    QObject::connect(tomorrow, &QAction::triggered, menu,
                     move([](const QDate& today) { return today.addDays(1); }));
    QAction* monday = menu->addAction(Text::tr("To next &Monday"));
    monday->setObjectName(QStringLiteral("actionRescheduleMonday"));
    QObject::connect(monday, &QAction::triggered, menu,
                     move([](const QDate& today) { return today.addDays(8 - today.dayOfWeek()); }));
    QAction* week = menu->addAction(Text::tr("One &week later"));
    week->setObjectName(QStringLiteral("actionRescheduleWeek"));
    QObject::connect(week, &QAction::triggered, menu, [&session, current] {
        if (const auto a = current())
            rescheduleActivity(session, *a, a->dueOn.addDays(7));
    });
    QAction* pick = menu->addAction(Text::tr("To a &day…"));
    pick->setObjectName(QStringLiteral("actionReschedulePick"));
    QObject::connect(pick, &QAction::triggered, menu, [&session, current, menu] {
        if (const auto a = current())
            rescheduleActivity(session, *a, pickDay(menu->parentWidget(), a->dueOn));
    });
}

} // namespace accord::gui
