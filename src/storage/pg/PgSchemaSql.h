#pragma once

// The SQL text of the team server's schema steps (PgSchemaTables.cpp,
// PgSchemaSecurity.cpp), run in order by PgSchema.cpp.

#include "PgSchema.h"

#include <string>
#include <vector>

namespace accord::storage::pg {

/// Tables whose `id` a sequence gives (`<table>_id_seq`).
const std::vector<std::string>& pgIdTables();
/// Tables with row_version and updated_by.
const std::vector<std::string>& pgVersionedTables();
/// `sql` with every `@schema@` and `@owner@` replaced by the names.
std::string withNames(const std::string& sql, const PgSchemaNames& names);

/// Step 1: the file's tables (v7) with their indexes and triggers.
std::string pgTablesSql(const PgSchemaNames& names);
/// Step 2: users, the accord_member group's grants, row-level security, the
/// member triggers and the change notifications.
std::string pgSecuritySql(const PgSchemaNames& names);
/// Row-level security, grants and the guard and notify triggers for a table
/// added later whose rows hang off one prospect (column prospect_id): seen
/// with the prospect, changed by who may change it.
std::string pgChildTableSql(const std::string& table, const PgSchemaNames& names);

/// Step 6: expected close dates, their history (close_change) and reason codes.
std::string pgCloseDatesSql(const PgSchemaNames& names);

} // namespace accord::storage::pg
