#pragma once

// What the Today page and the Activities tab do with an activity, alike:
// plan one, edit it, mark it done (a call or a meeting first offers to log
// it as a meeting, prefilled: one step, one undo), reschedule it, remove it.
// Each runs one undoable command; each returns whether something was written.

#include "core/Activities.h"

class QMenu;
class QWidget;

namespace accord::gui {

class Prompter;
class Session;

/// The ActivityService of the session's store and clock.
core::ActivityService activityService(Session& session);

bool planActivity(Session& session, QWidget* parent, core::Id prospectId);
bool editActivity(Session& session, QWidget* parent, const core::Activity& a);
bool markActivityDone(Session& session, Prompter& prompter, QWidget* parent,
                      const core::Activity& a);
bool rescheduleActivity(Session& session, const core::Activity& a, const QDate& to);
bool removeActivity(Session& session, Prompter& prompter, QWidget* parent, const core::Activity& a);

/// Fills `menu` with the quick moves of an activity's due day (tomorrow, next
/// week, the next Monday, a day picked from a calendar) for whatever
/// `current()` returns when one is chosen.
void fillRescheduleMenu(QMenu* menu, Session& session,
                        const std::function<std::optional<core::Activity>()>& current);

} // namespace accord::gui
