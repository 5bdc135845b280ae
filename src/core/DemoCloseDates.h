#pragma once

// The demo pipeline's expected close dates, their moves and the reason codes of
// its losses (Demo.cpp calls it for each prospect it makes).

#include "Bundle.h"

namespace accord::core {

/// Gives the demo prospect `b` (number `index`) a close date and its history:
/// open prospects close within this quarter and the next two, some slipped
/// (a few of them lately), won ones near their signing, lost ones when they
/// were lost; a lost prospect gets the reason code its note tells.
void addDemoCloseDates(ProspectBundle& b, int index, quint32 seed, const QDateTime& now);

} // namespace accord::core
