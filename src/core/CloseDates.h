#pragma once

// Expected close dates: every change of a prospect's date is kept as a
// CloseChange, written with the change itself, and the history tells how far
// a deal slipped. The rule lives here once; PipelineService applies it to
// every path that sets the date (edits, undo, the CLI, importers).

#include "FieldPatch.h"

namespace accord::core {

/// The history entry of a change of `before`'s close date to `after`'s, as an
/// Insert patch, or nothing when the date is the same.
std::optional<CloseChange> closeChangeOf(const Prospect& before, const Prospect& after,
                                         const QString& by, const QDateTime& at);

/// How a prospect's close date slipped: the moves to a later date and the days
/// they added up to; `moves` counts every change from one date to another.
struct Slippage
{
    int moves = 0;
    int later = 0;
    qint64 daysLater = 0;
    bool operator==(const Slippage&) const = default;
};

/// The slippage of one prospect's history (any order).
Slippage slippageOf(const std::vector<CloseChange>& history);

/// "moved 3 times, 41 days later", "never moved": the sentence a prospect's
/// Overview shows.
QString slippageText(const Slippage& s);

} // namespace accord::core
