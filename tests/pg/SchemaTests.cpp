// The team server's schema (`server init`) and its users (`server add-user`,
// `users`, `set-user`).

#include "PgPolicyFixture.h"

#include "core/Gate.h"
#include "storage/pg/PgSchema.h"

using namespace accord;
using namespace accord::test;
using storage::pg::Connection;
using storage::pg::TeamUser;

namespace {

// Empties the database's schema, as a database nobody ran `server init` on.
void emptySchema(Connection& c)
{
    c.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
}

} // namespace

TEST_CASE("server init makes every step once and the version table says current", "[pg]")
{
    PgFixture f;
    Connection& c = *f.owner;
    const int current = storage::pg::currentSchemaVersion();
    REQUIRE(current == storage::pg::pgMigrations().back().version);
    CHECK(storage::pg::schemaVersion(c) == current);

    emptySchema(c);
    CHECK(storage::pg::schemaVersion(c) == 0);
    REQUIRE_THROWS_WITH(storage::pg::checkSchema(c),
                        Catch::Contains("holds no Accord pipeline") &&
                            Catch::Contains("server init` as the database's owner"));

    CHECK(storage::pg::initSchema(c) == current);
    const QStringList applied = column(c, "SELECT applied_at::text FROM accord_schema ORDER BY 1");
    CHECK(applied.size() == static_cast<int>(storage::pg::pgMigrations().size()));
    CHECK(storage::pg::initSchema(c) == current);
    CHECK(column(c, "SELECT applied_at::text FROM accord_schema ORDER BY 1") == applied);
    CHECK_NOTHROW(storage::pg::checkSchema(c));

    // What the first step puts in: the default gate criteria with their ids, and the pipeline's id.
    const auto defaults = core::defaultGateCriteria();
    CHECK(c.queryInt("SELECT count(*) FROM gate_criterion") ==
          static_cast<qint64>(defaults.size()));
    CHECK(c.queryInt("SELECT max(id) FROM gate_criterion") == defaults.back().id);
    CHECK(c.queryText("SELECT value FROM setting WHERE key = 'pipeline/id'").size() == 12);
}

TEST_CASE("a schema from an older Accord asks for server init, a newer one refuses", "[pg]")
{
    PgFixture f;
    Connection& c = *f.owner;
    const int current = storage::pg::currentSchemaVersion();
    c.exec("DELETE FROM accord_schema WHERE version = " + std::to_string(current));
    REQUIRE_THROWS_WITH(storage::pg::checkSchema(c),
                        Catch::Contains("from an older Accord") && Catch::Contains("server init"));

    c.exec("INSERT INTO accord_schema(version) VALUES (" + std::to_string(current) + "), (" +
           std::to_string(current + 1) + ")");
    REQUIRE_THROWS_WITH(storage::pg::checkSchema(c),
                        Catch::Contains("this Accord") && Catch::Contains("is too old"));
    REQUIRE_THROWS_WITH(storage::pg::initSchema(c), Catch::Contains("is too old"));
}

TEST_CASE("only the database's owner sets up the schema", "[pg]")
{
    PgFixture f;
    const QString dana =
        f.addUser(QStringLiteral("dana"), QStringLiteral("rep"), QStringLiteral("north"));
    auto rep = f.as(dana);
    // Up to date: nothing to do, for anyone.
    CHECK(storage::pg::initSchema(*rep) == storage::pg::currentSchemaVersion());
    emptySchema(*f.owner);
    REQUIRE_THROWS_WITH(storage::pg::initSchema(*rep),
                        Catch::Contains("Only the database's owner"));
    CHECK(storage::pg::schemaVersion(*f.owner) == 0);
}

TEST_CASE("users are added, listed and changed, and their roles log in without privileges", "[pg]")
{
    PgFixture f;
    Connection& c = *f.owner;
    const QString dana = f.db.login(QStringLiteral("dana"));
    const QString lee = f.db.login(QStringLiteral("lee"));
    storage::pg::addUser(c, TeamUser{dana, QStringLiteral(" Dana Whitfield "),
                                     QStringLiteral("rep"), QStringLiteral(" north ")});
    storage::pg::addUser(c,
                         TeamUser{lee, QString(), QStringLiteral("lead"), QStringLiteral("north")});

    const std::vector<TeamUser> expected{
        {dana, QStringLiteral("Dana Whitfield"), QStringLiteral("rep"), QStringLiteral("north")},
        {lee, QString(), QStringLiteral("lead"), QStringLiteral("north")}};
    CHECK(storage::pg::users(c) == expected);
    CHECK_FALSE(storage::pg::currentProfile(c).has_value());

    auto asDana = f.as(dana);
    CHECK(asDana->currentUser() == dana);
    REQUIRE(storage::pg::currentProfile(*asDana).has_value());
    CHECK(*storage::pg::currentProfile(*asDana) == expected.front());
    CHECK(storage::pg::users(*asDana) == expected); // members read the profiles
    CHECK(asDana->queryInt("SELECT (rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls)::int "
                           "FROM pg_roles WHERE rolname = current_user") == 0);
    CHECK(asDana->queryInt("SELECT pg_has_role(current_user, 'accord_member', 'MEMBER')::int") ==
          1);

    storage::pg::setUser(c, dana, QStringLiteral("lead"), QStringLiteral("south"),
                         QStringLiteral("Dana W."));
    storage::pg::setUser(c, lee, std::nullopt, QStringLiteral("south"));
    const std::vector<TeamUser> changed{
        {dana, QStringLiteral("Dana W."), QStringLiteral("lead"), QStringLiteral("south")},
        {lee, QString(), QStringLiteral("lead"), QStringLiteral("south")}};
    CHECK(storage::pg::users(c) == changed);

    // A member may not change profiles, not even their own.
    REQUIRE_THROWS_AS(storage::pg::setUser(*asDana, dana, QStringLiteral("admin"), std::nullopt),
                      core::StoreError);
    CHECK(storage::pg::users(c) == changed);
}

TEST_CASE("bad user input is refused with a sentence and adds nothing", "[pg]")
{
    PgFixture f;
    Connection& c = *f.owner;
    const QString dana = f.db.login(QStringLiteral("dana"));
    auto add = [&](const QString& login, const QString& role, const QString& team) {
        storage::pg::addUser(c, TeamUser{login, QString(), role, team});
    };
    REQUIRE_THROWS_WITH(add(QStringLiteral("Dana"), QStringLiteral("rep"), QStringLiteral("n")),
                        Catch::Contains("lower-case letters"));
    REQUIRE_THROWS_WITH(add(QStringLiteral("9lives"), QStringLiteral("rep"), QStringLiteral("n")),
                        Catch::Contains("not starting with a digit"));
    REQUIRE_THROWS_WITH(add(QStringLiteral("x\"; DROP TABLE prospect; --"), QStringLiteral("rep"),
                            QStringLiteral("n")),
                        Catch::Contains("lower-case letters"));
    REQUIRE_THROWS_WITH(add(QStringLiteral("pg_dana"), QStringLiteral("rep"), QStringLiteral("n")),
                        Catch::Contains("keeps for itself"));
    REQUIRE_THROWS_AS(add(dana, QStringLiteral("boss"), QStringLiteral("north")),
                      core::ValidationError);
    REQUIRE_THROWS_WITH(add(dana, QStringLiteral("boss"), QStringLiteral("north")),
                        Catch::Contains("rep, lead or admin"));
    REQUIRE_THROWS_WITH(add(dana, QStringLiteral("rep"), QStringLiteral("   ")),
                        Catch::Contains("team"));
    CHECK(storage::pg::users(c).empty());
    CHECK(c.queryInt("SELECT count(*) FROM pg_roles WHERE rolname = '" + dana.toStdString() +
                     "'") == 0);

    add(dana, QStringLiteral("rep"), QStringLiteral("north"));
    REQUIRE_THROWS_WITH(add(dana, QStringLiteral("lead"), QStringLiteral("south")),
                        Catch::Contains("already has a role named"));
    REQUIRE_THROWS_WITH(storage::pg::setUser(c, dana, QStringLiteral("chief"), std::nullopt),
                        Catch::Contains("rep, lead or admin"));
    REQUIRE_THROWS_WITH(storage::pg::setUser(c, f.db.login(QStringLiteral("nobody")),
                                             QStringLiteral("rep"), std::nullopt),
                        Catch::Contains("no Accord user"));
    CHECK(storage::pg::users(c).size() == 1);
    CHECK(storage::pg::users(c).front().role == QStringLiteral("rep"));
}

TEST_CASE("ids come from a sequence, and an explicit id is kept and never handed out again", "[pg]")
{
    PgFixture f;
    Connection& c = *f.owner;
    c.exec("INSERT INTO prospect(id, name, stage, status) VALUES (NULL, 'A', 1, 'active')");
    c.exec("INSERT INTO prospect(id, name, stage, status) VALUES (500, 'B', 1, 'active')");
    c.exec("INSERT INTO prospect(name, stage, status) VALUES ('C', 1, 'active')");
    c.exec("INSERT INTO prospect(id, name, stage, status) VALUES (7, 'D', 1, 'active')");
    c.exec("INSERT INTO prospect(name, stage, status) VALUES ('E', 1, 'active')");
    CHECK(column(c, "SELECT id::text || name FROM prospect ORDER BY id") ==
          QStringList{QStringLiteral("1A"), QStringLiteral("7D"), QStringLiteral("500B"),
                      QStringLiteral("501C"), QStringLiteral("502E")});
    // A new gate criterion never takes the id of a default one.
    c.exec("INSERT INTO gate_criterion(stage, position, label, rule) VALUES (1, 9, 'x', 'manual')");
    CHECK(c.queryInt("SELECT max(id) FROM gate_criterion") ==
          core::defaultGateCriteria().back().id + 1);
}

TEST_CASE("each change of a row adds to its version and names who made it", "[pg]")
{
    TeamsFixture f;
    auto rep = f.as(f.dana);
    const std::string read = "SELECT row_version::text || ' ' || updated_by FROM prospect "
                             "WHERE id = " +
                             std::to_string(f.acme);
    const QString owner = f.owner->currentUser();
    CHECK(column(*f.owner, read) == QStringList{QStringLiteral("1 ") + owner});
    CHECK(changed(*rep, "UPDATE prospect SET name = 'Acme Ltd' WHERE id = ?1", f.acme) == 1);
    CHECK(column(*f.owner, read) == QStringList{QStringLiteral("2 ") + f.dana});
    // The version the update says is not what the row gets.
    CHECK(changed(*rep, "UPDATE prospect SET name = 'Acme Ltd', row_version = 40 WHERE id = ?1",
                  f.acme) == 1);
    CHECK(column(*f.owner, read) == QStringList{QStringLiteral("3 ") + f.dana});
    // A meeting moves the prospect's latest meeting, which is no edit of the prospect.
    CHECK(changed(*rep,
                  "INSERT INTO meeting(prospect_id, occurred_at, kind, stage_at_time) "
                  "VALUES (?1, 5000, 'visit', 1)",
                  f.acme) == 1);
    CHECK(column(*f.owner, read) == QStringList{QStringLiteral("3 ") + f.dana});
}

TEST_CASE("a prospect's latest meeting follows its meetings' inserts, moves and deletes", "[pg]")
{
    TeamsFixture f;
    Connection& c = *f.owner;
    const auto latest = [&](core::Id id) {
        return c.queryInt("SELECT coalesce(last_meeting_at, -1) FROM prospect WHERE id = " +
                          std::to_string(id));
    };
    CHECK(latest(f.acme) == 1000);
    c.exec("INSERT INTO meeting(id, prospect_id, occurred_at, kind, stage_at_time) VALUES "
           "(900, " +
           std::to_string(f.acme) + ", 3000, 'call', 1)");
    CHECK(latest(f.acme) == 3000);
    c.exec("UPDATE meeting SET occurred_at = 2000 WHERE id = 900");
    CHECK(latest(f.acme) == 2000);
    c.exec("UPDATE meeting SET prospect_id = " + std::to_string(f.bolt) + " WHERE id = 900");
    CHECK(latest(f.acme) == 1000);
    CHECK(latest(f.bolt) == 2000);
    c.exec("DELETE FROM meeting WHERE prospect_id = " + std::to_string(f.acme));
    CHECK(latest(f.acme) == -1);
    c.exec("DELETE FROM meeting WHERE id = 900");
    CHECK(latest(f.bolt) == 1000);
}
