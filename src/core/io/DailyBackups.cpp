#include "DailyBackups.h"

#include "core/Store.h"
#include "core/io/FileIo.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>

namespace accord::core {

QString defaultBackupFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

BackupPolicy backupPolicy(SettingsRepository& settings, const QString& databasePath)
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

void saveBackupPolicy(SettingsRepository& settings, const BackupPolicy& policy,
                      const BackupPolicy* loaded)
{
    const auto folderOf = [](const QString& folder) {
        const QString trimmed = folder.trimmed();
        return trimmed.isEmpty() ? QString() : QDir::cleanPath(trimmed);
    };
    const std::map<QString, QString> values{
        {QLatin1String(kBackupEnabledKey),
         policy.enabled ? QStringLiteral("1") : QStringLiteral("0")},
        {QLatin1String(kBackupKeepKey), QString::number(std::max(1, policy.keep))},
        {QLatin1String(kBackupFolderKey), policy.folder}};
    if (!loaded) {
        settings.setValues(values);
        return;
    }
    settings.transaction([&] {
        const BackupPolicy now = backupPolicy(settings, QString());
        const QString nowFolder = folderOf(settings.value(QLatin1String(kBackupFolderKey)));
        std::map<QString, QString> out;
        const auto consider = [&](const char* key, bool changed, bool changedSince,
                                  const QString& label) {
            if (!changed)
                return;
            if (changedSince)
                throw SettingChangedError(
                    QLatin1String(key),
                    QStringLiteral("Someone changed the %1 since you opened the settings; nothing "
                                   "was saved.")
                        .arg(label));
            out[QLatin1String(key)] = values.at(QLatin1String(key));
        };
        consider(kBackupEnabledKey, policy.enabled != loaded->enabled,
                 now.enabled != loaded->enabled, QStringLiteral("automatic backups setting"));
        consider(kBackupKeepKey, std::max(1, policy.keep) != std::max(1, loaded->keep),
                 now.keep != std::max(1, loaded->keep),
                 QStringLiteral("number of backup copies kept"));
        consider(kBackupFolderKey, folderOf(policy.folder) != folderOf(loaded->folder),
                 nowFolder != folderOf(loaded->folder), QStringLiteral("backup folder"));
        if (!out.empty())
            settings.setValues(out);
    });
}

BackupRotation rotateBackups(Store& store, const QString& folder, int keep, const Clock& clock,
                             const CopyCancelled& cancelled)
{
    BackupRotation result;
    StoreMaintenance& maintenance = store.maintenance();
    if (!maintenance.canCopyToFile())
        throw StoreError(
            QStringLiteral("%1 cannot be copied into a file; make a JSON backup instead.")
                .arg(QDir::toNativeSeparators(store.location())));
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        throw StoreError(QStringLiteral("The backup folder %1 could not be created.")
                             .arg(QDir::toNativeSeparators(folder)));
    // Copies are named by the pipeline's stable id, so two pipelines with the
    // same file name sharing a folder never skip or delete each other's copies.
    const QString id = store.settings().value(QLatin1String(kPipelineIdKey));
    static const QRegularExpression plainId(QStringLiteral("^[0-9a-f]{1,32}$"));
    if (!plainId.match(id).hasMatch())
        throw StoreError(
            QStringLiteral("%1 has no pipeline id yet; open it once with write access to back it "
                           "up.")
                .arg(QDir::toNativeSeparators(store.location())));
    const QString base = QFileInfo(store.location()).completeBaseName();
    const QString today = clock.now().toUTC().date().toString(Qt::ISODate);
    const QString name = QStringLiteral("%1-%2-%3.sqlite").arg(base, id, today);
    if (!dir.exists(name)) {
        // The store writes the copy under a name of its own and renames it when
        // complete; the lock keeps the app and a cron job from copying at once.
        // A lock left by a process that died is taken over (its PID is gone).
        QLockFile lock(dir.filePath(QStringLiteral(".%1.backup-lock").arg(id)));
        lock.setStaleLockTime(std::chrono::hours(24));
        if (!lock.tryLock(0)) {
            const QString shown = QDir::toNativeSeparators(folder);
            if (lock.error() == QLockFile::LockFailedError)
                throw StoreError(
                    QStringLiteral("Another backup of %1 is being written into %2 right now.")
                        .arg(QFileInfo(store.location()).fileName(), shown));
            throw StoreError(QStringLiteral("The backup folder %1 is not writable.").arg(shown));
        }
        if (!dir.exists(name)) { // the other process may have written it meanwhile
            if (!maintenance.copyToFile(dir.filePath(name), cancelled)) {
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
        if (ours.match(file).hasMatch() && !hasDatabaseCompanions(dir.filePath(file)))
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

BackupRotation rotateBackupsIfDue(Store& store, const Clock& clock, const CopyCancelled& cancelled)
{
    const BackupPolicy policy = backupPolicy(store.settings(), store.location());
    if (!policy.enabled)
        return {};
    return rotateBackups(store, policy.folder, policy.keep, clock, cancelled);
}

} // namespace accord::core
