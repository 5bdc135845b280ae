#pragma once

// A realistic demo pipeline, deterministic for a given seed: prospects over all
// stages and statuses, owners, contacts, meetings with plausible notes, stage
// history over the past months and evidence for every stage.

#include "Bundle.h"

namespace accord::core {

struct DemoOptions
{
    quint32 seed = 42;
    int prospects = 36;
    QDateTime now; // the demo's "today" (UTC); histories lie before it
};

std::vector<ProspectBundle> makeDemoPipeline(const DemoOptions& options);

} // namespace accord::core
