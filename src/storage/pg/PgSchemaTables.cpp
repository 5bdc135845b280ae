#include "PgSchemaSql.h"

// The tables of the team server (schema step 1): the file's tables (schema v7)
// with the same names and columns, in PostgreSQL's types, and the triggers that
// keep ids, row versions and each prospect's latest meeting. Only SQL text here;
// PgSchema.cpp runs it.

namespace accord::storage::pg {

namespace {

// Trigger functions.
// - Ids: a NULL id takes the table's sequence's next value; an explicit id (a
//   restore, an undo) is kept and moves the sequence past it, so that no id is
//   ever handed out twice (as AUTOINCREMENT does in the file).
// - Row versions: each update adds 1 to row_version (whatever the update
//   says) and stamps updated_by with the user who made it; the stale-edit
//   refusal names them. An insert stamps updated_by too.
constexpr const char* kFunctions = R"sql(
CREATE FUNCTION accord_assign_id() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    seq constant regclass := TG_ARGV[0]::regclass;
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval(seq);
    ELSIF NEW.id > coalesce(pg_sequence_last_value(seq), 0) THEN
        -- One session at a time moves a sequence forward, so that it never goes back.
        PERFORM pg_advisory_xact_lock(1094927172, hashtext(TG_ARGV[0]));
        IF NEW.id > coalesce(pg_sequence_last_value(seq), 0) THEN
            PERFORM setval(seq, NEW.id);
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION accord_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        NEW.row_version := OLD.row_version + 1;
    END IF;
    NEW.updated_by := current_user;
    RETURN NEW;
END $$;
)sql";

// The tables, as the file's (src/storage/Migrations.cpp, v7): times bigint unix
// seconds UTC, calendar dates `date`, text NOT NULL DEFAULT '', money bigint
// minor units. Every record table also carries row_version and updated_by.
constexpr const char* kTables = R"sql(
CREATE TABLE prospect (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    industry text NOT NULL DEFAULT '',
    segment text NOT NULL DEFAULT '',
    website text NOT NULL DEFAULT '',
    owner text NOT NULL DEFAULT '',
    stage integer NOT NULL CHECK (stage BETWEEN 1 AND 4),
    status text NOT NULL,
    value_minor bigint NOT NULL DEFAULT 0,
    currency text NOT NULL DEFAULT 'USD',
    lost_reason text NOT NULL DEFAULT '',
    next_step text NOT NULL DEFAULT '',
    next_step_due date,
    created_at bigint,
    updated_at bigint,
    stage_entered_at bigint,
    deleted_at bigint,
    signed_on date,
    agreement_summary text NOT NULL DEFAULT '',
    last_meeting_at bigint,
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
CREATE INDEX prospect_board ON prospect(stage, status, updated_at) WHERE deleted_at IS NULL;
CREATE INDEX prospect_owner ON prospect(owner, stage, status) WHERE deleted_at IS NULL;
CREATE INDEX prospect_industry ON prospect(industry) WHERE deleted_at IS NULL;
CREATE INDEX prospect_updated ON prospect(updated_at) WHERE deleted_at IS NULL;
CREATE INDEX prospect_name ON prospect(lower(name), id) WHERE deleted_at IS NULL;
CREATE INDEX prospect_next_due ON prospect(next_step_due) WHERE next_step_due IS NOT NULL;
CREATE INDEX prospect_trash ON prospect(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX prospect_totals ON prospect(status, stage, currency, value_minor)
    WHERE deleted_at IS NULL;

CREATE TABLE contact (
    id bigint PRIMARY KEY,
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    name text NOT NULL,
    title text NOT NULL DEFAULT '',
    role text NOT NULL,
    email text NOT NULL DEFAULT '',
    phone text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
CREATE INDEX contact_prospect ON contact(prospect_id);

CREATE TABLE meeting (
    id bigint PRIMARY KEY,
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    occurred_at bigint,
    duration_minutes integer NOT NULL DEFAULT 0,
    kind text NOT NULL,
    stage_at_time integer NOT NULL CHECK (stage_at_time BETWEEN 1 AND 4),
    attendees text NOT NULL DEFAULT '',
    summary text NOT NULL DEFAULT '',
    notes text NOT NULL DEFAULT '',
    shared text NOT NULL DEFAULT '',
    learned text NOT NULL DEFAULT '',
    next_step text NOT NULL DEFAULT '',
    next_step_due date,
    logged_by text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
CREATE INDEX meeting_prospect ON meeting(prospect_id, occurred_at DESC, id DESC);
CREATE INDEX meeting_recent ON meeting(occurred_at DESC, id DESC);
CREATE INDEX meeting_next_due ON meeting(next_step_due) WHERE next_step_due IS NOT NULL;

CREATE TABLE stage_change (
    id bigint PRIMARY KEY,
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    at bigint,
    from_stage integer NOT NULL,
    to_stage integer NOT NULL,
    from_status text NOT NULL,
    to_status text NOT NULL,
    by text NOT NULL DEFAULT '',
    reason text NOT NULL DEFAULT '',
    gate_override integer NOT NULL DEFAULT 0,
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
CREATE INDEX stage_change_history ON stage_change(prospect_id, at, id);
CREATE INDEX stage_change_at ON stage_change(at, prospect_id, id);
CREATE INDEX stage_change_moves ON stage_change(at, prospect_id, id) WHERE from_stage <> to_stage;

CREATE TABLE insight (
    id bigint PRIMARY KEY,
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    meeting_id bigint REFERENCES meeting(id) ON DELETE SET NULL,
    title text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    source text NOT NULL DEFAULT '',
    shared_on date,
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
CREATE INDEX insight_prospect ON insight(prospect_id);
CREATE INDEX insight_meeting ON insight(meeting_id) WHERE meeting_id IS NOT NULL;

CREATE TABLE data_request (
    id bigint PRIMARY KEY,
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    item text NOT NULL DEFAULT '',
    requested_on date,
    status text NOT NULL,
    received_on date,
    note text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
CREATE INDEX data_request_prospect ON data_request(prospect_id);

CREATE TABLE metric (
    id bigint PRIMARY KEY,
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    name text NOT NULL DEFAULT '',
    value double precision NOT NULL DEFAULT 0,
    unit text NOT NULL DEFAULT '',
    period text NOT NULL DEFAULT '',
    source text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
CREATE INDEX metric_prospect ON metric(prospect_id);

CREATE TABLE opportunity (
    id bigint PRIMARY KEY,
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    title text NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT '',
    lift_kind text NOT NULL,
    lift_value double precision NOT NULL DEFAULT 0,
    champion_contact_id bigint REFERENCES contact(id) ON DELETE SET NULL,
    status text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
CREATE INDEX opportunity_prospect ON opportunity(prospect_id);
CREATE INDEX opportunity_champion ON opportunity(champion_contact_id)
    WHERE champion_contact_id IS NOT NULL;

CREATE TABLE negotiation (
    prospect_id bigint PRIMARY KEY REFERENCES prospect(id) ON DELETE CASCADE,
    our_batna text NOT NULL DEFAULT '',
    their_batna text NOT NULL DEFAULT '',
    their_interests text NOT NULL DEFAULT '',
    our_interests text NOT NULL DEFAULT '',
    objective_criteria text NOT NULL DEFAULT '',
    stance integer NOT NULL DEFAULT 3,
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);

CREATE TABLE negotiation_lever (
    prospect_id bigint NOT NULL REFERENCES negotiation(prospect_id) ON DELETE CASCADE,
    lever text NOT NULL,
    position integer NOT NULL,
    our_priority integer NOT NULL DEFAULT 0,
    their_priority integer NOT NULL DEFAULT 0,
    our_position text NOT NULL DEFAULT '',
    their_position text NOT NULL DEFAULT '',
    our_concession text NOT NULL DEFAULT '',
    their_concession text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user,
    PRIMARY KEY (prospect_id, lever)
);

CREATE TABLE tradable (
    id bigint PRIMARY KEY,
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    side text NOT NULL,
    item text NOT NULL DEFAULT '',
    value_to_other text NOT NULL DEFAULT '',
    cost_to_give text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
CREATE INDEX tradable_prospect ON tradable(prospect_id);

CREATE TABLE gate_criterion (
    id bigint PRIMARY KEY,
    stage integer NOT NULL CHECK (stage BETWEEN 1 AND 4),
    position integer NOT NULL,
    label text NOT NULL,
    rule text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
CREATE INDEX gate_criterion_stage ON gate_criterion(stage, position);

CREATE TABLE gate_check (
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    criterion_id bigint NOT NULL REFERENCES gate_criterion(id) ON DELETE CASCADE,
    checked integer NOT NULL DEFAULT 1,
    evidence text NOT NULL DEFAULT '',
    checked_at bigint,
    checked_by text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user,
    PRIMARY KEY (prospect_id, criterion_id)
);
CREATE INDEX gate_check_criterion ON gate_check(criterion_id);

CREATE TABLE tag (
    id bigint PRIMARY KEY,
    name text NOT NULL UNIQUE
);
CREATE TABLE prospect_tag (
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    tag_id bigint NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (prospect_id, tag_id)
);
CREATE INDEX prospect_tag_tag ON prospect_tag(tag_id, prospect_id);

CREATE TABLE setting (
    key text PRIMARY KEY,
    value text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
)sql";

// Each prospect keeps the time of its latest meeting (schema v6 of the file),
// kept on every meeting insert, move, retime and delete. Whoever may write a
// meeting may change its prospect, so the upkeep runs with the user's rights.
// A recount first locks the prospect's row, so that it reads the meetings
// committed meanwhile by whoever held the lock (each statement of a function
// takes a new snapshot at READ COMMITTED).
constexpr const char* kLatestMeeting = R"sql(
CREATE FUNCTION accord_recount_last_meeting(p_prospect bigint) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM prospect WHERE id = p_prospect FOR UPDATE;
    UPDATE prospect p SET last_meeting_at = m.latest
        FROM (SELECT max(occurred_at) AS latest FROM meeting WHERE prospect_id = p_prospect) m
        WHERE p.id = p_prospect AND p.last_meeting_at IS DISTINCT FROM m.latest;
END $$;

CREATE FUNCTION accord_meeting_last() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.occurred_at IS NOT NULL THEN
            UPDATE prospect SET last_meeting_at = NEW.occurred_at
                WHERE id = NEW.prospect_id
                  AND (last_meeting_at IS NULL OR last_meeting_at < NEW.occurred_at);
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.prospect_id = OLD.prospect_id
            AND NEW.occurred_at IS NOT DISTINCT FROM OLD.occurred_at THEN
        RETURN NULL;
    END IF;
    PERFORM accord_recount_last_meeting(OLD.prospect_id);
    IF TG_OP = 'UPDATE' AND NEW.prospect_id <> OLD.prospect_id THEN
        PERFORM accord_recount_last_meeting(NEW.prospect_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER meeting_last_insert AFTER INSERT ON meeting
    FOR EACH ROW EXECUTE FUNCTION accord_meeting_last();
CREATE TRIGGER meeting_last_update AFTER UPDATE OF prospect_id, occurred_at ON meeting
    FOR EACH ROW EXECUTE FUNCTION accord_meeting_last();
CREATE TRIGGER meeting_last_delete AFTER DELETE ON meeting
    FOR EACH ROW EXECUTE FUNCTION accord_meeting_last();
)sql";

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// The table's id sequence and the trigger that takes ids from it.
std::string idSequence(const std::string& table)
{
    return "CREATE SEQUENCE " + table + "_id_seq OWNED BY " + table + ".id;\nCREATE TRIGGER " +
           table + "_id BEFORE INSERT ON " + table +
           " FOR EACH ROW EXECUTE FUNCTION accord_assign_id('" + table + "_id_seq');\n";
}

std::string versionTrigger(const std::string& table)
{
    return "CREATE TRIGGER " + table + "_version BEFORE INSERT OR UPDATE ON " + table +
           " FOR EACH ROW EXECUTE FUNCTION accord_row_version();\n";
}

} // namespace

const std::vector<std::string>& pgIdTables()
{
    static const std::vector<std::string> tables{
        "prospect", "contact",     "meeting",  "stage_change",   "insight", "data_request",
        "metric",   "opportunity", "tradable", "gate_criterion", "tag"};
    return tables;
}

const std::vector<std::string>& pgVersionedTables()
{
    static const std::vector<std::string> tables{
        "prospect",     "contact",        "meeting",     "stage_change", "insight",
        "data_request", "metric",         "opportunity", "negotiation",  "negotiation_lever",
        "tradable",     "gate_criterion", "gate_check",  "setting"};
    return tables;
}

std::string withNames(const std::string& sql, const PgSchemaNames& names)
{
    return replaced(replaced(sql, "@schema@", names.schema), "@owner@", names.owner);
}

std::string pgTablesSql(const PgSchemaNames& names)
{
    std::string sql = kFunctions;
    sql += kTables;
    for (const std::string& table : pgIdTables())
        sql += idSequence(table);
    for (const std::string& table : pgVersionedTables()) {
        if (table != "prospect")
            sql += versionTrigger(table);
    }
    // A prospect's version counts the updates that write its fields, not the
    // upkeep of last_meeting_at (one update per meeting logged).
    sql += "CREATE TRIGGER prospect_version BEFORE INSERT OR UPDATE OF id, name, industry, "
           "segment, website, owner, stage, status, value_minor, currency, lost_reason, "
           "next_step, next_step_due, created_at, updated_at, stage_entered_at, deleted_at, "
           "signed_on, agreement_summary ON prospect "
           "FOR EACH ROW EXECUTE FUNCTION accord_row_version();\n";
    sql += kLatestMeeting;
    return withNames(sql, names);
}

} // namespace accord::storage::pg
