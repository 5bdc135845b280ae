#pragma once

// Opening an Accord file: refuses files that are not Accord databases or come
// from a newer version (without touching them), sets the pragmas, registers
// the SQL helper functions and brings the schema up to date.

#include "Migrations.h"
#include "Sqlite.h"

#include "core/StoreMaintenance.h"

#include <memory>

namespace accord::storage {

/// The pipeline's stable id (settings table), written when a file is made.
using core::kPipelineIdKey;

struct DatabaseOptions
{
    bool readOnly = false; // also chosen automatically when the file is not writable
    const std::vector<MigrationStep>* migrations = nullptr; // nullptr: the app's migrations
};

/// Opens or creates `path`. Throws core::StoreError with one sentence
/// (DamagedDatabaseError for a damaged file). The file is only ever opened by
/// SQLite: its header is read through SQLite's own handle. A file that cannot
/// be written opens read-only; on read-only media (folder not writable, no
/// -wal) as immutable. Each connection registers the file as open
/// (core/io/FileIo.h), so no export, backup or import path touches it.
std::unique_ptr<Connection> openDatabase(const QString& path, const DatabaseOptions& options = {});

/// Copies the whole database of `source` to `target` with the online backup API
/// (written beside it first under a name of its own, then renamed over it; mode
/// 0600; rollback journal; no pipeline id). Refuses an open database as target.
///
/// With `cancelled`, the copy goes in chunks and `cancelled` is asked before
/// each; the source's read transaction is held across them, so the copy is one
/// snapshot that other connections' commits never restart. When it answers
/// true the copy stops, the partial file is removed and the result is false.
bool backupDatabase(Connection& source, const QString& target,
                    const std::function<bool()>& cancelled = {});

/// Copies the last committed state of `db`'s file to `target` through a
/// read-only connection of its own (usable while `db` holds the write lock).
void backupDatabaseFile(Connection& db, const QString& target);

} // namespace accord::storage
