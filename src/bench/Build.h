#pragma once

// Builds the reference database twice in one run: through the product's bulk
// import (SqliteStore::bulkLoad + saveBundles) and through plain sqlite3
// prepared inserts of the same rows, so the ratio says what Accord costs.

#include "ReferenceData.h"

namespace accord::bench {

struct BuildFigures
{
    qint64 prospects = 0;
    qint64 meetings = 0;
    qint64 history = 0;
    qint64 contacts = 0;
    qint64 evidence = 0;   // insights, data requests, metrics, opportunities, tradables, levers
    double generateMs = 0; // making the bundles (not part of either figure)
    double productMs = 0;  // bulkLoad: rows + search index rebuild + commit
    double rawRowsMs = 0;  // raw inserts of the same rows
    double rawIndexMs = 0; // raw: filling the same search index
    double rawMs() const { return rawRowsMs + rawIndexMs; }
    double fileMb = 0;
    /// Counts the rows of `bundles` into the figures.
    void count(const std::vector<core::ProspectBundle>& bundles);
};

/// Writes `path` (the product's file) and `rawPath` (the raw comparison, deleted after).
BuildFigures buildReference(const ReferenceShape& shape, const QString& path,
                            const QString& rawPath, bool progress);

} // namespace accord::bench
