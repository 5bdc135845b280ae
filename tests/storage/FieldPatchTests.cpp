// Field patches: compare-and-set of the named fields only, in one write
// transaction; reopen and the partnership's signed date; settings in one
// transaction.

#include "StoreFixture.h"

#include "core/PipelineService.h"
#include "core/PipelineSettings.h"
#include "core/io/DailyBackups.h"

using namespace accord;
using namespace accord::core;
using namespace accord::test;

TEST_CASE("a field patch writes only its fields and refuses, writing nothing, when one differs",
          "[storage][patch]")
{
    StoreFixture f;
    const Id id = f.store->prospects().add(sampleProspect());
    const Prospect stored = *f.store->prospects().find(id);

    Prospect edited = stored;
    edited.name = QStringLiteral("Northwind plc");
    edited.value.minor = 5'000'000;
    const FieldPatch patch = diffPatch(stored, edited);
    REQUIRE(patch.fields.size() == 2);

    // Someone else changes the value first: the whole patch is refused.
    auto other = f.open();
    Prospect theirs = stored;
    theirs.value.minor = 7'000'000;
    other->applyChanges({diffPatch(stored, theirs)});
    try {
        f.store->applyChanges({patch});
        FAIL("the patch was applied over another change");
    } catch (const ConflictError& e) {
        CHECK(e.kind() == RecordKind::Prospect);
        CHECK(e.fields() == QStringList{QStringLiteral("value_minor")});
        CHECK_FALSE(e.missing());
    }
    CHECK(f.store->prospects().find(id)->name == stored.name); // nothing written

    // A patch of other fields goes through and leaves the value alone.
    Prospect renamed = stored;
    renamed.name = QStringLiteral("Northwind plc");
    f.store->applyChanges({diffPatch(stored, renamed)});
    CHECK(f.store->prospects().find(id)->name == QStringLiteral("Northwind plc"));
    CHECK(f.store->prospects().find(id)->value.minor == 7'000'000);

    // Undo of it (reversed) while nobody touched the name restores it.
    f.store->applyChanges(reversed({diffPatch(stored, renamed)}));
    CHECK(f.store->prospects().find(id)->name == stored.name);
}

TEST_CASE("a patch of a record that is gone is refused as missing", "[storage][patch]")
{
    StoreFixture f;
    const Id id = f.store->prospects().add(sampleProspect());
    const Id mid = f.store->meetings().add(sampleMeeting(id));
    Meeting m = *f.store->meetings().find(mid);
    Meeting edited = m;
    edited.summary = QStringLiteral("Changed");
    f.store->meetings().remove(mid);
    try {
        f.store->applyChanges({diffPatch(m, edited)});
        FAIL("applied to a deleted meeting");
    } catch (const ConflictError& e) {
        CHECK(e.missing());
    }
}

TEST_CASE("removing a meeting returns its insights' links so the reverse restores them",
          "[storage][patch]")
{
    StoreFixture f;
    const Id id = f.store->prospects().add(sampleProspect());
    const Id mid = f.store->meetings().add(sampleMeeting(id));
    const Meeting m = *f.store->meetings().find(mid);
    Insight v;
    v.prospectId = id;
    v.meetingId = mid;
    v.title = QStringLiteral("Basket size");
    f.store->evidence().addInsight(v);

    const ChangeSet removed = f.store->removeRecord(RecordKind::Meeting, mid);
    CHECK_FALSE(f.store->meetings().find(mid));
    CHECK(f.store->evidence().insights(id).front().meetingId == kNoId);
    f.store->applyChanges(reversed(removed));
    CHECK(f.store->meetings().find(mid) == m);
    CHECK(f.store->evidence().insights(id).front().meetingId == mid);
}

TEST_CASE("a worksheet patch writes only the lever fields it names", "[storage][patch]")
{
    StoreFixture f;
    const Id id = f.store->prospects().add(sampleProspect());
    Negotiation fresh;
    fresh.prospectId = id;
    Negotiation mine = fresh;
    mine.levers[1].ourPosition = QStringLiteral("Six months");
    Negotiation theirs = fresh;
    theirs.ourBatna = QStringLiteral("Another partner");
    f.store->applyChanges({diffPatch(fresh, theirs)});
    f.store->applyChanges({diffPatch(fresh, mine)});
    const Negotiation n = *f.store->evidence().negotiation(id);
    CHECK(n.ourBatna == QStringLiteral("Another partner"));
    CHECK(n.levers[1].ourPosition == QStringLiteral("Six months"));
    CHECK(n.stance == 3);
}

TEST_CASE("pipeline settings are saved all or nothing", "[storage][settings]")
{
    StoreFixture f;
    PipelineSettings s = PipelineSettings::load(f.store->settings());
    const PipelineSettings old = s;
    s.staleDays[0] = old.staleDays[0] + 5;
    s.probabilityPercent[1] = 77;
    s.currency = QStringLiteral("EUR");
    // The write of the currency fails (as a full or busy disk would).
    failInserts(*f.store, "fail_currency", "setting", "NEW.key = 'currency'");
    CHECK_THROWS_AS(s.save(f.store->settings()), StoreError);
    const PipelineSettings now = PipelineSettings::load(f.store->settings());
    CHECK(now.staleDays == old.staleDays);
    CHECK(now.probabilityPercent == old.probabilityPercent);
}

TEST_CASE("the backup policy is saved all or nothing", "[storage][settings]")
{
    StoreFixture f;
    core::BackupPolicy policy;
    policy.enabled = false;
    policy.keep = 9;
    policy.folder = f.dir.path(QStringLiteral("copies"));
    failInserts(*f.store, "fail_folder", "setting", "NEW.key LIKE '%folder%'");
    CHECK_THROWS_AS(core::saveBackupPolicy(f.store->settings(), policy), StoreError);
    CHECK(f.store->settings().value(QLatin1String(core::kBackupKeepKey)).isEmpty());
    CHECK(f.store->settings().value(QLatin1String(core::kBackupEnabledKey)).isEmpty());
}

TEST_CASE("a won prospect can be reopened with a reason, recorded in its history",
          "[storage][reopen]")
{
    StoreFixture f;
    PipelineService service(*f.store, f.clock);
    Prospect p = sampleProspect();
    p.stage = Stage::Partnership;
    p.status = Status::Won;
    p.signedOn = QDate(2026, 6, 1);
    const Id id = f.store->prospects().add(p);

    CHECK(service.reopen(id, Stage::Negotiation, {}, QStringLiteral("Ravi")).verdict ==
          MoveVerdict::NeedsReason);
    CHECK_FALSE(service.reopen(id, Stage::Partnership, QStringLiteral("x"), {}).allowed());
    const MoveDecision d = service.reopen(
        id, Stage::Negotiation, QStringLiteral("Signed by mistake"), QStringLiteral("Ravi"));
    REQUIRE(d.allowed());
    const Prospect after = *f.store->prospects().find(id);
    CHECK(after.stage == Stage::Negotiation);
    CHECK(after.status == Status::Active);
    const auto history = f.store->prospects().history(id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].fromStatus == Status::Won);
    CHECK(history[0].toStatus == Status::Active);
    CHECK(history[0].fromStage == Stage::Partnership);
    CHECK(history[0].reason == QStringLiteral("Signed by mistake"));
    CHECK(history[0].by == QStringLiteral("Ravi"));
    // An active prospect is not reopened.
    CHECK_FALSE(service.reopen(id, Stage::Consulting, QStringLiteral("x"), {}).allowed());
}

TEST_CASE("a partnership keeps its signed date", "[storage][reopen]")
{
    StoreFixture f;
    PipelineService service(*f.store, f.clock);
    Prospect p = sampleProspect();
    p.stage = Stage::Partnership;
    p.status = Status::Won;
    p.signedOn = QDate(2026, 6, 1);
    const Id id = f.store->prospects().add(p);
    CHECK_THROWS_AS(service.editProspect(id, [](Prospect& e) { e.signedOn = {}; }),
                    ValidationError);
    CHECK(f.store->prospects().find(id)->signedOn == QDate(2026, 6, 1));
}

TEST_CASE("a partnership without a signed date can still be edited", "[storage][reopen]")
{
    StoreFixture f;
    PipelineService service(*f.store, f.clock);
    Prospect p = sampleProspect();
    p.stage = Stage::Partnership;
    p.status = Status::Lost;
    p.signedOn = {};
    const Id id = f.store->prospects().add(p);
    service.editProspect(id,
                         [](Prospect& e) { e.agreementSummary = QStringLiteral("Draft terms"); });
    CHECK(f.store->prospects().find(id)->agreementSummary == QStringLiteral("Draft terms"));
    CHECK_FALSE(f.store->prospects().find(id)->signedOn.isValid());
}

TEST_CASE("putting a record back under an id another record holds is refused as a conflict",
          "[storage][patch]")
{
    StoreFixture f;
    const Id id = f.store->prospects().add(sampleProspect());
    const Id mid = f.store->meetings().add(sampleMeeting(id));
    FieldPatch again = insertPatch(*f.store->meetings().find(mid));
    try {
        f.store->applyChanges({again});
        FAIL("a second meeting took the id");
    } catch (const ConflictError& e) {
        CHECK(e.reason() == ConflictError::Reason::Taken);
        PipelineService service(*f.store, f.clock);
        CHECK(service.conflictSentence(e) ==
              QStringLiteral("Another meeting took its place since; undo is not possible."));
    }
}

TEST_CASE("pipeline settings saved from an editor write only what it changed, compare-and-set",
          "[storage][settings]")
{
    StoreFixture f;
    const PipelineSettings loaded = PipelineSettings::load(f.store->settings());
    auto other = f.open();
    PipelineSettings theirs = loaded;
    theirs.probabilityPercent[1] = 55;
    theirs.rates[QStringLiteral("EUR")] = 1.08;
    theirs.save(other->settings());

    PipelineSettings mine = loaded;
    mine.staleDays[0] = 30;
    mine.save(f.store->settings(), loaded);
    PipelineSettings now = PipelineSettings::load(f.store->settings());
    CHECK(now.staleDays[0] == 30);
    CHECK(now.probabilityPercent[1] == 55);
    CHECK(now.rates == theirs.rates);

    // Changing the value they changed is refused, naming it; nothing is written.
    PipelineSettings again = loaded;
    again.probabilityPercent[0] = 20;
    again.probabilityPercent[1] = 40;
    try {
        again.save(f.store->settings(), loaded);
        FAIL("a colleague's change was overwritten");
    } catch (const SettingChangedError& e) {
        CHECK(e.key() == QStringLiteral("probability.2"));
        CHECK(
            e.message().contains(PipelineSettings::settingLabel(QStringLiteral("probability.2"))));
    }
    now = PipelineSettings::load(f.store->settings());
    CHECK(now.probabilityPercent[0] == loaded.probabilityPercent[0]);
    CHECK(now.probabilityPercent[1] == 55);
}

TEST_CASE("the backup policy saved from an editor writes only what it changed, compare-and-set",
          "[storage][settings]")
{
    StoreFixture f;
    const core::BackupPolicy loaded{true, 7, QString()};
    auto other = f.open();
    other->settings().setValue(QLatin1String(core::kBackupKeepKey), QStringLiteral("12"));
    core::BackupPolicy mine = loaded;
    mine.enabled = false;
    core::saveBackupPolicy(f.store->settings(), mine, &loaded);
    CHECK(f.store->settings().value(QLatin1String(core::kBackupEnabledKey)) == QStringLiteral("0"));
    CHECK(f.store->settings().value(QLatin1String(core::kBackupKeepKey)) == QStringLiteral("12"));
    core::BackupPolicy fewer = loaded;
    fewer.keep = 3;
    CHECK_THROWS_AS(core::saveBackupPolicy(f.store->settings(), fewer, &loaded),
                    SettingChangedError);
    CHECK(f.store->settings().value(QLatin1String(core::kBackupKeepKey)) == QStringLiteral("12"));
}
