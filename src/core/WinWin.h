#pragma once

// The stage-3 win-win check (docs/user-guide.md): a live reading of the negotiation
// worksheet that warns when the concessions are all on one side, or when one
// lever is the top priority of both sides and no other lever moves. The
// tradables are used to suggest what could be traded to fix a warning.

#include "Model.h"

namespace accord::core {

enum class WinWinState {
    NotStarted, // no warning, but no concessions on both sides yet either
    Warning,    // at least one warning below
    Balanced,   // concessions on both sides and no lever contested alone
};

enum class WinWinWarningKind {
    NoConcessions,     // levers are being discussed but nobody has conceded anything
    OnlyWeConcede,     // every concession is ours
    OnlyTheyConcede,   // every concession is theirs
    SingleLeverContest // one lever is both sides' top priority and no other lever moves
};

struct WinWinWarning
{
    WinWinWarningKind kind = WinWinWarningKind::NoConcessions;
    std::optional<Lever> lever; // SingleLeverContest: the contested lever
    QString message;            // one or two sentences for people, with a way out
    bool operator==(const WinWinWarning&) const = default;
};

struct WinWinCheck
{
    WinWinState state = WinWinState::NotStarted;
    std::vector<WinWinWarning> warnings;
    QString summary; // one line: "Balanced: …", "2 warnings", "Not started: …"
    std::vector<Lever> ourConcessions;   // levers on which we conceded something
    std::vector<Lever> theirConcessions; // levers on which they conceded something
    bool ok() const { return state == WinWinState::Balanced; }
    bool has(WinWinWarningKind kind) const;
};

// Stable machine names for JSON and the CLI ("balanced", "only_we_concede", …).
QString winWinStateKey(WinWinState s);
QString winWinWarningKey(WinWinWarningKind k);

/// A lever is "discussed" when either side wrote a position on it (the same
/// rule as the AllLeversDiscussed gate). A concession counts when its text is
/// not blank.
bool leverDiscussed(const LeverPosition& l);

/// Levers at the top of one side's priorities (priority > 0 and equal to that
/// side's highest); empty when that side set no priority.
std::vector<Lever> topPriorityLevers(const Negotiation& n, Side side);

/// Reads the worksheet. `tradables` (optional) let the messages suggest what
/// the other side could give or what we could offer.
WinWinCheck checkWinWin(const Negotiation& n, const std::vector<Tradable>& tradables = {});

} // namespace accord::core
