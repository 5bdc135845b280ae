#include "Gate.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace accord::core {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("accord", text, nullptr, n);
}

// English needs the singular spelled out until an English .ts supplies numerus forms.
QString counted(const char* one, const char* many, int n)
{
    return n == 1 ? tr(one) : tr(many, n);
}

struct RuleInfo
{
    GateRule rule;
    const char* key;
    const char* description;
};

constexpr std::array<RuleInfo, 12> kRules{{
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

struct Check
{
    bool met;
    QString why;
};

Check evaluateRule(GateRule rule, const EvidenceSummary& e)
{
    switch (rule) {
    case GateRule::Manual:
        return {false, tr("Not ticked yet")};
    case GateRule::InsightShared:
        if (e.insights > 0)
            return {true, counted("1 insight recorded", "%n insights recorded", e.insights)};
        return {false, tr("No insight recorded yet")};
    case GateRule::DataRequested:
        if (e.dataRequests > 0)
            return {true, counted("1 data request recorded", "%n data requests recorded",
                                  e.dataRequests)};
        return {false, tr("No data request recorded yet")};
    case GateRule::DataReceived:
        if (e.dataReceived > 0)
            return {true, counted("1 data request received", "%n data requests received",
                                  e.dataReceived)};
        if (e.dataRequests > 0)
            return {false, tr("No data request has been received yet")};
        return {false, tr("No data request recorded yet")};
    case GateRule::BenchmarkCompared:
        if (e.benchmarkedMetrics > 0)
            return {true, counted("1 metric compared with a benchmark",
                                  "%n metrics compared with a benchmark", e.benchmarkedMetrics)};
        return {false, tr("No prospect metric has a benchmark of the same name and period")};
    case GateRule::OpportunityIdentified:
        if (e.openOpportunities > 0)
            return {true,
                    counted("1 open opportunity", "%n open opportunities", e.openOpportunities)};
        return {false, tr("No open opportunity recorded")};
    case GateRule::ChampionNamed:
        if (e.championedOpportunities > 0)
            return {true, counted("1 opportunity with a champion",
                                  "%n opportunities with a champion", e.championedOpportunities)};
        return {false, tr("No opportunity has a champion")};
    case GateRule::BothBatnas:
        if (e.ourBatna && e.theirBatna)
            return {true, tr("Both BATNAs written")};
        if (e.ourBatna)
            return {false, tr("Their BATNA is missing")};
        if (e.theirBatna)
            return {false, tr("Our BATNA is missing")};
        return {false, tr("Neither BATNA is written")};
    case GateRule::TheirInterests:
        if (e.theirInterests)
            return {true, tr("Their interests are written")};
        return {false, tr("Their interests are not written yet")};
    case GateRule::AllLeversDiscussed:
        if (e.leversDiscussed >= 4)
            return {true, tr("All four levers have a position")};
        return {false, counted("Only 1 of the 4 levers discussed", "%n of the 4 levers discussed",
                               e.leversDiscussed)};
    case GateRule::ConcessionsBothSides:
        if (e.ourConcession && e.theirConcession)
            return {true, tr("Concessions recorded on both sides")};
        if (e.ourConcession)
            return {false, tr("No concession from them recorded")};
        if (e.theirConcession)
            return {false, tr("No concession from us recorded")};
        return {false, tr("No concession recorded on either side")};
    case GateRule::ContractSigned:
        if (e.signedOn)
            return {true, tr("Signed date set")};
        return {false, tr("No signed date")};
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
    for (const auto& info : kRules)
        if (info.rule == r)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<GateRule> gateRuleFromKey(const QString& key)
{
    for (const auto& info : kRules)
        if (key == QLatin1String(info.key))
            return info.rule;
    return std::nullopt;
}

QString gateRuleDescription(GateRule r)
{
    for (const auto& info : kRules)
        if (info.rule == r)
            return tr(info.description);
    return {};
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
        out.push_back(GateCriterion{id++, d.stage, position++, tr(d.label), d.rule});
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
            r.why = tr("Ticked by hand");
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
            if (notBlank(l.ourPosition) || notBlank(l.theirPosition))
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
