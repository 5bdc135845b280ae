#include "Command.h"

#include "Log.h"
#include "Session.h"

#include <QCoreApplication>

namespace accord::gui {

core::Store& storeOf(Session& session)
{
    return session.store();
}

QString valueChangedSentence(const QString& what, int how)
{
    switch (how) {
    case 0:
        return QCoreApplication::translate(
                   "Commands", "%1 changed meanwhile elsewhere; nothing was saved, look again.")
            .arg(what);
    case 1:
        return QCoreApplication::translate("Commands", "%1 changed since; redo is not possible.")
            .arg(what);
    default:
        return QCoreApplication::translate("Commands", "%1 changed since; undo is not possible.")
            .arg(what);
    }
}

Command::Command(Session& session, const QString& text) : m_session(session)
{
    setText(text);
}

void Command::runFirst()
{
    apply(true);
    m_skipRedo = true;
}

void Command::refused(const std::exception& e, bool redo)
{
    QString message;
    if (const auto* conflict = dynamic_cast<const core::ConflictError*>(&e))
        message = m_session.service().conflictSentence(*conflict,
                                                       redo ? core::PipelineService::Attempt::Redo
                                                            : core::PipelineService::Attempt::Undo);
    else if (const auto* store = dynamic_cast<const core::StoreError*>(&e))
        message = store->message();
    else
        message = QString::fromUtf8(e.what());
    qCWarning(lcGui) << (redo ? "redo refused:" : "undo refused:") << message;
    // Nothing was written: the entry can never apply again, so it leaves the stack
    // (QUndoStack deletes an obsolete command) and the stack stays true to the store.
    setObsolete(true);
    emit m_session.commandFailed(message);
}

void Command::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false; // QUndoStack::push calls redo(): the work is already done
        return;
    }
    try {
        apply(false);
    } catch (const std::exception& e) {
        refused(e, true);
    }
    m_session.notifyChanged();
}

void Command::undo()
{
    try {
        revert();
    } catch (const std::exception& e) {
        refused(e, false);
    }
    m_session.notifyChanged();
}

// --- ChangeSetCommand

ChangeSetCommand::ChangeSetCommand(Session& session, const QString& text, First first, Again again)
    : Command(session, text), m_first(std::move(first)), m_again(std::move(again))
{}

core::Id ChangeSetCommand::insertedId() const
{
    for (const core::FieldPatch& p : m_changes)
        if (p.op == core::FieldPatch::Op::Insert)
            return p.id;
    return core::kNoId;
}

void ChangeSetCommand::apply(bool first)
{
    if (first) {
        m_changes = m_first(m_session);
        return;
    }
    if (m_again)
        m_changes = m_again(m_session, m_changes);
    else
        m_session.service().reapplyChanges(m_changes);
}

void ChangeSetCommand::revert()
{
    m_session.service().revertChanges(m_changes);
}

std::unique_ptr<ChangeSetCommand> makeRemoval(Session& session, const QString& text,
                                              core::RecordKind kind, core::Id id)
{
    return std::make_unique<ChangeSetCommand>(
        session, text, [kind, id](Session& s) { return s.workspace().remove(kind, id); },
        [](Session& s, const core::ChangeSet& removal) {
            return s.workspace().redoRemoval(removal);
        });
}

} // namespace accord::gui
