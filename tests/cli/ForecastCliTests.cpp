// End-to-end tests of close dates, the forecast and reason codes from the
// command line, on a file.

#include "CliRun.h"
#include "support/TestSupport.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

using Run = accord::test::CliRun;

QString S(const char* s)
{
    return QString::fromUtf8(s);
}

Run cli(const QString& db, const QStringList& args)
{
    return accord::test::runCli(db, args);
}

json ok(const QString& db, QStringList args)
{
    args.append(S("--json"));
    const Run r = cli(db, args);
    INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.parsed();
}

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
