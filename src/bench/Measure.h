#pragma once

// The SPEC §7 measurements over an existing reference database. Each returns
// milliseconds per sample; the caller summarises (median, p95, max).

#include "ReferenceData.h"

#include <QString>

#include <map>
#include <vector>

namespace accord::bench {

struct Samples
{
    std::vector<double> ms;
    double median() const;
    double percentile(double p) const;
    double max() const;
};

struct MeasureFigures
{
    Samples openBoard;     // store open → main window shown with every board column filled
    Samples openStoreOnly; // SqliteStore::open alone
    Samples filterKeystroke;
    Samples search;
    std::map<QString, double> searchByQuery; // median per query
    Samples logMeeting;
    Samples summaryPdf;
    Samples dashboard;
    qint64 residentAfterOpenKb = 0;
    qint64 peakResidentKb = 0;
    int boardCards = 0; // cards loaded in the four columns after opening
};

MeasureFigures measureAll(const QString& path, const ReferenceShape& shape, bool progress);

/// VmRSS / VmHWM of this process in kB.
qint64 residentKb();
qint64 peakResidentKb();

} // namespace accord::bench
