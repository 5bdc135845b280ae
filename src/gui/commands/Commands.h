#pragma once

// The undoable edits of the pipeline. Each is small: its first run calls the
// service or the store and keeps the change set written; undo and redo apply
// it (reversed) as compare-and-set, so they revert only what the command wrote
// and refuse when someone changed it since.

#include "Command.h"

#include <memory>

namespace accord::gui {

std::unique_ptr<Command> makeEditProspect(Session& s, const core::Prospect& before,
                                          const core::Prospect& after);
std::unique_ptr<Command> makeEditContact(Session& s, const core::Contact& before,
                                         const core::Contact& after);
std::unique_ptr<Command> makeEditMeeting(Session& s, const core::Meeting& before,
                                         const core::Meeting& after);
/// Replaces a prospect's tags; undo only while they are still the ones it set.
std::unique_ptr<Command> makeEditTags(Session& s, core::Id prospectId, const QStringList& before,
                                      const QStringList& after);

/// A new prospect. Undo moves it to the trash (never deletes it: a colleague may
/// have logged a meeting on it meanwhile); redo takes it out again.
class AddProspectCommand final : public Command
{
public:
    AddProspectCommand(Session& s, core::Prospect p);
    core::Id prospectId() const { return m_prospect.id; }

protected:
    void apply(bool first) override;
    void revert() override;

private:
    core::Prospect m_prospect;
    core::ChangeSet m_trashed;
};

/// A stage move, or a status change; undo reverts the fields it changed and
/// drops the history entry it wrote. Refused with the rule's sentence when the
/// move is not allowed.
std::unique_ptr<Command> makeMove(Session& s, core::Id id, core::Stage to, const QString& reason);
/// `reasonCode`: a key of the pipeline's reasons (lost only), with `reason` as its note.
std::unique_ptr<Command> makeMove(Session& s, core::Id id, core::Status to, const QString& reason,
                                  const QString& reasonCode = {});

/// Logs a meeting (and the prospect's next step when it sets one); its
/// insertedId() is the new meeting's. Undo removes the meeting and puts back
/// only the next step.
std::unique_ptr<ChangeSetCommand> makeLogMeeting(Session& s, const core::Meeting& m);

/// Deletes a meeting; undo restores it and its insights' links to it.
std::unique_ptr<Command> makeDeleteMeeting(Session& s, const core::Meeting& m);

/// Adds a contact, or removes one (undo of a removal restores it and the
/// opportunities it championed).
std::unique_ptr<Command> makeAddContact(Session& s, const core::Contact& c);
std::unique_ptr<Command> makeRemoveContact(Session& s, const core::Contact& c);

/// Moves a prospect to the trash (`toTrash` true) or restores it.
std::unique_ptr<Command> makeTrash(Session& s, core::Id id, const QString& name, bool toTrash);

} // namespace accord::gui
