#pragma once

// The one object every view shares: the open store, the clock, the pipeline
// service, the undo stack, the user's name and the pipeline settings. It polls
// the store so changes made by another window or accord-cli reach every view,
// and, for a store that has a change socket (a team server), also wakes up
// when that socket says someone else committed.

#include "core/Clock.h"
#include "core/PipelineService.h"
#include "core/PipelineSettings.h"
#include "core/Store.h"
#include "core/WorkspaceService.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace accord::gui {

class Command;

class Session : public QObject
{
    Q_OBJECT
public:
    /// Opens (creating when needed) the store at a path; throws core::StoreError.
    using StoreOpener = std::function<std::unique_ptr<core::Store>(const QString& path)>;

    explicit Session(std::unique_ptr<core::Store> store, std::unique_ptr<core::Clock> clock = {},
                     QObject* parent = nullptr);
    ~Session() override;

    core::Store& store() { return *m_store; }
    core::PipelineService& service() { return *m_service; }
    core::WorkspaceService& workspace() { return *m_workspace; }
    const core::Clock& clock() const { return *m_clock; }
    QDateTime now() const { return m_clock->now(); }
    QUndoStack* undoStack() { return &m_undo; }

    /// Who "logged by" and "changed by" name: the login the store knows the
    /// user by (a team server), else the name set on this computer.
    QString userName() const;
    void setUserName(const QString& name);
    /// The login the store knows the user by; empty for a file.
    const QString& storeLogin() const { return m_storeLogin; }
    const core::PipelineSettings& pipelineSettings() const { return m_settings; }
    /// Saves the pipeline settings, and what `alongside` writes, in one
    /// transaction: all of it or nothing. Returns whether it was saved (else
    /// commandFailed said why).
    /// With `loaded` (what the editor read) only the settings that differ from
    /// it are written, refused when someone changed one of them since.
    bool setPipelineSettings(const core::PipelineSettings& settings,
                             const std::function<void()>& alongside = {},
                             const core::PipelineSettings* loaded = nullptr);

    /// Swaps in another database (File → Open): clears undo, every view reloads.
    void replaceStore(std::unique_ptr<core::Store> store);

    /// Runs a command once (errors reported via commandFailed) and, when it
    /// worked, puts it on the undo stack. Returns whether it worked.
    bool execute(std::unique_ptr<Command> command);

    /// Tells every view to reload (after a local write, or when polling finds
    /// another connection's commit).
    void notifyChanged();
    void setPollInterval(int ms);
    /// Polls once now (also called by the timer). Changes found leave the undo
    /// stack as it is: every undo compares before it writes and refuses when
    /// what it would revert was changed since.
    void poll();

    /// Tells the views that something could not be read (gui/ReadError.h reports through it).
    void reportReadFailure(const QString& message);

signals:
    void storeChanged();
    void storeReplaced();
    void commandFailed(const QString& message);
    /// A view could not read the store; `message` says what and why.
    void readFailed(const QString& message);
    /// Every view reloaded after a change and nothing failed to read.
    void readsSucceeded();

private:
    void loadSettings();
    /// Reads who the store's user is, and watches its change socket.
    void adoptStore();
    /// Watches the store's change socket (it changes when the store reconnects).
    void watchChangeSocket();
    /// Emits storeChanged, then readsSucceeded when no view failed to read.
    void announceChange();

    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<core::Clock> m_clock;
    std::unique_ptr<core::PipelineService> m_service;
    std::unique_ptr<core::WorkspaceService> m_workspace;
    QUndoStack m_undo;
    core::PipelineSettings m_settings;
    QTimer* m_poll = nullptr;
    QSocketNotifier* m_changes = nullptr; // null while the store has no change socket
    QString m_storeLogin;
    qint64 m_version = 0;
    int m_readFailures = 0;
    bool m_pollFailed = false; // the last check for changes could not read the store
    bool m_socketLost = false; // the store's change socket went away (a lost connection)
    int m_pollsUntilReload = 0;
};

} // namespace accord::gui
