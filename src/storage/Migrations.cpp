#include "Migrations.h"

#include "Database.h"
#include "core/Gate.h"

#include <QFile>

namespace accord::storage {

namespace {

// Schema v1. Decisions (docs/schema.md repeats them):
// - timestamps: INTEGER unix seconds UTC; calendar dates: TEXT 'YYYY-MM-DD' or NULL;
// - money: INTEGER minor units + TEXT currency;
// - stage: INTEGER 1-4 (ordered, cheap to group); every other enum: its stable key string;
// - text fields are NOT NULL ('' when empty), optional references are NULL;
// - children cascade from prospect, so purging a prospect removes everything of it.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE prospect (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    industry TEXT NOT NULL DEFAULT '',
    segment TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 4),
    status TEXT NOT NULL,
    value_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'USD',
    lost_reason TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    next_step_due TEXT,
    created_at INTEGER,
    updated_at INTEGER,
    stage_entered_at INTEGER,
    deleted_at INTEGER,
    signed_on TEXT,
    agreement_summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX prospect_board ON prospect(stage, status, updated_at) WHERE deleted_at IS NULL;
CREATE INDEX prospect_owner ON prospect(owner, stage, status) WHERE deleted_at IS NULL;
CREATE INDEX prospect_industry ON prospect(industry) WHERE deleted_at IS NULL;
CREATE INDEX prospect_updated ON prospect(updated_at) WHERE deleted_at IS NULL;
CREATE INDEX prospect_name ON prospect(name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX prospect_next_due ON prospect(next_step_due) WHERE next_step_due IS NOT NULL;
CREATE INDEX prospect_trash ON prospect(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_prospect ON contact(prospect_id);

CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    occurred_at INTEGER,
    duration_minutes INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    stage_at_time INTEGER NOT NULL CHECK (stage_at_time BETWEEN 1 AND 4),
    attendees TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    shared TEXT NOT NULL DEFAULT '',
    learned TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    next_step_due TEXT,
    logged_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_prospect ON meeting(prospect_id, occurred_at DESC, id DESC);
CREATE INDEX meeting_recent ON meeting(occurred_at DESC, id DESC);
CREATE INDEX meeting_next_due ON meeting(next_step_due) WHERE next_step_due IS NOT NULL;

CREATE TABLE stage_change (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    at INTEGER,
    from_stage INTEGER NOT NULL,
    to_stage INTEGER NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    by TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    gate_override INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stage_change_prospect ON stage_change(prospect_id, at, id);
CREATE INDEX stage_change_at ON stage_change(at);

CREATE TABLE insight (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    shared_on TEXT
);
CREATE INDEX insight_prospect ON insight(prospect_id);
CREATE INDEX insight_meeting ON insight(meeting_id) WHERE meeting_id IS NOT NULL;

CREATE TABLE data_request (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    item TEXT NOT NULL DEFAULT '',
    requested_on TEXT,
    status TEXT NOT NULL,
    received_on TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX data_request_prospect ON data_request(prospect_id);

CREATE TABLE metric (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    value REAL NOT NULL DEFAULT 0,
    unit TEXT NOT NULL DEFAULT '',
    period TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL
);
CREATE INDEX metric_prospect ON metric(prospect_id);

CREATE TABLE opportunity (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    lift_kind TEXT NOT NULL,
    lift_value REAL NOT NULL DEFAULT 0,
    champion_contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    status TEXT NOT NULL
);
CREATE INDEX opportunity_prospect ON opportunity(prospect_id);
CREATE INDEX opportunity_champion ON opportunity(champion_contact_id)
    WHERE champion_contact_id IS NOT NULL;

CREATE TABLE negotiation (
    prospect_id INTEGER PRIMARY KEY REFERENCES prospect(id) ON DELETE CASCADE,
    our_batna TEXT NOT NULL DEFAULT '',
    their_batna TEXT NOT NULL DEFAULT '',
    their_interests TEXT NOT NULL DEFAULT '',
    our_interests TEXT NOT NULL DEFAULT '',
    objective_criteria TEXT NOT NULL DEFAULT '',
    stance INTEGER NOT NULL DEFAULT 3
);

CREATE TABLE negotiation_lever (
    prospect_id INTEGER NOT NULL REFERENCES negotiation(prospect_id) ON DELETE CASCADE,
    lever TEXT NOT NULL,
    position INTEGER NOT NULL,
    our_priority INTEGER NOT NULL DEFAULT 0,
    their_priority INTEGER NOT NULL DEFAULT 0,
    our_position TEXT NOT NULL DEFAULT '',
    their_position TEXT NOT NULL DEFAULT '',
    our_concession TEXT NOT NULL DEFAULT '',
    their_concession TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (prospect_id, lever)
);

CREATE TABLE tradable (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    side TEXT NOT NULL,
    item TEXT NOT NULL DEFAULT '',
    value_to_other TEXT NOT NULL DEFAULT '',
    cost_to_give TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tradable_prospect ON tradable(prospect_id);

CREATE TABLE gate_criterion (
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- never reuse an id: hand ticks refer to it
    stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 4),
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    rule TEXT NOT NULL
);
CREATE INDEX gate_criterion_stage ON gate_criterion(stage, position);

CREATE TABLE gate_check (
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES gate_criterion(id) ON DELETE CASCADE,
    checked INTEGER NOT NULL DEFAULT 1,
    evidence TEXT NOT NULL DEFAULT '',
    checked_at INTEGER,
    checked_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (prospect_id, criterion_id)
);
CREATE INDEX gate_check_criterion ON gate_check(criterion_id);

CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE prospect_tag (
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (prospect_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX prospect_tag_tag ON prospect_tag(tag_id, prospect_id);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- A regular (self-contained) FTS5 table: rowid = item id * 4 + kind.
CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
)sql";

constexpr const char* kSearchTableV2 = "CREATE VIRTUAL TABLE search_index USING fts5(title, body, "
                                       "tokenize = 'unicode61 remove_diacritics 2', prefix = '3')";

// Column texts of each kind of search item, shared by the triggers and the rebuild.
constexpr const char* kProspectBody = "{0}.industry || ' ' || {0}.segment";
constexpr const char* kContactBody = "{0}.title || ' ' || {0}.email";
constexpr const char* kMeetingBody =
    "{0}.notes || char(10) || {0}.shared || char(10) || {0}.learned || char(10) || {0}.attendees";

// Makes the search table anew as kSearchTableV2, with its triggers, and fills it.
void replaceSearchTable(Connection& db)
{
    dropSearchTriggers(db);
    db.exec("DROP TABLE search_index");
    db.exec(kSearchTableV2);
    createSearchTriggers(db);
    rebuildSearchIndex(db);
}

std::string expand(const char* pattern, const char* alias)
{
    std::string out = pattern;
    for (std::size_t at = out.find("{0}"); at != std::string::npos; at = out.find("{0}", at))
        out.replace(at, 3, alias);
    return out;
}

void applyV1(Connection& db)
{
    db.exec(kSchemaV1);
    createSearchTriggers(db);
    Statement insert = db.prepare(
        "INSERT INTO gate_criterion(id, stage, position, label, rule) VALUES (?, ?, ?, ?, ?)");
    for (const core::GateCriterion& c : core::defaultGateCriteria()) {
        insert.bindId(1, c.id)
            .bind(2, static_cast<int>(c.stage))
            .bind(3, c.position)
            .bind(4, c.label)
            .bind(5, core::gateRuleKey(c.rule));
        insert.run();
    }
}

// v2: indexes for the reference scale (100k prospects, docs/performance.md). Board totals
// read only a covering index (deleted_at is in it so that SQLite 3.40 sees the
// partial index as covering); a board column with "any status" is ordered by
// an index instead of sorting the whole stage.
//
// The search index gains a 3-character prefix index, so that what people type
// (the last word is a prefix) never makes FTS5 merge the doclists of every word
// with that prefix (~0.1–0.3 s at 1M notes); see SqliteSearchRepository::search.
void applyV2(Connection& db)
{
    db.exec(R"sql(
CREATE INDEX prospect_totals ON prospect(status, stage, value_minor, deleted_at)
    WHERE deleted_at IS NULL;
CREATE INDEX prospect_stage_updated ON prospect(stage, updated_at, value_minor, deleted_at)
    WHERE deleted_at IS NULL;
)sql");
    replaceSearchTable(db);
}

// v3: the review reads two streams ordered by
// prospect, each from one index alone: the prospects in scope with the fields
// its figures need, and the whole stage history with the fields of each change.
// The history index starts with the columns of the one it replaces. The
// prospects table (active, by name: what it shows first) pages through an index
// instead of sorting every active prospect.
void applyV3(Connection& db)
{
    db.exec(R"sql(
CREATE INDEX prospect_review ON prospect(id, owner, stage, status, value_minor, created_at,
    stage_entered_at, deleted_at) WHERE deleted_at IS NULL;
CREATE INDEX prospect_status_name ON prospect(status, name COLLATE NOCASE)
    WHERE deleted_at IS NULL;
DROP INDEX stage_change_prospect;
CREATE INDEX stage_change_history ON stage_change(prospect_id, at, id, from_stage, to_stage,
    from_status, to_status);
)sql");
}

// v4: money and search as people read them.
// - Minor units per ISO 4217: JPY and the other currencies without a minor unit
//   were stored in hundredths, those with three decimals (KWD, BHD, …) in
//   hundredths too; each value is rescaled to its currency's own minor unit.
// - The review's and the board totals' covering indexes gain the currency, which
//   every total now groups by (to convert it to the pipeline currency).
// - The search index is keyed by time (searchKeySql), so newest first is by when
//   a meeting took place or a prospect was created, not by row id.
void applyV4(Connection& db)
{
    db.exec(R"sql(
UPDATE prospect SET value_minor = (value_minor + 50) / 100
    WHERE currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF',
                       'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF') AND value_minor > 0;
UPDATE prospect SET value_minor = MIN(value_minor, 922337203685477580) * 10
    WHERE currency IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') AND value_minor > 0;
UPDATE prospect SET value_minor = MIN(value_minor, 92233720368547758) * 100
    WHERE currency IN ('CLF', 'UYW') AND value_minor > 0;
DROP INDEX prospect_review;
CREATE INDEX prospect_review ON prospect(id, owner, stage, status, value_minor, created_at,
    stage_entered_at, currency, deleted_at) WHERE deleted_at IS NULL;
DROP INDEX prospect_totals;
CREATE INDEX prospect_totals ON prospect(status, stage, currency, value_minor, deleted_at)
    WHERE deleted_at IS NULL;
)sql");
    replaceSearchTable(db);
}

// v5: ids are never handed out again. Without AUTOINCREMENT SQLite reuses the
// highest id after a delete, so undoing the delete (which puts the record back
// under its id) found a colleague's new record in its place. Each table is
// rebuilt with AUTOINCREMENT, rows, ids, indexes and search triggers as they
// were; the search index keys by id and time, so it stays as it is.
// The new tables refer to each other's new names while both exist (dropping a
// table with foreign keys on would clear the links to it), and renaming them
// renames those references too.
void applyV5(Connection& db)
{
    // Parents (referred to by others) first; they are dropped last.
    static const char* const tables[] = {"contact",      "meeting", "stage_change", "insight",
                                         "data_request", "metric",  "opportunity",  "tradable"};
    auto replace = [](std::string& sql, const std::string& from, const std::string& to,
                      bool required) {
        bool found = false;
        for (std::size_t at = sql.find(from); at != std::string::npos;
             at = sql.find(from, at + to.size())) {
            sql.replace(at, from.size(), to);
            found = true;
        }
        if (required && !found)
            throw core::StoreError(
                QStringLiteral("The database's tables are not as this version of Accord expects."));
    };
    dropSearchTriggers(db);
    std::vector<std::string> indexes;
    for (const char* table : tables) {
        const std::string name = table;
        Statement read = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND "
                                    "name = ?1");
        read.bind(1, QString::fromLatin1(table));
        if (!read.step())
            throw core::StoreError(
                QStringLiteral("The database's tables are not as this version of Accord expects."));
        std::string sql(read.utf8(0));
        read.reset();
        replace(sql, "CREATE TABLE " + name + " (", "CREATE TABLE " + name + "_v5 (", true);
        replace(sql, "id INTEGER PRIMARY KEY,", "id INTEGER PRIMARY KEY AUTOINCREMENT,", true);
        for (const char* parent : {"contact", "meeting"})
            replace(sql, std::string("REFERENCES ") + parent + "(id)",
                    std::string("REFERENCES ") + parent + "_v5(id)", false);
        db.exec(sql);
        std::string copy = "INSERT INTO " + name;
        copy += "_v5 SELECT * FROM " + name;
        db.exec(copy);
        Statement index = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND "
                                     "tbl_name = ?1 AND sql IS NOT NULL");
        index.bind(1, QString::fromLatin1(table));
        while (index.step())
            indexes.emplace_back(index.utf8(0));
        index.reset();
    }
    for (auto it = std::rbegin(tables); it != std::rend(tables); ++it)
        db.exec(std::string("DROP TABLE ") + *it);
    for (const char* table : tables)
        db.exec(std::string("ALTER TABLE ") + table + "_v5 RENAME TO " + table);
    for (const std::string& sql : indexes)
        db.exec(sql);
    createSearchTriggers(db);
}

// v6: the review reads no meetings. Each prospect keeps the time of its latest
// meeting, which triggers keep on every meeting insert, move, retime and delete
// (a store on another database keeps it the same way), and the review's covering
// index gains it. A migration that rebuilds the meeting table must create these
// triggers again.
void applyV6(Connection& db)
{
    db.exec(R"sql(
ALTER TABLE prospect ADD COLUMN last_meeting_at INTEGER;
UPDATE prospect SET last_meeting_at =
    (SELECT MAX(m.occurred_at) FROM meeting m WHERE m.prospect_id = prospect.id);
CREATE TRIGGER meeting_last_insert AFTER INSERT ON meeting BEGIN
    UPDATE prospect SET last_meeting_at = (SELECT MAX(m.occurred_at) FROM meeting m
        WHERE m.prospect_id = new.prospect_id) WHERE id = new.prospect_id; END;
CREATE TRIGGER meeting_last_delete AFTER DELETE ON meeting BEGIN
    UPDATE prospect SET last_meeting_at = (SELECT MAX(m.occurred_at) FROM meeting m
        WHERE m.prospect_id = old.prospect_id) WHERE id = old.prospect_id; END;
CREATE TRIGGER meeting_last_update AFTER UPDATE OF prospect_id, occurred_at ON meeting BEGIN
    UPDATE prospect SET last_meeting_at = (SELECT MAX(m.occurred_at) FROM meeting m
        WHERE m.prospect_id = prospect.id) WHERE id IN (old.prospect_id, new.prospect_id); END;
DROP INDEX prospect_review;
CREATE INDEX prospect_review ON prospect(id, owner, stage, status, value_minor, created_at,
    stage_entered_at, currency, last_meeting_at, deleted_at) WHERE deleted_at IS NULL;
)sql");
}

// v7: the review reads history from its range on. Entries at or after the
// range's start come from a covering index by time; before it, only stage moves
// matter (each stay's start), from a partial index of them.
void applyV7(Connection& db)
{
    db.exec(R"sql(
DROP INDEX stage_change_at;
CREATE INDEX stage_change_at ON stage_change(at, prospect_id, id, from_stage, to_stage,
    from_status, to_status);
CREATE INDEX stage_change_moves ON stage_change(at, prospect_id, id, from_stage, to_stage,
    from_status, to_status) WHERE from_stage != to_stage;
)sql");
}

} // namespace

const std::vector<MigrationStep>& migrations()
{
    static const std::vector<MigrationStep> steps{
        // clang-format off
        {1, applyV1},
        {2, applyV2},
        {3, applyV3},
        {4, applyV4},
        {5, applyV5},
        {6, applyV6},
        {7, applyV7},
        {8, applyCloseDates},
        {9, applyV9},
        {10, applyActivities},
        // clang-format on
    };
    return steps;
}

int latestVersion(const std::vector<MigrationStep>& steps)
{
    return steps.empty() ? 0 : steps.back().version;
}

int userVersion(Connection& db)
{
    return static_cast<int>(db.queryInt("PRAGMA user_version"));
}

void migrate(Connection& db, const QString& path, const std::vector<MigrationStep>& steps)
{
    const int to = latestVersion(steps);
    if (userVersion(db) >= to)
        return;
    // The write lock first, then the version: another process may have upgraded
    // the file meanwhile, and then there is nothing left to do.
    Transaction tx(db);
    const int from = userVersion(db);
    if (from >= to)
        return;
    if (from > 0) {
        // The file holds an older pipeline: keep a copy as it was before upgrading.
        const QString backup = QStringLiteral("%1.pre-v%2.bak").arg(path, QString::number(to));
        backupDatabaseFile(db, backup);
    }
    for (const MigrationStep& step : steps) {
        if (from < step.version)
            step.apply(db);
    }
    db.exec("PRAGMA user_version = " + std::to_string(to));
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    tx.commit();
}

// Minutes from 1900 to 9999 need 33 bits; the item (id * 4 + kind) gets the 30 below.
constexpr long long kMinuteOffset = 36816480; // minutes from 1900-01-01 to 1970-01-01
constexpr long long kLastMinute = 4223371679; // 9999-12-31 23:59 in minutes since 1970
constexpr long long kItemMask = (1LL << 30) - 1;

std::string searchKeySql(const std::string& time, const std::string& id, int kind)
{
    // SQLite gives << | & one precedence, left to right: every step is bracketed.
    const std::string minute = "(MIN(MAX(COALESCE(" + time + ", 0) / 60, -" +
                               std::to_string(kMinuteOffset) + "), " + std::to_string(kLastMinute) +
                               ") + " + std::to_string(kMinuteOffset) + ")";
    const std::string item =
        "(((" + id + ") * 4 + " + std::to_string(kind) + ") & " + std::to_string(kItemMask) + ")";
    return "((" + minute + " << 30) | " + item + ")";
}

std::string searchItemSql(const std::string& rowid)
{
    return "(" + rowid + " & " + std::to_string(kItemMask) + ")";
}

namespace {

std::string contactTime(const std::string& alias)
{
    return "(SELECT created_at FROM prospect WHERE id = " + alias + ".prospect_id)";
}

} // namespace

void createSearchTriggers(Connection& db)
{
    // Updates re-index only when an indexed column (or the item's time) is written.
    auto insertRow = [](const std::string& key, const std::string& title, const char* body,
                        const char* alias) {
        return "INSERT OR REPLACE INTO search_index(rowid, title, body) VALUES (" + key + ", " +
               alias + "." + title + ", " + expand(body, alias) + ");";
    };
    auto deleteRow = [](const std::string& key) {
        return "DELETE FROM search_index WHERE rowid = " + key + ";";
    };
    auto triggers = [](const std::string& table, const std::string& insertNew,
                       const std::string& deleteOld, const std::string& columns) {
        return "CREATE TRIGGER " + table + "_search_insert AFTER INSERT ON " + table + " BEGIN " +
               insertNew + " END;\n" + "CREATE TRIGGER " + table +
               "_search_delete AFTER DELETE ON " + table + " BEGIN " + deleteOld + " END;\n" +
               "CREATE TRIGGER " + table + "_search_update AFTER UPDATE OF " + columns + " ON " +
               table + " BEGIN " + deleteOld + insertNew + " END;\n";
    };
    std::string sql;
    sql += triggers("prospect",
                    insertRow(searchKeySql("new.created_at", "new.id", kFtsProspect), "name",
                              kProspectBody, "new"),
                    deleteRow(searchKeySql("old.created_at", "old.id", kFtsProspect)),
                    "id, name, industry, segment, created_at");
    sql += triggers("contact",
                    insertRow(searchKeySql(contactTime("new"), "new.id", kFtsContact), "name",
                              kContactBody, "new"),
                    deleteRow(searchKeySql(contactTime("old"), "old.id", kFtsContact)),
                    "id, name, title, email, prospect_id");
    sql += triggers("meeting",
                    insertRow(searchKeySql("new.occurred_at", "new.id", kFtsMeeting), "summary",
                              kMeetingBody, "new"),
                    deleteRow(searchKeySql("old.occurred_at", "old.id", kFtsMeeting)),
                    "id, summary, notes, shared, learned, attendees, occurred_at");
    // A contact's key holds its prospect's time: the prospect's triggers keep it right
    // (a purge deletes the contacts after the prospect row, when that time is gone).
    const std::string contactKeyOld = searchKeySql("old.created_at", "c.id", kFtsContact);
    const std::string contactKeyNew = searchKeySql("new.created_at", "c.id", kFtsContact);
    sql += "CREATE TRIGGER prospect_search_purge BEFORE DELETE ON prospect BEGIN "
           "DELETE FROM search_index WHERE rowid IN (SELECT " +
           contactKeyOld + " FROM contact c WHERE c.prospect_id = old.id); END;\n";
    sql += "CREATE TRIGGER prospect_search_rekey AFTER UPDATE OF created_at ON prospect "
           "WHEN old.created_at IS NOT new.created_at BEGIN "
           "DELETE FROM search_index WHERE rowid IN (SELECT " +
           contactKeyOld +
           " FROM contact c WHERE c.prospect_id = new.id); "
           "INSERT OR REPLACE INTO search_index(rowid, title, body) SELECT " +
           contactKeyNew + ", c.name, " + expand(kContactBody, "c") +
           " FROM contact c WHERE c.prospect_id = new.id; END;\n";
    db.exec(sql);
}

void dropSearchTriggers(Connection& db)
{
    std::string sql;
    for (const char* table : {"prospect", "contact", "meeting"})
        for (const char* what : {"insert", "delete", "update"})
            sql += std::string("DROP TRIGGER IF EXISTS ") + table + "_search_" + what + ";\n";
    sql += "DROP TRIGGER IF EXISTS prospect_search_purge;\n";
    sql += "DROP TRIGGER IF EXISTS prospect_search_rekey;\n";
    db.exec(sql);
}

void rebuildSearchIndex(Connection& db)
{
    // In key order: FTS5 flushes its pending terms whenever a rowid is not above the last.
    db.exec("DELETE FROM search_index");
    db.exec("INSERT INTO search_index(rowid, title, body) SELECT " +
            searchKeySql("p.created_at", "p.id", kFtsProspect) + ", p.name, " +
            expand(kProspectBody, "p") + " FROM prospect p ORDER BY 1");
    db.exec("INSERT INTO search_index(rowid, title, body) SELECT " +
            searchKeySql("p.created_at", "c.id", kFtsContact) + ", c.name, " +
            expand(kContactBody, "c") +
            " FROM contact c JOIN prospect p ON p.id = c.prospect_id ORDER BY 1");
    db.exec("INSERT INTO search_index(rowid, title, body) SELECT " +
            searchKeySql("m.occurred_at", "m.id", kFtsMeeting) + ", m.summary, " +
            expand(kMeetingBody, "m") + " FROM meeting m ORDER BY 1");
}

} // namespace accord::storage
