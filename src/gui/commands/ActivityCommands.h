#pragma once

// Undoable changes of planned activities. Each runs one ActivityService use
// case (one write transaction) and keeps the change set it wrote; undo and
// redo apply it as compare-and-set, so they touch only what the command wrote
// and refuse with a sentence when someone changed it since.

#include "Command.h"

#include "core/Activities.h"

#include <memory>
#include <optional>

namespace accord::gui {

/// Plans `a` (validated; its owner is the prospect's when not given).
std::unique_ptr<ChangeSetCommand> makePlanActivity(Session& s, const core::Activity& a);
/// Writes the fields of `after` that differ from the stored activity.
std::unique_ptr<ChangeSetCommand> makeEditActivity(Session& s, const core::Activity& after);
/// Moves an activity to another day (and time of day).
std::unique_ptr<ChangeSetCommand> makeRescheduleActivity(Session& s, const core::Activity& a,
                                                         const core::Due& due);
/// Marks an activity done and, with `log`, logs that meeting: one undo reverts both.
std::unique_ptr<ChangeSetCommand> makeMarkActivityDone(Session& s, const core::Activity& a,
                                                       const std::optional<core::Meeting>& log);
/// Opens a done activity again.
std::unique_ptr<ChangeSetCommand> makeReopenActivity(Session& s, const core::Activity& a);
/// Deletes an activity; undo puts it back as it was.
std::unique_ptr<ChangeSetCommand> makeRemoveActivity(Session& s, const core::Activity& a);

} // namespace accord::gui
