#include "StoreFixture.h"

using namespace accord;
using namespace accord::core;
using namespace accord::test;

namespace {

EvidenceSummary fromCore(Store& store, Id id)
{
    auto& e = store.evidence();
    return summarizeEvidence(*store.prospects().find(id), e.insights(id), e.dataRequests(id),
                             e.metrics(id), e.opportunities(id), e.negotiation(id),
                             store.gates().checks(id));
}

} // namespace

TEST_CASE("insights, data requests, metrics, opportunities and tradables round-trip", "[storage]")
{
    StoreFixture f;
    auto& e = f.store->evidence();
    const Id pid = f.store->prospects().add(sampleProspect());
    const Id mid = f.store->meetings().add(sampleMeeting(pid));
    Contact champ;
    champ.prospectId = pid;
    champ.name = QStringLiteral("Champion");
    const Id cid = f.store->prospects().addContact(champ);

    Insight i{kNoId,
              pid,
              mid,
              QStringLiteral("Title"),
              QStringLiteral("Body"),
              QStringLiteral("Source"),
              QDate(2026, 6, 1)};
    i.id = e.addInsight(i);
    DataRequest d{kNoId,
                  pid,
                  QStringLiteral("Online revenue"),
                  QDate(2026, 6, 2),
                  DataRequestStatus::Received,
                  QDate(2026, 6, 9),
                  QStringLiteral("note")};
    d.id = e.addDataRequest(d);
    Metric m{kNoId,
             pid,
             QStringLiteral("Conversion"),
             2.75,
             QStringLiteral("%"),
             QStringLiteral("2025"),
             MetricSource::Competitor};
    m.id = e.addMetric(m);
    Opportunity o{
        kNoId,    pid, QStringLiteral("Cart recovery"), QStringLiteral("Emails"), LiftKind::Amount,
        125000.0, cid, OpportunityStatus::Embraced};
    o.id = e.addOpportunity(o);
    Tradable t;
    t.prospectId = pid;
    t.side = Side::Theirs;
    t.item = QStringLiteral("Case study");
    t.valueToOther = QStringLiteral("High");
    t.costToGive = QStringLiteral("Low");
    t.id = e.addTradable(t);

    f.reopen();
    auto& e2 = f.store->evidence();
    CHECK(e2.insights(pid) == std::vector<Insight>{i});
    CHECK(e2.dataRequests(pid) == std::vector<DataRequest>{d});
    CHECK(e2.metrics(pid) == std::vector<Metric>{m});
    CHECK(e2.opportunities(pid) == std::vector<Opportunity>{o});
    CHECK(e2.tradables(pid) == std::vector<Tradable>{t});

    i.title = QStringLiteral("New title");
    i.meetingId = kNoId;
    e2.updateInsight(i);
    d.status = DataRequestStatus::Declined;
    e2.updateDataRequest(d);
    m.value = -1.5;
    e2.updateMetric(m);
    o.status = OpportunityStatus::Rejected;
    e2.updateOpportunity(o);
    t.side = Side::Ours;
    e2.updateTradable(t);
    CHECK(e2.insights(pid) == std::vector<Insight>{i});
    CHECK(e2.dataRequests(pid) == std::vector<DataRequest>{d});
    CHECK(e2.metrics(pid) == std::vector<Metric>{m});
    CHECK(e2.opportunities(pid) == std::vector<Opportunity>{o});
    CHECK(e2.tradables(pid) == std::vector<Tradable>{t});

    // Deleting the champion clears the reference rather than the opportunity.
    f.store->prospects().removeContact(cid);
    CHECK(e2.opportunities(pid).front().championContactId == kNoId);

    e2.removeInsight(i.id);
    e2.removeDataRequest(d.id);
    e2.removeMetric(m.id);
    e2.removeOpportunity(o.id);
    e2.removeTradable(t.id);
    CHECK(e2.insights(pid).empty());
    CHECK(e2.dataRequests(pid).empty());
    CHECK(e2.metrics(pid).empty());
    CHECK(e2.opportunities(pid).empty());
    CHECK(e2.tradables(pid).empty());
}

TEST_CASE("the negotiation worksheet is absent until saved, then upserts with four levers",
          "[storage]")
{
    StoreFixture f;
    auto& e = f.store->evidence();
    const Id pid = f.store->prospects().add(sampleProspect());
    CHECK_FALSE(e.negotiation(pid).has_value());

    Negotiation n;
    n.prospectId = pid;
    n.ourBatna = QStringLiteral("Another retailer");
    n.theirBatna = QStringLiteral("Build in-house");
    n.theirInterests = QStringLiteral("Speed");
    n.ourInterests = QStringLiteral("Volume");
    n.objectiveCriteria = QStringLiteral("Market rates");
    n.stance = 2;
    n.levers[0].ourPriority = 5;
    n.levers[0].ourPosition = QStringLiteral("Fixed fee");
    n.levers[3].theirConcession = QStringLiteral("Shared risk");
    e.saveNegotiation(n);
    CHECK(e.negotiation(pid) == n);

    n.stance = 4;
    n.levers[1].theirPosition = QStringLiteral("Six months");
    e.saveNegotiation(n);
    f.reopen();
    CHECK(f.store->evidence().negotiation(pid) == n);
    CHECK(f.store->connection().queryInt("SELECT count(*) FROM negotiation_lever") == 4);
}

TEST_CASE("the evidence summary agrees with core::summarizeEvidence", "[storage]")
{
    StoreFixture f;
    auto& e = f.store->evidence();
    Prospect p = sampleProspect();
    p.signedOn = QDate(2026, 6, 1);
    const Id pid = p.id = f.store->prospects().add(p);
    const Id other = f.store->prospects().add(sampleProspect(QStringLiteral("Other")));

    CHECK(e.summary(pid) == fromCore(*f.store, pid));

    Contact c;
    c.prospectId = pid;
    c.name = QStringLiteral("Champ");
    const Id cid = f.store->prospects().addContact(c);
    e.addInsight(Insight{kNoId, pid, kNoId, QStringLiteral("x"), {}, {}, {}});
    e.addDataRequest(DataRequest{
        kNoId, pid, QStringLiteral("Orders"), {}, DataRequestStatus::Requested, {}, {}});
    e.addDataRequest(
        DataRequest{kNoId, pid, QStringLiteral("Visits"), {}, DataRequestStatus::Received, {}, {}});
    auto metric = [&](Id prospect, const char* name, const char* period, MetricSource source) {
        e.addMetric(Metric{
            kNoId, prospect, QString::fromUtf8(name), 1.0, {}, QString::fromUtf8(period), source});
    };
    metric(pid, "Conversion", "2025", MetricSource::Prospect);
    metric(pid, " conversion ", "2025", MetricSource::Industry); // trimmed, any case
    metric(pid, "ÄRGER", "Q1", MetricSource::Prospect);          // non-ASCII case folding
    metric(pid, "ärger", "Q1", MetricSource::Competitor);
    metric(pid, "Basket", "2025", MetricSource::Prospect);
    metric(pid, "Basket", "2024", MetricSource::Industry); // other period: no benchmark
    metric(pid, "Visits", "2025", MetricSource::Prospect);
    metric(other, "Visits", "2025", MetricSource::Industry); // other prospect: no benchmark
    e.addOpportunity(Opportunity{kNoId,
                                 pid,
                                 QStringLiteral("a"),
                                 {},
                                 LiftKind::Percent,
                                 1,
                                 cid,
                                 OpportunityStatus::Proposed});
    e.addOpportunity(Opportunity{kNoId,
                                 pid,
                                 QStringLiteral("b"),
                                 {},
                                 LiftKind::Percent,
                                 1,
                                 cid,
                                 OpportunityStatus::Rejected});
    e.addOpportunity(Opportunity{kNoId,
                                 pid,
                                 QStringLiteral("c"),
                                 {},
                                 LiftKind::Percent,
                                 1,
                                 kNoId,
                                 OpportunityStatus::Embraced});
    Negotiation n;
    n.prospectId = pid;
    n.ourBatna = QStringLiteral("Walk away");
    n.theirBatna = QStringLiteral(" \t\n"); // blank
    n.theirInterests = QStringLiteral("Growth");
    n.levers[0].ourPosition = QStringLiteral("Fee");
    n.levers[1].theirPosition = QStringLiteral("Soon");
    n.levers[2].ourPosition = QStringLiteral("   ");
    n.levers[2].ourConcession = QStringLiteral("Exclusivity");
    e.saveNegotiation(n);
    const auto criteria = f.store->gates().criteria();
    f.store->gates().setCheck(GateCheck{pid, criteria[4].id, true, {}, referenceNow(), {}});
    f.store->gates().setCheck(GateCheck{pid, criteria[1].id, true, {}, referenceNow(), {}});

    const EvidenceSummary s = e.summary(pid);
    CHECK(s == fromCore(*f.store, pid));
    CHECK(s.insights == 1);
    CHECK(s.dataRequests == 2);
    CHECK(s.dataReceived == 1);
    CHECK(s.benchmarkedMetrics == 2);
    CHECK(s.openOpportunities == 2);
    CHECK(s.championedOpportunities == 1);
    CHECK(s.ourBatna);
    CHECK_FALSE(s.theirBatna);
    CHECK(s.theirInterests);
    CHECK(s.leversDiscussed == 2);
    CHECK(s.ourConcession);
    CHECK_FALSE(s.theirConcession);
    CHECK(s.signedOn);
    CHECK(s.checkedCriteria == std::vector<Id>{criteria[1].id, criteria[4].id});
    CHECK(e.summary(other) == fromCore(*f.store, other));
}
