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

/// Ids: prospects and evidence rows carry kNoId (the store assigns them). Contacts and
/// meetings carry ids numbered from 1 across the whole demo, unique, only so that
/// opportunities (championContactId) and insights (meetingId) can point at them;
/// saveBundle() of a bundle whose prospect id is 0 inserts them as new rows and
/// maps those references onto the ids the store gives. Gate checks refer to the
/// default criteria ids of defaultGateCriteria() (1..11).
std::vector<ProspectBundle> makeDemoPipeline(const DemoOptions& options);

} // namespace accord::core
