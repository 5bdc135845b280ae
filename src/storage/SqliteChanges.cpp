#include "SqliteChanges.h"

#include "ChangeSql.h"

namespace accord::storage {

namespace {
// A write transaction is taken up front (BEGIN IMMEDIATE): rows need no lock of their own.
constexpr changes::ChangeDialect kSqlite{" IS ", "", nullptr};
} // namespace

core::ChangeSet applyChangeSet(Connection& db, const core::Clock& clock,
                               const core::ChangeSet& changes)
{
    return changes::applyChangeSet<Connection, Transaction>(db, kSqlite, clock, changes);
}

core::ChangeSet removeRecord(Connection& db, const core::Clock& clock, core::RecordKind kind,
                             core::Id id, const core::FieldPatch* expected)
{
    return changes::removeRecord<Connection, Transaction>(db, kSqlite, clock, kind, id, expected);
}

} // namespace accord::storage
