#include "Commands.h"

#include "ReadError.h"
#include "Session.h"

#include <QCoreApplication>

namespace accord::gui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Commands", text);
}
} // namespace

std::unique_ptr<Command> makeEditProspect(Session& s, const core::Prospect& before,
                                          const core::Prospect& after)
{
    return std::make_unique<ChangeSetCommand>(
        s, tr("Edit %1").arg(after.name), [before, after](Session& session) {
            return session.service().applyProspectPatch(
                core::diffPatch(before, after, core::PipelineService::editableProspectFields()));
        });
}

std::unique_ptr<Command> makeEditContact(Session& s, const core::Contact& before,
                                         const core::Contact& after)
{
    return std::make_unique<ChangeSetCommand>(
        s, tr("Edit contact %1").arg(after.name),
        [before, after](Session& session) { return session.workspace().edit(before, after); });
}

std::unique_ptr<Command> makeEditMeeting(Session& s, const core::Meeting& before,
                                         const core::Meeting& after)
{
    return std::make_unique<ChangeSetCommand>(
        s, tr("Edit meeting"),
        [before, after](Session& session) { return session.workspace().edit(before, after); });
}

std::unique_ptr<Command> makeEditTags(Session& s, core::Id prospectId, const QStringList& before,
                                      const QStringList& after)
{
    auto sorted = [](QStringList l) {
        l.sort(Qt::CaseSensitive);
        return l;
    };
    QString name;
    tryRead(s, tr("The prospect could not be read: %1"), [&] {
        if (auto p = s.store().prospects().find(prospectId))
            name = p->name;
    });
    return std::make_unique<ChangeValue<QStringList>>(
        s, tr("Edit tags"), before, after,
        [prospectId](Session& session) { return session.workspace().tags(prospectId); },
        [prospectId](Session& session, const QStringList& v) {
            session.workspace().setTags(prospectId, v);
        },
        tr("The tags of %1").arg(name),
        [sorted](const QStringList& a, const QStringList& b) { return sorted(a) == sorted(b); });
}

// --- AddProspectCommand

AddProspectCommand::AddProspectCommand(Session& s, core::Prospect p)
    : Command(s, tr("New prospect %1").arg(p.name)), m_prospect(std::move(p))
{}

void AddProspectCommand::apply(bool first)
{
    if (first) {
        m_prospect.id = m_session.service().addProspect(m_prospect);
        return;
    }
    m_session.service().revertChanges(m_trashed); // out of the trash again
}

void AddProspectCommand::revert()
{
    m_trashed = m_session.service().trash(m_prospect.id);
}

// --- MoveStageCommand

MoveStageCommand::MoveStageCommand(Session& s, core::Id id, core::Stage to, QString reason)
    : Command(s, tr("Move to %1").arg(core::stageShortName(to))), m_id(id), m_stage(to),
      m_reason(std::move(reason)), m_by(s.userName())
{}

MoveStageCommand::MoveStageCommand(Session& s, core::Id id, core::Status to, QString reason)
    : Command(s, tr("Set status %1").arg(core::statusName(to))), m_id(id), m_status(to),
      m_reason(std::move(reason)), m_by(s.userName())
{}

void MoveStageCommand::apply(bool first)
{
    if (!first) {
        m_session.service().reapplyChanges(m_changes);
        return;
    }
    auto& service = m_session.service();
    const core::MoveDecision d =
        m_stage ? service.moveStage(m_id, *m_stage, m_reason, m_by, &m_changes)
                : service.changeStatus(m_id, *m_status, m_reason, m_by, &m_changes);
    if (!d.allowed())
        throw core::ValidationError(QStringLiteral("reason"), d.message);
}

void MoveStageCommand::revert()
{
    m_session.service().revertChanges(m_changes);
}

// --- LogMeetingCommand

LogMeetingCommand::LogMeetingCommand(Session& s, core::Meeting m)
    : Command(s, tr("Log meeting")), m_meeting(std::move(m))
{}

void LogMeetingCommand::apply(bool first)
{
    if (!first) {
        m_session.service().reapplyChanges(m_changes);
        return;
    }
    if (m_meeting.loggedBy.isEmpty())
        m_meeting.loggedBy = m_session.userName();
    m_meeting.id = m_session.service().logMeeting(m_meeting, &m_changes);
}

void LogMeetingCommand::revert()
{
    m_session.service().revertChanges(m_changes);
}

// --- DeleteMeetingCommand

DeleteMeetingCommand::DeleteMeetingCommand(Session& s, core::Meeting m)
    : Command(s, tr("Delete meeting")), m_meeting(std::move(m))
{}

void DeleteMeetingCommand::apply(bool first)
{
    if (first)
        m_changes = m_session.workspace().remove(core::RecordKind::Meeting, m_meeting.id);
    else
        m_changes = m_session.workspace().redoRemoval(m_changes);
}

void DeleteMeetingCommand::revert()
{
    m_session.service().revertChanges(m_changes);
}

// --- ContactCommand

ContactCommand::ContactCommand(Session& s, core::Contact c, bool add)
    : Command(s, add ? tr("Add contact %1").arg(c.name) : tr("Remove contact %1").arg(c.name)),
      m_contact(std::move(c)), m_add(add)
{}

void ContactCommand::apply(bool first)
{
    if (!first) {
        if (m_add)
            m_session.service().reapplyChanges(m_changes);
        else
            m_changes = m_session.workspace().redoRemoval(m_changes);
        return;
    }
    if (m_add) {
        m_changes = m_session.workspace().add(m_contact);
        m_contact.id = m_changes.front().id;
    } else {
        m_changes = m_session.workspace().remove(core::RecordKind::Contact, m_contact.id);
    }
}

void ContactCommand::revert()
{
    m_session.service().revertChanges(m_changes);
}

// --- TrashCommand

TrashCommand::TrashCommand(Session& s, core::Id id, const QString& name, bool toTrash)
    : Command(s, toTrash ? tr("Delete %1").arg(name) : tr("Restore %1").arg(name)), m_id(id),
      m_toTrash(toTrash)
{}

void TrashCommand::apply(bool first)
{
    if (!first) {
        m_session.service().reapplyChanges(m_changes);
        return;
    }
    m_changes = m_toTrash ? m_session.service().trash(m_id) : m_session.service().restore(m_id);
}

void TrashCommand::revert()
{
    m_session.service().revertChanges(m_changes);
}

} // namespace accord::gui
