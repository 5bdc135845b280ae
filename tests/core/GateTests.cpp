#include "support/TestSupport.h"

#include "core/Gate.h"

using namespace accord::core;

namespace {

const CriterionResult& resultFor(const GateResult& r, GateRule rule)
{
    for (const auto& c : r.criteria)
        if (c.criterion.rule == rule)
            return c;
    FAIL("no criterion with that rule");
    throw std::logic_error("unreachable");
}

Stage stageOf(GateRule rule)
{
    for (const auto& c : defaultGateCriteria())
        if (c.rule == rule)
            return c.stage;
    return Stage::Partnership;
}

CriterionResult evaluate(GateRule rule, const EvidenceSummary& e)
{
    return resultFor(evaluateGate(stageOf(rule), defaultGateCriteria(), e), rule);
}

} // namespace

TEST_CASE("the default criteria are the eleven of the method with stable ids", "[core]")
{
    const auto all = defaultGateCriteria();
    REQUIRE(all.size() == 11);
    for (std::size_t i = 0; i < all.size(); ++i)
        CHECK(all[i].id == static_cast<Id>(i + 1));
    CHECK(all[0].label == u"A tailored insight was presented");
    CHECK(all[5].label == u"A champion at the prospect owns the vision");
    CHECK(all[10].label == u"Contract signed");
    CHECK(all[10].rule == GateRule::ContractSigned);
    int perStage[5] = {};
    for (const auto& c : all) {
        CHECK(c.position == perStage[static_cast<int>(c.stage)]);
        ++perStage[static_cast<int>(c.stage)];
    }
    CHECK(perStage[1] == 3);
    CHECK(perStage[2] == 3);
    CHECK(perStage[3] == 5);
    CHECK(perStage[4] == 0);
}

TEST_CASE("with no evidence every default criterion is unmet and says what is missing", "[core]")
{
    const EvidenceSummary none;
    for (Stage s : {Stage::Informative, Stage::Consulting, Stage::Negotiation}) {
        const GateResult r = evaluateGate(s, defaultGateCriteria(), none);
        CHECK(r.metCount() == 0);
        CHECK_FALSE(r.allMet());
        CHECK(r.unmet().size() == r.criteria.size());
        for (const auto& c : r.criteria) {
            CHECK_FALSE(c.met);
            CHECK_FALSE(c.why.isEmpty());
        }
    }
    CHECK(evaluateGate(Stage::Partnership, defaultGateCriteria(), none).total() == 0);
}

TEST_CASE("each automatic rule is met by its own evidence and says which", "[core]")
{
    EvidenceSummary e;
    SECTION("insight shared")
    {
        e.insights = 2;
        const auto c = evaluate(GateRule::InsightShared, e);
        CHECK(c.met);
        CHECK(c.automatic);
        CHECK(c.why == u"2 insights recorded");
    }
    SECTION("data requested")
    {
        e.dataRequests = 1;
        CHECK(evaluate(GateRule::DataRequested, e).met);
        CHECK(evaluate(GateRule::DataRequested, e).why == u"1 data request recorded");
        CHECK_FALSE(evaluate(GateRule::DataReceived, e).met);
        CHECK(evaluate(GateRule::DataReceived, e).why.contains(u"received"));
    }
    SECTION("data received")
    {
        e.dataRequests = 2;
        e.dataReceived = 1;
        CHECK(evaluate(GateRule::DataReceived, e).met);
    }
    SECTION("benchmark compared")
    {
        e.benchmarkedMetrics = 3;
        CHECK(evaluate(GateRule::BenchmarkCompared, e).met);
    }
    SECTION("opportunity identified")
    {
        e.openOpportunities = 1;
        CHECK(evaluate(GateRule::OpportunityIdentified, e).met);
        CHECK_FALSE(evaluate(GateRule::ChampionNamed, e).met);
    }
    SECTION("champion named")
    {
        e.championedOpportunities = 1;
        CHECK(evaluate(GateRule::ChampionNamed, e).met);
    }
    SECTION("both BATNAs")
    {
        e.ourBatna = true;
        CHECK_FALSE(evaluate(GateRule::BothBatnas, e).met);
        CHECK(evaluate(GateRule::BothBatnas, e).why.contains(u"Their BATNA"));
        e.theirBatna = true;
        CHECK(evaluate(GateRule::BothBatnas, e).met);
    }
    SECTION("their interests")
    {
        e.theirInterests = true;
        CHECK(evaluate(GateRule::TheirInterests, e).met);
    }
    SECTION("all levers")
    {
        e.leversDiscussed = 3;
        CHECK_FALSE(evaluate(GateRule::AllLeversDiscussed, e).met);
        CHECK(evaluate(GateRule::AllLeversDiscussed, e).why.contains(u"3"));
        e.leversDiscussed = 4;
        CHECK(evaluate(GateRule::AllLeversDiscussed, e).met);
    }
    SECTION("concessions on both sides")
    {
        e.ourConcession = true;
        CHECK_FALSE(evaluate(GateRule::ConcessionsBothSides, e).met);
        CHECK(evaluate(GateRule::ConcessionsBothSides, e).why.contains(u"them"));
        e.theirConcession = true;
        CHECK(evaluate(GateRule::ConcessionsBothSides, e).met);
    }
    SECTION("contract signed")
    {
        e.signedOn = true;
        CHECK(evaluate(GateRule::ContractSigned, e).met);
    }
}

TEST_CASE("a hand tick meets a criterion whose evidence is missing", "[core]")
{
    EvidenceSummary e;
    e.checkedCriteria = {6}; // the champion criterion
    const GateResult r = evaluateGate(Stage::Consulting, defaultGateCriteria(), e);
    const auto& c = resultFor(r, GateRule::ChampionNamed);
    CHECK(c.met);
    CHECK_FALSE(c.automatic);
    CHECK(c.why == u"Ticked by hand");
    CHECK(r.metCount() == 1);
}

TEST_CASE("evidence wins over a hand tick and is reported as automatic", "[core]")
{
    EvidenceSummary e;
    e.insights = 1;
    e.checkedCriteria = {1};
    const auto c = evaluate(GateRule::InsightShared, e);
    CHECK(c.met);
    CHECK(c.automatic);
}

TEST_CASE("a custom manual criterion is met only by a tick and kept in position order", "[core]")
{
    std::vector<GateCriterion> criteria{
        {21, Stage::Informative, 1, QStringLiteral("Security questionnaire answered"),
         GateRule::Manual},
        {20, Stage::Informative, 0, QStringLiteral("Insight shown"), GateRule::InsightShared},
        {22, Stage::Consulting, 0, QStringLiteral("Other stage"), GateRule::Manual}};
    EvidenceSummary e;
    e.insights = 5; // evidence never meets a manual criterion
    GateResult r = evaluateGate(Stage::Informative, criteria, e);
    REQUIRE(r.total() == 2);
    CHECK(r.criteria[0].criterion.id == 20);
    CHECK(r.criteria[1].criterion.id == 21);
    CHECK_FALSE(r.criteria[1].met);
    CHECK(r.metCount() == 1);
    e.checkedCriteria = {21};
    r = evaluateGate(Stage::Informative, criteria, e);
    CHECK(r.allMet());
    CHECK(r.criteria[1].why == u"Ticked by hand");
}

TEST_CASE("the evidence summary counts what the rules look at", "[core]")
{
    Prospect p;
    p.id = 7;
    std::vector<Insight> insights(2);
    std::vector<DataRequest> requests(3);
    requests[1].status = DataRequestStatus::Received;
    requests[2].status = DataRequestStatus::Declined;
    std::vector<Metric> metrics{
        {1,
         7,
         QStringLiteral("Online revenue"),
         10,
         {},
         QStringLiteral("2025"),
         MetricSource::Prospect},
        {2,
         7,
         QStringLiteral("  online REVENUE "),
         12,
         {},
         QStringLiteral("2025"),
         MetricSource::Industry},
        {3, 7, QStringLiteral("Orders"), 10, {}, QStringLiteral("2025"), MetricSource::Prospect},
        {4, 7, QStringLiteral("Orders"), 10, {}, QStringLiteral("2024"), MetricSource::Competitor},
        {5, 7, QStringLiteral("Visits"), 10, {}, QStringLiteral("2025"), MetricSource::Prospect},
        {6, 7, QStringLiteral("Visits"), 10, {}, QStringLiteral("2025"), MetricSource::Prospect}};
    std::vector<Opportunity> opportunities(3);
    opportunities[0].status = OpportunityStatus::Embraced;
    opportunities[0].championContactId = 4;
    opportunities[1].status = OpportunityStatus::Rejected;
    opportunities[1].championContactId = 5;
    Negotiation n;
    n.ourBatna = QStringLiteral("Walk away");
    n.theirBatna = QStringLiteral("   ");
    n.theirInterests = QStringLiteral("Speed");
    n.levers[0].ourPosition = QStringLiteral("Fixed fee");
    n.levers[1].theirPosition = QStringLiteral("Fast");
    n.levers[2].ourPosition = QStringLiteral("  ");
    n.levers[3].theirConcession = QStringLiteral("Exit clause dropped");
    std::vector<GateCheck> checks{{7, 3, true, {}, {}, {}}, {7, 4, false, {}, {}, {}}};

    const EvidenceSummary s =
        summarizeEvidence(p, insights, requests, metrics, opportunities, n, checks);
    CHECK(s.prospectId == 7);
    CHECK(s.insights == 2);
    CHECK(s.dataRequests == 3);
    CHECK(s.dataReceived == 1);
    CHECK(s.benchmarkedMetrics == 1);
    CHECK(s.openOpportunities == 2);
    CHECK(s.championedOpportunities == 1);
    CHECK(s.ourBatna);
    CHECK_FALSE(s.theirBatna);
    CHECK(s.theirInterests);
    CHECK(s.leversDiscussed == 2);
    CHECK_FALSE(s.ourConcession);
    CHECK(s.theirConcession);
    CHECK_FALSE(s.signedOn);
    CHECK(s.checkedCriteria == std::vector<Id>{3});

    p.signedOn = QDate(2026, 5, 1);
    CHECK(summarizeEvidence(p, {}, {}, {}, {}, std::nullopt, {}).signedOn);
}
