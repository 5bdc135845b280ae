#pragma once

// The use cases that change a pipeline, with the method's rules applied in one
// place: add a prospect, log a meeting, move a stage, change status. The GUI's
// undo commands, the CLI and the importers all go through here.

#include "Clock.h"
#include "Method.h"
#include "Store.h"

namespace accord::core {

class PipelineService
{
public:
    PipelineService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    Store& store() { return m_store; }
    const Clock& clock() const { return m_clock; }

    /// Validates, stamps created/updated/stage-entered and inserts. Returns the id.
    Id addProspect(Prospect p);
    /// Validates and saves field edits (not stage or status: use moveStage/changeStatus).
    void updateProspect(Prospect p);

    /// Validates and inserts a meeting: stage at the time, logged by, and the
    /// prospect's next step taken over when the meeting sets one.
    Id logMeeting(Meeting m);

    GateResult gate(Id prospectId, Stage stage);
    GateResult currentGate(Id prospectId);

    /// Decides and, when allowed, applies the move in one transaction.
    MoveDecision moveStage(Id prospectId, Stage to, const QString& reason, const QString& by);
    MoveDecision changeStatus(Id prospectId, Status to, const QString& reason, const QString& by);

    /// Puts a prospect back exactly as it was and drops the newest history entry
    /// (undo of a stage move or status change).
    void revertChange(const Prospect& before, const StageChange& change);

private:
    Prospect require(Id id);
    Store& m_store;
    const Clock& m_clock;
};

} // namespace accord::core
