#include "PgSchemaSql.h"

// Schema step 6 of the team server: expected close dates and their history,
// and reason codes (the file's v8, MigrationCloseDates.cpp). close_change
// hangs off a prospect like the other children: ids from its sequence, row
// versions, row-level security, notifications; a member's entry is stamped
// with their login.

namespace accord::storage::pg {

namespace {

constexpr const char* kCloseDates = R"sql(
ALTER TABLE prospect ADD COLUMN expected_close date,
    ADD COLUMN reason_code text NOT NULL DEFAULT '';
CREATE TABLE close_change (
    id bigint PRIMARY KEY,
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    at bigint,
    from_date date,
    to_date date,
    by text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
CREATE INDEX close_change_prospect ON close_change(prospect_id, at, id);
CREATE INDEX close_change_at ON close_change(at, prospect_id, from_date, to_date);
CREATE INDEX prospect_expected_close ON prospect(expected_close, status, stage)
    WHERE expected_close IS NOT NULL AND deleted_at IS NULL;

CREATE SEQUENCE close_change_id_seq OWNED BY close_change.id;
CREATE TRIGGER close_change_id BEFORE INSERT ON close_change
    FOR EACH ROW EXECUTE FUNCTION accord_assign_id('close_change_id_seq');
CREATE TRIGGER close_change_version BEFORE INSERT OR UPDATE ON close_change
    FOR EACH ROW EXECUTE FUNCTION accord_row_version();
GRANT USAGE, SELECT, UPDATE ON SEQUENCE close_change_id_seq TO accord_member;

-- A prospect's version counts the new fields' edits too.
DROP TRIGGER prospect_version ON prospect;
CREATE TRIGGER prospect_version BEFORE INSERT OR UPDATE OF id, name, industry, segment, website,
    owner, stage, status, value_minor, currency, lost_reason, next_step, next_step_due,
    created_at, updated_at, stage_entered_at, deleted_at, signed_on, agreement_summary,
    expected_close, reason_code ON prospect
    FOR EACH ROW EXECUTE FUNCTION accord_row_version();

-- Who moved a close date: a member's login, whatever was sent; an update keeps it.
CREATE FUNCTION accord_stamp_close_author() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF accord_role_of(current_user) IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.by := current_user;
    ELSE
        NEW.by := OLD.by;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER close_change_by BEFORE INSERT OR UPDATE ON close_change
    FOR EACH ROW WHEN (current_user <> @owner@) EXECUTE FUNCTION accord_stamp_close_author();
)sql";

} // namespace

std::string pgCloseDatesSql(const PgSchemaNames& names)
{
    return withNames(kCloseDates, names) + pgChildTableSql("close_change", names);
}

} // namespace accord::storage::pg
