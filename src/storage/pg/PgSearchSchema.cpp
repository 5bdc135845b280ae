#include "PgSearchSchema.h"

#include "Pg.h"

namespace accord::storage::pg {

namespace {

// Combining marks Unicode decomposition leaves behind (Latin, Greek, Cyrillic,
// Hebrew and Arabic accents and points), taken off as the file's index does.
constexpr const char* kMarks = "'[\\u0300-\\u036f\\u0483-\\u0489\\u0591-\\u05bd\\u05bf\\u05c1"
                               "\\u05c2\\u05c4\\u05c5\\u05c7\\u0610-\\u061a\\u064b-\\u065f\\u0670"
                               "\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]'";

std::string quotedIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return (u'"' + quoted + u'"').toStdString();
}

std::string quotedLiteral(const std::string& text)
{
    std::string out = "'";
    for (char c : text) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    return out + "'";
}

/// The schema `unaccent` is installed in: created when the server has it and the
/// owner may; empty when it cannot be had.
QString unaccentSchema(Connection& db)
{
    static const char* const find =
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'unaccent'";
    QString schema = db.queryText(find);
    if (!schema.isEmpty() ||
        db.queryInt("SELECT count(*) FROM pg_available_extensions WHERE name = 'unaccent'") == 0)
        return schema;
    try {
        Transaction tx(db);
        db.exec("CREATE EXTENSION IF NOT EXISTS unaccent");
        tx.commit();
    } catch (const core::StoreError&) {
        // Refused (not a trusted extension here, or no right to create it): the
        // search folds without it.
        return {};
    }
    return db.queryText(find);
}

/// The body of accord_search_fold(t): diacritics off, case folded, every run of
/// what is neither letter nor digit one space — the words of the file's index.
std::string foldSql(Connection& db)
{
    std::string text = "t";
    const QString unaccent = unaccentSchema(db);
    if (!unaccent.isEmpty()) {
        const std::string schema = quotedIdentifier(unaccent);
        text = schema + ".unaccent(" + quotedLiteral(schema + ".unaccent") + "::regdictionary, " +
               text + ")";
    }
    if (db.queryText("SELECT current_setting('server_encoding')") == QStringLiteral("UTF8"))
        text = "regexp_replace(normalize(" + text + ", NFD), " + kMarks + ", '', 'g')";
    // Letters and their case by Unicode, whatever the database's locale says.
    if (db.queryInt("SELECT count(*) FROM pg_collation WHERE collname = 'und-x-icu'") > 0)
        text += " COLLATE \"und-x-icu\"";
    return "btrim(regexp_replace(lower(" + text + "), '[^[:alnum:]]+', ' ', 'g'))";
}

} // namespace

namespace {

/// "alias." (nothing without an alias).
std::string prefix(const std::string& alias)
{
    return alias.empty() ? alias : alias + '.';
}

} // namespace

std::string prospectSearchTitle(const std::string& alias)
{
    return prefix(alias) + "name";
}

std::string prospectSearchBody(const std::string& alias)
{
    const std::string a = prefix(alias);
    return a + "industry || ' ' || " + a + "segment";
}

std::string contactSearchTitle(const std::string& alias)
{
    return prefix(alias) + "name";
}

std::string contactSearchBody(const std::string& alias)
{
    const std::string a = prefix(alias);
    return a + "title || ' ' || " + a + "email";
}

std::string meetingSearchTitle(const std::string& alias)
{
    return prefix(alias) + "summary";
}

std::string meetingSearchBody(const std::string& alias)
{
    const std::string a = prefix(alias);
    return a + "notes || E'\\n' || " + a + "shared || E'\\n' || " + a + "learned || E'\\n' || " +
           a + "attendees";
}

namespace {

// The matches of each kind, newest first, prospects in the trash left out. A
// page of prospects or meetings is first looked for among the newest rows (a
// thousand prospects, three thousand meetings), where a word found often fills
// it at once: gathering all its matches from the index would take far longer.
// Otherwise the index of words gives the matches of a query found in few rows
// (at most 5,000), which are then ordered; a query found in more is read
// newest first until a page is full. Which of the two is counted each time (the
// planner's guess for a prefix can be far off), and each statement is planned
// with its own values.
constexpr const char* kSearchFunctions = R"sql(
CREATE OR REPLACE FUNCTION accord_search_hits(q tsquery, lim bigint)
    RETURNS TABLE(hit_kind integer, hit_item bigint, hit_prospect bigint, hit_key bigint)
    LANGUAGE plpgsql STABLE
    SET plan_cache_mode = force_custom_plan
    SET enable_seqscan = off SET enable_indexscan = off SET enable_bitmapscan = on
AS $body$
DECLARE
    budget constant bigint := 5000;
    newest constant bigint := 3000;
    ids bigint[];
    pids bigint[];
    keys bigint[];
    n bigint := 0;
BEGIN
    IF lim IS NOT NULL THEN
        PERFORM set_config('enable_indexscan', 'on', true);
        PERFORM set_config('enable_bitmapscan', 'off', true);
        SELECT array_agg(f.id), array_agg(f.key), count(*) INTO ids, keys, n
            FROM (SELECT r.id, r.key FROM (
                      SELECT p.id, accord_search_key(p.created_at, p.id, 1) AS key, p.search_vector
                      FROM prospect p WHERE p.deleted_at IS NULL
                      ORDER BY accord_search_key(p.created_at, p.id, 1) DESC LIMIT newest / 3) r
                  WHERE r.search_vector @@ q LIMIT lim) f;
        PERFORM set_config('enable_indexscan', 'off', true);
        PERFORM set_config('enable_bitmapscan', 'on', true);
    END IF;
    IF lim IS NULL OR n < lim THEN
        SELECT array_agg(f.id), array_agg(accord_search_key(f.created_at, f.id, 1)), count(*)
            INTO ids, keys, n
            FROM (SELECT p.id, p.created_at FROM prospect p
                  WHERE p.search_vector @@ q AND p.deleted_at IS NULL LIMIT budget) f;
    END IF;
    IF n < budget THEN
        RETURN QUERY SELECT 1, u.id, u.id, u.key FROM unnest(ids, keys) AS u(id, key)
            ORDER BY u.key DESC LIMIT lim;
    ELSE
        PERFORM set_config('enable_indexscan', 'on', true);
        PERFORM set_config('enable_bitmapscan', 'off', true);
        RETURN QUERY SELECT 1, p.id, p.id, accord_search_key(p.created_at, p.id, 1) FROM prospect p
            WHERE p.search_vector @@ q AND p.deleted_at IS NULL ORDER BY 4 DESC LIMIT lim;
        PERFORM set_config('enable_indexscan', 'off', true);
        PERFORM set_config('enable_bitmapscan', 'on', true);
    END IF;

    SELECT array_agg(f.id), array_agg(f.prospect_id), count(*) INTO ids, pids, n
        FROM (SELECT c.id, c.prospect_id FROM contact c WHERE c.search_vector @@ q LIMIT budget) f;
    IF n < budget THEN
        RETURN QUERY SELECT 2, u.id, u.pid, accord_search_key(p.created_at, u.id, 2)
            FROM unnest(ids, pids) AS u(id, pid) JOIN prospect p ON p.id = u.pid
            WHERE p.deleted_at IS NULL ORDER BY 4 DESC LIMIT lim;
    ELSE
        -- By their prospects, newest first; then every match of the last minute
        -- reached, where contacts order by their own id.
        PERFORM set_config('enable_indexscan', 'on', true);
        PERFORM set_config('enable_bitmapscan', 'off', true);
        RETURN QUERY WITH top AS MATERIALIZED (
                SELECT c.id, c.prospect_id, accord_search_key(p.created_at, c.id, 2) AS key,
                       accord_search_key(p.created_at, 0, 0) AS minute
                FROM prospect p JOIN contact c ON c.prospect_id = p.id
                WHERE p.deleted_at IS NULL AND c.search_vector @@ q
                ORDER BY accord_search_key(p.created_at, p.id, 1) DESC LIMIT lim)
            SELECT 2, t.id, t.prospect_id, t.key FROM top t
            UNION
            SELECT 2, c.id, c.prospect_id, accord_search_key(p.created_at, c.id, 2)
            FROM prospect p JOIN contact c ON c.prospect_id = p.id
            WHERE p.deleted_at IS NULL AND c.search_vector @@ q
              AND accord_search_key(p.created_at, p.id, 1) BETWEEN (SELECT min(minute) FROM top)
                  AND (SELECT min(minute) FROM top) + 1073741823;
        PERFORM set_config('enable_indexscan', 'off', true);
        PERFORM set_config('enable_bitmapscan', 'on', true);
    END IF;

    n := 0;
    IF lim IS NOT NULL THEN
        PERFORM set_config('enable_indexscan', 'on', true);
        PERFORM set_config('enable_bitmapscan', 'off', true);
        SELECT array_agg(f.id), array_agg(f.prospect_id), array_agg(f.key), count(*)
            INTO ids, pids, keys, n
            FROM (SELECT r.id, r.prospect_id, r.key FROM (
                      SELECT m.id, m.prospect_id, accord_search_key(m.occurred_at, m.id, 3) AS key,
                             m.search_vector
                      FROM meeting m
                      ORDER BY accord_search_key(m.occurred_at, m.id, 3) DESC LIMIT newest) r
                  WHERE r.search_vector @@ q AND NOT EXISTS (SELECT 1 FROM prospect p
                        WHERE p.id = r.prospect_id AND p.deleted_at IS NOT NULL)
                  LIMIT lim) f;
        PERFORM set_config('enable_indexscan', 'off', true);
        PERFORM set_config('enable_bitmapscan', 'on', true);
    END IF;
    IF n >= lim THEN
        RETURN QUERY SELECT 3, u.id, u.pid, u.key FROM unnest(ids, pids, keys) AS u(id, pid, key);
        RETURN;
    END IF;
    SELECT array_agg(f.id), array_agg(f.prospect_id),
           array_agg(accord_search_key(f.occurred_at, f.id, 3)), count(*) INTO ids, pids, keys, n
        FROM (SELECT m.id, m.prospect_id, m.occurred_at FROM meeting m
              WHERE m.search_vector @@ q LIMIT budget) f;
    IF n < budget THEN
        RETURN QUERY SELECT 3, u.id, u.pid, u.key FROM unnest(ids, pids, keys) AS u(id, pid, key)
            WHERE NOT EXISTS (SELECT 1 FROM prospect p
                              WHERE p.id = u.pid AND p.deleted_at IS NOT NULL)
            ORDER BY u.key DESC LIMIT lim;
    ELSE
        PERFORM set_config('enable_indexscan', 'on', true);
        PERFORM set_config('enable_bitmapscan', 'off', true);
        RETURN QUERY SELECT 3, m.id, m.prospect_id, accord_search_key(m.occurred_at, m.id, 3)
            FROM meeting m JOIN prospect p ON p.id = m.prospect_id
            WHERE m.search_vector @@ q AND p.deleted_at IS NULL ORDER BY 4 DESC LIMIT lim;
    END IF;
END
$body$;

CREATE OR REPLACE FUNCTION accord_search_count(q tsquery, cap bigint) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM (
        (SELECT 1 FROM prospect p WHERE p.search_vector @@ q AND p.deleted_at IS NULL)
        UNION ALL
        (SELECT 1 FROM contact c JOIN prospect p ON p.id = c.prospect_id
         WHERE c.search_vector @@ q AND p.deleted_at IS NULL)
        UNION ALL
        (SELECT 1 FROM meeting m WHERE m.search_vector @@ q AND NOT EXISTS (SELECT 1
         FROM prospect p WHERE p.id = m.prospect_id AND p.deleted_at IS NOT NULL))
        LIMIT cap) AS s;
END;
)sql";

/// The stored words of a table's rows, from its title and body, with their index.
std::string searchColumn(const char* table, const std::string& title, const std::string& body)
{
    return std::string("ALTER TABLE ") + table +
           " ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (accord_search_vector(" + title +
           ", " + body + ")) STORED;\nCREATE INDEX " + table + "_search ON " + table +
           " USING gin (search_vector);\n";
}

} // namespace

void createSearchSchema(Connection& db)
{
    std::string sql = "CREATE FUNCTION accord_search_fold(t text) RETURNS text\n"
                      "    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE\n"
                      "    RETURN " +
                      foldSql(db) + ";\n";
    // The title and the body as one document of the `simple` configuration (no stop
    // words, no stemming: words are matched as given).
    sql += R"sql(
CREATE FUNCTION accord_search_vector(title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN to_tsvector('pg_catalog.simple'::regconfig,
                       accord_search_fold(title) || ' ' || accord_search_fold(body));

-- Newest first, as the file's index keys its rows: the item's minute, then
-- id * 4 + kind (1 prospect, 2 contact, 3 meeting).
CREATE FUNCTION accord_search_key(t bigint, id bigint, kind integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ((LEAST(GREATEST(COALESCE(t, 0) / 60, -36816480), 4223371679) + 36816480) << 30)
           | ((id * 4 + kind) & 1073741823);

-- What people typed, one array element a word: every word's words as a phrase,
-- all of them required, the last word of the last one also as a prefix.
CREATE FUNCTION accord_search_query(words text[], prefix boolean) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT string_agg('(' || (
        SELECT string_agg('''' || t.token || '''' ||
                   CASE WHEN prefix AND w.n = cardinality(words)
                             AND t.k = cardinality(w.tokens) THEN ':*' ELSE '' END,
                   ' <-> ' ORDER BY t.k)
        FROM unnest(w.tokens) WITH ORDINALITY AS t(token, k)) || ')', ' & ' ORDER BY w.n)::tsquery
    FROM (SELECT u.n, string_to_array(accord_search_fold(u.word), ' ') AS tokens
          FROM unnest(words) WITH ORDINALITY AS u(word, n)) AS w
    WHERE w.tokens <> '{}' AND w.tokens <> '{""}';
END;
)sql";
    sql += searchColumn("prospect", prospectSearchTitle({}), prospectSearchBody({}));
    sql += searchColumn("contact", contactSearchTitle({}), contactSearchBody({}));
    sql += searchColumn("meeting", meetingSearchTitle({}), meetingSearchBody({}));
    sql += "CREATE INDEX prospect_search_order ON prospect (accord_search_key(created_at, id, 1))"
           " WHERE deleted_at IS NULL;\n"
           "CREATE INDEX meeting_search_order ON meeting "
           "(accord_search_key(occurred_at, id, 3));\n";
    // The meeting lists, newest first with a meeting without a time last, as a file
    // orders them.
    sql += "CREATE INDEX meeting_newest ON meeting (occurred_at DESC NULLS LAST, id DESC);\n"
           "CREATE INDEX meeting_prospect_newest ON meeting "
           "(prospect_id, occurred_at DESC NULLS LAST, id DESC);\n";
    sql += kSearchFunctions;
    db.exec(sql);
}

void replaceSearchFunctions(Connection& db)
{
    db.exec(kSearchFunctions);
}

} // namespace accord::storage::pg
