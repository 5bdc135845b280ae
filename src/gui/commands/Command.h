#pragma once

// Base of every undoable edit. The first run happens in Session::execute, where
// errors (validation, store) are reported and the command is dropped; later
// redo/undo calls come from the QUndoStack and report failures via the session.

#include "core/Store.h"

#include <QUndoCommand>

#include <functional>

namespace accord::gui {

class Session;

class Command : public QUndoCommand
{
public:
    Command(Session& session, const QString& text);

    /// Applies the command for the first time; may throw.
    void runFirst();
    void redo() final;
    void undo() final;

protected:
    virtual void apply(bool first) = 0;
    virtual void revert() = 0;
    Session& m_session;

private:
    bool m_skipRedo = false;
};

/// Tiled's ChangeValue idea: a before and an after value and how to write one.
template <typename T> class ChangeValue final : public Command
{
public:
    using Writer = std::function<void(Session&, const T&)>;
    ChangeValue(Session& session, const QString& text, T before, T after, Writer write)
        : Command(session, text), m_before(std::move(before)), m_after(std::move(after)),
          m_write(std::move(write))
    {}

protected:
    void apply(bool) override { m_write(m_session, m_after); }
    void revert() override { m_write(m_session, m_before); }

private:
    T m_before;
    T m_after;
    Writer m_write;
};

} // namespace accord::gui
