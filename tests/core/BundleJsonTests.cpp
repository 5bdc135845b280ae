#include "support/TestSupport.h"

#include "core/Bundle.h"
#include "core/Demo.h"

#include <nlohmann/json.hpp>

using namespace accord::core;
using nlohmann::json;

namespace {

ProspectBundle fullBundle()
{
    DemoOptions o;
    o.now = accord::test::referenceNow();
    // Prospect 5 of the demo is a partnership: every part of a bundle is filled in.
    ProspectBundle b = makeDemoPipeline(o).at(5);
    b.prospect.id = 42;
    b.prospect.deletedAt = accord::test::referenceNow();
    b.prospect.name = QStringLiteral("Café \"Ω\" 🚀 '); DROP TABLE x;--");
    for (auto& c : b.contacts)
        c.prospectId = 42;
    b.gateChecks.push_back(GateCheck{42, 3, true, QStringLiteral("Said yes on the phone"),
                                     accord::test::referenceNow(), QStringLiteral("Ana Costa")});
    return b;
}

QString errorPath(const json& j)
{
    try {
        bundleFromJson(j);
    } catch (const ValidationError& e) {
        CHECK(e.message().contains(e.field()));
        return e.field();
    }
    return QStringLiteral("(no error)");
}

} // namespace

TEST_CASE("a bundle survives a JSON round trip exactly", "[core]")
{
    const ProspectBundle b = fullBundle();
    REQUIRE(b.negotiation.has_value());
    REQUIRE_FALSE(b.meetings.empty());
    REQUIRE(b.prospect.signedOn.isValid());
    const json j = toJson(b);
    CHECK(bundleFromJson(j) == b);
    // Through text as well, as a file would carry it.
    CHECK(bundleFromJson(json::parse(j.dump())) == b);
}

TEST_CASE("every demo bundle survives a JSON round trip", "[core]")
{
    DemoOptions o;
    o.now = accord::test::referenceNow();
    for (const auto& b : makeDemoPipeline(o))
        CHECK(bundleFromJson(toJson(b)) == b);
}

TEST_CASE("the JSON uses snake_case keys, enum keys, UTC times and money objects", "[core]")
{
    const json j = toJson(fullBundle());
    const json& p = j.at("prospect");
    CHECK(p.at("stage") == "partnership");
    CHECK(p.at("status") == "won");
    CHECK(p.at("value").at("currency") == "USD");
    CHECK(p.at("value").at("minor").is_number_integer());
    CHECK(p.at("deleted_at") == "2026-06-15T12:00:00Z");
    CHECK(p.at("signed_on").get<std::string>().size() == 10);
    CHECK(j.at("meetings").at(0).contains("occurred_at"));
    CHECK(j.at("negotiation").at("levers").size() == 4);
    Prospect empty;
    empty.name = QStringLiteral("x");
    CHECK_FALSE(toJson(empty).contains("next_step_due"));
    CHECK(toJson(empty).at("signed_on").is_null());
    CHECK(toJson(empty).at("created_at").is_null());
    CHECK(
        toJson(GateCriterion{3, Stage::Consulting, 1, QStringLiteral("L"), GateRule::ChampionNamed})
            .at("rule") == "champion_named");
}

TEST_CASE("bad JSON is refused with the path of the first bad field", "[core]")
{
    const json good = toJson(fullBundle());
    REQUIRE(good.at("meetings").size() >= 1);

    json j = good;
    j["meetings"][0]["occurred_at"] = "2026-02-30T10:00:00Z";
    CHECK(errorPath(j) == u"$.meetings[0].occurred_at");

    j = good;
    j["meetings"][0].erase("occurred_at");
    CHECK(errorPath(j) == u"$.meetings[0].occurred_at");

    j = good;
    j["prospect"]["stage"] = "stage five";
    CHECK(errorPath(j) == u"$.prospect.stage");

    j = good;
    j["prospect"]["name"] = 12;
    CHECK(errorPath(j) == u"$.prospect.name");

    j = good;
    j["prospect"]["name"] = "  ";
    CHECK(errorPath(j) == u"$.prospect.name");

    j = good;
    j["prospect"]["value"]["minor"] = -5;
    CHECK(errorPath(j) == u"$.prospect.value.minor");

    j = good;
    j["contacts"][0]["email"] = "not an email";
    CHECK(errorPath(j) == u"$.contacts[0].email");

    j = good;
    j["negotiation"]["levers"][1]["our_priority"] = 9;
    CHECK(errorPath(j) == u"$.negotiation.levers[1].our_priority");

    j = good;
    j["negotiation"]["stance"] = "hard";
    CHECK(errorPath(j) == u"$.negotiation.stance");

    j = good;
    j["metrics"] = json::object();
    CHECK(errorPath(j) == u"$.metrics");

    j = good;
    j["contacts"][0]["prospect_id"] = 999;
    CHECK(errorPath(j) == u"$.contacts[0].prospect_id");

    j = good;
    j["prospect"]["signed_on"] = "2026-13-01";
    CHECK(errorPath(j) == u"$.prospect.signed_on");

    CHECK(errorPath(json::array()) == u"$");
    CHECK(errorPath(json::object()) == u"$.prospect");
}
