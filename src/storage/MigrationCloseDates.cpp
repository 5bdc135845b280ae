#include "Migrations.h"

namespace accord::storage {

// v8: expected close dates and their history, and a reason code beside the
// free lost-reason note. A prospect's close date moves are rows of
// close_change (written with the move; a purge takes them along); the
// forecast reads open prospects by their date.
void applyCloseDates(Connection& db)
{
    db.exec(R"sql(
ALTER TABLE prospect ADD COLUMN expected_close TEXT;
ALTER TABLE prospect ADD COLUMN reason_code TEXT NOT NULL DEFAULT '';
CREATE TABLE close_change (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    at INTEGER,
    from_date TEXT,
    to_date TEXT,
    by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX close_change_prospect ON close_change(prospect_id, at, id);
CREATE INDEX close_change_at ON close_change(at, prospect_id, from_date, to_date);
CREATE INDEX prospect_expected_close ON prospect(expected_close, status, stage)
    WHERE expected_close IS NOT NULL AND deleted_at IS NULL;
)sql");
}

} // namespace accord::storage
