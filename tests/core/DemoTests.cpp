#include "support/TestSupport.h"

#include "core/Demo.h"
#include "core/Validation.h"

#include <nlohmann/json.hpp>

#include <set>

using namespace accord::core;

namespace {

std::vector<ProspectBundle> demo(quint32 seed = 42, int prospects = 36)
{
    DemoOptions o;
    o.seed = seed;
    o.prospects = prospects;
    o.now = accord::test::referenceNow();
    return makeDemoPipeline(o);
}

EvidenceSummary summaryOf(const ProspectBundle& b)
{
    return summarizeEvidence(b.prospect, b.insights, b.dataRequests, b.metrics, b.opportunities,
                             b.negotiation, b.gateChecks);
}

} // namespace

TEST_CASE("the same seed gives the same demo and another seed a different one", "[core]")
{
    const auto a = demo(7);
    CHECK(a == demo(7));
    CHECK_FALSE(a == demo(8));
}

TEST_CASE("the demo covers every stage, status and at least four owners", "[core]")
{
    const auto all = demo();
    REQUIRE(all.size() >= 36);
    std::set<int> stages;
    std::set<int> statuses;
    std::set<QString> owners;
    std::set<QString> names;
    for (const auto& b : all) {
        stages.insert(static_cast<int>(b.prospect.stage));
        statuses.insert(static_cast<int>(b.prospect.status));
        owners.insert(b.prospect.owner);
        names.insert(b.prospect.name);
        CHECK_NOTHROW(validate(b.prospect));
        CHECK(b.contacts.size() >= 2);
        CHECK(b.contacts.size() <= 4);
        CHECK_FALSE(b.meetings.empty());
        if (b.prospect.status == Status::Lost)
            CHECK_FALSE(b.prospect.lostReason.isEmpty());
        CHECK((b.prospect.status == Status::Won) == (b.prospect.stage == Stage::Partnership));
    }
    CHECK(stages.size() == 4);
    CHECK(statuses.size() == 4);
    CHECK(owners.size() >= 4);
    CHECK(names.size() == all.size());
}

TEST_CASE("demo times lie before now and the history ends in the current stage", "[core]")
{
    const QDateTime now = accord::test::referenceNow();
    int overrides = 0;
    int backward = 0;
    for (const auto& b : demo()) {
        const Prospect& p = b.prospect;
        CHECK(p.createdAt < now);
        CHECK(p.createdAt > now.addDays(-300));
        CHECK(p.stageEnteredAt >= p.createdAt);
        for (std::size_t i = 0; i < b.meetings.size(); ++i) {
            const Meeting& m = b.meetings[i];
            CHECK(m.occurredAt < now);
            CHECK(m.occurredAt > p.createdAt);
            CHECK(m.notes.size() >= 200);
            CHECK(m.notes.size() <= 400);
            if (i > 0)
                CHECK(b.meetings[i - 1].occurredAt >= m.occurredAt); // newest first
        }
        Stage stage = Stage::Informative;
        QDateTime lastMove = p.createdAt;
        for (const auto& c : b.history) {
            CHECK(c.fromStage == stage);
            stage = c.toStage;
            if (c.fromStage != c.toStage)
                lastMove = c.at;
            overrides += c.gateOverride ? 1 : 0;
            if (static_cast<int>(c.toStage) < static_cast<int>(c.fromStage)) {
                ++backward;
                CHECK_FALSE(c.reason.isEmpty());
            }
            if (c.gateOverride)
                CHECK_FALSE(c.reason.isEmpty());
        }
        CHECK(stage == p.stage);
        CHECK(p.stageEnteredAt == lastMove);
    }
    CHECK(overrides >= 2);
    CHECK(backward >= 1);
}

TEST_CASE("demo evidence matches each prospect's stage", "[core]")
{
    const auto criteria = defaultGateCriteria();
    int partial = 0;
    for (const auto& b : demo()) {
        const Stage s = b.prospect.stage;
        const EvidenceSummary e = summaryOf(b);
        if (s >= Stage::Consulting) {
            CHECK(e.insights > 0);
            CHECK(e.dataRequests > 0);
            CHECK_FALSE(b.metrics.empty());
        }
        if (s >= Stage::Negotiation) {
            CHECK(e.benchmarkedMetrics > 0);
            CHECK(e.openOpportunities > 0);
            CHECK(b.negotiation.has_value());
            CHECK_FALSE(b.tradables.empty());
        }
        if (s == Stage::Partnership) {
            CHECK(b.prospect.signedOn.isValid());
            CHECK_FALSE(b.prospect.agreementSummary.isEmpty());
            for (Stage g : {Stage::Informative, Stage::Consulting, Stage::Negotiation})
                CHECK(evaluateGate(g, criteria, e).allMet());
        } else {
            const GateResult gate = evaluateGate(s, criteria, e);
            if (gate.metCount() > 0 && !gate.allMet())
                ++partial;
        }
        for (const auto& o : b.opportunities)
            if (o.championContactId != kNoId)
                CHECK(std::any_of(b.contacts.begin(), b.contacts.end(),
                                  [&](const Contact& c) { return c.id == o.championContactId; }));
        for (const auto& v : b.insights)
            if (v.meetingId != kNoId)
                CHECK(std::any_of(b.meetings.begin(), b.meetings.end(),
                                  [&](const Meeting& m) { return m.id == v.meetingId; }));
    }
    CHECK(partial >= 5);
}

TEST_CASE("demo contact and meeting ids are unique across the demo; others are left to the store",
          "[core]")
{
    std::set<Id> contacts;
    std::set<Id> meetings;
    std::size_t contactCount = 0;
    std::size_t meetingCount = 0;
    for (const auto& b : demo()) {
        CHECK(b.prospect.id == kNoId);
        for (const auto& c : b.contacts)
            contacts.insert(c.id);
        for (const auto& m : b.meetings)
            meetings.insert(m.id);
        contactCount += b.contacts.size();
        meetingCount += b.meetings.size();
        for (const auto& v : b.metrics)
            CHECK(v.id == kNoId);
    }
    CHECK(contacts.size() == contactCount);
    CHECK(meetings.size() == meetingCount);
    CHECK(*contacts.begin() == 1);
}

TEST_CASE("the demo makes any number of prospects", "[core]")
{
    CHECK(demo(1, 1).size() == 1);
    const auto many = demo(3, 1000);
    CHECK(many.size() == 1000);
    std::set<QString> names;
    for (const auto& b : many)
        names.insert(b.prospect.name);
    CHECK(names.size() == 1000);
}
