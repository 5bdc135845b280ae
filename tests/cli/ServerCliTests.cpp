// accord-cli on a team server: the real binary against a database of its own on
// the test cluster (`server init` applied): the server commands, push, and
// what a rep may see and do.

#include "CliRun.h"
#include "support/PgTestServer.h"
#include "support/TestSupport.h"

#include "storage/pg/Pg.h"

#include <QFile>
#include <QScopeGuard>

#include <nlohmann/json.hpp>

#include <set>

using accord::test::CliRun;
using accord::test::PgTestDatabase;
using nlohmann::json;

namespace {

QString q(const char* text)
{
    return QString::fromUtf8(text);
}

CliRun cli(const QString& db, const QStringList& args)
{
    return accord::test::runCli(db, args);
}

std::string s(const QString& text)
{
    return text.toStdString();
}

/// The team of the tests: two reps in north, one in south, north's lead.
struct Team
{
    explicit Team(PgTestDatabase& db)
        : dana(db.login(q("dana"))), ravi(db.login(q("ravi"))), ana(db.login(q("ana"))),
          tomas(db.login(q("tomas")))
    {
        const auto add = [&db](const QString& login, const char* role, const char* team,
                               const char* name) {
            const CliRun r = cli(db.uri(), {q("server"), q("add-user"), login, q("--role"), q(role),
                                            q("--team"), q(team), q("--name"), q(name)});
            INFO(s(r.err));
            REQUIRE(r.code == 0);
        };
        add(dana, "rep", "north", "Dana Whitfield");
        add(ravi, "rep", "north", "Ravi Menon");
        add(ana, "rep", "south", "Ana Costa");
        add(tomas, "lead", "north", "Tomás Berg");
    }
    /// The demo pipeline's four owners onto the team.
    QString ownerMap() const
    {
        return q("Dana Whitfield=%1,Ravi Menon=%2,Ana Costa=%3,Tomás Berg=%4")
            .arg(dana, ravi, ana, tomas);
    }
    QString dana, ravi, ana, tomas;
};

/// A demo pipeline in a file of its own.
QString demoFile(const accord::test::TempDir& dir)
{
    const QString file = dir.path(q("demo.sqlite"));
    const CliRun r = cli(file, {q("demo")});
    REQUIRE(r.code == 0);
    return file;
}

json listAll(const QString& db)
{
    const CliRun r = cli(db, {q("list"), q("--json")});
    INFO(s(r.err));
    REQUIRE(r.code == 0);
    return r.parsed();
}

std::set<std::string> ownersOf(const json& rows)
{
    std::set<std::string> owners;
    for (const json& r : rows)
        owners.insert(r.at("owner").get<std::string>());
    return owners;
}

} // namespace

TEST_CASE("server init sets up a new database, then finds it up to date", "[server]")
{
    // A database without Accord's schema, next to the test's own.
    PgTestDatabase neighbour;
    const QString name = neighbour.name() + q("_bare");
    const auto admin = accord::storage::pg::Connection::open(accord::test::pgClusterUri());
    admin->exec(s(q("CREATE DATABASE %1").arg(name)));
    const QString uri = neighbour.uri().replace(neighbour.name(), name);
    const auto drop = qScopeGuard(
        [&] { admin->exec(s(q("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))); });

    const CliRun first = cli(uri, {q("server"), q("init"), q("--json")});
    INFO(s(first.err));
    REQUIRE(first.code == 0);
    const int version = first.parsed().at("version").get<int>();
    CHECK(version > 0);
    CHECK(first.parsed().at("previous") == 0);

    const CliRun again = cli(uri, {q("server"), q("init"), q("--json")});
    REQUIRE(again.code == 0);
    CHECK(again.parsed().at("version") == version);
    CHECK(again.parsed().at("previous") == version);
    // A password in the location is never printed (the test cluster asks for none).
    QString withSecret = uri;
    withSecret.replace(q("@/"), q(":s3cret@/"));
    REQUIRE(withSecret != uri);
    const CliRun text = cli(withSecret, {q("server"), q("init")});
    INFO(s(text.err));
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(q("up to date at schema version %1").arg(version)));
    CHECK_FALSE(text.out.contains(q("s3cret")));
}

TEST_CASE("server add-user, users and set-user keep the team's profiles", "[server]")
{
    PgTestDatabase db;
    const QString dana = db.login(q("dana"));
    const QString tomas = db.login(q("tomas"));
    REQUIRE(cli(db.uri(), {q("server"), q("add-user"), dana, q("--role"), q("rep"), q("--team"),
                           q("north"), q("--name"), q("Dana Whitfield")})
                .code == 0);
    REQUIRE(cli(db.uri(), {q("server"), q("add-user"), tomas, q("--role=lead"), q("--team=north")})
                .code == 0);

    const CliRun users = cli(db.uri(), {q("server"), q("users"), q("--json")});
    REQUIRE(users.code == 0);
    const json expected = json::array(
        {json{{"login", s(dana)}, {"name", "Dana Whitfield"}, {"role", "rep"}, {"team", "north"}},
         json{{"login", s(tomas)}, {"name", ""}, {"role", "lead"}, {"team", "north"}}});
    CHECK(users.parsed() == expected);

    const CliRun set = cli(db.uri(), {q("server"), q("set-user"), dana, q("--team"), q("south"),
                                      q("--role"), q("lead"), q("--json")});
    INFO(s(set.err));
    REQUIRE(set.code == 0);
    CHECK(
        set.parsed() ==
        json{{"login", s(dana)}, {"name", "Dana Whitfield"}, {"role", "lead"}, {"team", "south"}});
    const json after = cli(db.uri(), {q("server"), q("users"), q("--json")}).parsed();
    REQUIRE(after.size() == 2);
    CHECK(after[0].at("team") == "south");
    CHECK(after[1] == expected[1]); // the other user is untouched

    const CliRun table = cli(db.uri(), {q("server"), q("users")});
    CHECK(table.out.contains(q("Dana Whitfield")));

    // Exit codes like the rest of the CLI.
    CHECK(cli(db.uri(), {q("server"), q("set-user"), db.login(q("nobody")), q("--team"), q("x")})
              .code == 4);
    CHECK(cli(db.uri(), {q("server"), q("set-user"), dana}).code == 2); // nothing to change
    CHECK(cli(db.uri(), {q("server"), q("add-user"), q("x1"), q("--role"), q("boss"), q("--team"),
                         q("north")})
              .code == 2);
    CHECK(cli(db.uri(),
              {q("server"), q("add-user"), dana, q("--role"), q("rep"), q("--team"), q("north")})
              .code == 1); // exists
    CHECK(cli(db.uri(), {q("server"), q("frobnicate")}).code == 2);
    const CliRun demo = cli(db.uri(), {q("demo")});
    CHECK(demo.code == 1);
    CHECK(demo.err.contains(q("server push")));

    // A file is no server.
    accord::test::TempDir dir;
    const QString file = accord::test::createDatabase(dir.path(q("team.sqlite")));
    const CliRun onFile = cli(file, {q("server"), q("users")});
    CHECK(onFile.code == 2);
    CHECK(onFile.err.contains(q("is a file")));
}

TEST_CASE("server push refuses unmapped owners, writing nothing, then moves the file in",
          "[server]")
{
    PgTestDatabase db;
    const Team team(db);
    accord::test::TempDir dir;
    const QString file = demoFile(dir);
    const json fileRows = listAll(file);

    // Two of the four owners without a login: refused, named, nothing written.
    const QString partial = q("Dana Whitfield=%1,Ravi Menon=%2").arg(team.dana, team.ravi);
    const CliRun refused = cli(db.uri(), {q("server"), q("push"), file, q("--owner-map"), partial});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(q("Ana Costa")));
    CHECK(refused.err.contains(q("Tomás Berg")));
    CHECK_FALSE(refused.err.contains(q("Dana Whitfield")));
    CHECK(refused.err.contains(q("nothing was pushed")));
    CHECK(listAll(db.uri()).empty());

    // A login that is no user: refused too.
    const CliRun stranger = cli(db.uri(), {q("server"), q("push"), file, q("--owner-map"),
                                           team.ownerMap() + q(",Someone=nobody_here")});
    CHECK(stranger.code == 1);
    CHECK(stranger.err.contains(q("nobody_here")));
    CHECK(listAll(db.uri()).empty());

    // The command line itself wrong: exit 2; a file that is not there: exit 1.
    CHECK(
        cli(db.uri(), {q("server"), q("push"), file, q("--owner-map"), q("Dana Whitfield")}).code ==
        2);
    CHECK(cli(db.uri(), {q("server"), q("push"), file}).code == 2);
    CHECK(
        cli(db.uri(), {q("server"), q("push"), db.uri(), q("--owner-map"), team.ownerMap()}).code ==
        2);
    CHECK(cli(db.uri(), {q("server"), q("push"), dir.path(q("missing.sqlite")), q("--owner-map"),
                         team.ownerMap()})
              .code == 1);
    // A lead sees only their team: only the owner or an admin pushes.
    const CliRun byLead = cli(db.uriAs(team.tomas),
                              {q("server"), q("push"), file, q("--owner-map"), team.ownerMap()});
    CHECK(byLead.code == 1);
    CHECK(byLead.err.contains(q("owner or an admin")));
    CHECK(listAll(db.uri()).empty());

    const CliRun pushed = cli(
        db.uri(), {q("server"), q("push"), file, q("--owner-map"), team.ownerMap(), q("--json")});
    INFO(s(pushed.err));
    REQUIRE(pushed.code == 0);
    CHECK(pushed.parsed().at("prospects") == fileRows.size());

    const json serverRows = listAll(db.uri());
    REQUIRE(serverRows.size() == fileRows.size());
    CHECK(ownersOf(serverRows) ==
          std::set<std::string>{s(team.dana), s(team.ravi), s(team.ana), s(team.tomas)});
    // Same prospects, same ids, same stages: only the owners changed.
    for (std::size_t i = 0; i < fileRows.size(); ++i) {
        CHECK(serverRows[i].at("id") == fileRows[i].at("id"));
        CHECK(serverRows[i].at("name") == fileRows[i].at("name"));
        CHECK(serverRows[i].at("stage") == fileRows[i].at("stage"));
    }
    // Who logged and who moved become logins where they name a mapped owner.
    const std::string firstId = std::to_string(serverRows[0].at("id").get<long long>());
    const json bundle = cli(db.uri(), {q("show"), q(firstId.c_str()), q("--json")}).parsed();
    const std::string owner = bundle.at("prospect").at("owner");
    for (const json& m : bundle.at("meetings"))
        CHECK(m.at("logged_by") == owner);
    for (const json& h : bundle.at("history"))
        CHECK(h.at("by") == owner);

    // The file is unchanged, and a second push into the full server is refused.
    CHECK(listAll(file) == fileRows);
    const CliRun twice =
        cli(db.uri(), {q("server"), q("push"), file, q("--owner-map"), team.ownerMap()});
    CHECK(twice.code == 1);
    CHECK(twice.err.contains(q("already holds")));
    CHECK(listAll(db.uri()).size() == fileRows.size());
}

TEST_CASE("a rep sees their team's prospects and adds only their own", "[server]")
{
    PgTestDatabase db;
    const Team team(db);
    accord::test::TempDir dir;
    REQUIRE(
        cli(db.uri(), {q("server"), q("push"), demoFile(dir), q("--owner-map"), team.ownerMap()})
            .code == 0);

    const QString asDana = db.uriAs(team.dana);
    const std::set<std::string> north{s(team.dana), s(team.ravi), s(team.tomas)};
    const json danaSees = listAll(asDana);
    CHECK_FALSE(danaSees.empty());
    CHECK(ownersOf(danaSees) == north);
    CHECK(ownersOf(listAll(db.uriAs(team.ana))) == std::set<std::string>{s(team.ana)});
    CHECK(ownersOf(listAll(db.uriAs(team.tomas))) == north);

    // --owner with someone else's login: refused by the CLI with one sentence.
    const CliRun other =
        cli(asDana, {q("add-prospect"), q("--name"), q("Fernhill Dairy"), q("--owner"), team.ravi});
    CHECK(other.code == 1);
    CHECK(other.err.contains(q("rep")));
    CHECK(other.err.count(u'\n') == 1);

    // Without --owner the prospect is the rep's own, and says who made it.
    const CliRun own =
        cli(asDana, {q("add-prospect"), q("--name"), q("Fernhill Dairy"), q("--json")});
    INFO(s(own.err));
    REQUIRE(own.code == 0);
    const std::string id = std::to_string(own.parsed().at("id").get<long long>());
    const json shown = cli(asDana, {q("show"), q(id.c_str()), q("--json")}).parsed();
    CHECK(shown.at("prospect").at("owner") == s(team.dana));

    // A lead gives a prospect to anyone in the team.
    const CliRun lead = cli(db.uriAs(team.tomas), {q("add-prospect"), q("--name"), q("Quarry Lane"),
                                                   q("--owner"), team.ravi});
    INFO(s(lead.err));
    CHECK(lead.code == 0);

    // The server itself refuses a rep's change to a colleague's prospect: one
    // sentence, exit 1, nothing changed.
    std::string ravisId;
    for (const json& r : danaSees)
        if (r.at("owner") == s(team.ravi) && r.at("status") == "active") {
            ravisId = std::to_string(r.at("id").get<long long>());
            break;
        }
    REQUIRE_FALSE(ravisId.empty());
    const CliRun refused = cli(asDana, {q("set-status"), q(ravisId.c_str()), q("--to"),
                                        q("on_hold"), q("--reason"), q("Budget freeze")});
    CHECK(refused.code == 1);
    CHECK(refused.err.count(u'\n') == 1);
    const json after = cli(db.uri(), {q("show"), q(ravisId.c_str()), q("--json")}).parsed();
    CHECK(after.at("prospect").at("status") == "active");
}

TEST_CASE("a rep edits their own prospect and its contacts, trashes and restores it; another "
          "owner and a colleague's prospect are refused",
          "[server]")
{
    PgTestDatabase db;
    const Team team(db);
    accord::test::TempDir dir;
    REQUIRE(
        cli(db.uri(), {q("server"), q("push"), demoFile(dir), q("--owner-map"), team.ownerMap()})
            .code == 0);
    const QString asDana = db.uriAs(team.dana);
    const CliRun own =
        cli(asDana, {q("add-prospect"), q("--name"), q("Fernhill Dairy"), q("--json")});
    REQUIRE(own.code == 0);
    const QString id = QString::number(own.parsed().at("id").get<long long>());

    const CliRun contact = cli(asDana, {q("add-contact"), id, q("--name"), q("Maria Anders"),
                                        q("--email"), q("maria@fernhill.example"), q("--json")});
    INFO(s(contact.err));
    REQUIRE(contact.code == 0);
    const QString cid = QString::number(contact.parsed().at("id").get<long long>());
    const CliRun edited =
        cli(asDana, {q("edit-contact"), cid, q("--title"), q("Head of sales"), q("--json")});
    INFO(s(edited.err));
    CHECK(edited.code == 0);
    const CliRun value = cli(asDana, {q("edit"), id, q("--value"), q("12k"), q("--json")});
    INFO(s(value.err));
    CHECK(value.code == 0);
    json shown = cli(asDana, {q("show"), id, q("--json")}).parsed();
    CHECK(shown.at("prospect").at("value").at("minor") == 1200000);
    CHECK(shown.at("contacts").at(0).at("title") == "Head of sales");
    CHECK(shown.at("contacts").at(0).at("email") == "maria@fernhill.example");

    // --owner with someone else's login: refused by the CLI with one sentence, nothing changed.
    const CliRun other = cli(asDana, {q("edit"), id, q("--owner"), team.ravi});
    CHECK(other.code == 1);
    CHECK(other.err.contains(q("rep")));
    CHECK(other.err.count(u'\n') == 1);
    CHECK(cli(asDana, {q("show"), id, q("--json")}).parsed().at("prospect").at("owner") ==
          s(team.dana));

    REQUIRE(cli(asDana, {q("trash"), id}).code == 0);
    bool inTrash = false;
    for (const json& r : cli(asDana, {q("list"), q("--trash"), q("--json")}).parsed())
        inTrash = inTrash || std::to_string(r.at("id").get<long long>()) == s(id);
    CHECK(inTrash);
    REQUIRE(cli(asDana, {q("restore"), id}).code == 0);
    CHECK(cli(asDana, {q("show"), id, q("--json")})
              .parsed()
              .at("prospect")
              .at("deleted_at")
              .is_null());
    REQUIRE(cli(asDana, {q("remove-contact"), cid}).code == 0);
    CHECK(cli(asDana, {q("show"), id, q("--json")}).parsed().at("contacts").empty());

    // A colleague's prospect: the server refuses, one sentence, nothing changed.
    std::string ravisId;
    std::string ravisName;
    for (const json& r : listAll(asDana))
        if (r.at("owner") == s(team.ravi)) {
            ravisId = std::to_string(r.at("id").get<long long>());
            ravisName = r.at("name").get<std::string>();
            break;
        }
    REQUIRE_FALSE(ravisId.empty());
    const CliRun refused =
        cli(asDana, {q("edit"), q(ravisId.c_str()), q("--name"), q("Taken over")});
    CHECK(refused.code == 1);
    CHECK(refused.err.count(u'\n') == 1);
    CHECK(cli(db.uri(), {q("show"), q(ravisId.c_str()), q("--json")})
              .parsed()
              .at("prospect")
              .at("name") == ravisName);
}

TEST_CASE("a JSON backup moves from the server into a file and back, byte for byte", "[server]")
{
    PgTestDatabase db;
    const Team team(db);
    accord::test::TempDir dir;
    REQUIRE(
        cli(db.uri(), {q("server"), q("push"), demoFile(dir), q("--owner-map"), team.ownerMap()})
            .code == 0);
    const auto backup = [](const QString& location, const QString& file) {
        const CliRun r = cli(location, {q("export"), q("backup"), q("-o"), file});
        INFO(s(r.err));
        REQUIRE(r.code == 0);
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    const QByteArray fromServer = backup(db.uri(), dir.path(q("server.json")));

    // Into a new file, and out again.
    const QString file = dir.path(q("copy.sqlite"));
    const CliRun intoFile = cli(file, {q("import"), q("backup"), dir.path(q("server.json"))});
    INFO(s(intoFile.err));
    REQUIRE(intoFile.code == 0);
    const QByteArray fromFile = backup(file, dir.path(q("file.json")));
    CHECK(fromFile == fromServer);

    // Into an empty server, restored by its owner, and out again.
    PgTestDatabase other;
    const CliRun intoServer =
        cli(other.uri(), {q("import"), q("backup"), dir.path(q("file.json"))});
    INFO(s(intoServer.err));
    REQUIRE(intoServer.code == 0);
    CHECK(backup(other.uri(), dir.path(q("again.json"))) == fromServer);
}
