#pragma once

// Today's rotating backup of the open pipeline (core/io/DailyBackups.h), made
// once the window is up and idle. A worker thread opens a second, read-only
// connection to the same store and has it copy itself into a file (SQLite's
// online backup API), so the window never waits for it, even for a file of
// gigabytes. The outcome
// goes to the status bar. Quitting stops a running copy between two chunks and
// waits for the worker; a stopped copy leaves nothing behind.

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QStatusBar;
class QThread;

namespace accord::core {
class Store;
}

namespace accord::gui {

class Session;

class AutoBackup : public QObject
{
    Q_OBJECT
public:
    /// Opens the second connection; called in the worker thread.
    using Opener = std::function<std::unique_ptr<core::Store>(const QString& path)>;
    /// How long after start-up the copy begins, so the first screens load first.
    static constexpr int kStartDelayMs = 2000;
    /// kStartDelayMs, or $ACCORD_BACKUP_DELAY_MS (milliseconds; for automated checks).
    static int startDelayMs();

    /// `statusBar` (may be null) shows the outcome. Without `opener`, the
    /// store's own read-only connector opens it (core::StoreMaintenance).
    AutoBackup(Session& session, QStatusBar* statusBar, QObject* parent = nullptr,
               Opener opener = {});
    /// Stops a running copy and waits for the worker.
    ~AutoBackup() override;

    /// Calls start() after `delayMs` (negative: startDelayMs()), once the event loop runs.
    void schedule(int delayMs = -1);
    /// Starts the copy in a worker thread and returns at once. False when
    /// skipped: a read-only database, a store that cannot copy itself into a
    /// file, or a copy already running.
    bool start();
    bool isRunning() const { return m_thread != nullptr; }
    /// Asks a running copy to stop and waits for the worker (a no-op when idle).
    /// Nothing is reported for a copy stopped this way.
    void stop();

signals:
    /// A copy finished: `written` is the new file (empty when today's copy
    /// already existed or backups are off), `removed` the old copies deleted.
    void backedUp(const QString& written, const QStringList& removed);
    void failed(const QString& message);

private:
    struct Job;
    /// Joins the finished worker and reports its outcome (unless `report` is false).
    void collect(bool report);

    Session& m_session;
    QPointer<QStatusBar> m_statusBar;
    Opener m_opener;
    QThread* m_thread = nullptr;
    std::shared_ptr<Job> m_job;
    quint64 m_generation = 0; // tells a late "finished" of a stopped worker from the current one
};

} // namespace accord::gui
