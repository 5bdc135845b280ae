#include "AutoBackup.h"

#include "Log.h"
#include "Session.h"
#include "core/Store.h"
#include "core/io/DailyBackups.h"

#include <QCoreApplication>
#include <QDir>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace accord::gui {

namespace {
constexpr int kMessageMs = 8000;
constexpr int kWarningMs = 20000;
} // namespace

/// Shared by the GUI thread and the worker: the worker writes the outcome,
/// the GUI thread reads it only after joining the worker.
struct AutoBackup::Job
{
    QDateTime now; // "today" comes from the session's clock, read on the GUI thread
    core::StoreConnector open;
    std::atomic_bool stop{false};
    core::BackupRotation result;
    QString error;
};

AutoBackup::AutoBackup(Session& session, QStatusBar* statusBar, QObject* parent, Opener opener)
    : QObject(parent), m_session(session), m_statusBar(statusBar), m_opener(std::move(opener))
{
    // Quitting never waits for a whole copy: the worker stops at the next chunk.
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
                &AutoBackup::stop);
}

AutoBackup::~AutoBackup()
{
    stop();
}

int AutoBackup::startDelayMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("ACCORD_BACKUP_DELAY_MS", &ok);
    return ok && ms >= 0 ? ms : kStartDelayMs;
}

void AutoBackup::schedule(int delayMs)
{
    if (delayMs < 0)
        delayMs = startDelayMs();
    QTimer::singleShot(delayMs, this, [this] { start(); });
}

bool AutoBackup::start()
{
    if (m_thread)
        return false;
    core::Store& store = m_session.store();
    if (store.isReadOnly()) {
        qCInfo(lcGui) << "no automatic backup: the database is open read-only";
        return false;
    }
    core::StoreMaintenance& maintenance = store.maintenance();
    if (!maintenance.canCopyToFile()) {
        qCInfo(lcGui) << "no automatic backup: the store cannot copy itself into a file";
        return false;
    }
    auto job = std::make_shared<Job>();
    job->now = m_session.now();
    if (m_opener)
        job->open = [opener = m_opener, path = store.location()] { return opener(path); };
    else
        job->open = maintenance.readOnlyConnector();
    m_job = job;
    m_thread = QThread::create([job] {
        try {
            const std::unique_ptr<core::Store> copySource = job->open();
            if (job->stop) {
                job->result.cancelled = true;
                return;
            }
            const core::FixedClock clock(job->now);
            job->result =
                core::rotateBackupsIfDue(*copySource, clock, [&job] { return job->stop.load(); });
        } catch (const std::exception& e) {
            job->error = QString::fromUtf8(e.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("accord-backup"));
    const quint64 generation = ++m_generation;
    connect(m_thread, &QThread::finished, this, [this, generation] {
        if (generation == m_generation)
            collect(true);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

void AutoBackup::stop()
{
    if (!m_thread)
        return;
    m_job->stop = true;
    collect(false);
}

void AutoBackup::collect(bool report)
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    ++m_generation; // a "finished" still queued for this worker is ignored
    const std::shared_ptr<Job> job = std::move(m_job);

    if (!job->error.isEmpty()) {
        qCWarning(lcGui) << "automatic backup failed:" << job->error;
        if (report) {
            if (m_statusBar)
                m_statusBar->showMessage(tr("Automatic backup failed: %1").arg(job->error),
                                         kWarningMs);
            emit failed(job->error);
        }
        return;
    }
    const core::BackupRotation& r = job->result;
    if (r.cancelled) {
        qCInfo(lcGui) << "automatic backup stopped before it was complete; nothing was written";
        return;
    }
    for (const QString& old : r.removed)
        qCInfo(lcGui) << "removed old backup" << old;
    if (r.written.isEmpty())
        qCDebug(lcGui) << "no automatic backup needed: today's copy exists or backups are off";
    else
        qCInfo(lcGui) << "backed up to" << r.written;
    if (!report)
        return;
    if (!r.written.isEmpty() && m_statusBar)
        m_statusBar->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(r.written)),
                                 kMessageMs);
    emit backedUp(r.written, r.removed);
}

} // namespace accord::gui
