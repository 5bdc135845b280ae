// End-to-end tests of the workspace commands: a script fills a prospect's
// evidence through accord-cli and the gates, the gap table and the win-win
// check follow.

#include "CliRun.h"
#include "support/TestSupport.h"

#include <QProcess>

#include <nlohmann/json.hpp>

#include <set>

using nlohmann::json;

namespace {

using Run = accord::test::CliRun;
using accord::test::cli;
using accord::test::ok;
using accord::test::S;

/// Runs a command that must work with --json and returns its output.
QString newProspect(const QString& db, const char* name)
{
    return QString::number(
        ok(db, {S("add-prospect"), S("--name"), S(name), S("--owner"), S("Dana")})
            .at("id")
            .get<long long>());
}

} // namespace

TEST_CASE("stage-1 evidence filled from the command line lets the prospect advance without a "
          "reason",
          "[cli][evidence]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(S("s1.sqlite")));
    const QString id = newProspect(db, "Northwind Wholesale");
    const auto meetingId = ok(db, {S("log-meeting"), id, S("--when"), S("2026-03-02 10:00"),
                                   S("--kind"), S("presentation"), S("--summary"),
                                   S("B2B online market outlook for their segment")})
                               .at("id")
                               .get<long long>();

    const json insight = ok(
        db, {S("add-insight"), id, S("--title"), S("Buyers research online first"), S("--body"),
             S("Most of their buyers compare suppliers online before calling an agent."),
             S("--source"), S("Industry survey 2025"), S("--meeting"), QString::number(meetingId)});
    CHECK(insight.at("meeting_id").get<long long>() == meetingId);
    CHECK(insight.at("shared_on") == "2026-03-02"); // the meeting's day

    const json request = ok(db, {S("add-data-request"), id, S("--item"), S("Online revenue"),
                                 S("--requested"), S("2026-03-02")});
    CHECK(request.at("status") == "requested");
    const QString rid = QString::number(request.at("id").get<long long>());

    // Two of three criteria are met: moving on still needs a reason.
    const Run refused = cli(db, {S("advance"), id, S("--to"), S("2")});
    CHECK(refused.code == 3);
    CHECK(refused.err.contains(S("received")));

    const json received = ok(db, {S("set-data-request"), rid, S("--received"), S("2026-03-09")});
    CHECK(received.at("status") == "received");
    CHECK(received.at("received_on") == "2026-03-09");

    const json moved = ok(db, {S("advance"), id, S("--to"), S("consulting")});
    CHECK(moved.at("gate_override") == false);
    const json shown = ok(db, {S("show"), id});
    CHECK(shown.at("prospect").at("stage") == "consulting");
    REQUIRE(shown.at("insights").size() == 1);
    CHECK(shown.at("insights").at(0).at("source") == "Industry survey 2025");
    REQUIRE(shown.at("data_requests").size() == 1);
    CHECK(shown.at("data_requests").at(0).at("status") == "received");
    CHECK(shown.at("history").at(0).at("gate_override") == false);
}

TEST_CASE("metrics line up as a gap table and opportunities take a lift in percent or money",
          "[cli][evidence]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(S("s2.sqlite")));
    const QString id = newProspect(db, "Contoso Supply");
    auto metric = [&](const char* value, const char* unit, const char* source) {
        return ok(db,
                  {S("add-metric"), id, S("--name"), S("Online revenue"), S("--value"), S(value),
                   S("--unit"), S(unit), S("--period"), S("2025"), S("--source"), S(source)});
    };
    metric("800000", "USD", "prospect");
    metric("1000000", "usd", "industry");
    metric("1.2", "MUSD", "competitor");
    ok(db, {S("add-metric"), id, S("--name"), S("Unique visits"), S("--value"), S("0"),
            S("--period"), S("2025")});

    const json gaps = ok(db, {S("gaps"), id});
    REQUIRE(gaps.size() == 3);
    CHECK(gaps.at(0).at("benchmark").at("source") == "industry");
    CHECK(gaps.at(0).at("difference").get<double>() == Approx(-200000));
    CHECK(gaps.at(0).at("percent").get<double>() == Approx(-20));
    CHECK(gaps.at(0).at("error").is_null());
    CHECK(gaps.at(1).at("percent").is_null()); // units differ: refused
    CHECK(QString::fromStdString(gaps.at(1).at("error").get<std::string>()).contains(S("MUSD")));
    CHECK(gaps.at(2).at("benchmark").is_null());

    const Run text = cli(db, {S("gaps"), id});
    CHECK(text.out.contains(S("no benchmark")));
    CHECK(text.out.contains(S("refused")));

    const json pct = ok(db, {S("add-opportunity"), id, S("--title"), S("Bundle spare parts online"),
                             S("--lift"), S("12%"), S("--status"), S("embraced")});
    CHECK(pct.at("lift_kind") == "percent");
    CHECK(pct.at("lift_value").get<double>() == Approx(12));
    const json money = ok(db, {S("add-opportunity"), id, S("--title"), S("Reorder reminders"),
                               S("--lift"), S("40k")});
    CHECK(money.at("lift_kind") == "amount");
    CHECK(money.at("lift_value").get<double>() == Approx(4'000'000)); // minor units
    CHECK(money.at("status") == "proposed");

    CHECK(cli(db, {S("add-opportunity"), id, S("--title"), S("x"), S("--lift"), S("lots")}).code ==
          1);
    CHECK(
        cli(db, {S("add-opportunity"), id, S("--title"), S("x"), S("--champion"), S("999")}).code ==
        4);
    CHECK(cli(db, {S("add-metric"), id, S("--name"), S("x"), S("--value"), S("abc")}).code == 1);
    CHECK(cli(db, {S("add-metric"), id, S("--name"), S("x"), S("--value"), S("1"), S("--source"),
                   S("rumour")})
              .code == 2);
}

TEST_CASE("the worksheet filled from the command line is in show --json and the win-win check "
          "follows it",
          "[cli][evidence]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(S("s3.sqlite")));
    const QString id = newProspect(db, "Litware Parts");

    json r = ok(db, {S("set-worksheet"), id, S("--our-batna"), S("Sell through the distributor"),
                     S("--their-batna"), S("Build in-house with a contractor"),
                     S("--their-interests"), S("Protect field sales commissions"), S("--criteria"),
                     S("Market price list"), S("--stance"), S("2")});
    CHECK(r.at("win_win").at("state") == "not_started");

    r = ok(db, {S("set-lever"), id, S("--lever"), S("money"), S("--our-priority"), S("5"),
                S("--their-priority"), S("5"), S("--our-position"), S("List price"),
                S("--their-position"), S("20% off"), S("--our-concession"), S("10% off year one")});
    CHECK(r.at("win_win").at("ok") == false);
    std::set<std::string> kinds;
    for (const json& w : r.at("win_win").at("warnings"))
        kinds.insert(w.at("kind").get<std::string>());
    CHECK(kinds == std::set<std::string>{"only_we_concede", "single_lever_contest"});

    ok(db, {S("add-tradable"), id, S("--side"), S("theirs"), S("--item"), S("A public case study"),
            S("--value"), S("Credibility in their segment"), S("--cost"), S("Legal review")});
    const Run text = cli(db, {S("win-win"), id});
    CHECK(text.code == 0);
    CHECK(text.out.contains(S("A public case study"))); // the check suggests what to ask for

    r = ok(db, {S("set-lever"), id, S("--lever"), S("time"), S("--their-concession"),
                S("Three-year term")});
    CHECK(r.at("win_win").at("state") == "balanced");

    const json shown = ok(db, {S("show"), id});
    const json& n = shown.at("negotiation");
    CHECK(n.at("our_batna") == "Sell through the distributor");
    CHECK(n.at("their_batna") == "Build in-house with a contractor");
    CHECK(n.at("their_interests") == "Protect field sales commissions");
    CHECK(n.at("objective_criteria") == "Market price list");
    CHECK(n.at("stance") == 2);
    CHECK(n.at("levers").at(0).at("our_concession") == "10% off year one");
    CHECK(n.at("levers").at(1).at("their_concession") == "Three-year term");
    CHECK(n.at("levers").at(0).at("our_position") == "List price"); // kept by the later set-lever
    REQUIRE(shown.at("tradables").size() == 1);
    CHECK(shown.at("tradables").at(0).at("side") == "theirs");

    CHECK(cli(db, {S("set-worksheet"), id, S("--stance"), S("9")}).code == 1);
    CHECK(cli(db, {S("set-lever"), id, S("--lever"), S("fame")}).code == 2);
    CHECK(cli(db, {S("set-lever"), id, S("--lever"), S("risk"), S("--our-priority"), S("high")})
              .code == 1);
    CHECK(cli(db, {S("add-tradable"), id, S("--side"), S("both"), S("--item"), S("x")}).code == 2);
    CHECK(cli(db, {S("set-worksheet"), S("999"), S("--stance"), S("1")}).code == 4);
}

TEST_CASE("a negotiation with all of stage 3's evidence and a signed date reaches Partnership "
          "without a reason",
          "[cli][evidence]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(S("s4.sqlite")));
    const QString id = newProspect(db, "Fabrikam Tools");
    ok(db, {S("advance"), id, S("--to"), S("3"), S("--reason"), S("Came to us with a tender")});
    ok(db, {S("set-worksheet"), id, S("--our-batna"), S("Other tender"), S("--their-batna"),
            S("Incumbent vendor"), S("--their-interests"), S("Fast rollout")});
    const char* levers[] = {"money", "time", "rights", "risk"};
    for (const char* l : levers)
        ok(db, {S("set-lever"), id, S("--lever"), S(l), S("--our-position"), S("ours"),
                S("--their-position"), S("theirs")});
    ok(db,
       {S("set-lever"), id, S("--lever"), S("rights"), S("--our-concession"), S("Co-branding")});
    ok(db,
       {S("set-lever"), id, S("--lever"), S("risk"), S("--their-concession"), S("Pilot first")});

    const Run unsigned_ = cli(db, {S("advance"), id, S("--to"), S("partnership")});
    CHECK(unsigned_.code == 3);

    const json agreement = ok(db, {S("set-agreement"), id, S("--signed"), S("2026-06-01"),
                                   S("--summary"), S("Three-year platform agreement")});
    CHECK(agreement.at("signed_on") == "2026-06-01");
    const json moved = ok(db, {S("advance"), id, S("--to"), S("partnership")});
    CHECK(moved.at("gate_override") == false);
    const json shown = ok(db, {S("show"), id});
    CHECK(shown.at("prospect").at("stage") == "partnership");
    CHECK(shown.at("prospect").at("status") == "won");
    CHECK(shown.at("prospect").at("agreement_summary") == "Three-year platform agreement");
}

TEST_CASE("gate criteria are listed and can be ticked by hand with evidence", "[cli][evidence]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(S("g.sqlite")));
    const QString id = newProspect(db, "Adatum Retail");
    const json criteria = ok(db, {S("gates")});
    REQUIRE(criteria.size() == 11);
    long long insightCriterion = 0;
    for (const json& c : criteria)
        if (c.at("rule") == "insight_shared")
            insightCriterion = c.at("id").get<long long>();
    REQUIRE(insightCriterion > 0);
    CHECK(cli(db, {S("gates")}).out.contains(S("automatic")));

    const json ticked = ok(db, {S("check-criterion"), id, QString::number(insightCriterion),
                                S("--evidence"), S("Presented the market study on paper")});
    CHECK(ticked.at("checked") == true);
    CHECK(ticked.at("gate").at("met") == 1);
    const json shown = ok(db, {S("show"), id});
    REQUIRE(shown.at("gate_checks").size() == 1);
    CHECK(shown.at("gate_checks").at(0).at("evidence") == "Presented the market study on paper");
    CHECK(shown.at("gate_checks").at(0).at("checked_by") == "Test Runner");

    const json unticked =
        ok(db, {S("check-criterion"), id, QString::number(insightCriterion), S("--uncheck")});
    CHECK(unticked.at("gate").at("met") == 0);
    CHECK(cli(db, {S("check-criterion"), id, S("9999")}).code == 4);
    CHECK(cli(db, {S("check-criterion"), id}).code == 2);
}

TEST_CASE("workspace commands refuse bad ids and missing options with the documented exit codes",
          "[cli][evidence]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(S("bad.sqlite")));
    const QString id = newProspect(db, "Tailspin Toys");
    CHECK(cli(db, {S("add-insight"), id}).code == 2);                             // no --title
    CHECK(cli(db, {S("add-insight"), S("999"), S("--title"), S("x")}).code == 4); // no prospect
    CHECK(cli(db, {S("add-insight"), id, S("--title"), S("   ")}).code == 1);     // blank title
    CHECK(cli(db, {S("add-insight"), id, S("--title"), S("x"), S("--meeting"), S("77")}).code == 4);
    CHECK(
        cli(db, {S("add-insight"), id, S("--title"), S("x"), S("--date"), S("2026-02-30")}).code ==
        1);
    CHECK(cli(db, {S("add-data-request"), id}).code == 2);
    CHECK(cli(db, {S("add-data-request"), id, S("--item"), S("Orders"), S("--status"), S("maybe")})
              .code == 2);
    CHECK(cli(db, {S("add-data-request"), id, S("--item"), S("Orders"), S("--status"),
                   S("declined"), S("--received"), S("2026-01-01")})
              .code == 2);
    CHECK(cli(db, {S("set-data-request"), S("4242"), S("--status"), S("received")}).code == 4);
    CHECK(cli(db, {S("set-data-request"), S("1")}).code == 2);

    const Run added = cli(db, {S("add-insight"), id, S("--title"), S("Marketplace trends")});
    CHECK(added.code == 0);
    CHECK(added.out.contains(S("Tailspin Toys")));
}

TEST_CASE("a data request received before today can be added without a requested date",
          "[cli][evidence]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(S("received.sqlite")));
    const QString id = newProspect(db, "Southridge Video");
    const QString lastWeek = QDate::currentDate().addDays(-7).toString(Qt::ISODate);
    const json added = ok(db, {S("add-data-request"), id, S("--item"), S("Online revenue"),
                               S("--received"), lastWeek});
    CHECK(added.at("status") == "received");
    CHECK(added.at("received_on") == lastWeek.toStdString());
    CHECK(added.at("requested_on") == lastWeek.toStdString()); // requested by then
    // `show` counts the evidence in words: "1 data request", "0 opportunities".
    const Run shown = cli(db, {S("show"), id});
    REQUIRE(shown.code == 0);
    CHECK(shown.out.contains(S("0 insights, 1 data request, 0 metrics, 0 opportunities")));
    // A requested date given on purpose after the received one is still refused.
    const Run refused =
        cli(db, {S("add-data-request"), id, S("--item"), S("Orders"), S("--requested"),
                 QDate::currentDate().toString(Qt::ISODate), S("--received"), lastWeek});
    CHECK(refused.code != 0);
}

TEST_CASE("a data request received before it was requested is refused with the sentence the app "
          "shows, and a received one keeps a received date",
          "[cli][evidence]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(S("rule.sqlite")));
    const QString id = newProspect(db, "Southridge Video");
    const json added = ok(db, {S("add-data-request"), id, S("--item"), S("Orders"),
                               S("--requested"), S("2026-03-10")});
    const QString rid = QString::number(added.at("id").get<long long>());

    const Run before = cli(db, {S("set-data-request"), rid, S("--received"), S("2026-03-02")});
    CHECK(before.code == 1);
    CHECK(before.err.contains(
        S("The received date (2026-03-02) is before the requested date (2026-03-10).")));
    CHECK(ok(db, {S("show"), id}).at("data_requests").at(0).at("status") == "requested");

    // Received without a date: received today. Declined afterwards: no received date.
    const json received = ok(db, {S("set-data-request"), rid, S("--status"), S("received")});
    CHECK(received.at("received_on") == QDate::currentDate().toString(Qt::ISODate).toStdString());
    const json declined = ok(db, {S("set-data-request"), rid, S("--status"), S("declined")});
    CHECK(declined.at("received_on").is_null());
}
