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
    /// Who makes the changes, for the history entries written with them (a
    /// team server writes its login whatever is given).
    void setActor(std::function<QString()> actor) { m_actor = std::move(actor); }
    QString actor() const { return m_actor ? m_actor() : QString(); }

    /// Validates, stamps created/updated/stage-entered and inserts. Returns the id.
    Id addProspect(Prospect p);
    /// Validates and saves field edits (not stage or status: use moveStage/changeStatus),
    /// in one write transaction that writes only the fields that differ from the
    /// stored prospect. Returns what was written.
    ChangeSet updateProspect(Prospect p);
    /// Reads the prospect, lets `edit` change it and writes the fields that
    /// differ, all in one write transaction (no read-modify-write can lose a
    /// change committed in between). Returns the prospect as written.
    Prospect editProspect(Id id, const std::function<void(Prospect&)>& edit,
                          ChangeSet* applied = nullptr);
    /// The fields updateProspect and applyProspectPatch may change.
    static QStringList editableProspectFields();
    /// Applies an edit of a prospect's fields as compare-and-set (ConflictError
    /// when a field no longer holds its `before`), after validating the result.
    ChangeSet applyProspectPatch(const FieldPatch& patch);

    /// Validates and inserts a meeting: stage at the time, logged by, and the
    /// prospect's next step taken over when the meeting sets one. `applied`
    /// receives what was written (for undo).
    Id logMeeting(Meeting m, ChangeSet* applied = nullptr);

    GateResult gate(Id prospectId, Stage stage);
    /// Replaces the exit criteria of `stages` by those of `list` (each
    /// validated; ids kept where set) in one transaction. Returns every
    /// prospect's ticks of the criteria it removed: what undo puts back.
    std::vector<GateCheck> replaceCriteria(const std::vector<Stage>& stages,
                                           const std::vector<GateCriterion>& list);
    /// Puts every stage's criteria back to the defaults; returns the ticks of
    /// the criteria that went.
    std::vector<GateCheck> restoreDefaultCriteria();
    GateResult currentGate(Id prospectId);

    /// Decides and, when allowed, applies the move in one transaction.
    MoveDecision moveStage(Id prospectId, Stage to, const QString& reason, const QString& by,
                           ChangeSet* applied = nullptr);
    /// `reasonCode` (lost only) names a reason of the pipeline's list
    /// (ValidationError listing the known ones otherwise); with it the note
    /// `reason` may be empty.
    MoveDecision changeStatus(Id prospectId, Status to, const QString& reason, const QString& by,
                              ChangeSet* applied = nullptr, const QString& reasonCode = {});
    /// Decides whether a won or lost prospect may be reopened in stage `to`.
    static MoveDecision decideReopen(const Prospect& prospect, Stage to, const QString& reason);
    /// Reopens a won or lost prospect: active again in stage `to` (1–3), with a
    /// reason, recorded in the stage history. The agreement's date and summary stay.
    MoveDecision reopen(Id prospectId, Stage to, const QString& reason, const QString& by,
                        ChangeSet* applied = nullptr);

    /// Moves a prospect to the trash; returns what was written.
    ChangeSet trash(Id prospectId);
    /// Takes a prospect out of the trash; returns what was written.
    ChangeSet restore(Id prospectId);
    /// Deletes for good, in one transaction, the prospects of `ids` that are in
    /// the trash. Returns those left alone: restored meanwhile, or gone.
    std::vector<Id> purge(const std::vector<Id>& ids);

    /// Undoes what a change wrote, field by field, only where the records still
    /// hold what it wrote; else throws ConflictError and writes nothing.
    void revertChanges(const ChangeSet& applied);
    /// Writes what a change wrote once more (redo after undo), as compare-and-set;
    /// the stamps are the store's anew.
    void reapplyChanges(const ChangeSet& applied);
    /// What a refused change was: an edit's first run, an undo or a redo.
    enum class Attempt { Edit, Undo, Redo };
    /// One sentence for a refused change: who changed what since, when the
    /// stage history tells, else which field of which prospect.
    QString conflictSentence(const ConflictError& e, Attempt attempt = Attempt::Undo);

private:
    /// The prospect, or a ValidationError; `forChange` holds it for a move (findForChange).
    Prospect require(Id id, bool forChange = false);
    Store& m_store;
    const Clock& m_clock;
    std::function<QString()> m_actor;
};

} // namespace accord::core
