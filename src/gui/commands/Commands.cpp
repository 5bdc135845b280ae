#include "Commands.h"

#include "Session.h"
#include "core/Validation.h"

#include <QCoreApplication>

namespace accord::gui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Commands", text);
}

core::Prospect require(Session& s, core::Id id)
{
    auto p = s.store().prospects().find(id);
    if (!p)
        throw core::StoreError(tr("The prospect no longer exists."));
    return *p;
}
} // namespace

std::unique_ptr<Command> makeEditProspect(Session& s, const core::Prospect& before,
                                          const core::Prospect& after)
{
    return std::make_unique<ChangeValue<core::Prospect>>(
        s, tr("Edit %1").arg(after.name), before, after,
        [](Session& session, const core::Prospect& p) { session.service().updateProspect(p); });
}

std::unique_ptr<Command> makeEditContact(Session& s, const core::Contact& before,
                                         const core::Contact& after)
{
    return std::make_unique<ChangeValue<core::Contact>>(
        s, tr("Edit contact %1").arg(after.name), before, after,
        [](Session& session, const core::Contact& c) {
            core::validate(c);
            session.store().prospects().updateContact(c);
        });
}

std::unique_ptr<Command> makeEditMeeting(Session& s, const core::Meeting& before,
                                         const core::Meeting& after)
{
    return std::make_unique<ChangeValue<core::Meeting>>(
        s, tr("Edit meeting"), before, after, [](Session& session, const core::Meeting& m) {
            core::validate(m);
            session.store().meetings().update(m);
        });
}

// --- AddProspectCommand

AddProspectCommand::AddProspectCommand(Session& s, core::Prospect p)
    : Command(s, tr("New prospect %1").arg(p.name)), m_prospect(std::move(p))
{}

void AddProspectCommand::apply(bool first)
{
    if (first) {
        m_prospect.id = m_session.service().addProspect(m_prospect);
        m_prospect = require(m_session, m_prospect.id);
    } else {
        m_session.store().prospects().add(m_prospect); // keeps the id
    }
}

void AddProspectCommand::revert()
{
    m_session.store().prospects().purge(m_prospect.id);
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

void MoveStageCommand::apply(bool)
{
    m_before = require(m_session, m_id);
    auto& service = m_session.service();
    const core::MoveDecision d = m_stage ? service.moveStage(m_id, *m_stage, m_reason, m_by)
                                         : service.changeStatus(m_id, *m_status, m_reason, m_by);
    if (!d.allowed())
        throw core::ValidationError(QStringLiteral("reason"), d.message);
    const auto history = m_session.store().prospects().history(m_id);
    if (history.empty())
        throw core::StoreError(tr("The stage history was not written."));
    m_change = *std::max_element(history.begin(), history.end(),
                                 [](const auto& a, const auto& b) { return a.id < b.id; });
}

void MoveStageCommand::revert()
{
    m_session.service().revertChange(m_before, m_change);
}

// --- LogMeetingCommand

LogMeetingCommand::LogMeetingCommand(Session& s, core::Meeting m)
    : Command(s, tr("Log meeting")), m_meeting(std::move(m))
{}

void LogMeetingCommand::apply(bool first)
{
    if (first) {
        m_before = require(m_session, m_meeting.prospectId);
        if (m_meeting.loggedBy.isEmpty())
            m_meeting.loggedBy = m_session.userName();
        m_meeting.id = m_session.service().logMeeting(m_meeting);
        if (auto stored = m_session.store().meetings().find(m_meeting.id))
            m_meeting = *stored;
        m_after = require(m_session, m_meeting.prospectId);
        return;
    }
    m_session.store().transaction([&] {
        m_session.store().meetings().add(m_meeting);
        if (!(m_after == m_before))
            m_session.store().prospects().update(m_after);
    });
}

void LogMeetingCommand::revert()
{
    m_session.store().transaction([&] {
        m_session.store().meetings().remove(m_meeting.id);
        if (!(m_after == m_before))
            m_session.store().prospects().update(m_before);
    });
}

// --- DeleteMeetingCommand

DeleteMeetingCommand::DeleteMeetingCommand(Session& s, core::Meeting m)
    : Command(s, tr("Delete meeting")), m_meeting(std::move(m))
{}

void DeleteMeetingCommand::apply(bool)
{
    m_session.store().meetings().remove(m_meeting.id);
}

void DeleteMeetingCommand::revert()
{
    m_session.store().meetings().add(m_meeting);
}

// --- ContactCommand

ContactCommand::ContactCommand(Session& s, core::Contact c, bool add)
    : Command(s, add ? tr("Add contact %1").arg(c.name) : tr("Remove contact %1").arg(c.name)),
      m_contact(std::move(c)), m_add(add)
{}

void ContactCommand::insert()
{
    core::validate(m_contact);
    m_contact.id = m_session.store().prospects().addContact(m_contact);
}

void ContactCommand::remove()
{
    m_session.store().prospects().removeContact(m_contact.id);
}

void ContactCommand::apply(bool)
{
    m_add ? insert() : remove();
}

void ContactCommand::revert()
{
    m_add ? remove() : insert();
}

// --- TrashCommand

TrashCommand::TrashCommand(Session& s, core::Id id, const QString& name, bool toTrash)
    : Command(s, toTrash ? tr("Delete %1").arg(name) : tr("Restore %1").arg(name)), m_id(id),
      m_toTrash(toTrash)
{}

void TrashCommand::trash()
{
    m_session.store().prospects().moveToTrash(m_id, m_session.now());
}

void TrashCommand::restore()
{
    m_session.store().prospects().restoreFromTrash(m_id);
}

void TrashCommand::apply(bool)
{
    m_toTrash ? trash() : restore();
}

void TrashCommand::revert()
{
    m_toTrash ? restore() : trash();
}

} // namespace accord::gui
