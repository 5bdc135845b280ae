#pragma once

// The method's rules for moving a prospect: forward through gates (override
// only with a written reason), backward only with a reason, winning only from
// a complete stage 3 with a signed date, losing only with a reason.

#include "Gate.h"

#include <optional>

namespace accord::core {

enum class MoveVerdict {
    Allowed,     // may go ahead as asked
    NeedsReason, // would be allowed with a written reason (backward move or gate override)
    Refused,     // not allowed at all (see `message`)
};

struct MoveDecision
{
    MoveVerdict verdict = MoveVerdict::Refused;
    bool gateOverride = false; // forward past unmet criteria: recorded as an override
    bool backward = false;
    std::vector<CriterionResult> unmet; // unmet criteria of every stage passed
    std::vector<CriterionResult> met;   // and those met (by the evidence or by hand), with why
    QString message;                    // one sentence for people
    bool allowed() const { return verdict == MoveVerdict::Allowed; }
};

/// Decides a stage move of `prospect` to `to`, given its evidence and the gate
/// criteria, and the reason the user wrote (may be empty).
MoveDecision decideStageMove(const Prospect& prospect, Stage to,
                             const std::vector<GateCriterion>& criteria,
                             const EvidenceSummary& evidence, const QString& reason);

/// Decides a status change (on hold, active, lost). Won is reached only by
/// moving to Partnership; lost needs a reason.
MoveDecision decideStatusChange(const Prospect& prospect, Status to, const QString& reason);

/// When a data request was made, if nobody said: today, or the day it was
/// received when that is earlier (a request is never received before it is made).
QDate defaultRequestedOn(const std::optional<QDate>& receivedOn, const QDate& today);

} // namespace accord::core
