#pragma once

// Base of every undoable edit. The first run happens in Session::execute, where
// errors (validation, store) are reported and the command is dropped; later
// redo/undo calls come from the QUndoStack and report failures via the session.
//
// Undo never overwrites what it did not change: each command reverts only what
// it wrote, and only while the store still holds what it wrote (compare and
// set in one write transaction). When someone changed it since, undo is
// refused with one sentence and the entry leaves the stack; nothing is written.

#include "core/PipelineService.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace accord::gui {

class Session;

core::Store& storeOf(Session& session);

/// Raised when a value no longer holds what a command expects; the message is the sentence.
class ValueChanged : public core::StoreError
{
public:
    using core::StoreError::StoreError;
};

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
    void refused(const std::exception& e, bool redo);
    bool m_skipRedo = false;
};

/// The common command: its first run writes a change set through a service
/// and returns it; undo applies it reversed and redo again, both
/// as compare-and-set, so only the fields it changed are touched. A removal
/// redoes through `again` instead, which returns the change set it wrote.
class ChangeSetCommand final : public Command
{
public:
    using First = std::function<core::ChangeSet(Session&)>;
    using Again = std::function<core::ChangeSet(Session&, const core::ChangeSet&)>;
    ChangeSetCommand(Session& session, const QString& text, First first, Again again = {});
    const core::ChangeSet& changes() const { return m_changes; }
    /// The id of the first record the command inserted (kNoId when none).
    core::Id insertedId() const;

protected:
    void apply(bool first) override;
    void revert() override;

private:
    First m_first;
    Again m_again;
    core::ChangeSet m_changes;
};

/// Deletes a contact or meeting with the links other records had to it; undo
/// restores them, redo removes it again with the links made since.
std::unique_ptr<ChangeSetCommand> makeRemoval(Session& session, const QString& text,
                                              core::RecordKind kind, core::Id id);

/// Tiled's ChangeValue idea for values without a field table (tags, ticks,
/// criteria lists): a before and an after value, how to read and write one, and
/// a compare of the stored value with the expected one before every write, in
/// one transaction. `what` names the value in the refusal sentence.
template <typename T> class ChangeValue final : public Command
{
public:
    using Reader = std::function<T(Session&)>;
    using Writer = std::function<void(Session&, const T&)>;
    using Same = std::function<bool(const T&, const T&)>;
    ChangeValue(Session& session, const QString& text, T before, T after, Reader read, Writer write,
                QString what, Same same = std::equal_to<T>())
        : Command(session, text), m_before(std::move(before)), m_after(std::move(after)),
          m_read(std::move(read)), m_write(std::move(write)), m_what(std::move(what)),
          m_same(std::move(same))
    {}

protected:
    void apply(bool first) override { change(m_before, m_after, first ? 0 : 1); }
    void revert() override { change(m_after, m_before, 2); }

private:
    void change(const T& expected, const T& next, int how);
    T m_before;
    T m_after;
    Reader m_read;
    Writer m_write;
    QString m_what;
    Same m_same;
};

/// The sentence of a refused change of `what` (0 first run, 1 redo, 2 undo).
QString valueChangedSentence(const QString& what, int how);

template <typename T> void ChangeValue<T>::change(const T& expected, const T& next, int how)
{
    core::Store& store = storeOf(m_session);
    store.transaction([&] {
        if (!m_same(m_read(m_session), expected))
            throw ValueChanged(valueChangedSentence(m_what, how));
        m_write(m_session, next);
    });
}

} // namespace accord::gui
