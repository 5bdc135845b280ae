// End-to-end tests of planned activities from the command line, on a file:
// plan, activities, today, done (with a meeting log), reschedule,
// edit-activity, remove-activity, list --json's next activity and the
// calendar export. Dates are relative to the day the test runs.

#include "CliRun.h"
#include "support/TestSupport.h"

#include <QFile>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

using Run = accord::test::CliRun;
using accord::test::cli;
using accord::test::ok;
using accord::test::S;

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString idOf(const json& j)
{
    return QString::number(j.at("id").get<long long>());
}

std::vector<std::string> titles(const json& list)
{
    std::vector<std::string> out;
    for (const json& a : list)
        out.push_back(a.at("title").get<std::string>());
    return out;
}

struct Pipeline
{
    accord::test::TempDir dir;
    QString db = accord::test::createDatabase(dir.path(S("activities.sqlite")));
    QString id =
        idOf(ok(db, {S("add-prospect"), S("--name"), S("Northwind"), S("--owner"), S("dana")}));
    QString other =
        idOf(ok(db, {S("add-prospect"), S("--name"), S("Contoso"), S("--owner"), S("ravi")}));
    QDate today = QDate::currentDate();
};

} // namespace

TEST_CASE("plan reads when an activity is due and refuses the impossible with a sentence",
          "[cli][activity]")
{
    Pipeline f;
    const json a = ok(f.db, {S("plan"), f.id, S("--kind"), S("call"), S("--due"),
                             S("tomorrow 09:30"), S("--title"), S("Call Ana"), S("--duration"),
                             S("30"), S("--note"), S("About the figures")});
    CHECK(a.at("due") == iso(f.today.addDays(1)).toStdString() + " 09:30");
    CHECK(a.at("state") == "planned");
    CHECK(a.at("kind") == "call");
    CHECK(a.at("owner") == "dana"); // the prospect's owner
    CHECK(a.at("duration_minutes") == 30);
    CHECK(a.at("prospect") == "Northwind");

    const Run bad = cli(f.db, {S("plan"), f.id, S("--kind"), S("call"), S("--due"), S("2026-02-30"),
                               S("--title"), S("X")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(S("2026-02-30")));
    const Run late = cli(f.db, {S("plan"), f.id, S("--kind"), S("call"), S("--due"),
                                S("today 25:00"), S("--title"), S("X")});
    CHECK(late.code == 1);
    CHECK(late.err.contains(S("today 25:00")));
    const Run kind = cli(f.db, {S("plan"), f.id, S("--kind"), S("lunch"), S("--due"), S("today"),
                                S("--title"), S("X")});
    CHECK(kind.code == 2);
    CHECK(kind.err.contains(S("negotiation_session")));
    const Run missing =
        cli(f.db, {S("plan"), f.id, S("--kind"), S("call"), S("--due"), S("today")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(S("--title")));
    const Run stranger = cli(f.db, {S("plan"), f.id, S("--kind"), S("call"), S("--due"), S("today"),
                                    S("--title"), S("X"), S("--contact"), S("999")});
    CHECK(stranger.code == 4);
    // Nothing of the refusals was written.
    CHECK(ok(f.db, {S("activities"), f.id}).size() == 1);
}

TEST_CASE("today lists overdue, today, this week and the prospects without a next step",
          "[cli][activity]")
{
    Pipeline f;
    auto plan = [&](const QString& id, const QString& due, const char* title) {
        return idOf(ok(f.db, {S("plan"), id, S("--kind"), S("task"), S("--due"), due, S("--title"),
                              S(title)}));
    };
    plan(f.id, iso(f.today.addDays(-2)), "Late one");
    plan(f.id, S("today"), "Due today");
    plan(f.id, S("+3d"), "In three days");
    plan(f.id, S("+10d"), "Later on");
    const json agenda = ok(f.db, {S("today")});
    CHECK(agenda.at("today") == iso(f.today).toStdString());
    CHECK(titles(agenda.at("overdue")) == std::vector<std::string>{"Late one"});
    CHECK(titles(agenda.at("due_today")) == std::vector<std::string>{"Due today"});
    CHECK(titles(agenda.at("this_week")) == std::vector<std::string>{"In three days"});
    REQUIRE(agenda.at("no_next_step").size() == 1);
    CHECK(agenda.at("no_next_step").at(0).at("name") == "Contoso");
    CHECK(agenda.at("overdue").at(0).at("state") == "overdue");

    const json dana = ok(f.db, {S("today"), S("--owner"), S("ravi")});
    CHECK(dana.at("overdue").empty());
    CHECK(dana.at("no_next_step").size() == 1);

    CHECK(titles(ok(f.db, {S("activities"), S("--overdue")})) ==
          std::vector<std::string>{"Late one"});
    CHECK(titles(ok(f.db, {S("activities"), S("--week")})) ==
          std::vector<std::string>{"Due today", "In three days"});
    CHECK(ok(f.db, {S("activities")}).size() == 4);

    const Run text = cli(f.db, {S("today")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(S("Overdue (1)")));
    CHECK(text.out.contains(S("No next step planned (1)")));
    CHECK(text.out.contains(S("Northwind: Late one")));

    // list --json gives each prospect's next activity, or null.
    const json list = ok(f.db, {S("list")});
    REQUIRE(list.size() == 2);
    for (const json& p : list) {
        if (p.at("name") == "Northwind") {
            CHECK(p.at("next_activity").at("title") == "Late one");
            CHECK(p.at("next_activity").at("state") == "overdue");
            CHECK(p.at("next_activity").at("kind") == "task");
            CHECK(p.at("next_activity").at("due") == iso(f.today.addDays(-2)).toStdString());
        } else {
            CHECK(p.at("next_activity").is_null());
        }
    }
}

TEST_CASE("done --log-meeting marks the activity done and logs the meeting in one step",
          "[cli][activity]")
{
    Pipeline f;
    ok(f.db, {S("add-contact"), f.id, S("--name"), S("Ana Ruiz")});
    const json contacts = ok(f.db, {S("show"), f.id}).at("contacts");
    const QString contact = idOf(contacts.at(0));
    const QString id =
        idOf(ok(f.db, {S("plan"), f.id, S("--kind"), S("meeting"), S("--due"), S("today"),
                       S("--title"), S("Pilot review"), S("--contact"), contact}));
    const json done =
        ok(f.db, {S("done"), id, S("--log-meeting"), S("--learned"), S("They want two regions"),
                  S("--next-step"), S("Send the pilot plan")});
    CHECK(done.at("state") == "done");
    CHECK_FALSE(done.at("meeting_id").is_null());
    const json shown = ok(f.db, {S("show"), f.id});
    REQUIRE(shown.at("meetings").size() == 1);
    const json& m = shown.at("meetings").at(0);
    CHECK(m.at("summary") == "Pilot review");
    CHECK(m.at("attendees") == "Ana Ruiz");
    CHECK(m.at("learned") == "They want two regions");
    CHECK(m.at("logged_by") == "Test Runner");
    // The meeting's next step is the prospect's next activity.
    const json open = ok(f.db, {S("activities"), f.id});
    CHECK(titles(open) == std::vector<std::string>{"Send the pilot plan"});
    CHECK(ok(f.db, {S("activities"), f.id, S("--all")}).size() == 2);

    const Run again = cli(f.db, {S("done"), id});
    CHECK(again.code == 1);
    CHECK(again.err.contains(S("done already")));
    const Run stray = cli(f.db, {S("done"), idOf(open.at(0)), S("--summary"), S("x")});
    CHECK(stray.code == 2);
    CHECK(stray.err.contains(S("--log-meeting")));
    CHECK(cli(f.db, {S("done"), S("4242")}).code == 4);
}

TEST_CASE("reschedule, edit-activity and remove-activity change only what they are given",
          "[cli][activity]")
{
    Pipeline f;
    const QString id =
        idOf(ok(f.db, {S("plan"), f.id, S("--kind"), S("email"), S("--due"), S("today 10:00"),
                       S("--title"), S("Send the deck"), S("--duration"), S("15")}));
    const json moved = ok(f.db, {S("reschedule"), id, S("--due"), S("+2d")});
    CHECK(moved.at("due") == iso(f.today.addDays(2)).toStdString());
    CHECK(moved.at("duration_minutes") == 0); // no time of day, no duration
    CHECK(moved.at("title") == "Send the deck");

    const json edited = ok(f.db, {S("edit-activity"), id, S("--title"), S("Send the new deck"),
                                  S("--owner"), S("ana")});
    CHECK(edited.at("changed") == json::array({"title", "owner"}));
    CHECK(edited.at("due") == iso(f.today.addDays(2)).toStdString());
    const Run same = cli(f.db, {S("edit-activity"), id, S("--owner"), S("ana")});
    CHECK(same.code == 0);
    CHECK(same.out.contains(S("nothing changed")));
    CHECK(cli(f.db, {S("edit-activity"), id}).code == 2);
    CHECK(cli(f.db, {S("reschedule"), id, S("--due"), S("someday")}).code == 1);

    const json removed = ok(f.db, {S("remove-activity"), id});
    CHECK(removed.at("removed") == true);
    CHECK(ok(f.db, {S("activities"), f.id, S("--all")}).empty());
    CHECK(cli(f.db, {S("remove-activity"), id}).code == 4);
}

TEST_CASE("add-prospect --next-step plans its first activity", "[cli][activity]")
{
    Pipeline f;
    const QString id =
        idOf(ok(f.db, {S("add-prospect"), S("--name"), S("Litware"), S("--next-step"),
                       S("Book the kick-off"), S("--due"), iso(f.today.addDays(5))}));
    const json list = ok(f.db, {S("activities"), id});
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).at("title") == "Book the kick-off");
    CHECK(list.at(0).at("kind") == "task");
    CHECK(list.at(0).at("due") == iso(f.today.addDays(5)).toStdString());
}

TEST_CASE("export ics writes timed activities as events and date-only ones as to-dos",
          "[cli][activity]")
{
    Pipeline f;
    const QString timed =
        idOf(ok(f.db, {S("plan"), f.id, S("--kind"), S("call"), S("--due"), S("tomorrow 14:00"),
                       S("--duration"), S("45"), S("--title"), S("Call Ana")}));
    const QString dateOnly = idOf(ok(f.db, {S("plan"), f.other, S("--kind"), S("task"), S("--due"),
                                            S("+4d"), S("--title"), S("Ask for data")}));
    const QString done = idOf(ok(f.db, {S("plan"), f.other, S("--kind"), S("task"), S("--due"),
                                        S("today"), S("--title"), S("Done one")}));
    ok(f.db, {S("done"), done});
    const QString path = f.dir.path(S("plan.ics"));
    REQUIRE(cli(f.db, {S("export"), S("ics"), S("-o"), path}).code == 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll());
    const qsizetype event = ics.indexOf(S("UID:activity-%1@accord").arg(timed));
    const qsizetype todo = ics.indexOf(S("UID:activity-%1@accord").arg(dateOnly));
    REQUIRE(event > 0);
    REQUIRE(todo > 0);
    CHECK(ics.lastIndexOf(S("BEGIN:VEVENT"), event) > ics.lastIndexOf(S("BEGIN:VTODO"), event));
    CHECK(ics.lastIndexOf(S("BEGIN:VTODO"), todo) > ics.lastIndexOf(S("BEGIN:VEVENT"), todo));
    CHECK(ics.contains(S("DURATION:PT45M")));
    CHECK(ics.contains(S("DUE;VALUE=DATE:%1").arg(f.today.addDays(4).toString(S("yyyyMMdd")))));
    CHECK_FALSE(ics.contains(S("activity-%1@accord").arg(done)));
    CHECK(ics.contains(S("SUMMARY:Northwind: Call Ana")));
}
