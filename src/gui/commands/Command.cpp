#include "Command.h"

#include "Log.h"
#include "Session.h"

namespace accord::gui {

Command::Command(Session& session, const QString& text) : m_session(session)
{
    setText(text);
}

void Command::runFirst()
{
    apply(true);
    m_skipRedo = true;
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
        qCWarning(lcGui) << "redo failed:" << e.what();
        emit m_session.commandFailed(QString::fromUtf8(e.what()));
    }
    m_session.notifyChanged();
}

void Command::undo()
{
    try {
        revert();
    } catch (const std::exception& e) {
        qCWarning(lcGui) << "undo failed:" << e.what();
        emit m_session.commandFailed(QString::fromUtf8(e.what()));
    }
    m_session.notifyChanged();
}

} // namespace accord::gui
