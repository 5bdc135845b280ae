#pragma once

// The undoable edits of the pipeline. Each is small: it calls the service or a
// repository and remembers what it needs to go back.

#include "Command.h"

#include <memory>

namespace accord::gui {

std::unique_ptr<Command> makeEditProspect(Session& s, const core::Prospect& before,
                                          const core::Prospect& after);
std::unique_ptr<Command> makeEditContact(Session& s, const core::Contact& before,
                                         const core::Contact& after);
std::unique_ptr<Command> makeEditMeeting(Session& s, const core::Meeting& before,
                                         const core::Meeting& after);

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
};

/// A stage move (or, with `status` set, a status change); undo reverts it and
/// drops the history entry it wrote.
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
    core::Prospect m_before;
    core::StageChange m_change;
};

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
    core::Prospect m_before;
    core::Prospect m_after;
};

class DeleteMeetingCommand final : public Command
{
public:
    DeleteMeetingCommand(Session& s, core::Meeting m);

protected:
    void apply(bool first) override;
    void revert() override;

private:
    core::Meeting m_meeting;
};

/// Adds (`add` true) or removes a contact.
class ContactCommand final : public Command
{
public:
    ContactCommand(Session& s, core::Contact c, bool add);

protected:
    void apply(bool first) override;
    void revert() override;

private:
    void insert();
    void remove();
    core::Contact m_contact;
    bool m_add;
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
    void trash();
    void restore();
    core::Id m_id;
    bool m_toTrash;
};

} // namespace accord::gui
