#include "support/TestSupport.h"

#include "core/Gate.h"
#include "core/Report.h"
#include "core/WinWin.h"

using namespace accord::core;

namespace {

template <typename E, std::size_t N, typename K, typename F>
void roundTrips(const E (&values)[N], K key, F fromKey)
{
    QStringList seen;
    for (E v : values) {
        const QString k = key(v);
        INFO(k.toStdString());
        CHECK_FALSE(k.isEmpty());
        CHECK_FALSE(seen.contains(k));
        seen << k;
        REQUIRE(fromKey(k).has_value());
        CHECK(*fromKey(k) == v);
    }
    CHECK_FALSE(fromKey(QStringLiteral("nonsense")).has_value());
    CHECK_FALSE(fromKey(QString()).has_value());
}

} // namespace

TEST_CASE("every enum key reads back as the value it was written from", "[core]")
{
    roundTrips(kAllStages, stageKey, stageFromKey);
    const Status statuses[] = {Status::Active, Status::OnHold, Status::Won, Status::Lost};
    roundTrips(statuses, statusKey, statusFromKey);
    const ContactRole roles[] = {ContactRole::Executive, ContactRole::Operations,
                                 ContactRole::FieldSales, ContactRole::Other};
    roundTrips(roles, contactRoleKey, contactRoleFromKey);
    const MeetingKind kinds[] = {MeetingKind::Presentation, MeetingKind::Discovery,
                                 MeetingKind::Workshop,     MeetingKind::Negotiation,
                                 MeetingKind::Call,         MeetingKind::Email};
    roundTrips(kinds, meetingKindKey, meetingKindFromKey);
    const DataRequestStatus requests[] = {DataRequestStatus::Requested, DataRequestStatus::Received,
                                          DataRequestStatus::Declined};
    roundTrips(requests, dataRequestStatusKey, dataRequestStatusFromKey);
    const MetricSource sources[] = {MetricSource::Prospect, MetricSource::Industry,
                                    MetricSource::Competitor};
    roundTrips(sources, metricSourceKey, metricSourceFromKey);
    const OpportunityStatus opportunities[] = {
        OpportunityStatus::Proposed, OpportunityStatus::Embraced, OpportunityStatus::Rejected};
    roundTrips(opportunities, opportunityStatusKey, opportunityStatusFromKey);
    const LiftKind lifts[] = {LiftKind::Amount, LiftKind::Percent};
    roundTrips(lifts, liftKindKey, liftKindFromKey);
    roundTrips(kAllLevers, leverKey, leverFromKey);
    const Side sides[] = {Side::Ours, Side::Theirs};
    roundTrips(sides, sideKey, sideFromKey);
    const GateRule rules[] = {GateRule::Manual,
                              GateRule::InsightShared,
                              GateRule::DataRequested,
                              GateRule::DataReceived,
                              GateRule::BenchmarkCompared,
                              GateRule::OpportunityIdentified,
                              GateRule::ChampionNamed,
                              GateRule::BothBatnas,
                              GateRule::TheirInterests,
                              GateRule::AllLeversDiscussed,
                              GateRule::ConcessionsBothSides,
                              GateRule::ContractSigned};
    roundTrips(rules, gateRuleKey, gateRuleFromKey);
    for (GateRule r : rules)
        CHECK_FALSE(gateRuleDescription(r).isEmpty());
}

TEST_CASE("the stored keys are the documented snake_case names", "[core]")
{
    CHECK(stageKey(Stage::Informative) == u"informative");
    CHECK(stageKey(Stage::Partnership) == u"partnership");
    CHECK(statusKey(Status::OnHold) == u"on_hold");
    CHECK(contactRoleKey(ContactRole::FieldSales) == u"field_sales");
    CHECK(meetingKindKey(MeetingKind::Email) == u"email");
    CHECK(dataRequestStatusKey(DataRequestStatus::Declined) == u"declined");
    CHECK(metricSourceKey(MetricSource::Competitor) == u"competitor");
    CHECK(opportunityStatusKey(OpportunityStatus::Embraced) == u"embraced");
    CHECK(liftKindKey(LiftKind::Percent) == u"percent");
    CHECK(leverKey(Lever::Rights) == u"rights");
    CHECK(sideKey(Side::Theirs) == u"theirs");
}

TEST_CASE("a stage can be named by number, display name or short name in any case", "[core]")
{
    CHECK(stageFromKey(QStringLiteral("1")) == Stage::Informative);
    CHECK(stageFromKey(QStringLiteral("4")) == Stage::Partnership);
    CHECK(stageFromKey(QStringLiteral("uniquely informative")) == Stage::Informative);
    CHECK(stageFromKey(QStringLiteral("Collaborative Consulting")) == Stage::Consulting);
    CHECK(stageFromKey(QStringLiteral("NEGOTIATION")) == Stage::Negotiation);
    CHECK(stageFromKey(QStringLiteral("Mutual negotiation")) == Stage::Negotiation);
    CHECK(stageFromKey(QStringLiteral(" consulting ")) == Stage::Consulting);
    CHECK_FALSE(stageFromKey(QStringLiteral("0")).has_value());
    CHECK_FALSE(stageFromKey(QStringLiteral("5")).has_value());
    CHECK_FALSE(stageFromKey(QStringLiteral("01")).has_value());
    CHECK_FALSE(stageFromKey(QStringLiteral("+2")).has_value());
}

TEST_CASE("display names are the method's words", "[core]")
{
    CHECK(stageName(Stage::Informative) == u"Uniquely Informative");
    CHECK(stageName(Stage::Consulting) == u"Collaborative Consulting");
    CHECK(stageName(Stage::Negotiation) == u"Mutual Negotiation");
    CHECK(stageName(Stage::Partnership) == u"Partnership");
    CHECK(stageShortName(Stage::Informative) == u"Informative");
    CHECK(stageShortName(Stage::Consulting) == u"Consulting");
    CHECK(statusName(Status::OnHold) == u"On hold");
    CHECK(contactRoleName(ContactRole::FieldSales) == u"Field sales");
    CHECK(meetingKindName(MeetingKind::Workshop) == u"Workshop");
    CHECK(leverName(Lever::Risk) == u"Risk");
}

TEST_CASE("the win-win and movement keys are the documented names", "[core]")
{
    QStringList keys;
    for (WinWinState s : {WinWinState::NotStarted, WinWinState::Warning, WinWinState::Balanced})
        keys << winWinStateKey(s);
    for (WinWinWarningKind k :
         {WinWinWarningKind::NoConcessions, WinWinWarningKind::OnlyWeConcede,
          WinWinWarningKind::OnlyTheyConcede, WinWinWarningKind::SingleLeverContest})
        keys << winWinWarningKey(k);
    for (Movement m :
         {Movement::New, Movement::Advanced, Movement::Regressed, Movement::Won, Movement::Lost})
        keys << movementKey(m) + u':' + movementName(m);
    CHECK(keys.join(u' ') ==
          u"not_started warning balanced no_concessions only_we_concede only_they_concede "
          u"single_lever_contest new:New advanced:Advanced regressed:Moved back won:Won lost:Lost");
}
