#pragma once

// Opening an Accord file: refuses files that are not Accord databases or come
// from a newer version (without touching them), sets the pragmas, registers
// the SQL helper functions and brings the schema up to date.

#include "Migrations.h"
#include "Sqlite.h"

#include <memory>

namespace accord::storage {

struct DatabaseOptions
{
    bool readOnly = false; // also chosen automatically when the file is not writable
    const std::vector<MigrationStep>* migrations = nullptr; // nullptr: the app's migrations
};

/// Opens or creates `path`. Throws core::StoreError with one sentence.
std::unique_ptr<Connection> openDatabase(const QString& path, const DatabaseOptions& options = {});

/// Copies the whole database of `source` to `target` with the online backup API
/// (written beside it first, then renamed over it; mode 0600).
///
/// With `cancelled`, the copy goes in chunks and `cancelled` is asked before
/// each; the source's read transaction is held across them, so the copy is one
/// snapshot that other connections' commits never restart. When it answers
/// true the copy stops, the partial file is removed and the result is false.
bool backupDatabase(Connection& source, const QString& target,
                    const std::function<bool()>& cancelled = {});

} // namespace accord::storage
