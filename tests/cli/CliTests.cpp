// End-to-end tests of accord-cli: the real binary on a real temporary database.

#include "CliRun.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>

#include <set>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

using Run = accord::test::CliRun;

Run cli(const QString& db, const QStringList& args)
{
    return accord::test::runCli(db, args);
}

} // namespace

TEST_CASE("demo then list shows a pipeline over every stage and status", "[cli]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.sqlite"));
    const Run demo = cli(db, {QStringLiteral("demo")});
    REQUIRE(demo.code == 0);
    CHECK(demo.out.contains(QStringLiteral("prospects")));

    const Run list = cli(db, {QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.code == 0);
    const json rows = list.parsed();
    REQUIRE(rows.is_array());
    CHECK(rows.size() >= 30);
    std::set<int> stages;
    std::set<std::string> statuses, owners;
    for (const json& r : rows) {
        CHECK(r.contains("id"));
        CHECK(r.contains("name"));
        stages.insert(r.at("stage").get<int>());
        statuses.insert(r.at("status").get<std::string>());
        owners.insert(r.at("owner").get<std::string>());
    }
    CHECK(stages == std::set<int>{1, 2, 3, 4});
    CHECK(statuses == std::set<std::string>{"active", "on_hold", "won", "lost"});
    CHECK(owners.size() >= 4);

    const Run text =
        cli(db, {QStringLiteral("list"), QStringLiteral("--stage"), QStringLiteral("consulting")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Consulting")));
    CHECK_FALSE(text.out.contains(QStringLiteral("Negotiation  ")));

    CHECK(cli(db, {QStringLiteral("demo")}).code == 1); // not into a full database
    CHECK(cli(db, {QStringLiteral("check")}).code == 0);
}

TEST_CASE("a prospect added, met in a meeting and advanced past an unmet gate", "[cli]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(QStringLiteral("a.sqlite")));
    const QString name =
        QStringLiteral("O'Brien \"Quotes\" & Sons'); DROP TABLE prospect;-- 🚀 שלום");
    const Run add =
        cli(db, {QStringLiteral("add-prospect"), QStringLiteral("--name"), name,
                 QStringLiteral("--owner"), QStringLiteral("Dana"), QStringLiteral("--value"),
                 QStringLiteral("40k"), QStringLiteral("--json")});
    REQUIRE(add.code == 0);
    const auto id = add.parsed().at("id").get<long long>();
    const QString ids = QString::number(id);

    const Run show = cli(db, {QStringLiteral("show"), ids, QStringLiteral("--json")});
    REQUIRE(show.code == 0);
    const json shown = show.parsed();
    CHECK(QString::fromStdString(shown.at("prospect").at("name").get<std::string>()) == name);
    CHECK(shown.at("prospect").at("value").at("minor").get<long long>() == 4'000'000);
    CHECK(shown.at("gate").at("met").get<int>() == 0);

    const Run meeting = cli(db, {QStringLiteral("log-meeting"), ids, QStringLiteral("--when"),
                                 QStringLiteral("2026-03-14 09:30"), QStringLiteral("--kind"),
                                 QStringLiteral("presentation"), QStringLiteral("--summary"),
                                 QStringLiteral("Walked through the wholesale market outlook")});
    REQUIRE(meeting.code == 0);

    const Run refused =
        cli(db, {QStringLiteral("advance"), ids, QStringLiteral("--to"), QStringLiteral("2")});
    CHECK(refused.code == 3);
    CHECK(refused.err.contains(QStringLiteral("unmet")));
    CHECK(cli(db, {QStringLiteral("show"), ids, QStringLiteral("--json")})
              .parsed()
              .at("prospect")
              .at("stage") == "informative");

    const Run moved = cli(db, {QStringLiteral("advance"), ids, QStringLiteral("--to"),
                               QStringLiteral("consulting"), QStringLiteral("--reason"),
                               QStringLiteral("Their CFO asked to skip ahead")});
    CHECK(moved.code == 0);
    const json after = cli(db, {QStringLiteral("show"), ids, QStringLiteral("--json")}).parsed();
    CHECK(after.at("prospect").at("stage") == "consulting");
    REQUIRE(after.at("history").size() == 1);
    CHECK(after.at("history").at(0).at("gate_override") == true);
    CHECK(after.at("history").at(0).at("by") == "Test Runner");

    const Run back =
        cli(db, {QStringLiteral("advance"), ids, QStringLiteral("--to"), QStringLiteral("1")});
    CHECK(back.code == 3);

    const Run found =
        cli(db, {QStringLiteral("search"), QStringLiteral("wholesale"), QStringLiteral("--json")});
    REQUIRE(found.code == 0);
    REQUIRE(found.parsed().size() == 1);
    CHECK(found.parsed().at(0).at("prospect_id").get<long long>() == id);
}

TEST_CASE("bad command lines and bad input give clear errors and meaningful exit codes", "[cli]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(QStringLiteral("b.sqlite")));
    CHECK(cli(db, {}).code == 2);
    CHECK(cli(db, {QStringLiteral("frobnicate")}).code == 2);
    CHECK(cli(db, {QStringLiteral("list"), QStringLiteral("--stage"), QStringLiteral("7")}).code ==
          2);
    CHECK(cli(db, {QStringLiteral("show"), QStringLiteral("abc")}).code == 2);
    CHECK(cli(db, {QStringLiteral("show"), QStringLiteral("999")}).code == 4);
    CHECK(cli(db, {QStringLiteral("add-prospect"), QStringLiteral("--name"), QStringLiteral("  ")})
              .code == 1);

    const Run add = cli(db, {QStringLiteral("add-prospect"), QStringLiteral("--name"),
                             QStringLiteral("Halvorsen Tools"), QStringLiteral("--json")});
    REQUIRE(add.code == 0);
    const QString ids = QString::number(add.parsed().at("id").get<long long>());
    const Run badDate = cli(db, {QStringLiteral("log-meeting"), ids, QStringLiteral("--when"),
                                 QStringLiteral("2026-02-30 10:00"), QStringLiteral("--summary"),
                                 QStringLiteral("x")});
    CHECK(badDate.code == 1);
    CHECK(badDate.err.contains(QStringLiteral("2026-02-30")));
    CHECK_FALSE(badDate.err.contains(QStringLiteral("SQL")));

    const QString notesPath = dir.path(QStringLiteral("notes.txt"));
    QFile notes(notesPath);
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write(QByteArray(10'000'000, 'x'));
    notes.close();
    const Run hugeNote =
        cli(db, {QStringLiteral("log-meeting"), ids, QStringLiteral("--summary"),
                 QStringLiteral("Call"), QStringLiteral("--notes-file"), notesPath});
    CHECK(hugeNote.code == 1);
    CHECK(hugeNote.err.contains(QStringLiteral("too long")));
    CHECK(cli(db, {QStringLiteral("show"), ids, QStringLiteral("--json")})
              .parsed()
              .at("meetings")
              .empty());
}

TEST_CASE("a file that is not a database is refused and left as it was", "[cli]")
{
    accord::test::TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QByteArray content = "These are meeting notes, not a database.\n";
    f.write(content);
    f.close();
    const Run r = cli(path, {QStringLiteral("list")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not an Accord database")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == content);
}

TEST_CASE("an option naming a choice or a record is read alike by every command", "[cli]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(QStringLiteral("o.sqlite")));
    auto add = [&](const QString& name) {
        const Run r = cli(db, {QStringLiteral("add-prospect"), QStringLiteral("--name"), name,
                               QStringLiteral("--json")});
        REQUIRE(r.code == 0);
        return QString::number(r.parsed().at("id").get<long long>());
    };
    const QString ours = add(QStringLiteral("Halvorsen Tools"));
    const QString other = add(QStringLiteral("Proseware"));
    const Run logged = cli(db, {QStringLiteral("log-meeting"), other, QStringLiteral("--summary"),
                                QStringLiteral("Intro"), QStringLiteral("--json")});
    REQUIRE(logged.code == 0);
    const QString meeting = QString::number(logged.parsed().at("id").get<long long>());

    const Run notOurs =
        cli(db, {QStringLiteral("add-insight"), ours, QStringLiteral("--title"),
                 QStringLiteral("Buyers research online"), QStringLiteral("--meeting"), meeting});
    CHECK(notOurs.code == 4);
    CHECK(notOurs.err.contains(QStringLiteral("Halvorsen Tools has no meeting %1.").arg(meeting)));

    const Run badSource =
        cli(db, {QStringLiteral("add-metric"), ours, QStringLiteral("--name"),
                 QStringLiteral("Revenue"), QStringLiteral("--value"), QStringLiteral("10"),
                 QStringLiteral("--source"), QStringLiteral("rumour")});
    CHECK(badSource.code == 2);
    CHECK(badSource.err.contains(
        QStringLiteral("Unknown source \"rumour\": use prospect, industry or competitor.")));
    CHECK(cli(db, {QStringLiteral("add-metric"), ours, QStringLiteral("--name"),
                   QStringLiteral("Revenue"), QStringLiteral("--value"), QStringLiteral("12"),
                   QStringLiteral("--source"), QStringLiteral(" Industry ")})
              .code == 0);

    const Run badStatus =
        cli(db, {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("asleep")});
    CHECK(badStatus.code == 2);
    CHECK(badStatus.err.contains(QStringLiteral("use active, on_hold, won or lost.")));

    const Run missing = cli(db, {QStringLiteral("win-win"), QStringLiteral("999")});
    CHECK(missing.code == 4);
    CHECK(missing.err.contains(QStringLiteral("accord-cli win-win: there is no prospect 999.")));
}
