#pragma once

// The whole store as one versioned JSON document, and restoring it into an
// empty store. Output is deterministic (prospects by id, every list in a fixed
// order, object keys sorted), so backup → restore → backup is byte-identical.
//
// {"format":"accord-backup","version":1,"schema":N,"settings":{…},
//  "gate_criteria":[…],"prospects":[bundle, …]}   (prospects in the trash included)

#include "core/Bundle.h"
#include "core/PipelineSettings.h"

#include <QByteArray>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace accord::core {

inline constexpr int kBackupVersion = 1;
/// The store schema from which money is kept in each currency's ISO 4217 minor
/// unit; values of older backups (all in hundredths) are rescaled on reading.
inline constexpr int kIsoMinorUnitsSchema = 4;

struct BackupContents
{
    int version = kBackupVersion;
    int schema = 0; // the store's schema version when the backup was made (informative)
    PipelineSettings settings;
    // Every stored setting by key (the pipeline's name, the backup policy, …), of
    // which `settings` is the part Accord reads; missing from early backups.
    std::optional<std::map<QString, QString>> values;
    std::vector<GateCriterion> criteria;
    std::vector<ProspectBundle> prospects;
};

using BackupProgress = std::function<void(int done, int total)>;

/// Reads everything from the store (prospects in the trash too).
BackupContents readBackup(Store& store, int schemaVersion = 0, const BackupProgress& progress = {});

/// The deterministic JSON text (2-space indent, trailing newline).
QByteArray backupToBytes(const BackupContents& contents);

/// readBackup + backupToBytes.
QByteArray backupJson(Store& store, int schemaVersion = 0, const BackupProgress& progress = {});

/// Parses and checks a backup file. Every ValidationError names the JSON path,
/// in one notation ("$.prospects[3].contacts[0].email"), also for a syntax
/// error (with its line and column), a repeated id or a dangling reference;
/// refuses a version newer than kBackupVersion, and a schema newer than
/// `currentSchema` when that is given (> 0).
BackupContents parseBackup(const QByteArray& bytes, int currentSchema = 0);

/// Restores into an empty store in one transaction: criteria, settings, then
/// every bundle with its ids. Throws ValidationError when the store already
/// holds prospects; on any error nothing is written.
void restoreBackup(Store& store, const BackupContents& contents,
                   const BackupProgress& progress = {});

/// Restores into a new database file at `target`: built in a private file
/// beside it (made into a store by `open`), then moved into place only if
/// `target` still does not exist, so a database another process just made is
/// never replaced nor removed. Throws StoreError ("… already exists; nothing
/// was restored.") when it does; on any failure nothing is left behind.
void restoreBackupIntoNewFile(const QString& target, const BackupContents& contents,
                              const std::function<std::unique_ptr<Store>(const QString&)>& open,
                              const BackupProgress& progress = {});

/// Sorts every list of a bundle into the order a backup writes.
void normaliseBundle(ProspectBundle& bundle);

} // namespace accord::core
