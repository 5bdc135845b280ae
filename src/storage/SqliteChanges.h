#pragma once

// Field patches on SQLite: compare-and-set of the named columns only, in one
// write transaction (see core::Store::applyChanges).

#include "Sqlite.h"

#include "core/Clock.h"
#include "core/FieldPatch.h"

namespace accord::storage {

core::ChangeSet applyChangeSet(Connection& db, const core::Clock& clock,
                               const core::ChangeSet& changes);
core::ChangeSet removeRecord(Connection& db, const core::Clock& clock, core::RecordKind kind,
                             core::Id id, const core::FieldPatch* expected = nullptr);

} // namespace accord::storage
