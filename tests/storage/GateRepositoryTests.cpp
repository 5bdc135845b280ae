#include "StoreFixture.h"

using namespace accord;
using namespace accord::core;
using namespace accord::test;

TEST_CASE("replacing a stage's criteria keeps ids, and hand ticks of kept ones", "[storage]")
{
    StoreFixture f;
    auto& gates = f.store->gates();
    const Id pid = f.store->prospects().add(sampleProspect());
    auto informative = [&] {
        std::vector<GateCriterion> out;
        for (const auto& c : gates.criteria())
            if (c.stage == Stage::Informative)
                out.push_back(c);
        return out;
    };
    auto list = informative();
    REQUIRE(list.size() == 3);
    gates.setCheck(GateCheck{pid, list[0].id, true, QStringLiteral("Deck sent"), referenceNow(),
                             QStringLiteral("Dana")});
    gates.setCheck(GateCheck{pid, list[2].id, true, {}, referenceNow(), QStringLiteral("Dana")});

    // Rename the first, drop the third, add a manual one, reorder.
    std::vector<GateCriterion> edited{list[1], list[0]};
    edited[1].label = QStringLiteral("Renamed insight");
    edited.push_back(GateCriterion{kNoId, Stage::Informative, 0, QStringLiteral("Met the CFO"),
                                   GateRule::Manual});
    gates.replaceCriteria(Stage::Informative, edited);

    const auto after = informative();
    REQUIRE(after.size() == 3);
    CHECK(after[0].id == list[1].id);
    CHECK(after[1].id == list[0].id);
    CHECK(after[1].label == QStringLiteral("Renamed insight"));
    CHECK(after[2].label == QStringLiteral("Met the CFO"));
    CHECK(after[2].id > list.back().id);
    const auto checks = gates.checks(pid);
    REQUIRE(checks.size() == 1);
    CHECK(checks[0] == GateCheck{pid, list[0].id, true, QStringLiteral("Deck sent"), referenceNow(),
                                 QStringLiteral("Dana")});
    // Other stages are untouched.
    CHECK(gates.criteria().size() == defaultGateCriteria().size());

    gates.restoreDefaults();
    CHECK(gates.criteria() == defaultGateCriteria());
    CHECK(gates.checks(pid).size() == 1); // id kept, so the tick survives

    gates.setCheck(GateCheck{pid, list[0].id, false, {}, {}, {}});
    CHECK(gates.checks(pid).empty());
}

TEST_CASE("the ticks of one criterion are every prospect's, in prospect order", "[storage]")
{
    StoreFixture f;
    auto& gates = f.store->gates();
    const Id first = f.store->prospects().add(sampleProspect());
    const Id second = f.store->prospects().add(sampleProspect());
    const std::vector<GateCriterion> criteria = gates.criteria();
    REQUIRE(criteria.size() >= 2);
    const Id ticked = criteria[0].id;
    const Id other = criteria[1].id;
    const GateCheck a{
        second, ticked, true, QStringLiteral("Deck"), referenceNow(), QStringLiteral("Dana")};
    const GateCheck b{first, ticked, true, {}, referenceNow(), QStringLiteral("Zed")};
    gates.setCheck(a);
    gates.setCheck(b);
    gates.setCheck(GateCheck{first, other, true, {}, referenceNow(), {}});

    CHECK(gates.checksOfCriterion(ticked) == std::vector{b, a});
    gates.setCheck(GateCheck{second, ticked, false, {}, {}, {}});
    CHECK(gates.checksOfCriterion(ticked) == std::vector{b});
    CHECK(gates.checks(first).size() == 2);
}
