#pragma once

// The reference pipeline of docs/performance.md, generated deterministically in chunks so
// that neither the generator nor the loaders hold it all in memory: demo
// prospects (every stage, status, evidence kind), topped up to ten meetings
// and three history entries each, with notes of ~300 characters.

#include "core/Bundle.h"

namespace accord::bench {

struct ReferenceShape
{
    int prospects = 100000;
    int meetingsPerProspect = 10; // at least; demo bundles may carry a few more
    int historyPerProspect = 3;   // at least
    int chunk = 1000;             // prospects per generated chunk
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
};

/// Bundles [first, first + count) of the reference pipeline. Same input, same output.
std::vector<core::ProspectBundle> referenceChunk(const ReferenceShape& shape, int chunkIndex);

/// A word that occurs in exactly one meeting's notes (for "rare" search queries).
QString rareWord(qint64 meetingSerial);

} // namespace accord::bench
