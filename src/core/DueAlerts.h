#pragma once

// When an open activity "falls due", for the desktop's notifications while
// Accord runs: a timed one at its time, a date-only one as its day begins, in
// the user's time zone.

#include "Activities.h"

namespace accord::core {

/// The moment `a` falls due in `zone`.
QDateTime fallsDueAt(const Activity& a, const QTimeZone& zone);

/// The open activities of `rows` that fall due after `from` and no later than `to`.
std::vector<ActivityRow> fallenDue(const std::vector<ActivityRow>& rows, const QDateTime& from,
                                   const QDateTime& to, const QTimeZone& zone);

} // namespace accord::core
