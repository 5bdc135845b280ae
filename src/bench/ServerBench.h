#pragma once

// The team server rows of docs/performance.md: the reference pipeline built on
// a server through the product's own writes, and many clients at once.

#include "Build.h"
#include "Measure.h"

namespace accord::bench {

/// Prospects the server at `location` holds (0 for an empty one).
qint64 serverProspects(const QString& location);

/// Builds the reference pipeline on an empty server at `location` through the
/// store (bulkLoad + saveBundle, one transaction). No raw comparison.
BuildFigures buildReferenceOnServer(const ReferenceShape& shape, const QString& location,
                                    bool progress);

struct ClientFigures
{
    int clients = 0;
    double seconds = 0;
    Samples logMeeting; // each through PipelineService::logMeeting, its own connection
    Samples moveCard;   // a stage move, which locks the prospect's row
    qint64 errors = 0;
    QStringList firstErrors; // up to five, as the people would read them
    double perSecond() const;
};

/// `clients` threads, each with its own connection, log meetings and move
/// cards for `seconds` on prospects spread over the pipeline.
ClientFigures measureClients(const QString& location, const ReferenceShape& shape, int clients,
                             int seconds);

} // namespace accord::bench
