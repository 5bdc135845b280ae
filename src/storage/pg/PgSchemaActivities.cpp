#include "PgSchemaSql.h"

// Planned activities on the team server (schema step 8), as the file's schema
// v10 (src/storage/ActivityMigration.cpp): the table with its id sequence, row
// versions, indexes for the agenda and each prospect's next activity, row-level
// security and notifications like the other tables that hang off a prospect,
// and each prospect's single next step turned into an open task.

namespace accord::storage::pg {

namespace {

constexpr const char* kActivities = R"sql(
CREATE TABLE activity (
    id bigint PRIMARY KEY,
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    kind text NOT NULL,
    title text NOT NULL DEFAULT '',
    due_on date,
    due_minute integer NOT NULL DEFAULT -1,
    duration_minutes integer NOT NULL DEFAULT 0,
    owner text NOT NULL DEFAULT '',
    contact_id bigint REFERENCES contact(id) ON DELETE SET NULL,
    note text NOT NULL DEFAULT '',
    done_at bigint,
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
CREATE INDEX activity_prospect ON activity(prospect_id);
CREATE INDEX activity_next ON activity(prospect_id, due_on, due_minute, id) WHERE done_at IS NULL;
CREATE INDEX activity_agenda ON activity(due_on, due_minute, id) WHERE done_at IS NULL;
CREATE INDEX activity_contact ON activity(contact_id) WHERE contact_id IS NOT NULL;
CREATE SEQUENCE activity_id_seq OWNED BY activity.id;
CREATE TRIGGER activity_id BEFORE INSERT ON activity
    FOR EACH ROW EXECUTE FUNCTION accord_assign_id('activity_id_seq');
CREATE TRIGGER activity_version BEFORE INSERT OR UPDATE ON activity
    FOR EACH ROW EXECUTE FUNCTION accord_row_version();
GRANT USAGE, SELECT, UPDATE ON SEQUENCE activity_id_seq TO accord_member;
SET LOCAL accord.bulk = 'on';
INSERT INTO activity(prospect_id, kind, title, due_on, owner)
    SELECT id, 'task', btrim(next_step),
           coalesce(next_step_due,
                    (to_timestamp(coalesce(updated_at, created_at,
                                           extract(epoch FROM now())::bigint))
                         AT TIME ZONE 'UTC')::date),
           owner
    FROM prospect WHERE btrim(next_step) <> '' ORDER BY id;
SET LOCAL accord.bulk = 'off';
DROP INDEX IF EXISTS prospect_next_due;
)sql";

} // namespace

std::string pgActivitiesSql(const PgSchemaNames& names)
{
    return withNames(kActivities, names) + pgChildTableSql("activity", names);
}

} // namespace accord::storage::pg
