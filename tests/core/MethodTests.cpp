#include "support/TestSupport.h"

#include "core/Method.h"

using namespace accord::core;

namespace {

Prospect prospectAt(Stage s, Status status = Status::Active)
{
    Prospect p;
    p.id = 1;
    p.name = QStringLiteral("Northwind Supply");
    p.stage = s;
    p.status = status;
    return p;
}

EvidenceSummary stage1Complete()
{
    EvidenceSummary e;
    e.insights = 1;
    e.dataRequests = 1;
    e.dataReceived = 1;
    return e;
}

EvidenceSummary negotiationComplete()
{
    EvidenceSummary e = stage1Complete();
    e.benchmarkedMetrics = 1;
    e.openOpportunities = 1;
    e.championedOpportunities = 1;
    e.ourBatna = e.theirBatna = e.theirInterests = true;
    e.leversDiscussed = 4;
    e.ourConcession = e.theirConcession = true;
    e.signedOn = true;
    return e;
}

const auto kCriteria = defaultGateCriteria();

} // namespace

TEST_CASE("a forward move whose gate is met is allowed without a reason", "[core]")
{
    const auto d = decideStageMove(prospectAt(Stage::Informative), Stage::Consulting, kCriteria,
                                   stage1Complete(), {});
    CHECK(d.verdict == MoveVerdict::Allowed);
    CHECK_FALSE(d.gateOverride);
    CHECK_FALSE(d.backward);
    CHECK(d.unmet.empty());
}

TEST_CASE("a forward move past unmet criteria needs a reason and then is an override", "[core]")
{
    EvidenceSummary e;
    e.insights = 1;
    auto d = decideStageMove(prospectAt(Stage::Informative), Stage::Consulting, kCriteria, e,
                             QStringLiteral("  "));
    CHECK(d.verdict == MoveVerdict::NeedsReason);
    REQUIRE(d.unmet.size() == 2);
    CHECK(d.message.contains(u"They agreed to share their data"));

    d = decideStageMove(prospectAt(Stage::Informative), Stage::Consulting, kCriteria, e,
                        QStringLiteral("Their CEO asked for the workshop now"));
    CHECK(d.verdict == MoveVerdict::Allowed);
    CHECK(d.gateOverride);
    CHECK(d.unmet.size() == 2);
}

TEST_CASE("skipping a stage collects the unmet criteria of every stage passed", "[core]")
{
    const auto d = decideStageMove(prospectAt(Stage::Informative), Stage::Negotiation, kCriteria,
                                   EvidenceSummary{}, {});
    CHECK(d.verdict == MoveVerdict::NeedsReason);
    CHECK(d.unmet.size() == 6);
    CHECK(d.unmet.front().criterion.stage == Stage::Informative);
    CHECK(d.unmet.back().criterion.stage == Stage::Consulting);
}

TEST_CASE("a backward move needs a reason and is marked backward", "[core]")
{
    auto d = decideStageMove(prospectAt(Stage::Negotiation), Stage::Consulting, kCriteria,
                             EvidenceSummary{}, {});
    CHECK(d.verdict == MoveVerdict::NeedsReason);
    CHECK(d.backward);
    d = decideStageMove(prospectAt(Stage::Negotiation), Stage::Consulting, kCriteria,
                        EvidenceSummary{}, QStringLiteral("Pricing stalled"));
    CHECK(d.verdict == MoveVerdict::Allowed);
    CHECK(d.backward);
    CHECK_FALSE(d.gateOverride);
}

TEST_CASE("Partnership without a signature is refused even with a reason", "[core]")
{
    EvidenceSummary e = negotiationComplete();
    e.signedOn = false;
    e.checkedCriteria = {11}; // a hand tick does not replace the signed date
    const auto d = decideStageMove(prospectAt(Stage::Negotiation), Stage::Partnership, kCriteria, e,
                                   QStringLiteral("Please"));
    CHECK(d.verdict == MoveVerdict::Refused);
    CHECK(d.message.contains(u"signed date"));
}

TEST_CASE("Partnership with an incomplete negotiation is refused and lists what is missing",
          "[core]")
{
    EvidenceSummary e = negotiationComplete();
    e.theirConcession = false;
    const auto d = decideStageMove(prospectAt(Stage::Negotiation), Stage::Partnership, kCriteria, e,
                                   QStringLiteral("Override"));
    CHECK(d.verdict == MoveVerdict::Refused);
    CHECK(d.message.contains(u"Concessions on both sides"));
}

TEST_CASE("Partnership from a complete negotiation is allowed", "[core]")
{
    const auto d = decideStageMove(prospectAt(Stage::Negotiation), Stage::Partnership, kCriteria,
                                   negotiationComplete(), {});
    CHECK(d.verdict == MoveVerdict::Allowed);
}

TEST_CASE("moves of won, lost, trashed or same-stage prospects are refused", "[core]")
{
    const auto all = negotiationComplete();
    CHECK(decideStageMove(prospectAt(Stage::Consulting), Stage::Consulting, kCriteria, all, {})
              .message.contains(u"already in"));
    CHECK(decideStageMove(prospectAt(Stage::Partnership, Status::Won), Stage::Negotiation,
                          kCriteria, all, QStringLiteral("x"))
              .verdict == MoveVerdict::Refused);
    const auto lost = decideStageMove(prospectAt(Stage::Consulting, Status::Lost),
                                      Stage::Negotiation, kCriteria, all, QStringLiteral("x"));
    CHECK(lost.verdict == MoveVerdict::Refused);
    CHECK(lost.message.contains(u"reopen"));
    Prospect trashed = prospectAt(Stage::Consulting);
    trashed.deletedAt = accord::test::referenceNow();
    CHECK(
        decideStageMove(trashed, Stage::Negotiation, kCriteria, all, QStringLiteral("x")).verdict ==
        MoveVerdict::Refused);
}

TEST_CASE("a prospect is won only by moving it to Partnership", "[core]")
{
    const auto d = decideStatusChange(prospectAt(Stage::Negotiation), Status::Won, {});
    CHECK(d.verdict == MoveVerdict::Refused);
    CHECK(d.message == u"A prospect is won by moving it to Partnership.");
}

TEST_CASE("losing a prospect needs a reason", "[core]")
{
    CHECK(decideStatusChange(prospectAt(Stage::Consulting), Status::Lost, QStringLiteral(" "))
              .verdict == MoveVerdict::NeedsReason);
    CHECK(decideStatusChange(prospectAt(Stage::Consulting), Status::Lost,
                             QStringLiteral("Budget frozen"))
              .verdict == MoveVerdict::Allowed);
}

TEST_CASE("status changes: hold and reopen are allowed, won is final, same status refused",
          "[core]")
{
    CHECK(decideStatusChange(prospectAt(Stage::Consulting), Status::OnHold, {}).allowed());
    CHECK(decideStatusChange(prospectAt(Stage::Consulting, Status::OnHold), Status::Active, {})
              .allowed());
    CHECK(decideStatusChange(prospectAt(Stage::Consulting, Status::Lost), Status::Active, {})
              .allowed());
    CHECK(decideStatusChange(prospectAt(Stage::Partnership, Status::Won), Status::Active,
                             QStringLiteral("x"))
              .verdict == MoveVerdict::Refused);
    CHECK(decideStatusChange(prospectAt(Stage::Partnership, Status::Won), Status::Lost,
                             QStringLiteral("x"))
              .verdict == MoveVerdict::Refused);
    CHECK(decideStatusChange(prospectAt(Stage::Consulting), Status::Active, {}).verdict ==
          MoveVerdict::Refused);
}
