#include "Backups.h"

#include "SqliteStore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace accord::storage {

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
        policy.folder = QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
    return policy;
}

void saveBackupPolicy(core::SettingsRepository& settings, const BackupPolicy& policy)
{
    settings.setValue(QLatin1String(kBackupEnabledKey),
                      policy.enabled ? QStringLiteral("1") : QStringLiteral("0"));
    settings.setValue(QLatin1String(kBackupKeepKey), QString::number(std::max(1, policy.keep)));
    settings.setValue(QLatin1String(kBackupFolderKey), policy.folder);
}

BackupRotation rotateBackups(SqliteStore& store, const QString& folder, int keep,
                             const core::Clock& clock)
{
    BackupRotation result;
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        throw core::StoreError(QStringLiteral("The backup folder %1 could not be created.")
                                   .arg(QDir::toNativeSeparators(folder)));
    const QString base = QFileInfo(store.location()).completeBaseName();
    const QString today = clock.now().toUTC().date().toString(Qt::ISODate);
    const QString name = QStringLiteral("%1-%2.sqlite").arg(base, today);
    if (!dir.exists(name)) {
        store.backupTo(dir.filePath(name));
        result.written = dir.filePath(name);
    }

    // This pipeline's copies only: "<base>-YYYY-MM-DD.sqlite". ISO dates sort by name.
    const QRegularExpression ours(
        QStringLiteral("^%1-\\d{4}-\\d{2}-\\d{2}\\.sqlite$").arg(QRegularExpression::escape(base)));
    QStringList copies;
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name))
        if (ours.match(file).hasMatch())
            copies << file;
    const qsizetype excess = copies.size() - std::max(1, keep);
    for (qsizetype i = 0; i < excess; ++i) {
        if (dir.remove(copies[i]))
            result.removed << dir.filePath(copies[i]);
    }
    return result;
}

BackupRotation rotateBackupsIfDue(SqliteStore& store, const core::Clock& clock)
{
    const BackupPolicy policy = backupPolicy(store.settings(), store.location());
    if (!policy.enabled)
        return {};
    return rotateBackups(store, policy.folder, policy.keep, clock);
}

} // namespace accord::storage
