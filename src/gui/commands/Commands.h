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

/// A stage move (or, with `status` set, a status change); undo reverts the
/// fields it changed and drops the history entry it wrote.
class MoveStageCommand final : public Command
{
public:
    MoveStageCommand(Session& s, core::Id id, core::Stage to, QString reason);
    MoveStageCommand(Session& s, core::Id id, core::Status to, QString reason);

protected:
    void apply(bool first) override;
    void revert() override;

private:
    core::Id m_id;
    std::optional<core::Stage> m_stage;
    std::optional<core::Status> m_status;
    QString m_reason;
    QString m_by;
    core::ChangeSet m_changes;
};

/// Logs a meeting (and the prospect's next step when it sets one). Undo
/// removes the meeting and puts back only the next step.
class LogMeetingCommand final : public Command
{
public:
    LogMeetingCommand(Session& s, core::Meeting m);
    core::Id meetingId() const { return m_meeting.id; }

protected:
    void apply(bool first) override;
    void revert() override;

private:
    core::Meeting m_meeting;
    core::ChangeSet m_changes;
};

/// Deletes a meeting; undo restores it and its insights' links to it.
class DeleteMeetingCommand final : public Command
{
public:
    DeleteMeetingCommand(Session& s, core::Meeting m);

protected:
    void apply(bool first) override;
    void revert() override;

private:
    core::Meeting m_meeting;
    core::ChangeSet m_changes;
};

/// Adds (`add` true) or removes a contact; undo of a removal restores it and
/// the opportunities it championed.
class ContactCommand final : public Command
{
public:
    ContactCommand(Session& s, core::Contact c, bool add);

protected:
    void apply(bool first) override;
    void revert() override;

private:
    core::Contact m_contact;
    bool m_add;
    core::ChangeSet m_changes;
};

/// Moves a prospect to the trash (`toTrash` true) or restores it.
class TrashCommand final : public Command
{
public:
    TrashCommand(Session& s, core::Id id, const QString& name, bool toTrash);

protected:
    void apply(bool first) override;
    void revert() override;

private:
    core::Id m_id;
    bool m_toTrash;
    core::ChangeSet m_changes;
};

} // namespace accord::gui
