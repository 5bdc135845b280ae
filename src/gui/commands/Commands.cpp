#include "Commands.h"

#include "ReadError.h"
#include "Session.h"

#include <QCoreApplication>

namespace accord::gui {

namespace {
/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};
} // namespace

std::unique_ptr<Command> makeEditProspect(Session& s, const core::Prospect& before,
                                          const core::Prospect& after)
{
    return std::make_unique<ChangeSetCommand>(
        s, Text::tr("Edit %1").arg(after.name), [before, after](Session& session) {
            return session.service().applyProspectPatch(
                core::diffPatch(before, after, core::PipelineService::editableProspectFields()));
        });
}

std::unique_ptr<Command> makeEditContact(Session& s, const core::Contact& before,
                                         const core::Contact& after)
{
    return std::make_unique<ChangeSetCommand>(
        s, Text::tr("Edit contact %1").arg(after.name),
        [before, after](Session& session) { return session.workspace().edit(before, after); });
}

std::unique_ptr<Command> makeEditMeeting(Session& s, const core::Meeting& before,
                                         const core::Meeting& after)
{
    return std::make_unique<ChangeSetCommand>(
        s, Text::tr("Edit meeting"),
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
    tryRead(s, Text::tr("The prospect could not be read: %1"), [&] {
        if (auto p = s.store().prospects().find(prospectId))
            name = p->name;
    });
    return std::make_unique<ChangeValue<QStringList>>(
        s, Text::tr("Edit tags"), before, after,
        [prospectId](Session& session) { return session.workspace().tags(prospectId); },
        [prospectId](Session& session, const QStringList& v) {
            session.workspace().setTags(prospectId, v);
        },
        Text::tr("The tags of %1").arg(name),
        [sorted](const QStringList& a, const QStringList& b) { return sorted(a) == sorted(b); });
}

// --- AddProspectCommand

AddProspectCommand::AddProspectCommand(Session& s, core::Prospect p)
    : Command(s, Text::tr("New prospect %1").arg(p.name)), m_prospect(std::move(p))
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

// --- Moves, meetings, contacts and the trash

namespace {
core::ChangeSet allowedOrRefused(const core::MoveDecision& d, core::ChangeSet written)
{
    if (!d.allowed())
        throw core::ValidationError(QStringLiteral("reason"), d.message);
    return written;
}
} // namespace

std::unique_ptr<Command> makeMove(Session& s, core::Id id, core::Stage to, const QString& reason)
{
    return std::make_unique<ChangeSetCommand>(
        s, Text::tr("Move to %1").arg(core::stageShortName(to)),
        [id, to, reason, by = s.userName()](Session& session) {
            core::ChangeSet changes;
            const core::MoveDecision d = session.service().moveStage(id, to, reason, by, &changes);
            return allowedOrRefused(d, std::move(changes));
        });
}

std::unique_ptr<Command> makeMove(Session& s, core::Id id, core::Status to, const QString& reason,
                                  const QString& reasonCode)
{
    return std::make_unique<ChangeSetCommand>(
        s, Text::tr("Set status %1").arg(core::statusName(to)),
        [id, to, reason, reasonCode, by = s.userName()](Session& session) {
            core::ChangeSet changes;
            const core::MoveDecision d =
                session.service().changeStatus(id, to, reason, by, &changes, reasonCode);
            return allowedOrRefused(d, std::move(changes));
        });
}

std::unique_ptr<ChangeSetCommand> makeLogMeeting(Session& s, const core::Meeting& m)
{
    return std::make_unique<ChangeSetCommand>(s, Text::tr("Log meeting"), [m](Session& session) {
        core::Meeting logged = m;
        if (logged.loggedBy.isEmpty())
            logged.loggedBy = session.userName();
        core::ChangeSet changes;
        session.service().logMeeting(logged, &changes);
        return changes;
    });
}

std::unique_ptr<Command> makeDeleteMeeting(Session& s, const core::Meeting& m)
{
    return makeRemoval(s, Text::tr("Delete meeting"), core::RecordKind::Meeting, m.id);
}

std::unique_ptr<Command> makeAddContact(Session& s, const core::Contact& c)
{
    return std::make_unique<ChangeSetCommand>(
        s, Text::tr("Add contact %1").arg(c.name),
        [c](Session& session) { return session.workspace().add(c); });
}

std::unique_ptr<Command> makeRemoveContact(Session& s, const core::Contact& c)
{
    return makeRemoval(s, Text::tr("Remove contact %1").arg(c.name), core::RecordKind::Contact,
                       c.id);
}

std::unique_ptr<Command> makeTrash(Session& s, core::Id id, const QString& name, bool toTrash)
{
    return std::make_unique<ChangeSetCommand>(
        s, toTrash ? Text::tr("Delete %1").arg(name) : Text::tr("Restore %1").arg(name),
        [id, toTrash](Session& session) {
            return toTrash ? session.service().trash(id) : session.service().restore(id);
        });
}

} // namespace accord::gui
