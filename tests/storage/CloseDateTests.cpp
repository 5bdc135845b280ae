// Expected close dates and reasons on both stores: each move is written with
// the edit in one transaction, undo and redo take the entry along, a bundle
// carries the history, a purge removes it; the forecast, the slipped list and
// the losses per reason read them back.

#include "StoreFixture.h"

#include "core/Bundle.h"
#include "core/CloseDates.h"
#include "core/Forecast.h"
#include "core/PipelineService.h"
#include "core/ReviewFold.h"
#include "core/Validation.h"

#include <nlohmann/json.hpp>

using namespace accord;
using namespace accord::core;
using namespace accord::test;

namespace {

Prospect withClose(Prospect p, const QDate& on)
{
    p.expectedClose = on;
    return p;
}

} // namespace

TEST_CASE("a prospect added with a close date starts its history, and each move adds an entry",
          "[storage]")
{
    StoreFixture f;
    PipelineService service(*f.store, f.clock);
    service.setActor([] { return QStringLiteral("Dana"); });
    const Id id = service.addProspect(withClose(sampleProspect(), QDate(2026, 9, 30)));
    auto history = f.store->prospects().closeHistory(id);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history[0].fromDate.isValid());
    CHECK(history[0].toDate == QDate(2026, 9, 30));
    CHECK(history[0].at == referenceNow());
#ifndef ACCORD_TEST_PG
    CHECK(history[0].by == QStringLiteral("Dana")); // the server's owner keeps what is sent too
#endif

    f.clock.advanceSeconds(86400);
    service.editProspect(id, [](Prospect& p) { p.expectedClose = QDate(2026, 10, 31); });
    f.clock.advanceSeconds(86400);
    service.editProspect(id, [](Prospect& p) { p.expectedClose = QDate(2026, 10, 21); });
    f.clock.advanceSeconds(86400);
    service.editProspect(id, [](Prospect& p) { p.expectedClose = QDate(2026, 12, 1); });
    // An edit that leaves the date alone writes no entry.
    service.editProspect(id, [](Prospect& p) { p.industry = QStringLiteral("Wholesale"); });

    history = f.store->prospects().closeHistory(id);
    REQUIRE(history.size() == 4);
    CHECK(history[1].fromDate == QDate(2026, 9, 30));
    CHECK(history[1].toDate == QDate(2026, 10, 31));
    CHECK(history[3].at == referenceNow().addDays(3));
    const Slippage s = slippageOf(history);
    CHECK(s.moves == 3);
    CHECK(s.later == 2);
    CHECK(s.daysLater == 31 + 41);
    CHECK(f.store->prospects().find(id)->expectedClose == QDate(2026, 12, 1));
}

TEST_CASE("undo of a close date edit takes its history entry back, redo writes it again",
          "[storage]")
{
    StoreFixture f;
    PipelineService service(*f.store, f.clock);
    const Id id = service.addProspect(withClose(sampleProspect(), QDate(2026, 9, 30)));
    const FieldPatch patch =
        diffPatch(*f.store->prospects().find(id),
                  withClose(*f.store->prospects().find(id), QDate(2026, 11, 15)),
                  {QStringLiteral("expected_close")});
    const ChangeSet applied = service.applyProspectPatch(patch);
    REQUIRE(applied.size() == 2);
    CHECK(applied[1].kind == RecordKind::CloseChange);
    CHECK(f.store->prospects().closeHistory(id).size() == 2);

    service.revertChanges(applied);
    CHECK(f.store->prospects().find(id)->expectedClose == QDate(2026, 9, 30));
    REQUIRE(f.store->prospects().closeHistory(id).size() == 1);

    service.reapplyChanges(applied);
    CHECK(f.store->prospects().find(id)->expectedClose == QDate(2026, 11, 15));
    const auto history = f.store->prospects().closeHistory(id);
    REQUIRE(history.size() == 2);
    CHECK(history[1].id == applied[1].id);
    CHECK(history[1].toDate == QDate(2026, 11, 15));
}

TEST_CASE("a close date edit that fails writes neither the date nor its history", "[storage]")
{
    StoreFixture f;
    PipelineService service(*f.store, f.clock);
    const Id id = service.addProspect(withClose(sampleProspect(), QDate(2026, 9, 30)));
    failInserts(*f.store, "close_full", "close_change", "true");
    CHECK_THROWS(
        service.editProspect(id, [](Prospect& p) { p.expectedClose = QDate(2026, 12, 31); }));
    CHECK(f.store->prospects().find(id)->expectedClose == QDate(2026, 9, 30));
    CHECK(f.store->prospects().closeHistory(id).size() == 1);
}

TEST_CASE("a bundle carries the close date history and a purge removes it", "[storage]")
{
    StoreFixture f;
    PipelineService service(*f.store, f.clock);
    const Id id = service.addProspect(withClose(sampleProspect(), QDate(2026, 9, 30)));
    service.editProspect(id, [](Prospect& p) { p.expectedClose = QDate(2026, 10, 31); });
    const auto bundle = loadBundle(*f.store, id);
    REQUIRE(bundle);
    REQUIRE(bundle->closeChanges.size() == 2);

    // Into a second store as a restore: every id kept, the same bundle read back.
    StoreFixture other;
    saveBundle(*other.store, *bundle);
    const auto restored = loadBundle(*other.store, id);
    REQUIRE(restored);
    CHECK(restored->closeChanges == bundle->closeChanges);
    CHECK(restored->prospect.expectedClose == QDate(2026, 10, 31));
    // The JSON form reads back the same.
    CHECK(bundleFromJson(toJson(*bundle)).closeChanges == bundle->closeChanges);

    service.trash(id);
    CHECK(service.purge({id}).empty());
    CHECK(f.store->prospects().closeHistory(id).empty());
}

TEST_CASE("the forecast and the slipped list read close dates and their moves from the store",
          "[storage]")
{
    StoreFixture f;
    PipelineService service(*f.store, f.clock);
    Prospect a = withClose(sampleProspect(QStringLiteral("Northwind")), QDate(2026, 6, 20));
    a.value = Money{100'000, QStringLiteral("USD")};
    a.stage = Stage::Negotiation;
    const Id ida = service.addProspect(a);
    Prospect b = withClose(sampleProspect(QStringLiteral("Contoso")), QDate(2026, 8, 10));
    b.value = Money{50'000, QStringLiteral("USD")};
    b.owner = QStringLiteral("Ravi");
    const Id idb = service.addProspect(b);
    f.clock.advanceSeconds(3600);
    service.editProspect(ida, [](Prospect& p) { p.expectedClose = QDate(2026, 7, 15); });
    service.editProspect(idb, [](Prospect& p) { p.expectedClose = QDate(2026, 8, 1); });

    ForecastQuery q;
    q.today = QDate(2026, 6, 15);
    const Forecast forecast = forecastOf(*f.store, q);
    REQUIRE(forecast.periods.size() == 3);
    CHECK(forecast.periods[0].ids.empty()); // 2026 Q2
    CHECK(forecast.periods[1].ids == std::vector<Id>{ida, idb});
    CHECK(forecast.periods[1].valueMinor == 150'000);
    CHECK(forecast.periods[1].weightedMinor == 60'000 + 15'000);

    q.owners = {QStringLiteral("Ravi")};
    CHECK(forecastOf(*f.store, q).periods[1].ids == std::vector<Id>{idb});

    const auto slipped =
        slippedOf(*f.store, referenceNow().addDays(-1), referenceNow().addDays(1), {});
    REQUIRE(slipped.size() == 1); // Contoso moved earlier
    CHECK(slipped[0].id == ida);
    CHECK(slipped[0].name == QStringLiteral("Northwind"));
    CHECK(slipped[0].daysLater == 25);
    CHECK(slipped[0].expectedClose == QDate(2026, 7, 15));
    CHECK(slippedOf(*f.store, referenceNow().addDays(1), referenceNow().addDays(2), {}).empty());
}

TEST_CASE("a loss with a reason code is kept with the prospect and counted in the review",
          "[storage]")
{
    StoreFixture f;
    PipelineService service(*f.store, f.clock);
    const Id id = service.addProspect(sampleProspect());
    f.clock.advanceSeconds(60);
    ChangeSet applied;
    const MoveDecision d = service.changeStatus(id, Status::Lost, {}, QStringLiteral("Dana"),
                                                &applied, QStringLiteral("Competitor"));
    REQUIRE(d.allowed());
    const Prospect lost = *f.store->prospects().find(id);
    CHECK(lost.reasonCode == QStringLiteral("competitor"));
    CHECK(lost.lostReason.isEmpty());
    CHECK(f.store->prospects().history(id).back().reason == QStringLiteral("Competitor"));
    CHECK_THROWS_AS(
        service.changeStatus(id, Status::Lost, {}, {}, nullptr, QStringLiteral("no_such_reason")),
        ValidationError);

    ReportQuery q;
    q.from = referenceNow().addDays(-30);
    q.to = referenceNow().addDays(1);
    q.now = q.to;
    const PipelineReport r = ReviewService(*f.store).compute(q);
    REQUIRE(r.lostByReason.size() == 1);
    CHECK(r.lostByReason[0].code == QStringLiteral("competitor"));
    CHECK(r.lostByReason[0].in(Stage::Consulting) == 1);

    service.revertChanges(applied);
    CHECK(f.store->prospects().find(id)->reasonCode.isEmpty());
    CHECK(f.store->prospects().find(id)->status == Status::Active);
}
