#pragma once

// How an activity is shown: its state as an icon with a word (never by colour
// alone), its due day and time, and a one-line description for board cards,
// the Today page, the Activities tab and notifications.

#include "core/Activities.h"

#include <QIcon>

namespace accord::gui {

/// The icon of a state; `none` is the "no next step" sign.
QIcon activityStateIcon(core::ActivityState state);
QIcon noNextStepIcon();

/// "Fri 4 Dec" or "Fri 4 Dec, 14:30"; "Today, 14:30"; "Tomorrow".
QString activityDueLabel(const core::Activity& a, const QDate& today);

/// "Overdue · Call: Ask for the order data (Mon 30 Nov)", for a card or a tip.
QString activityLine(const core::Activity& a, core::ActivityState state, const QDate& today);

} // namespace accord::gui
