#pragma once

// The measurements of docs/performance.md over an existing reference database. Each returns
// milliseconds per sample; the caller summarises (median, p95, max).

#include "ReferenceData.h"

#include <QString>

#include <map>
#include <vector>

namespace accord::bench {

struct Samples
{
    std::vector<double> ms;
    QString load; // the machine's load average (1, 5, 15 min) when the samples were taken
    double median() const;
    double percentile(double p) const;
    double max() const;
};

struct MeasureOptions
{
    bool progress = true;
    /// Evicts the file from the page cache before each open, before the first
    /// keystroke of each filter word and before each dashboard.
    bool cold = false;
};

struct MeasureFigures
{
    Samples openBoard;     // store open → main window shown with every board column filled
    Samples openStoreOnly; // opening the store alone
    Samples filterKeystroke;
    Samples filterFirstCold;         // --cold: each word's first keystroke, right after eviction
    std::vector<bool> keystrokeCold; // parallel to the keystrokes in typing order
    std::vector<double> keystrokesInOrder;
    double cachedMbAfterEvict = -1; // --cold: how much of the file stayed cached (at most)
    Samples search;
    std::map<QString, double> searchByQuery; // median per query
    Samples logMeeting;
    Samples summaryPdf;
    Samples dashboard;
    qint64 residentAfterOpenKb = 0;
    qint64 peakResidentKb = 0;
    int boardCards = 0; // cards loaded in the four columns after opening
};

/// Measures the reference at `path`: a file, or a team server's URI.
MeasureFigures measureAll(const QString& path, const ReferenceShape& shape,
                          const MeasureOptions& options);

/// The machine's load average over 1, 5 and 15 minutes, as /proc/loadavg gives it.
QString loadAverage();

/// VmRSS / VmHWM of this process in kB.
qint64 residentKb();
qint64 peakResidentKb();

} // namespace accord::bench
