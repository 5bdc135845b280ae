#include "StoreFixture.h"

#include "core/PipelineService.h"

using namespace accord;
using namespace accord::core;
using namespace accord::test;

TEST_CASE("the service stamps a new prospect and a logged meeting sets its next step", "[storage]")
{
    StoreFixture f;
    PipelineService service(*f.store, f.clock);
    Prospect p = sampleProspect();
    p.stage = Stage::Informative;
    const Id id = service.addProspect(p);
    const auto saved = f.store->prospects().find(id);
    REQUIRE(saved);
    CHECK(saved->createdAt == referenceNow());
    CHECK(saved->stageEnteredAt == referenceNow());

    f.clock.advanceSeconds(3600);
    Meeting m = sampleMeeting(id);
    m.stageAtTime = Stage::Negotiation; // the service takes the prospect's stage
    m.nextStep = QStringLiteral("Send the data request");
    m.nextStepDue = QDate(2026, 7, 1);
    const Id mid = service.logMeeting(m);
    CHECK(f.store->meetings().find(mid)->stageAtTime == Stage::Informative);
    // The next step is planned as an open activity of the prospect's owner.
    const auto planned = f.store->activities().forProspect(id);
    REQUIRE(planned.size() == 1);
    CHECK(planned.front().title == QStringLiteral("Send the data request"));
    CHECK(planned.front().dueOn == QDate(2026, 7, 1));
    CHECK(planned.front().owner == QStringLiteral("Dana"));
    CHECK(planned.front().isOpen());
}

TEST_CASE("moving past an unmet gate needs a reason, is recorded, and reverts exactly", "[storage]")
{
    StoreFixture f;
    PipelineService service(*f.store, f.clock);
    Prospect p = sampleProspect();
    p.stage = Stage::Informative;
    const Id id = service.addProspect(p);
    const Prospect before = *f.store->prospects().find(id);
    CHECK(service.currentGate(id).metCount() == 0);
    CHECK(service.currentGate(id).total() == 3);

    f.clock.advanceSeconds(86400);
    const MoveDecision refused =
        service.moveStage(id, Stage::Consulting, {}, QStringLiteral("Dana"));
    CHECK_FALSE(refused.allowed());
    CHECK(f.store->prospects().find(id) == before);
    CHECK(f.store->prospects().history(id).empty());

    ChangeSet applied;
    const MoveDecision moved =
        service.moveStage(id, Stage::Consulting, QStringLiteral("Their CEO asked for it"),
                          QStringLiteral("Dana"), &applied);
    REQUIRE(moved.allowed());
    CHECK(moved.gateOverride);
    const auto history = f.store->prospects().history(id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].gateOverride);
    CHECK(history[0].toStage == Stage::Consulting);
    CHECK(history[0].at == referenceNow().addSecs(86400));
    CHECK(f.store->prospects().find(id)->stage == Stage::Consulting);
    CHECK(f.store->prospects().row(id)->gateTotal == 3); // now the Consulting gate

    service.revertChanges(applied);
    Prospect reverted = *f.store->prospects().find(id);
    CHECK(reverted.updatedAt >= before.updatedAt); // the undo is a change of its own
    reverted.updatedAt = before.updatedAt;
    CHECK(reverted == before);
    CHECK(f.store->prospects().history(id).empty());
}

TEST_CASE("a gate met by evidence lets the move through without an override", "[storage]")
{
    StoreFixture f;
    PipelineService service(*f.store, f.clock);
    Prospect p = sampleProspect();
    p.stage = Stage::Informative;
    const Id id = service.addProspect(p);
    auto& e = f.store->evidence();
    e.addInsight(Insight{kNoId, id, kNoId, QStringLiteral("Trend"), {}, {}, QDate(2026, 6, 1)});
    e.addDataRequest(DataRequest{kNoId,
                                 id,
                                 QStringLiteral("Orders"),
                                 QDate(2026, 6, 1),
                                 DataRequestStatus::Received,
                                 QDate(2026, 6, 5),
                                 {}});
    CHECK(service.currentGate(id).allMet());
    CHECK(f.store->prospects().row(id)->gateMet == 3);
    const MoveDecision d = service.moveStage(id, Stage::Consulting, {}, QStringLiteral("Dana"));
    REQUIRE(d.allowed());
    CHECK_FALSE(d.gateOverride);
    CHECK_FALSE(f.store->prospects().history(id).front().gateOverride);
}
