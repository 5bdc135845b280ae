#include "PgSchemaSql.h"

#include <utility>

// Who sees and changes what on a team server (schema step 2). Each user is a
// login role in the group role accord_member, which holds the privileges on
// the tables, and has a profile in accord_user (role and team). Row-level
// security on every table reads the profile:
// - rep: reads the prospects whose owner is in their team; changes only the
//   prospects they own and what hangs off them;
// - lead: reads and changes their team's prospects, gives them to anyone in
//   the team;
// - admin: everything; alone writes gate criteria and settings.
// The database's owner (who runs `server init`, pushes and restores) owns the
// tables and so passes row-level security (ENABLE, not FORCE); the triggers
// below leave their writes as they are.
//
// Reading stays fast for the board: the read policies are plain expressions in
// which the user's role and team are sub-selects, computed once per query. The
// write checks call functions, once per row written. An update or delete of a
// row the user can see but not change is refused by a trigger with a sentence
// (the policies alone would skip the row without a word).

namespace accord::storage::pg {

namespace {

// The profile table, the group role and the functions the policies and
// triggers call. The functions that read profiles and prospects run as the
// tables' owner, so that they see every row whoever calls them.
constexpr const char* kUsers = R"sql(
CREATE TABLE accord_user (
    login text PRIMARY KEY,
    name text NOT NULL DEFAULT '',
    role text NOT NULL CHECK (role IN ('rep', 'lead', 'admin')),
    team text NOT NULL CHECK (btrim(team) <> '')
);
CREATE INDEX accord_user_team ON accord_user(team, login);

-- Roles belong to the whole cluster: another Accord database on it may have made the group.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'accord_member') THEN
        CREATE ROLE accord_member NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END $$;

CREATE FUNCTION accord_role_of(p_login text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp AS $$
    SELECT role FROM accord_user WHERE login = p_login
$$;

CREATE FUNCTION accord_team_of(p_login text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp AS $$
    SELECT team FROM accord_user WHERE login = p_login
$$;

CREATE FUNCTION accord_is_user(p_login text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM accord_user WHERE login = p_login)
$$;

-- Whether p_login may change a prospect owned by p_owner.
CREATE FUNCTION accord_may_write(p_login text, p_owner text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp AS $$
    SELECT coalesce((SELECT CASE me.role
        WHEN 'admin' THEN true
        WHEN 'rep' THEN p_owner = me.login
        WHEN 'lead' THEN EXISTS (SELECT 1 FROM accord_user o
                                 WHERE o.login = p_owner AND o.team = me.team)
        ELSE false END
        FROM accord_user me WHERE me.login = p_login), false)
$$;

-- Whether p_login may change what hangs off prospect p_prospect.
CREATE FUNCTION accord_may_change(p_login text, p_prospect bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp AS $$
    SELECT coalesce((SELECT accord_may_write(p_login, owner) FROM prospect
                     WHERE id = p_prospect), false)
$$;

-- The owner of prospect p_prospect; NULL when there is no such prospect.
CREATE FUNCTION accord_owner_of(p_prospect bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp AS $$
    SELECT owner FROM prospect WHERE id = p_prospect
$$;

-- The sentence refusing p_login a change of a prospect owned by p_owner (NULL:
-- no such prospect). Names the owner only to who may read the prospect.
CREATE FUNCTION accord_refusal(p_login text, p_owner text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp AS $$
    SELECT CASE
        WHEN p_owner IS NULL THEN 'The prospect no longer exists.'
        WHEN p_owner = '' THEN 'This prospect has no owner; only an admin can change it.'
        WHEN accord_team_of(p_owner) IS DISTINCT FROM accord_team_of(p_login) THEN
            'This prospect belongs to another team; only they or an admin can change it.'
        ELSE format('This prospect belongs to %s; only they, a lead of their team or an admin '
                    'can change it.', p_owner) END
$$;

-- Whether no prospect (seen or not by the caller) carries the tag.
CREATE FUNCTION accord_tag_unused(p_tag bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @schema@, pg_temp AS $$
    SELECT NOT EXISTS (SELECT 1 FROM prospect_tag WHERE tag_id = p_tag)
$$;
)sql";

// Triggers on the writes of members (users with a profile). The owner's writes
// (restores, pushes) and the cascades the server runs as the owner keep what
// they write.
// - prospect: a new prospect without owner is the member's own; the owner must
//   be a user; a rep keeps what they add, a lead gives only within the team;
//   changing or deleting needs the right to change the prospect as it was.
// - what hangs off a prospect: the member must be allowed to change the
//   prospect it hangs off, before and after.
// - stage_change.by and meeting.logged_by: on insert, the member's login,
//   whatever was sent; an update keeps them.
constexpr const char* kMemberTriggers = R"sql(
CREATE FUNCTION accord_guard_prospect() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me constant text := current_user;
    my_role constant text := accord_role_of(current_user);
BEGIN
    IF my_role IS NULL THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP <> 'INSERT' AND NOT accord_may_write(me, OLD.owner) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = accord_refusal(me, OLD.owner);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' AND NEW.owner = '' THEN
        NEW.owner := me;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.owner IS DISTINCT FROM OLD.owner THEN
        IF NOT accord_is_user(NEW.owner) THEN
            RAISE EXCEPTION USING ERRCODE = 'raise_exception',
                MESSAGE = CASE WHEN NEW.owner = ''
                    THEN 'A prospect on a team server needs an owner who is one of its users.'
                    ELSE format('%s is not a user of this team server; a prospect''s owner '
                                'must be one.', NEW.owner) END;
        END IF;
        IF NOT accord_may_write(me, NEW.owner) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = CASE WHEN my_role = 'rep'
                    THEN 'Only a lead or an admin can give a prospect to someone else.'
                    ELSE format('%s is not in your team; a lead gives prospects only to '
                                'their own team.', NEW.owner) END;
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION accord_guard_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me constant text := current_user;
BEGIN
    IF accord_role_of(me) IS NULL THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP <> 'INSERT' AND NOT accord_may_change(me, OLD.prospect_id) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = accord_refusal(me, accord_owner_of(OLD.prospect_id));
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF NOT accord_may_change(me, NEW.prospect_id) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = accord_refusal(me, accord_owner_of(NEW.prospect_id));
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION accord_stamp_author() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF accord_role_of(current_user) IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'stage_change' THEN
        IF TG_OP = 'INSERT' THEN
            NEW.by := current_user;
        ELSE
            NEW.by := OLD.by;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        NEW.logged_by := current_user;
    ELSE
        NEW.logged_by := OLD.logged_by;
    END IF;
    RETURN NEW;
END $$;

-- Gate criteria and settings: only an admin changes them (TG_ARGV[0] says what
-- they are); any member may add the pipeline's id (see setting_pipeline_id).
CREATE FUNCTION accord_guard_admin() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    my_role constant text := accord_role_of(current_user);
BEGIN
    IF my_role IS NULL OR my_role = 'admin' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_TABLE_NAME = 'setting' AND TG_OP = 'INSERT' THEN
        IF NEW.key = 'pipeline/id' THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
        MESSAGE = format('Only an admin can change the %s.', TG_ARGV[0]);
END $$;

CREATE TRIGGER prospect_guard BEFORE INSERT OR UPDATE OR DELETE ON prospect
    FOR EACH ROW WHEN (current_user <> @owner@) EXECUTE FUNCTION accord_guard_prospect();
CREATE TRIGGER stage_change_by BEFORE INSERT OR UPDATE ON stage_change
    FOR EACH ROW WHEN (current_user <> @owner@) EXECUTE FUNCTION accord_stamp_author();
CREATE TRIGGER meeting_logged_by BEFORE INSERT OR UPDATE ON meeting
    FOR EACH ROW WHEN (current_user <> @owner@) EXECUTE FUNCTION accord_stamp_author();
)sql";

// Live updates: after each row written, `{table, prospect_id}` on the channel
// accord_changes (prospect_id null for the pipeline-wide tables; a row moved
// to another prospect tells both). The server sends a transaction's
// notifications on commit, each distinct one once. A bulk load sets the
// session setting accord.bulk to 'on' and tells the clients itself; the
// triggers' WHEN then skips the call.
constexpr const char* kNotify = R"sql(
CREATE FUNCTION accord_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    now_id bigint;
    old_id bigint;
BEGIN
    IF TG_ARGV[0] = 'id' THEN
        IF TG_OP <> 'DELETE' THEN now_id := NEW.id; END IF;
        IF TG_OP <> 'INSERT' THEN old_id := OLD.id; END IF;
    ELSIF TG_ARGV[0] = 'prospect_id' THEN
        IF TG_OP <> 'DELETE' THEN now_id := NEW.prospect_id; END IF;
        IF TG_OP <> 'INSERT' THEN old_id := OLD.prospect_id; END IF;
    END IF;
    PERFORM pg_notify('accord_changes', json_build_object(
        'table', TG_TABLE_NAME, 'prospect_id', coalesce(now_id, old_id))::text);
    IF now_id IS NOT NULL AND old_id IS NOT NULL AND now_id <> old_id THEN
        PERFORM pg_notify('accord_changes', json_build_object(
            'table', TG_TABLE_NAME, 'prospect_id', old_id)::text);
    END IF;
    RETURN NULL;
END $$;
)sql";

// The tables whose rows hang off one prospect (column prospect_id).
const std::vector<std::string>& childTables()
{
    static const std::vector<std::string> tables{"contact",     "meeting",      "stage_change",
                                                 "insight",     "data_request", "metric",
                                                 "opportunity", "negotiation",  "negotiation_lever",
                                                 "tradable",    "gate_check",   "prospect_tag"};
    return tables;
}

// Pipeline-wide tables every member reads and only admins write, with what
// the refusal calls them.
const std::vector<std::pair<std::string, std::string>>& adminTables()
{
    static const std::vector<std::pair<std::string, std::string>> tables{
        {"gate_criterion", "gate criteria"}, {"setting", "pipeline settings"}};
    return tables;
}

// The guards concern members only: the owner's writes skip them without a
// call (a bulk load of a million rows).
const std::string kMembersOnly = "WHEN (current_user <> @owner@)";

const std::string kMyRole = "(SELECT accord_role_of(current_user))";
const std::string kMyTeam = "(SELECT accord_team_of(current_user))";
const std::string kAdmin = "(" + kMyRole + " = 'admin')";

// Whether the user reads a prospect owned by `owner` (an expression).
std::string mayRead(const std::string& owner)
{
    return "(" + kAdmin + " OR " + owner +
           " IN (SELECT u.login FROM accord_user u WHERE u.team = " + kMyTeam + "))";
}

std::string policy(const std::string& table, const char* what, const std::string& usingExpr,
                   const std::string& checkExpr)
{
    std::string sql = "CREATE POLICY " + table + "_" + what + " ON " + table + " FOR " + what +
                      " TO accord_member";
    if (!usingExpr.empty())
        sql += " USING (" + usingExpr + ")";
    if (!checkExpr.empty())
        sql += " WITH CHECK (" + checkExpr + ")";
    return sql + ";\n";
}

// Row-level security on `table`: rows the user reads (`read`), may write
// (`write`: the new rows of inserts and updates), and of those they read, may
// update or delete (`change`). The triggers refuse with a sentence what
// `change` lets through but the user may not change.
std::string securityOf(const std::string& table, const std::string& read, const std::string& write,
                       const std::string& change)
{
    std::string sql = "ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY;\n";
    sql += policy(table, "select", read, {});
    sql += policy(table, "insert", {}, write);
    sql += policy(table, "update", change, write);
    sql += policy(table, "delete", change, {});
    sql += "GRANT SELECT, INSERT, UPDATE, DELETE ON " + table + " TO accord_member;\n";
    return sql;
}

std::string notifyTrigger(const std::string& table, const char* prospectColumn)
{
    return "CREATE TRIGGER " + table + "_notify AFTER INSERT OR UPDATE OR DELETE ON " + table +
           " FOR EACH ROW WHEN (current_setting('accord.bulk', true) IS DISTINCT FROM 'on') "
           "EXECUTE FUNCTION accord_notify('" +
           prospectColumn + "');\n";
}

// A table every member reads and only admins change; `what` names it in the refusal.
std::string adminTableSql(const std::string& table, const std::string& what)
{
    std::string sql = "CREATE TRIGGER " + table + "_guard BEFORE INSERT OR UPDATE OR DELETE ON " +
                      table + " FOR EACH ROW " + kMembersOnly +
                      " EXECUTE FUNCTION accord_guard_admin('" + what + "');\n";
    sql += notifyTrigger(table, "");
    sql += securityOf(table, "true", kAdmin, "true");
    return sql;
}

} // namespace

std::string pgChildTableSql(const std::string& table, const PgSchemaNames& names)
{
    // A row can be seen when its prospect can (the prospect's policies apply
    // inside the sub-select); changed when its prospect can be changed.
    const std::string read =
        "EXISTS (SELECT 1 FROM prospect p WHERE p.id = " + table + ".prospect_id)";
    const std::string write = "accord_may_change(current_user, prospect_id)";
    std::string sql = "CREATE TRIGGER " + table + "_guard BEFORE INSERT OR UPDATE OR DELETE ON " +
                      table + " FOR EACH ROW " + kMembersOnly +
                      " EXECUTE FUNCTION accord_guard_child();\n";
    sql += notifyTrigger(table, "prospect_id");
    sql += securityOf(table, read, write, read);
    return withNames(sql, names);
}

std::string pgSecuritySql(const PgSchemaNames& names)
{
    std::string sql = kUsers;
    sql += kMemberTriggers;
    sql += kNotify;
    for (const std::string& table : childTables())
        sql += pgChildTableSql(table, names);

    sql += notifyTrigger("prospect", "id");
    sql += securityOf("prospect", mayRead("owner"), "accord_may_write(current_user, owner)",
                      mayRead("owner"));

    for (const auto& [table, what] : adminTables())
        sql += adminTableSql(table, what);
    // The pipeline's id (the name daily copies go by) is written once, by
    // whoever opens the pipeline first when `server init` did not: every member
    // may add that one key, and only while it is missing (no update).
    sql += "CREATE POLICY setting_pipeline_id ON setting FOR INSERT TO accord_member "
           "WITH CHECK (key = 'pipeline/id');\n";

    // Tags are one list for the pipeline: every member reads it and adds to it
    // (a tag of another team's prospect is a name, nothing more). A member
    // removes only a tag no prospect carries, seen or not, since removing a tag
    // removes it from every prospect.
    sql += notifyTrigger("tag", "");
    sql += "ALTER TABLE tag ENABLE ROW LEVEL SECURITY;\n";
    sql += policy("tag", "select", "true", {});
    sql += policy("tag", "insert", {}, "true");
    sql += policy("tag", "update", kAdmin, kAdmin);
    sql += policy("tag", "delete", "(" + kAdmin + " OR accord_tag_unused(id))", {});
    sql += "GRANT SELECT, INSERT, UPDATE, DELETE ON tag TO accord_member;\n";

    // The profiles: every member reads them (owners are chosen from them);
    // only the owner writes them (server add-user, set-user).
    sql += notifyTrigger("accord_user", "");
    sql += "ALTER TABLE accord_user ENABLE ROW LEVEL SECURITY;\n";
    sql += policy("accord_user", "select", "true", {});
    sql += "GRANT SELECT ON accord_user TO accord_member;\n";
    sql += "ALTER TABLE accord_schema ENABLE ROW LEVEL SECURITY;\n";
    sql += policy("accord_schema", "select", "true", {});
    sql += "GRANT SELECT ON accord_schema TO accord_member;\n";

    sql += "GRANT USAGE ON SCHEMA @schema@ TO accord_member;\n";
    for (const std::string& table : pgIdTables())
        sql += "GRANT USAGE, SELECT, UPDATE ON SEQUENCE " + table + "_id_seq TO accord_member;\n";
    for (const char* function :
         {"accord_role_of(text)", "accord_team_of(text)", "accord_is_user(text)",
          "accord_may_write(text, text)", "accord_may_change(text, bigint)",
          "accord_owner_of(bigint)", "accord_refusal(text, text)", "accord_tag_unused(bigint)"}) {
        sql += std::string("REVOKE ALL ON FUNCTION ") + function + " FROM PUBLIC;\n";
        sql += std::string("GRANT EXECUTE ON FUNCTION ") + function + " TO accord_member;\n";
    }
    return withNames(sql, names);
}

} // namespace accord::storage::pg
