#pragma once

// The team server's schema: numbered migrations kept in a version table, each
// applied in its own transaction by the database owner (`server init`).

#include <string>
#include <vector>

namespace accord::storage::pg {

class Connection;

/// Who and where a step creates its objects: the schema the tables go in,
/// quoted as an identifier (for `SET search_path` of the functions that run
/// as the owner), and the owner (current_user), quoted as a literal (triggers
/// that only concern members skip the owner's writes, e.g. a bulk load).
struct PgSchemaNames
{
    std::string schema;
    std::string owner;
};

/// One numbered step of the schema, applied in its own transaction by the
/// database's owner.
struct PgMigration
{
    int version;
    void (*apply)(Connection& db, const PgSchemaNames& names);
};

/// Every step, in order; the last one's version is currentSchemaVersion().
const std::vector<PgMigration>& pgMigrations();

/// The schema version this build of Accord writes and reads.
int currentSchemaVersion();
/// The version on the server; 0 when it holds no Accord schema.
int schemaVersion(Connection& db);
/// Creates or migrates the schema (`server init`): each missing step in one
/// transaction. Idempotent. Returns the version reached. Throws StoreError with
/// one sentence when the server's schema is newer or the user may not do it.
int initSchema(Connection& db);
/// Throws StoreError with one sentence unless the server holds this version's
/// schema ("… run `accord-cli --db URL server init` as the database's owner").
void checkSchema(Connection& db);

} // namespace accord::storage::pg
