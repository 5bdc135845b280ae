#include "Migrations.h"

namespace accord::storage {

// v10: planned activities. A prospect has any number of them (table activity);
// the agenda reads open ones by due date (activity_agenda), each prospect's
// next one is a seek (activity_next). A due date is 'YYYY-MM-DD', its time of
// day minutes after midnight (-1: none), done_at unix seconds UTC (NULL: open).
// Each prospect's single next step becomes an open task titled by it, due on
// its date or, without one, on the day the prospect was last changed. The
// prospect's next_step and next_step_due columns stay but are no longer read
// or written; their index goes.
void applyActivities(Connection& db)
{
    db.exec(R"sql(
CREATE TABLE activity (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    due_minute INTEGER NOT NULL DEFAULT -1,
    duration_minutes INTEGER NOT NULL DEFAULT 0,
    owner TEXT NOT NULL DEFAULT '',
    contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    done_at INTEGER
);
CREATE INDEX activity_prospect ON activity(prospect_id);
CREATE INDEX activity_next ON activity(prospect_id, due_on, due_minute, id) WHERE done_at IS NULL;
CREATE INDEX activity_agenda ON activity(due_on, due_minute, id) WHERE done_at IS NULL;
CREATE INDEX activity_contact ON activity(contact_id) WHERE contact_id IS NOT NULL;
INSERT INTO activity(prospect_id, kind, title, due_on, owner)
    SELECT id, 'task', trim(next_step),
           COALESCE(next_step_due,
                    date(COALESCE(updated_at, created_at, CAST(strftime('%s', 'now') AS INTEGER)),
                         'unixepoch')),
           owner
    FROM prospect WHERE trim(next_step) <> '' ORDER BY id;
DROP INDEX IF EXISTS prospect_next_due;
)sql");
}

} // namespace accord::storage
