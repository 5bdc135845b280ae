#pragma once

// Undoable edits of the method's workspaces: the evidence items of stages 1–3
// (insights, data requests, metrics, opportunities, tradables), the negotiation
// worksheet, hand ticks of gate criteria and the gate criteria themselves.

#include "Command.h"

#include "core/Gate.h"

#include <memory>

namespace accord::gui {

/// T is one of core::Insight, DataRequest, Metric, Opportunity, Tradable.
/// Add validates and inserts (redo after undo re-inserts with the same id);
/// remove deletes and undo puts the item back as it was.
template <typename T> std::unique_ptr<Command> makeAddEvidence(Session& s, const T& item);
template <typename T> std::unique_ptr<Command> makeRemoveEvidence(Session& s, const T& item);
template <typename T>
std::unique_ptr<Command> makeEditEvidence(Session& s, const T& before, const T& after);

/// Saves the whole worksheet (fields and the four levers); undo writes `before` back.
std::unique_ptr<Command> makeSaveNegotiation(Session& s, const core::Negotiation& before,
                                             const core::Negotiation& after, const QString& text);

/// Ticks or unticks a criterion by hand for one prospect.
std::unique_ptr<Command> makeSetGateCheck(Session& s, const core::GateCheck& before,
                                          const core::GateCheck& after);

/// Replaces one stage's exit criteria (add, rename, reorder, remove, change rule).
std::unique_ptr<Command> makeReplaceCriteria(Session& s, core::Stage stage,
                                             const std::vector<core::GateCriterion>& before,
                                             const std::vector<core::GateCriterion>& after,
                                             const QString& text);

/// Puts every stage's criteria back to the defaults; undo restores the lists as they were.
std::unique_ptr<Command> makeRestoreDefaultCriteria(Session& s,
                                                    const std::vector<core::GateCriterion>& before);

} // namespace accord::gui
