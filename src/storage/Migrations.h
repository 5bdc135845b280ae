#pragma once

// The numbered schema migrations (PRAGMA user_version) and the full-text
// index triggers they install.

#include "Sqlite.h"

#include <functional>
#include <string>
#include <vector>

namespace accord::storage {

/// Marks Accord files (PRAGMA application_id, "ACRD").
inline constexpr int kApplicationId = 0x41435244;

/// One schema step: brings a database from version-1 to version.
struct MigrationStep
{
    int version = 0;
    std::function<void(Connection&)> apply;
};

/// The app's migrations, oldest first; the last one's version is the schema version.
const std::vector<MigrationStep>& migrations();
/// v8 (MigrationCloseDates.cpp): expected close dates, their history, reason codes.
void applyCloseDates(Connection& db);

int latestVersion(const std::vector<MigrationStep>& steps = migrations());

int userVersion(Connection& db);

/// Schema v10, planned activities (ActivityMigration.cpp).
void applyActivities(Connection& db);

/// Applies every step newer than the file's version in one transaction (all or
/// nothing). When the file already held an older schema, `path.pre-v<N>.bak` is
/// written first with the online backup API.
void migrate(Connection& db, const QString& path, const std::vector<MigrationStep>& steps);

/// v9: the attachment table (MigrationV9.cpp).
void applyV9(Connection& db);

// The search index (schema v4): rowid = time key << 30 | (item id * 4 + kind),
// kind 1 prospect, 2 contact, 3 meeting. The time key is the item's minute
// (meeting: when it took place; prospect: created; contact: its prospect's
// creation), so the index's own order, newest rowid first, is newest first by
// time. searchItemSql() gives back id * 4 + kind.
inline constexpr int kFtsProspect = 1;
inline constexpr int kFtsContact = 2;
inline constexpr int kFtsMeeting = 3;
/// The search rowid of an item: `time` (unix seconds, NULL = 1970) and `id` are SQL.
std::string searchKeySql(const std::string& time, const std::string& id, int kind);
/// id * 4 + kind of a search rowid given as SQL (`s.rowid`).
std::string searchItemSql(const std::string& rowid);
void createSearchTriggers(Connection& db);
void dropSearchTriggers(Connection& db);
/// Refills the search index from the tables.
void rebuildSearchIndex(Connection& db);

} // namespace accord::storage
