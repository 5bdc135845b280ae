// End-to-end tests of close dates, the forecast and reason codes from the
// command line, on a file.

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

struct Pipeline
{
    accord::test::TempDir dir;
    QString db = accord::test::createDatabase(dir.path(S("forecast.sqlite")));
    QString add(const char* name, const char* owner, const char* value)
    {
        const json j = ok(db, {S("add-prospect"), S("--name"), S(name), S("--owner"), S(owner),
                               S("--value"), S(value)});
        return QString::number(j.at("id").get<long long>());
    }
};

} // namespace

TEST_CASE("set-close sets, moves and clears the close date and keeps each move", "[cli][close]")
{
    Pipeline p;
    const QString id = p.add("Northwind Traders", "Dana", "40k");

    json j = ok(p.db, {S("set-close"), id, S("--on"), S("2026-09-30")});
    CHECK(j.at("expected_close") == "2026-09-30");
    CHECK(j.at("previous").is_null());
    j = ok(p.db, {S("set-close"), id, S("--on"), S("2026-11-10")});
    CHECK(j.at("previous") == "2026-09-30");
    CHECK(j.at("slippage").at("later") == 1);
    CHECK(j.at("slippage").at("days_later") == 41);

    const Run text = cli(p.db, {S("set-close"), id, S("--on"), S("2026-12-01")});
    CHECK(text.code == 0);
    CHECK(text.out ==
          S("Northwind Traders (#1) is expected to close on 2026-12-01 (was 2026-11-10); its close "
            "date moved later 2 times, 62 days in all.\n"));

    const json shown = ok(p.db, {S("show"), id});
    CHECK(shown.at("prospect").at("expected_close") == "2026-12-01");
    const json& history = shown.at("close_changes");
    REQUIRE(history.size() == 3);
    CHECK(history[0].at("from_date").is_null());
    CHECK(history[2].at("from_date") == "2026-11-10");
    CHECK(history[2].at("to_date") == "2026-12-01");
    CHECK(history[2].at("by") == "Test Runner");

    j = ok(p.db, {S("set-close"), id, S("--clear")});
    CHECK(j.at("expected_close").is_null());
    CHECK(ok(p.db, {S("show"), id}).at("close_changes").size() == 4);

    const Run both = cli(p.db, {S("set-close"), id, S("--on"), S("2026-12-01"), S("--clear")});
    CHECK(both.code == 2);
    CHECK(both.err.contains(S("either --on DATE or --clear")));
    const Run bad = cli(p.db, {S("set-close"), id, S("--on"), S("next year")});
    CHECK(bad.code != 0);
    CHECK(ok(p.db, {S("show"), id}).at("close_changes").size() == 4);
}

TEST_CASE("forecast lists the open prospects by the quarter or month of their close date",
          "[cli][forecast]")
{
    Pipeline p;
    const QString a = p.add("Northwind Traders", "Dana", "40k");
    const QString b = p.add("Contoso", "Ravi", "100k");
    const QString c = p.add("Fabrikam", "Dana", "10k");
    const QDate today = QDate::currentDate();
    const QDate nextQuarter = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).addMonths(3);
    ok(p.db, {S("set-close"), a, S("--on"), today.addDays(1).toString(Qt::ISODate)});
    ok(p.db, {S("set-close"), b, S("--on"), nextQuarter.addDays(10).toString(Qt::ISODate)});
    ok(p.db, {S("advance"), b, S("--to"), S("3"), S("--reason"), S("Their COO asked")});

    json f = ok(p.db, {S("forecast")});
    CHECK(f.at("by") == "quarter");
    REQUIRE(f.at("periods").size() == 3);
    // Northwind closes tomorrow: this quarter (or, on a quarter's last day, the next).
    const json& northwindPeriod = f.at("periods")[today.addDays(1) < nextQuarter ? 0 : 1];
    CHECK(std::find(northwindPeriod.at("ids").begin(), northwindPeriod.at("ids").end(),
                    json(a.toLongLong())) != northwindPeriod.at("ids").end());
    CHECK(f.at("undated").at("count") == 1); // Fabrikam
    CHECK(f.at("undated").at("value_minor") == 1'000'000);
    CHECK_FALSE(c.isEmpty());
    // Contoso in stage 3 is weighted at 60 %: $100k → $60k.
    bool found = false;
    for (const json& period : f.at("periods"))
        for (const json& id : period.at("ids"))
            if (id == b.toLongLong()) {
                found = true;
                CHECK(period.at("value_minor") == 10'000'000);
                CHECK(period.at("weighted_value_minor") == 6'000'000);
            }
    CHECK(found);

    f = ok(p.db, {S("forecast"), S("--by"), S("month"), S("--owner"), S("Ravi")});
    CHECK(f.at("periods").size() == 6);
    CHECK(f.at("owners_filter") == json::array({"Ravi"}));
    CHECK(f.at("undated").at("count") == 0);

    const Run text = cli(p.db, {S("forecast")});
    CHECK(text.code == 0);
    CHECK(text.out.startsWith(S("Forecast by quarter from ")));
    CHECK(text.out.contains(S("1 open prospect has no expected close date")));
    const Run bad = cli(p.db, {S("forecast"), S("--by"), S("week")});
    CHECK(bad.code == 2);
}

TEST_CASE("set-status --reason-code marks a loss with a reason of the list; report counts it",
          "[cli][reasons]")
{
    Pipeline p;
    const QString a = p.add("Northwind Traders", "Dana", "40k");
    const QString b = p.add("Contoso", "Ravi", "100k");
    const QString c = p.add("Fabrikam", "Dana", "10k");
    ok(p.db, {S("advance"), b, S("--to"), S("2"), S("--reason"), S("Early workshop")});

    json j = ok(p.db, {S("set-status"), a, S("--to"), S("lost"), S("--reason-code"), S("price")});
    CHECK(j.at("reason_code") == "price");
    json shown = ok(p.db, {S("show"), a});
    CHECK(shown.at("prospect").at("reason_code") == "price");
    CHECK(shown.at("history").back().at("reason") == "Price");

    // By label, any case, with a note.
    const Run text = cli(p.db, {S("set-status"), b, S("--to"), S("lost"), S("--reason-code"),
                                S("no decision"), S("--reason"), S("Board never met")});
    CHECK(text.code == 0);
    CHECK(text.out == S("Contoso is now Lost (No decision)\n"));
    shown = ok(p.db, {S("show"), b});
    CHECK(shown.at("prospect").at("reason_code") == "no_decision");
    CHECK(shown.at("prospect").at("lost_reason") == "Board never met");

    const Run unknown =
        cli(p.db, {S("set-status"), c, S("--to"), S("lost"), S("--reason-code"), S("weather")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(S("There is no reason “weather”; the pipeline knows price, timing, "
                                 "no_decision, competitor, no_fit, champion_left or other.")));
    CHECK(ok(p.db, {S("show"), c}).at("prospect").at("status") == "active");
    const Run wrongStatus =
        cli(p.db, {S("set-status"), c, S("--to"), S("on_hold"), S("--reason-code"), S("price")});
    CHECK(wrongStatus.code == 2);

    // Up to the end of tomorrow: the losses of a moment ago are in the range.
    const QString to = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const json report = ok(p.db, {S("report"), S("--to"), to});
    const json& losses = report.at("lost_by_reason");
    REQUIRE(losses.size() == 2);
    CHECK(losses[0].at("reason") == "price");
    CHECK(losses[0].at("label") == "Price");
    CHECK(losses[0].at("count") == 1);
    CHECK(losses[0].at("by_stage").at("1") == 1);
    CHECK(losses[1].at("reason") == "no_decision");
    CHECK(losses[1].at("by_stage").at("2") == 1);

    // Reopened: no longer a loss, and its code goes with the lost reason.
    ok(p.db, {S("reopen"), a, S("--to"), S("1"), S("--reason"), S("They came back")});
    CHECK(ok(p.db, {S("show"), a}).at("prospect").at("reason_code") == "");
    CHECK(ok(p.db, {S("report"), S("--to"), to}).at("lost_by_reason").size() == 1);
}

TEST_CASE("import maps the close date and Pipedrive's lost reason", "[cli][import][reasons]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(S("import.sqlite"));
    const QString csv = dir.path(S("pipedrive.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Deal - Title,Organization - Name,Deal - Status,Deal - Expected close date,"
                "Deal - Lost reason,Deal - Value\n"
                "Pilot,Northwind Traders,lost,2026-03-31,price,40000\n"
                "Rollout,Contoso,lost,2026-04-30,Went with a cheaper local shop,120000\n"
                "Renewal,Fabrikam,open,2026-12-15,,10000\n");
    }
    const Run done = cli(db, {S("--json"), S("import"), S("csv"), csv});
    INFO(done.err.toStdString());
    REQUIRE(done.code == 0);
    const json report = json::parse(done.out.toStdString());
    CHECK(report.at("mapping").at("expected_close") == "Deal - Expected close date");
    CHECK(report.at("mapping").at("lost_reason") == "Deal - Lost reason");
    CHECK(!report.at("mapping").contains("next_step_due"));
    bool warned = false;
    for (const json& w : report.at("warnings"))
        warned = warned || QString::fromStdString(w.get<std::string>())
                               .contains(S("\"Went with a cheaper local shop\" is not one of the "
                                           "pipeline's reasons"));
    CHECK(warned);

    const json list = ok(db, {S("list")});
    std::map<std::string, long long> ids;
    for (const json& row : list)
        ids[row.at("name").get<std::string>()] = row.at("id").get<long long>();
    REQUIRE(ids.size() == 3);
    const json northwind = ok(db, {S("show"), QString::number(ids["Northwind Traders"])});
    CHECK(northwind.at("prospect").at("expected_close") == "2026-03-31");
    CHECK(northwind.at("prospect").at("reason_code") == "price");
    // The close date is not a planned activity: nothing was planned.
    CHECK_FALSE(northwind.at("prospect").contains("next_step_due"));
    CHECK(ok(db, {S("activities"), QString::number(ids["Northwind Traders"])}).empty());
    CHECK(northwind.at("close_changes").size() == 1);
    const json contoso = ok(db, {S("show"), QString::number(ids["Contoso"])});
    CHECK(contoso.at("prospect").at("reason_code") == "other");
    CHECK(contoso.at("prospect").at("lost_reason") == "Went with a cheaper local shop");
    const json fabrikam = ok(db, {S("show"), QString::number(ids["Fabrikam"])});
    CHECK(fabrikam.at("prospect").at("reason_code") == "");
    CHECK(fabrikam.at("prospect").at("expected_close") == "2026-12-15");
}
