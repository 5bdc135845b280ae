#pragma once

// The pipeline (the current filter's rows) as a CSV file for spreadsheets.

#include "Csv.h"
#include "core/Store.h"

namespace accord::core {

/// id, name, owner, industry, segment, stage, status, value, currency, days in
/// stage, last meeting, next activity (its title), due (its date and time of
/// day, activityDueText), gate progress.
QStringList pipelineCsvHeader();

/// One record per row, in the given order. Value in major units with a dot
/// ("40000.00"), timestamps ISO UTC, dates ISO, gate progress "2 of 3" (a
/// spreadsheet would read "2/3" as a date). `now` gives the days in stage.
QByteArray pipelineCsv(const std::vector<ProspectRow>& rows, const QDateTime& now,
                       const CsvWriteOptions& options = {});

/// Minor units as a plain decimal with `digits` places (the currency's minor
/// unit, minorDigits): 4000050 → "40000.50"; JPY 5000 with 0 → "5000".
QString minorToDecimal(qint64 minor, int digits = 2);

} // namespace accord::core
