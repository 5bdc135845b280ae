#include "PgSchema.h"

#include "Pg.h"
#include "PgProspectList.h"
#include "PgSchemaSql.h"
#include "PgSearchSchema.h"
#include "core/Gate.h"
#include "core/StoreMaintenance.h"

// The steps run in order, each in one transaction that holds an advisory lock,
// so that two `server init` at once apply each step once. The version table
// keeps one row per step applied.

namespace accord::storage::pg {

namespace {

// Any number, the same for every Accord: the lock `server init` takes.
constexpr const char* kLockSql =
    "SELECT 1 FROM (SELECT pg_advisory_xact_lock(4352470713)) AS locked";

constexpr const char* kVersionTable = R"sql(
CREATE TABLE IF NOT EXISTS accord_schema (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
)
)sql";

// Step 1: the file's tables, the default gate criteria (with the file's ids,
// which hand ticks refer to) and the pipeline's id (daily copies are named by
// it; core/StoreMaintenance.h), so that no member has to write it.
void applyTables(Connection& db, const PgSchemaNames& names)
{
    db.exec(pgTablesSql(names));
    Statement insert = db.prepare("INSERT INTO gate_criterion(id, stage, position, label, rule) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const core::GateCriterion& c : core::defaultGateCriteria()) {
        insert.bindId(1, c.id)
            .bind(2, static_cast<int>(c.stage))
            .bind(3, c.position)
            .bind(4, c.label)
            .bind(5, core::gateRuleKey(c.rule));
        insert.run();
    }
    Statement id = db.prepare("INSERT INTO setting(key, value) VALUES (?1::text, "
                              "left(replace(gen_random_uuid()::text, '-', ''), 12))");
    id.bind(1, QString::fromLatin1(core::kPipelineIdKey));
    id.run();
}

// Step 2: users, row-level security, the member triggers and notifications.
void applySecurity(Connection& db, const PgSchemaNames& names)
{
    db.exec(pgSecuritySql(names));
}

// Step 3: the prospect list's folded text, kept by a trigger, and its indexes
// (PgProspectList.h).
void applyProspectList(Connection& db, const PgSchemaNames& names)
{
    db.exec(prospectListSchemaSql(names.schema));
}

// Step 4: full-text search over prospects, contacts and meetings (PgSearchSchema.h).
void applySearch(Connection& db, const PgSchemaNames&)
{
    createSearchSchema(db);
}

// Step 5: speed for a team at work.
// - A page of a word found often is looked for among the newest rows first.
// - Logging a meeting updates its prospect's last_meeting_at: with room left
//   on each page and no index on that column, the update is a heap-only one
//   that touches none of the prospect's nineteen indexes. The stalled count
//   reads that column from the rows instead.
// - The meeting search index takes each new meeting at once instead of
//   gathering them in a list that the meeting after the list is full would
//   have to fold in (a pause of a second for whoever logs it).
void applyTeamSpeed(Connection& db, const PgSchemaNames&)
{
    replaceSearchFunctions(db);
    db.exec("ALTER TABLE prospect SET (fillfactor = 80);\n"
            "DROP INDEX prospect_list_stalled;\n"
            "CREATE INDEX prospect_list_stalled ON prospect (status, stage, stage_entered_at, "
            "created_at) WHERE deleted_at IS NULL;\n"
            "ALTER INDEX meeting_search SET (fastupdate = off);\n");
}

// Step 6: expected close dates, their history and reason codes (PgSchemaCloseDates.cpp).
void applyCloseDates(Connection& db, const PgSchemaNames& names)
{
    db.exec(pgCloseDatesSql(names));
}

// Step 7: files kept on a prospect, as the file's v9: the content a bytea
// (stored out of line and not compressed: most such files are compressed
// already), with the conventions of every prospect child (ids, row version,
// row-level security, notifications).
void applyAttachments(Connection& db, const PgSchemaNames& names)
{
    db.exec(R"sql(
CREATE TABLE attachment (
    id bigint PRIMARY KEY,
    prospect_id bigint NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    data_request_id bigint REFERENCES data_request(id) ON DELETE SET NULL,
    agreement integer NOT NULL DEFAULT 0,
    name text NOT NULL DEFAULT '',
    size bigint NOT NULL DEFAULT 0,
    added_by text NOT NULL DEFAULT '',
    added_at bigint,
    content bytea NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user
);
ALTER TABLE attachment ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX attachment_prospect ON attachment(prospect_id, added_at, id);
CREATE INDEX attachment_data_request ON attachment(data_request_id)
    WHERE data_request_id IS NOT NULL;
CREATE SEQUENCE attachment_id_seq OWNED BY attachment.id;
CREATE TRIGGER attachment_id BEFORE INSERT ON attachment
    FOR EACH ROW EXECUTE FUNCTION accord_assign_id('attachment_id_seq');
CREATE TRIGGER attachment_version BEFORE INSERT OR UPDATE ON attachment
    FOR EACH ROW EXECUTE FUNCTION accord_row_version();
GRANT USAGE, SELECT, UPDATE ON SEQUENCE attachment_id_seq TO accord_member;
)sql");
    db.exec(pgChildTableSql("attachment", names));
}

// Step 8: planned activities; each prospect's next step becomes one
// (PgSchemaActivities.cpp).
void applyActivities(Connection& db, const PgSchemaNames& names)
{
    db.exec(pgActivitiesSql(names));
}

int storedVersion(Connection& db)
{
    if (db.queryText("SELECT to_regclass('accord_schema')::text").isEmpty())
        return 0;
    return static_cast<int>(db.queryInt("SELECT coalesce(max(version), 0) FROM accord_schema"));
}

QString initCommand(Connection& db)
{
    return QStringLiteral("accord-cli --db %1 server init").arg(withoutPassword(db.location()));
}

// Only the database's owner (or a superuser) sets up and upgrades the schema:
// the tables must be theirs, so that they pass row-level security.
void requireOwner(Connection& db)
{
    Statement st = db.prepare("SELECT pg_has_role(current_user, d.datdba, 'MEMBER'), "
                              "pg_get_userbyid(d.datdba) FROM pg_database d "
                              "WHERE d.datname = current_database()");
    if (!st.step())
        throw core::StoreError(
            QStringLiteral("The team server did not say who owns the database."));
    if (st.int64(0) != 0)
        return;
    const QString owner = st.text(1);
    throw core::StoreError(QStringLiteral("Only the database's owner (%1) can set up or upgrade "
                                          "Accord's schema: run `%2` as them.")
                               .arg(owner, initCommand(db)));
}

QString tooNew(int version)
{
    return QStringLiteral("The team server's pipeline was set up by a newer Accord (schema "
                          "version %1); this Accord (schema version %2) is too old for it.")
        .arg(version)
        .arg(currentSchemaVersion());
}

} // namespace

const std::vector<PgMigration>& pgMigrations()
{
    static const std::vector<PgMigration> steps{
        // clang-format off
        {1, applyTables},
        {2, applySecurity},
        {3, applyProspectList},
        {4, applySearch},
        {5, applyTeamSpeed},
        {6, applyCloseDates},
        {7, applyAttachments},
        {8, applyActivities},
        // clang-format on
    };
    return steps;
}

int currentSchemaVersion()
{
    return pgMigrations().back().version;
}

int schemaVersion(Connection& db)
{
    return storedVersion(db);
}

int initSchema(Connection& db)
{
    const int target = currentSchemaVersion();
    int version = storedVersion(db);
    if (version > target)
        throw core::StoreError(tooNew(version));
    if (version == target)
        return version;
    requireOwner(db);
    PgSchemaNames names;
    names.schema = db.queryText("SELECT quote_ident(current_schema())").toStdString();
    names.owner = db.queryText("SELECT quote_literal(current_user)").toStdString();
    if (names.schema.empty())
        throw core::StoreError(QStringLiteral("The team server has no schema to put Accord's "
                                              "tables in: check the connection's search_path."));
    for (const PgMigration& step : pgMigrations()) {
        if (step.version <= version)
            continue;
        Transaction tx(db);
        db.queryInt(kLockSql);
        db.exec(kVersionTable);
        version = storedVersion(db); // another `server init` may have done it meanwhile
        if (version > target)
            throw core::StoreError(tooNew(version));
        if (step.version <= version)
            continue;
        step.apply(db, names);
        Statement done = db.prepare("INSERT INTO accord_schema(version) VALUES (?1::integer)");
        done.bind(1, step.version);
        done.run();
        tx.commit();
        version = step.version;
    }
    return version;
}

void checkSchema(Connection& db)
{
    const int version = storedVersion(db);
    if (version == currentSchemaVersion())
        return;
    if (version > currentSchemaVersion())
        throw core::StoreError(tooNew(version));
    if (version == 0)
        throw core::StoreError(QStringLiteral("This database holds no Accord pipeline yet: run "
                                              "`%1` as the database's owner.")
                                   .arg(initCommand(db)));
    throw core::StoreError(QStringLiteral("The team server's pipeline is from an older Accord "
                                          "(schema version %1): run `%2` as the database's owner "
                                          "to upgrade it.")
                               .arg(version)
                               .arg(initCommand(db)));
}

} // namespace accord::storage::pg
