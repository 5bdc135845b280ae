// core::WorkspaceService over a real store: each action validates, applies the
// method's rules once and returns the change set that undoes it exactly.

#include "StoreFixture.h"

#include "core/PipelineService.h"
#include "core/Validation.h"
#include "core/WorkspaceService.h"

using namespace accord;
using namespace accord::core;
using namespace accord::test;

namespace {

struct ServiceFixture : StoreFixture
{
    PipelineService pipeline{*store, clock};
    WorkspaceService workspace{*store, clock};
    Id prospectId = pipeline.addProspect(sampleProspect());
    QDate today = clock.now().toLocalTime().date();
};

} // namespace

TEST_CASE("evidence added, edited and removed through the workspace service reverts exactly",
          "[storage][workspace]")
{
    ServiceFixture f;
    Insight v;
    v.prospectId = f.prospectId;
    v.title = QStringLiteral("Marketplace trends");
    v.sharedOn = f.today;
    const ChangeSet added = f.workspace.add(v);
    REQUIRE(added.size() == 1);
    v.id = added.front().id;
    REQUIRE(f.store->evidence().insights(f.prospectId) == std::vector<Insight>{v});

    Insight edited = v;
    edited.body = QStringLiteral("Buyers compare suppliers online first.");
    const ChangeSet changed = f.workspace.edit(v, edited);
    CHECK(f.store->evidence().insights(f.prospectId).front() == edited);
    f.pipeline.revertChanges(changed);
    CHECK(f.store->evidence().insights(f.prospectId).front() == v);

    const ChangeSet removed = f.workspace.remove(RecordKind::Insight, v.id);
    CHECK(f.store->evidence().insights(f.prospectId).empty());
    f.pipeline.revertChanges(removed);
    CHECK(f.store->evidence().insights(f.prospectId) == std::vector<Insight>{v});
    f.workspace.redoRemoval(removed);
    CHECK(f.store->evidence().insights(f.prospectId).empty());

    // Nothing is written over a colleague's change, and an invalid record is refused.
    Insight blank = v;
    blank.title.clear();
    CHECK_THROWS_AS(f.workspace.add(blank), ValidationError);
    CHECK_THROWS_AS(f.workspace.remove(RecordKind::Prospect, f.prospectId), StoreError);
}

TEST_CASE("a removed contact comes back with the opportunities it championed",
          "[storage][workspace]")
{
    ServiceFixture f;
    Contact c;
    c.prospectId = f.prospectId;
    c.name = QStringLiteral("Ana Lima");
    c.id = f.workspace.add(c).front().id;
    Opportunity o;
    o.prospectId = f.prospectId;
    o.title = QStringLiteral("Marketplace listing");
    o.championContactId = c.id;
    o.id = f.workspace.add(o).front().id;

    const ChangeSet removed = f.workspace.remove(RecordKind::Contact, c.id);
    CHECK(f.store->prospects().contacts(f.prospectId).empty());
    CHECK(f.store->evidence().opportunities(f.prospectId).front().championContactId == kNoId);
    f.pipeline.revertChanges(removed);
    CHECK(f.store->prospects().contacts(f.prospectId).size() == 1);
    CHECK(f.store->evidence().opportunities(f.prospectId).front().championContactId == c.id);
}

TEST_CASE("a data request follows one status rule and is never received before it was requested",
          "[storage][workspace]")
{
    ServiceFixture f;
    DataRequest r;
    r.prospectId = f.prospectId;
    r.item = QStringLiteral("Online revenue");
    r.requestedOn = f.today.addDays(-7);
    r.status = DataRequestStatus::Received; // without a date: received today
    r.id = f.workspace.add(r).front().id;
    auto stored = f.workspace.findDataRequest(r.id);
    REQUIRE(stored);
    CHECK(stored->receivedOn == f.today);
    CHECK(f.workspace.findDataRequest(r.id, f.prospectId) == stored);

    // Declined: no received date.
    auto declined = f.workspace.editDataRequest(
        r.id, {}, [](DataRequest& v) { v.status = DataRequestStatus::Declined; });
    REQUIRE(declined);
    CHECK_FALSE(f.workspace.findDataRequest(r.id)->receivedOn.isValid());

    // Received before requested: refused with one sentence, nothing written.
    try {
        f.workspace.editDataRequest(r.id, {}, [&](DataRequest& v) {
            v.status = DataRequestStatus::Received;
            v.receivedOn = f.today.addDays(-10);
        });
        FAIL("a request received before it was requested was saved");
    } catch (const ValidationError& e) {
        CHECK(e.field() == QStringLiteral("received_on"));
        CHECK(e.message() == QStringLiteral("The received date (%1) is before the requested date "
                                            "(%2).")
                                 .arg(f.today.addDays(-10).toString(Qt::ISODate),
                                      f.today.addDays(-7).toString(Qt::ISODate)));
    }
    CHECK(f.workspace.findDataRequest(r.id)->status == DataRequestStatus::Declined);
    CHECK_FALSE(f.workspace.editDataRequest(4242, {}, [](DataRequest&) {}));
}

TEST_CASE("the worksheet is edited field by field and a lever change keeps a colleague's batna",
          "[storage][workspace]")
{
    ServiceFixture f;
    const Negotiation fresh = f.workspace.negotiation(f.prospectId);
    CHECK(fresh.levers.size() == 4);
    ChangeSet applied;
    f.workspace.editNegotiation(
        f.prospectId, [](Negotiation& n) { n.ourBatna = QStringLiteral("Sell direct"); }, &applied);
    // Each edit writes only what it changes: the batna and the stance stay.
    f.workspace.editNegotiation(f.prospectId, [](Negotiation& n) { n.stance = 2; });
    const Negotiation after = f.workspace.editNegotiation(
        f.prospectId, [](Negotiation& n) { n.levers[0].ourPriority = 5; });
    CHECK(after.ourBatna == QStringLiteral("Sell direct"));
    CHECK(after.stance == 2);
    CHECK(f.workspace.negotiation(f.prospectId).levers[0].ourPriority == 5);
    Negotiation bad = after;
    bad.stance = 9;
    CHECK_THROWS_AS(f.workspace.edit(after, bad), ValidationError);
}

TEST_CASE("a hand tick is stamped and refused when its evidence is too long",
          "[storage][workspace]")
{
    ServiceFixture f;
    const Id criterion = f.store->gates().criteria().front().id;
    CHECK_FALSE(f.workspace.gateCheck(f.prospectId, criterion).checked);
    const GateCheck tick = f.workspace.newGateCheck(
        f.prospectId, criterion, true, QStringLiteral("Signed NDA"), QStringLiteral("Dana"));
    CHECK(tick.checkedAt == referenceNow());
    f.workspace.setGateCheck(tick);
    CHECK(f.workspace.gateCheck(f.prospectId, criterion).evidence == QStringLiteral("Signed NDA"));
    GateCheck tooLong = tick;
    tooLong.evidence = QString(kMaxLongText + 1, QLatin1Char('x'));
    CHECK_THROWS_AS(f.workspace.setGateCheck(tooLong), ValidationError);
    CHECK(f.workspace.gateCheck(f.prospectId, criterion).evidence == QStringLiteral("Signed NDA"));
}

TEST_CASE("a prospect moved to the trash is restored by the change set, and purged only while "
          "it is there",
          "[storage][workspace]")
{
    ServiceFixture f;
    const Id other = f.pipeline.addProspect(sampleProspect(QStringLiteral("Tailspin Toys")));
    const ChangeSet trashed = f.pipeline.trash(f.prospectId);
    CHECK(f.store->prospects().find(f.prospectId)->deletedAt.isValid());
    f.pipeline.revertChanges(trashed);
    CHECK_FALSE(f.store->prospects().find(f.prospectId)->deletedAt.isValid());
    f.pipeline.trash(f.prospectId);
    f.pipeline.restore(f.prospectId);
    CHECK_FALSE(f.store->prospects().find(f.prospectId)->deletedAt.isValid());

    f.pipeline.trash(other);
    CHECK(f.pipeline.purge({f.prospectId, other}) == std::vector<Id>{f.prospectId});
    CHECK_FALSE(f.store->prospects().find(other));
    CHECK(f.store->prospects().find(f.prospectId));
}

TEST_CASE("removing an exit criterion returns the ticks it takes, and the defaults bring it back",
          "[storage][workspace]")
{
    ServiceFixture f;
    const auto all = f.store->gates().criteria();
    const GateCriterion first = all.front();
    f.workspace.setGateCheck(f.workspace.newGateCheck(
        f.prospectId, first.id, true, QStringLiteral("Signed NDA"), QStringLiteral("Dana")));
    std::vector<GateCriterion> kept;
    for (const GateCriterion& c : all)
        if (c.stage == first.stage && c.id != first.id)
            kept.push_back(c);
    const auto taken = f.pipeline.replaceCriteria({first.stage}, kept);
    REQUIRE(taken.size() == 1);
    CHECK(taken.front().evidence == QStringLiteral("Signed NDA"));
    CHECK(f.store->gates().checks(f.prospectId).empty());

    GateCriterion blank;
    blank.stage = first.stage;
    CHECK_THROWS_AS(f.pipeline.replaceCriteria({first.stage}, {blank}), ValidationError);
    CHECK(f.store->gates().criteria().size() == all.size() - 1);

    CHECK(f.pipeline.restoreDefaultCriteria().empty()); // no tick was on a criterion that went
    CHECK(f.store->gates().criteria().size() == all.size());
}

TEST_CASE("a record edited by id writes only what the change sets, in one transaction",
          "[storage][workspace]")
{
    ServiceFixture f;
    Contact c;
    c.prospectId = f.prospectId;
    c.name = QStringLiteral("Maria Anders");
    c.email = QStringLiteral("maria@northwind.example");
    c.id = f.workspace.add(c).front().id;
    // A colleague sets the phone meanwhile; an edit of the title keeps it.
    Contact theirs = c;
    theirs.phone = QStringLiteral("+1 555 0100");
    f.workspace.edit(c, theirs);

    ChangeSet written;
    const auto after = f.workspace.editRecord<Contact>(
        c.id, {}, [](Contact& e) { e.title = QStringLiteral("Head of sales"); }, &written);
    REQUIRE(after);
    REQUIRE(written.size() == 1);
    REQUIRE(written.front().fields.size() == 1);
    CHECK(written.front().fields.front().key == QStringLiteral("title"));
    const auto stored = f.store->prospects().findContact(c.id);
    REQUIRE(stored);
    CHECK(stored->phone == QStringLiteral("+1 555 0100"));
    CHECK(stored->title == QStringLiteral("Head of sales"));

    // A bad value is refused and nothing is written; an unknown id or another prospect finds none.
    CHECK_THROWS_AS(f.workspace.editRecord<Contact>(
                        c.id, {}, [](Contact& e) { e.email = QStringLiteral("maria at home"); }),
                    ValidationError);
    CHECK(f.store->prospects().findContact(c.id)->email == c.email);
    CHECK_FALSE(f.workspace.editRecord<Contact>(4242, {}, [](Contact&) {}));
    CHECK_FALSE(f.workspace.find<Contact>(c.id, f.prospectId + 1000));

    // Evidence is found across the pipeline by its id alone.
    Metric m;
    m.prospectId = f.prospectId;
    m.name = QStringLiteral("Conversion");
    m.value = 2.5;
    const Id metricId = f.workspace.add(m).front().id;
    CHECK(f.workspace.find<Metric>(metricId)->name == QStringLiteral("Conversion"));
    const auto meetingless = f.workspace.find<Meeting>(metricId);
    CHECK_FALSE(meetingless);
}

TEST_CASE("a prospect already in the trash is not trashed again, nor one outside it restored",
          "[storage][workspace]")
{
    ServiceFixture f;
    CHECK_THROWS_WITH(f.pipeline.restore(f.prospectId), Catch::Contains("not in the trash"));
    f.pipeline.trash(f.prospectId);
    const QDateTime at = f.store->prospects().find(f.prospectId)->deletedAt;
    CHECK_THROWS_WITH(f.pipeline.trash(f.prospectId), Catch::Contains("already in the trash"));
    CHECK(f.store->prospects().find(f.prospectId)->deletedAt == at);
    f.pipeline.restore(f.prospectId);
    CHECK_FALSE(f.store->prospects().find(f.prospectId)->deletedAt.isValid());
}
