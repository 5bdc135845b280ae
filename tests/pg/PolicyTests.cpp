// Who sees and changes what on a team server, enforced by the server itself:
// the tests connect as each user and use raw SQL, as someone with psql would.

#include "PgPolicyFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <functional>

#include <poll.h>

using namespace accord;
using namespace accord::test;
using storage::pg::Connection;
using storage::pg::PermissionError;

namespace {

const char* const kNames = "SELECT name FROM prospect ORDER BY name";

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* name : list)
        out << QString::fromUtf8(name);
    return out;
}

// Waits up to `seconds` for notifications on `c` until `enough` says so.
std::vector<storage::pg::Notification>
waitForNotifications(Connection& c, const std::function<bool(const QJsonObject&)>& enough,
                     int seconds = 5)
{
    std::vector<storage::pg::Notification> all;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd fd{c.socket(), POLLIN, 0};
        ::poll(&fd, 1, 100);
        for (storage::pg::Notification& n : c.takeNotifications()) {
            all.push_back(n);
            if (enough(QJsonDocument::fromJson(n.payload.toUtf8()).object()))
                return all;
        }
    }
    return all;
}

} // namespace

TEST_CASE("a rep reads their team's prospects only, and what hangs off them", "[pg]")
{
    TeamsFixture f;
    auto rep = f.as(f.dana);
    CHECK(column(*rep, kNames) == names({"Acme", "Bolt"}));
    CHECK(column(*rep, "SELECT count(*) FROM meeting") == names({"2"}));
    CHECK(changed(*rep, "SELECT 1 FROM prospect WHERE id = ?1", f.cog) == 0);
    CHECK(changed(*rep, "SELECT 1 FROM meeting WHERE prospect_id = ?1", f.cog) == 0);

    auto other = f.as(f.bo);
    CHECK(column(*other, kNames) == names({"Cog"}));
    // Nor can they reach the other team's prospect to change it.
    CHECK(changed(*other, "UPDATE prospect SET name = 'Mine now' WHERE id = ?1", f.acme) == 0);
    CHECK(changed(*other, "DELETE FROM meeting WHERE prospect_id = ?1", f.acme) == 0);
    CHECK(column(*f.owner, kNames) == names({"Acme", "Bolt", "Cog"}));
    CHECK(f.owner->queryInt("SELECT count(*) FROM meeting") == 3);
}

TEST_CASE("a rep changes only what they own", "[pg]")
{
    TeamsFixture f;
    auto rep = f.as(f.dana);
    CHECK(changed(*rep, "UPDATE prospect SET next_step = 'Call' WHERE id = ?1", f.acme) == 1);
    REQUIRE_THROWS_AS(changed(*rep, "UPDATE prospect SET name = 'Bolt!' WHERE id = ?1", f.bolt),
                      PermissionError);
    REQUIRE_THROWS_AS(changed(*rep, "DELETE FROM prospect WHERE id = ?1", f.bolt), PermissionError);
    REQUIRE_THROWS_AS(changed(*rep,
                              "INSERT INTO meeting(prospect_id, kind, stage_at_time) "
                              "VALUES (?1, 'call', 1)",
                              f.bolt),
                      PermissionError);
    REQUIRE_THROWS_AS(changed(*rep, "DELETE FROM meeting WHERE prospect_id = ?1", f.bolt),
                      PermissionError);
    // Taking a teammate's prospect, or giving one's own away, is a lead's.
    REQUIRE_THROWS_AS(
        changed(*rep, "UPDATE prospect SET owner = current_user WHERE id = ?1", f.bolt),
        PermissionError);
    storage::pg::Statement give = rep->prepare("UPDATE prospect SET owner = ?2 WHERE id = ?1");
    give.bind(1, f.acme).bind(2, f.ravi);
    REQUIRE_THROWS_AS(give.run(), PermissionError);
    CHECK(column(*f.owner, "SELECT name || ' ' || owner FROM prospect ORDER BY name") ==
          QStringList{QStringLiteral("Acme ") + f.dana, QStringLiteral("Bolt ") + f.ravi,
                      QStringLiteral("Cog ") + f.bo});
    CHECK(f.owner->queryInt("SELECT count(*) FROM meeting") == 3);

    // A new prospect is the rep's own, whatever owner it names or leaves out.
    rep->exec("INSERT INTO prospect(name, stage, status) VALUES ('Dune', 1, 'active')");
    CHECK(f.owner->queryText("SELECT owner FROM prospect WHERE name = 'Dune'") == f.dana);
    storage::pg::Statement add = rep->prepare(
        "INSERT INTO prospect(name, owner, stage, status) VALUES ('Echo', ?1, 1, 'active')");
    add.bind(1, f.ravi);
    REQUIRE_THROWS_AS(add.run(), PermissionError);

    // Purging their own prospect takes everything of it along.
    CHECK(changed(*rep,
                  "INSERT INTO stage_change(prospect_id, at, from_stage, to_stage, from_status, "
                  "to_status) VALUES (?1, 5, 1, 2, 'active', 'active')",
                  f.acme) == 1);
    CHECK(changed(*rep, "DELETE FROM prospect WHERE id = ?1", f.acme) == 1);
    CHECK(f.owner->queryInt("SELECT count(*) FROM meeting") == 2);
    CHECK(f.owner->queryInt("SELECT count(*) FROM stage_change") == 0);
}

TEST_CASE("a lead reads and changes the team's prospects and gives them within the team", "[pg]")
{
    TeamsFixture f;
    auto lead = f.as(f.lee);
    CHECK(column(*lead, kNames) == names({"Acme", "Bolt"}));
    CHECK(changed(*lead, "UPDATE prospect SET next_step = 'Review' WHERE id = ?1", f.bolt) == 1);
    CHECK(changed(*lead,
                  "INSERT INTO meeting(prospect_id, kind, stage_at_time) VALUES (?1, 'call', 1)",
                  f.acme) == 1);
    storage::pg::Statement give = lead->prepare("UPDATE prospect SET owner = ?2 WHERE id = ?1");
    give.bind(1, f.acme).bind(2, f.ravi);
    give.run();
    CHECK(give.affected() == 1);
    CHECK(f.owner->queryText("SELECT owner FROM prospect WHERE id = " + std::to_string(f.acme)) ==
          f.ravi);

    give.bind(1, f.bolt).bind(2, f.bo);
    REQUIRE_THROWS_WITH(give.run(), Catch::Contains("is not in your team"));
    give.bind(1, f.bolt).bind(2, QStringLiteral("nobody"));
    REQUIRE_THROWS_WITH(give.run(), Catch::Contains("nobody is not a user"));
    CHECK(changed(*lead, "UPDATE prospect SET name = 'Cog!' WHERE id = ?1", f.cog) == 0);
    CHECK(column(*f.owner, kNames) == names({"Acme", "Bolt", "Cog"}));
}

TEST_CASE("an admin sees and changes everything, and alone changes criteria and settings", "[pg]")
{
    TeamsFixture f;
    auto admin = f.as(f.ann);
    CHECK(column(*admin, kNames) == names({"Acme", "Bolt", "Cog"}));
    storage::pg::Statement give = admin->prepare("UPDATE prospect SET owner = ?2 WHERE id = ?1");
    give.bind(1, f.cog).bind(2, f.dana);
    give.run();
    CHECK(give.affected() == 1);

    const char* rename = "UPDATE gate_criterion SET label = 'Renamed' WHERE id = ?1";
    CHECK(changed(*admin, rename, 1) == 1);
    const char* currency = "INSERT INTO setting(key, value) VALUES ('currency', 'EUR')";
    admin->exec(currency);
    for (const QString& member : {f.dana, f.lee}) {
        auto c = f.as(member);
        CHECK(column(*c, "SELECT label FROM gate_criterion WHERE id = 1") == names({"Renamed"}));
        CHECK(c->queryText("SELECT value FROM setting WHERE key = 'currency'") ==
              QStringLiteral("EUR"));
        REQUIRE_THROWS_WITH(changed(*c, rename, 2), Catch::Contains("Only an admin"));
        REQUIRE_THROWS_AS(changed(*c, "DELETE FROM gate_criterion WHERE id = ?1", 2),
                          PermissionError);
        REQUIRE_THROWS_AS(c->exec("UPDATE setting SET value = 'GBP' WHERE key = 'currency'"),
                          PermissionError);
        REQUIRE_THROWS_AS(c->exec("INSERT INTO setting(key, value) VALUES ('stale/1', '9')"),
                          PermissionError);
    }
    CHECK(f.owner->queryInt("SELECT count(*) FROM gate_criterion WHERE label = 'Renamed'") == 1);
    CHECK(f.owner->queryText("SELECT value FROM setting WHERE key = 'currency'") ==
          QStringLiteral("EUR"));

    // The pipeline's id: any member may write it while it is missing, nobody may change it.
    f.owner->exec("DELETE FROM setting WHERE key = 'pipeline/id'");
    auto rep = f.as(f.dana);
    rep->exec("INSERT INTO setting(key, value) VALUES ('pipeline/id', 'abcdef012345')");
    REQUIRE_THROWS_AS(rep->exec("UPDATE setting SET value = 'x' WHERE key = 'pipeline/id'"),
                      PermissionError);
    CHECK(f.owner->queryText("SELECT value FROM setting WHERE key = 'pipeline/id'") ==
          QStringLiteral("abcdef012345"));
}

TEST_CASE("a member's stage change and meeting carry their login whatever they send", "[pg]")
{
    TeamsFixture f;
    auto rep = f.as(f.dana);
    storage::pg::Statement move = rep->prepare(
        "INSERT INTO stage_change(prospect_id, at, from_stage, to_stage, from_status, to_status, "
        "by) VALUES (?1, 100, 1, 2, 'active', 'active', ?2) RETURNING by");
    move.bind(1, f.acme).bind(2, f.lee);
    REQUIRE(move.step());
    CHECK(move.text(0) == f.dana);
    move.reset();
    storage::pg::Statement meeting =
        rep->prepare("INSERT INTO meeting(prospect_id, kind, stage_at_time, logged_by) "
                     "VALUES (?1, 'call', 1, 'Somebody Else') RETURNING id");
    meeting.bind(1, f.acme);
    REQUIRE(meeting.step());
    const core::Id id = meeting.id(0);
    meeting.reset();
    CHECK(changed(*rep, "UPDATE meeting SET logged_by = 'x', summary = 'y' WHERE id = ?1", id) ==
          1);
    CHECK(f.owner->queryText("SELECT logged_by FROM meeting WHERE id = " + std::to_string(id)) ==
          f.dana);
    CHECK(column(*f.owner, "SELECT by FROM stage_change") == QStringList{f.dana});

    // The owner's writes (restores, pushes) keep what they say.
    f.owner->exec("INSERT INTO stage_change(prospect_id, at, from_stage, to_stage, from_status, "
                  "to_status, by) VALUES (" +
                  std::to_string(f.acme) + ", 50, 1, 1, 'active', 'active', 'Dana Whitfield')");
    CHECK(column(*f.owner, "SELECT by FROM stage_change ORDER BY at") ==
          QStringList{QStringLiteral("Dana Whitfield"), f.dana});
}

TEST_CASE("a member removes only tags no prospect carries", "[pg]")
{
    TeamsFixture f;
    f.owner->exec("INSERT INTO tag(name) VALUES ('hot'), ('unused')");
    f.owner->exec("INSERT INTO prospect_tag(prospect_id, tag_id) SELECT " + std::to_string(f.cog) +
                  ", id FROM tag WHERE name = 'hot'");
    auto rep = f.as(f.dana);
    CHECK(column(*rep, "SELECT name FROM tag ORDER BY name") == names({"hot", "unused"}));
    // What the file's store runs after tagging: it sees no prospect carrying either.
    rep->exec("DELETE FROM tag WHERE NOT EXISTS "
              "(SELECT 1 FROM prospect_tag pt WHERE pt.tag_id = tag.id)");
    CHECK(column(*f.owner, "SELECT name FROM tag") == names({"hot"}));
    CHECK(f.owner->queryInt("SELECT count(*) FROM prospect_tag") == 1);
}

TEST_CASE("a change reaches another connection that listens, unless loaded in bulk", "[pg]")
{
    TeamsFixture f;
    auto listener = f.as(f.lee);
    listener->listen("accord_changes");
    auto rep = f.as(f.dana);

    rep->exec("SET accord.bulk = 'on'");
    rep->exec("INSERT INTO contact(prospect_id, name, role) VALUES (" + std::to_string(f.acme) +
              ", 'Quiet', 'champion')");
    rep->exec("SET accord.bulk = 'off'");
    CHECK(changed(*rep, "UPDATE prospect SET next_step = 'Call' WHERE id = ?1", f.acme) == 1);

    const auto isAcme = [&](const QJsonObject& o) {
        return o.value(QLatin1String("table")).toString() == QLatin1String("prospect") &&
               o.value(QLatin1String("prospect_id")).toInteger() == f.acme;
    };
    const auto received = waitForNotifications(*listener, isAcme);
    REQUIRE_FALSE(received.empty());
    CHECK(received.back().channel == QStringLiteral("accord_changes"));
    CHECK(isAcme(QJsonDocument::fromJson(received.back().payload.toUtf8()).object()));
    for (const storage::pg::Notification& n : received)
        CHECK_FALSE(n.payload.contains(QLatin1String("contact")));

    // A settings change has no prospect.
    f.owner->exec("INSERT INTO setting(key, value) VALUES ('currency', 'EUR')");
    const auto settings = waitForNotifications(*listener, [](const QJsonObject& o) {
        return o.value(QLatin1String("table")).toString() == QLatin1String("setting");
    });
    REQUIRE_FALSE(settings.empty());
    CHECK(QJsonDocument::fromJson(settings.back().payload.toUtf8())
              .object()
              .value(QLatin1String("prospect_id"))
              .isNull());
}
