#include "Gate.h"

#include "EnumTraits.h"
#include "WinWin.h"
#include "Wording.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};

constexpr std::array<EnumItem<GateRule>, 12> kRules{{
    {GateRule::Manual, "manual", QT_TRANSLATE_NOOP("accord", "Ticked by hand")},
    {GateRule::InsightShared, "insight_shared",
     QT_TRANSLATE_NOOP("accord", "At least one insight is recorded")},
    {GateRule::DataRequested, "data_requested",
     QT_TRANSLATE_NOOP("accord", "At least one data request is recorded")},
    {GateRule::DataReceived, "data_received",
     QT_TRANSLATE_NOOP("accord", "At least one data request is marked received")},
    {GateRule::BenchmarkCompared, "benchmark_compared",
     QT_TRANSLATE_NOOP("accord",
                       "A prospect metric has an industry or competitor figure of the same "
                       "name and period")},
    {GateRule::OpportunityIdentified, "opportunity_identified",
     QT_TRANSLATE_NOOP("accord", "At least one opportunity is proposed or embraced")},
    {GateRule::ChampionNamed, "champion_named",
     QT_TRANSLATE_NOOP("accord", "An open opportunity has a champion contact")},
    {GateRule::BothBatnas, "both_batnas",
     QT_TRANSLATE_NOOP("accord", "Our BATNA and their BATNA are both written")},
    {GateRule::TheirInterests, "their_interests",
     QT_TRANSLATE_NOOP("accord", "Their interests are written in the worksheet")},
    {GateRule::AllLeversDiscussed, "all_levers_discussed",
     QT_TRANSLATE_NOOP("accord", "Each of the four levers has a position on at least one side")},
    {GateRule::ConcessionsBothSides, "concessions_both_sides",
     QT_TRANSLATE_NOOP("accord", "A concession is recorded by us and one by them")},
    {GateRule::ContractSigned, "contract_signed",
     QT_TRANSLATE_NOOP("accord", "The signed date is set")},
}};

// Each rule's stable key and, as its name, what it checks.
struct GateRules : EnumTable<GateRule, GateRules>
{
    static constexpr const auto& kItems = kRules;
};

struct Check
{
    bool met;
    QString why;
};

/// Met when anything is counted: "3 insights recorded", else `none`.
Check counting(int n, const char* one, const char* many, const char* none)
{
    if (n > 0)
        return {true, countedText(one, many, n)};
    return {false, Text::tr(none)};
}

/// Met when `met` holds, saying `yes` or `no`.
Check flag(bool met, const char* yes, const char* no)
{
    return {met, Text::tr(met ? yes : no)};
}

/// Met when both sides have it; otherwise says which side is missing.
Check bothSides(bool ours, bool theirs, const char* both, const char* onlyOurs,
                const char* onlyTheirs, const char* neither)
{
    if (ours && theirs)
        return {true, Text::tr(both)};
    if (ours)
        return {false, Text::tr(onlyOurs)};
    if (theirs)
        return {false, Text::tr(onlyTheirs)};
    return {false, Text::tr(neither)};
}

Check evaluateRule(GateRule rule, const EvidenceSummary& e)
{
    switch (rule) {
    case GateRule::Manual:
        return {false, Text::tr("Not ticked yet")};
    case GateRule::InsightShared:
        return counting(e.insights, QT_TRANSLATE_NOOP("accord", "1 insight recorded"),
                        QT_TRANSLATE_N_NOOP("accord", "%n insights recorded"),
                        QT_TRANSLATE_NOOP("accord", "No insight recorded yet"));
    case GateRule::DataRequested:
        return counting(e.dataRequests, QT_TRANSLATE_NOOP("accord", "1 data request recorded"),
                        QT_TRANSLATE_N_NOOP("accord", "%n data requests recorded"),
                        QT_TRANSLATE_NOOP("accord", "No data request recorded yet"));
    case GateRule::DataReceived:
        return counting(e.dataReceived, QT_TRANSLATE_NOOP("accord", "1 data request received"),
                        QT_TRANSLATE_N_NOOP("accord", "%n data requests received"),
                        e.dataRequests > 0
                            ? QT_TRANSLATE_NOOP("accord", "No data request has been received yet")
                            : QT_TRANSLATE_NOOP("accord", "No data request recorded yet"));
    case GateRule::BenchmarkCompared:
        return counting(
            e.benchmarkedMetrics, QT_TRANSLATE_NOOP("accord", "1 metric compared with a benchmark"),
            QT_TRANSLATE_N_NOOP("accord", "%n metrics compared with a benchmark"),
            QT_TRANSLATE_NOOP("accord",
                              "No prospect metric has a benchmark of the same name and period"));
    case GateRule::OpportunityIdentified:
        return counting(e.openOpportunities, QT_TRANSLATE_NOOP("accord", "1 open opportunity"),
                        QT_TRANSLATE_N_NOOP("accord", "%n open opportunities"),
                        QT_TRANSLATE_NOOP("accord", "No open opportunity recorded"));
    case GateRule::ChampionNamed:
        return counting(e.championedOpportunities,
                        QT_TRANSLATE_NOOP("accord", "1 opportunity with a champion"),
                        QT_TRANSLATE_N_NOOP("accord", "%n opportunities with a champion"),
                        QT_TRANSLATE_NOOP("accord", "No opportunity has a champion"));
    case GateRule::BothBatnas:
        return bothSides(e.ourBatna, e.theirBatna,
                         QT_TRANSLATE_NOOP("accord", "Both BATNAs written"),
                         QT_TRANSLATE_NOOP("accord", "Their BATNA is missing"),
                         QT_TRANSLATE_NOOP("accord", "Our BATNA is missing"),
                         QT_TRANSLATE_NOOP("accord", "Neither BATNA is written"));
    case GateRule::TheirInterests:
        return flag(e.theirInterests, QT_TRANSLATE_NOOP("accord", "Their interests are written"),
                    QT_TRANSLATE_NOOP("accord", "Their interests are not written yet"));
    case GateRule::AllLeversDiscussed:
        if (e.leversDiscussed >= 4)
            return {true, Text::tr("All four levers have a position")};
        return {false, countedText(QT_TRANSLATE_NOOP("accord", "Only 1 of the 4 levers discussed"),
                                   QT_TRANSLATE_N_NOOP("accord", "%n of the 4 levers discussed"),
                                   e.leversDiscussed)};
    case GateRule::ConcessionsBothSides:
        return bothSides(e.ourConcession, e.theirConcession,
                         QT_TRANSLATE_NOOP("accord", "Concessions recorded on both sides"),
                         QT_TRANSLATE_NOOP("accord", "No concession from them recorded"),
                         QT_TRANSLATE_NOOP("accord", "No concession from us recorded"),
                         QT_TRANSLATE_NOOP("accord", "No concession recorded on either side"));
    case GateRule::ContractSigned:
        return flag(e.signedOn, QT_TRANSLATE_NOOP("accord", "Signed date set"),
                    QT_TRANSLATE_NOOP("accord", "No signed date"));
    }
    return {false, {}};
}

bool notBlank(const QString& s)
{
    return !s.trimmed().isEmpty();
}

} // namespace

QString gateRuleKey(GateRule r)
{
    return GateRules::key(r);
}

std::optional<GateRule> gateRuleFromKey(const QString& key)
{
    return GateRules::fromKey(key);
}

QString gateRuleDescription(GateRule r)
{
    return GateRules::name(r);
}

int GateResult::metCount() const
{
    return static_cast<int>(
        std::count_if(criteria.begin(), criteria.end(), [](const auto& c) { return c.met; }));
}

std::vector<CriterionResult> GateResult::unmet() const
{
    std::vector<CriterionResult> out;
    for (const auto& c : criteria)
        if (!c.met)
            out.push_back(c);
    return out;
}

std::vector<GateCriterion> defaultGateCriteria()
{
    struct Def
    {
        Stage stage;
        const char* label;
        GateRule rule;
    };
    static constexpr std::array<Def, 11> kDefaults{{
        {Stage::Informative, QT_TRANSLATE_NOOP("accord", "A tailored insight was presented"),
         GateRule::InsightShared},
        {Stage::Informative, QT_TRANSLATE_NOOP("accord", "They agreed to share their data"),
         GateRule::DataRequested},
        {Stage::Informative, QT_TRANSLATE_NOOP("accord", "At least one data request was received"),
         GateRule::DataReceived},
        {Stage::Consulting, QT_TRANSLATE_NOOP("accord", "Their data was compared with benchmarks"),
         GateRule::BenchmarkCompared},
        {Stage::Consulting, QT_TRANSLATE_NOOP("accord", "A growth opportunity was identified"),
         GateRule::OpportunityIdentified},
        {Stage::Consulting,
         QT_TRANSLATE_NOOP("accord", "A champion at the prospect owns the vision"),
         GateRule::ChampionNamed},
        {Stage::Negotiation, QT_TRANSLATE_NOOP("accord", "Both BATNAs are written"),
         GateRule::BothBatnas},
        {Stage::Negotiation, QT_TRANSLATE_NOOP("accord", "Their interests are captured"),
         GateRule::TheirInterests},
        {Stage::Negotiation, QT_TRANSLATE_NOOP("accord", "All four levers were discussed"),
         GateRule::AllLeversDiscussed},
        {Stage::Negotiation, QT_TRANSLATE_NOOP("accord", "Concessions on both sides"),
         GateRule::ConcessionsBothSides},
        {Stage::Negotiation, QT_TRANSLATE_NOOP("accord", "Contract signed"),
         GateRule::ContractSigned},
    }};
    std::vector<GateCriterion> out;
    out.reserve(kDefaults.size());
    Id id = 1;
    int position = 0;
    Stage previous = Stage::Informative;
    for (const auto& d : kDefaults) {
        if (d.stage != previous) {
            previous = d.stage;
            position = 0;
        }
        out.push_back(GateCriterion{id++, d.stage, position++, Text::tr(d.label), d.rule});
    }
    return out;
}

GateResult evaluateGate(Stage stage, const std::vector<GateCriterion>& criteria,
                        const EvidenceSummary& evidence)
{
    std::vector<GateCriterion> ofStage;
    for (const auto& c : criteria)
        if (c.stage == stage)
            ofStage.push_back(c);
    std::stable_sort(ofStage.begin(), ofStage.end(),
                     [](const auto& a, const auto& b) { return a.position < b.position; });

    GateResult result;
    result.stage = stage;
    for (const auto& c : ofStage) {
        CriterionResult r;
        r.criterion = c;
        const Check check = evaluateRule(c.rule, evidence);
        const bool ticked =
            std::find(evidence.checkedCriteria.begin(), evidence.checkedCriteria.end(), c.id) !=
            evidence.checkedCriteria.end();
        if (c.rule != GateRule::Manual && check.met) {
            r.met = true;
            r.automatic = true;
            r.why = check.why;
        } else if (ticked) {
            r.met = true;
            r.automatic = false;
            r.why = Text::tr("Ticked by hand");
        } else {
            r.met = false;
            r.why = check.why;
        }
        result.criteria.push_back(std::move(r));
    }
    return result;
}

EvidenceSummary summarizeEvidence(const Prospect& prospect, const std::vector<Insight>& insights,
                                  const std::vector<DataRequest>& requests,
                                  const std::vector<Metric>& metrics,
                                  const std::vector<Opportunity>& opportunities,
                                  const std::optional<Negotiation>& negotiation,
                                  const std::vector<GateCheck>& checks)
{
    EvidenceSummary s;
    s.prospectId = prospect.id;
    s.insights = static_cast<int>(insights.size());
    s.dataRequests = static_cast<int>(requests.size());
    s.dataReceived = static_cast<int>(std::count_if(requests.begin(), requests.end(), [](auto& r) {
        return r.status == DataRequestStatus::Received;
    }));

    for (const auto& m : metrics) {
        if (m.source != MetricSource::Prospect)
            continue;
        const QString name = m.name.trimmed();
        const bool hasBenchmark = std::any_of(metrics.begin(), metrics.end(), [&](auto& b) {
            return b.source != MetricSource::Prospect && b.period == m.period &&
                   b.name.trimmed().compare(name, Qt::CaseInsensitive) == 0;
        });
        if (hasBenchmark)
            ++s.benchmarkedMetrics;
    }

    for (const auto& o : opportunities) {
        if (o.status == OpportunityStatus::Proposed || o.status == OpportunityStatus::Embraced)
            ++s.openOpportunities;
        if (o.status != OpportunityStatus::Rejected && o.championContactId != kNoId)
            ++s.championedOpportunities;
    }

    if (negotiation) {
        s.ourBatna = notBlank(negotiation->ourBatna);
        s.theirBatna = notBlank(negotiation->theirBatna);
        s.theirInterests = notBlank(negotiation->theirInterests);
        for (const auto& l : negotiation->levers) {
            if (leverDiscussed(l))
                ++s.leversDiscussed;
            if (notBlank(l.ourConcession))
                s.ourConcession = true;
            if (notBlank(l.theirConcession))
                s.theirConcession = true;
        }
    }

    s.signedOn = prospect.signedOn.isValid();
    for (const auto& c : checks)
        if (c.checked)
            s.checkedCriteria.push_back(c.criterionId);
    return s;
}

} // namespace accord::core
