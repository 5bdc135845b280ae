#include "Backups.h"

#include "core/io/FileIo.h"

#include "Database.h"
#include "SqliteStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>

namespace accord::storage {

QString defaultBackupFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

BackupPolicy backupPolicy(core::SettingsRepository& settings, const QString& databasePath)
{
    BackupPolicy policy;
    policy.enabled =
        settings.value(QLatin1String(kBackupEnabledKey), QStringLiteral("1")) != QLatin1String("0");
    bool ok = false;
    const int keep = settings.value(QLatin1String(kBackupKeepKey)).toInt(&ok);
    if (ok && keep >= 1)
        policy.keep = keep;
    policy.folder = settings.value(QLatin1String(kBackupFolderKey)).trimmed();
    if (policy.folder.isEmpty())
        policy.folder = defaultBackupFolder(databasePath);
    return policy;
}

void saveBackupPolicy(core::SettingsRepository& settings, const BackupPolicy& policy)
{
    settings.setValues({{QLatin1String(kBackupEnabledKey),
                         policy.enabled ? QStringLiteral("1") : QStringLiteral("0")},
                        {QLatin1String(kBackupKeepKey), QString::number(std::max(1, policy.keep))},
                        {QLatin1String(kBackupFolderKey), policy.folder}});
}

BackupRotation rotateBackups(SqliteStore& store, const QString& folder, int keep,
                             const core::Clock& clock, const BackupCancelled& cancelled)
{
    BackupRotation result;
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        throw core::StoreError(QStringLiteral("The backup folder %1 could not be created.")
                                   .arg(QDir::toNativeSeparators(folder)));
    // Copies are named by the pipeline's stable id, so two pipelines with the
    // same file name sharing a folder never skip or delete each other's copies.
    const QString id = store.settings().value(QLatin1String(kPipelineIdKey));
    static const QRegularExpression plainId(QStringLiteral("^[0-9a-f]{1,32}$"));
    if (!plainId.match(id).hasMatch())
        throw core::StoreError(
            QStringLiteral("%1 has no pipeline id yet; open it once with write access to back it "
                           "up.")
                .arg(QDir::toNativeSeparators(store.location())));
    const QString base = QFileInfo(store.location()).completeBaseName();
    const QString today = clock.now().toUTC().date().toString(Qt::ISODate);
    const QString name = QStringLiteral("%1-%2-%3.sqlite").arg(base, id, today);
    if (!dir.exists(name)) {
        // The copy goes to "<name>.part" and is renamed when complete; the lock
        // keeps the app and a cron job from writing the same part file at once.
        // A lock left by a process that died is taken over (its PID is gone).
        QLockFile lock(dir.filePath(QStringLiteral(".%1.backup-lock").arg(id)));
        lock.setStaleLockTime(std::chrono::hours(24));
        if (!lock.tryLock(0)) {
            const QString shown = QDir::toNativeSeparators(folder);
            if (lock.error() == QLockFile::LockFailedError)
                throw core::StoreError(
                    QStringLiteral("Another backup of %1 is being written into %2 right now.")
                        .arg(QFileInfo(store.location()).fileName(), shown));
            throw core::StoreError(
                QStringLiteral("The backup folder %1 is not writable.").arg(shown));
        }
        if (!dir.exists(name)) { // the other process may have written it meanwhile
            if (!backupDatabase(store.connection(), dir.filePath(name), cancelled)) {
                result.cancelled = true;
                return result;
            }
            result.written = dir.filePath(name);
        }
    }

    // This pipeline's copies only: "<any name>-<id>-YYYY-MM-DD.sqlite" (the file
    // may have been renamed since). Oldest first by date.
    const QRegularExpression ours(
        QStringLiteral("^.*-%1-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$").arg(id));
    QStringList copies;
    // A copy with a -wal/-shm beside it is open somewhere (someone opened it to
    // look back): it is kept, and not counted.
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name))
        if (ours.match(file).hasMatch() && !core::hasDatabaseCompanions(dir.filePath(file)))
            copies << file;
    std::sort(copies.begin(), copies.end(), [&ours](const QString& a, const QString& b) {
        return ours.match(a).captured(1) < ours.match(b).captured(1);
    });
    const qsizetype excess = copies.size() - std::max(1, keep);
    for (qsizetype i = 0; i < excess; ++i) {
        if (dir.remove(copies[i]))
            result.removed << dir.filePath(copies[i]);
    }
    return result;
}

BackupRotation rotateBackupsIfDue(SqliteStore& store, const core::Clock& clock,
                                  const BackupCancelled& cancelled)
{
    const BackupPolicy policy = backupPolicy(store.settings(), store.location());
    if (!policy.enabled)
        return {};
    return rotateBackups(store, policy.folder, policy.keep, clock, cancelled);
}

} // namespace accord::storage
