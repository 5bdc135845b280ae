#pragma once

// Automatic rotating backups: at most one copy per day (UTC) of the open
// pipeline, written by the store's own copy (StoreMaintenance::copyToFile)
// into a folder, keeping the newest N. The desktop app calls
// rotateBackupsIfDue() in a worker thread once its window is up
// (gui/AutoBackup.h); `accord-cli backup --rotate` calls it from a terminal or
// cron.

#include "core/Clock.h"
#include "core/StoreMaintenance.h"

#include <QStringList>

namespace accord::core {

class SettingsRepository;
class Store;

/// Settings keys (stored in the pipeline file, so every window agrees).
inline constexpr const char* kBackupEnabledKey = "backup/enabled"; // "1" (default) or "0"
inline constexpr const char* kBackupKeepKey = "backup/keep";       // default 7, at least 1
inline constexpr const char* kBackupFolderKey = "backup/folder";   // default <db folder>/backups

struct BackupPolicy
{
    bool enabled = true;
    int keep = 7;
    QString folder;
};

/// `<database folder>/backups`: where copies go when no folder is set.
QString defaultBackupFolder(const QString& databasePath);

/// Reads the policy; an empty or unreadable value falls back to the default.
BackupPolicy backupPolicy(SettingsRepository& settings, const QString& databasePath);
/// Writes the policy; with `loaded` (what the editor read, its folder as stored,
/// empty for the default) only the values that differ, as compare-and-set in one
/// write transaction: SettingChangedError naming the setting when someone
/// changed it since.
void saveBackupPolicy(SettingsRepository& settings, const BackupPolicy& policy,
                      const BackupPolicy* loaded = nullptr);

struct BackupRotation
{
    QString written;        // the new copy; empty when today's already existed
    QStringList removed;    // older copies deleted to keep N
    bool cancelled = false; // stopped by the caller: nothing written or removed
};

/// Writes `<name>-<pipeline id>-YYYY-MM-DD.sqlite` for the clock's UTC day into
/// `folder` (created when missing) unless it exists, then deletes this
/// pipeline's oldest copies beyond `keep`, found by the pipeline id stored in
/// the file (kPipelineIdKey), never by the file name: other pipelines' copies
/// and other files in the folder are never touched. The copy
/// is written under a temporary name and renamed when complete, and a lock file
/// in the folder keeps two processes from writing the same copy at once.
/// Throws StoreError when the copy cannot be written (or another process is
/// writing it right now, or the store cannot copy itself into a file).
/// `cancelled` is asked between chunks of the copy; answering true stops it
/// (nothing is left behind).
BackupRotation rotateBackups(Store& store, const QString& folder, int keep, const Clock& clock,
                             const CopyCancelled& cancelled = {});

/// rotateBackups() with the store's own policy; nothing when backups are off.
BackupRotation rotateBackupsIfDue(Store& store, const Clock& clock,
                                  const CopyCancelled& cancelled = {});

} // namespace accord::core
