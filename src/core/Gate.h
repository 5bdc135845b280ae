#pragma once

// Stage gates: each stage's exit criteria are data (editable), and each
// criterion is either ticked by hand or evaluated from the recorded evidence.
// evaluateGate() is the one evaluation the board, the gate dialog and the CLI use.

#include "Model.h"

namespace accord::core {

enum class GateRule {
    Manual,                // ticked by hand, optional evidence text
    InsightShared,         // at least one insight recorded
    DataRequested,         // at least one data request made (they agreed to share)
    DataReceived,          // at least one data request received
    BenchmarkCompared,     // a prospect metric has an industry/competitor benchmark
    OpportunityIdentified, // at least one opportunity not rejected
    ChampionNamed,         // an opportunity has a champion contact
    BothBatnas,            // both BATNAs written
    TheirInterests,        // their interests captured
    AllLeversDiscussed,    // each lever has a position on at least one side
    ConcessionsBothSides,  // a concession recorded by us and by them
    ContractSigned,        // signed date set
};
QString gateRuleKey(GateRule r);
std::optional<GateRule> gateRuleFromKey(const QString& key);
QString gateRuleDescription(GateRule r); // what the automatic check looks at

struct GateCriterion
{
    Id id = kNoId;
    Stage stage = Stage::Informative;
    int position = 0;
    QString label;
    GateRule rule = GateRule::Manual;
    bool operator==(const GateCriterion&) const = default;
};

/// A hand tick of one criterion for one prospect.
struct GateCheck
{
    Id prospectId = kNoId;
    Id criterionId = kNoId;
    bool checked = false;
    QString evidence;
    QDateTime checkedAt;
    QString checkedBy;
    bool operator==(const GateCheck&) const = default;
};

/// Everything the automatic rules need to know about one prospect, as counts
/// and flags (the store computes it with aggregates, without loading rows).
struct EvidenceSummary
{
    Id prospectId = kNoId;
    int insights = 0;
    int dataRequests = 0;
    int dataReceived = 0;
    int benchmarkedMetrics = 0; // prospect metrics with a same-name, same-period benchmark
    int openOpportunities = 0;  // proposed or embraced
    int championedOpportunities = 0;
    bool ourBatna = false;
    bool theirBatna = false;
    bool theirInterests = false;
    int leversDiscussed = 0;
    bool ourConcession = false;
    bool theirConcession = false;
    bool signedOn = false;
    std::vector<Id> checkedCriteria; // hand-ticked criterion ids
    bool operator==(const EvidenceSummary&) const = default;
};

struct CriterionResult
{
    GateCriterion criterion;
    bool met = false;
    bool automatic = false; // met by the evidence rather than by hand
    QString why;            // for people: what made it met or what is missing
};

struct GateResult
{
    Stage stage = Stage::Informative;
    std::vector<CriterionResult> criteria;
    int metCount() const;
    int total() const { return static_cast<int>(criteria.size()); }
    bool allMet() const { return metCount() == total(); }
    std::vector<CriterionResult> unmet() const;
};

/// The default exit criteria of stages 1–3 (listed in docs/user-guide.md).
std::vector<GateCriterion> defaultGateCriteria();

/// Evaluates `stage`'s criteria (those in `criteria` with that stage) for one prospect.
GateResult evaluateGate(Stage stage, const std::vector<GateCriterion>& criteria,
                        const EvidenceSummary& evidence);

/// Computes the summary from full evidence lists (used by tests and imports;
/// the store's SQL aggregate must agree with it).
EvidenceSummary summarizeEvidence(const Prospect& prospect, const std::vector<Insight>& insights,
                                  const std::vector<DataRequest>& requests,
                                  const std::vector<Metric>& metrics,
                                  const std::vector<Opportunity>& opportunities,
                                  const std::optional<Negotiation>& negotiation,
                                  const std::vector<GateCheck>& checks);

} // namespace accord::core
