#pragma once

// Importing prospects (and one contact each) from a CSV file exported by
// another tool. Columns map to Accord's fields by a mapping guessed from the
// headers of common CRM exports (Pipedrive, HubSpot, Salesforce) and editable;
// other tools' stage and status values map through an editable table. Planning
// checks every row first (a dry run is a plan), applying is one transaction.

#include "CrmMapping.h"
#include "Csv.h"
#include "ImportDate.h"
#include "core/Bundle.h"
#include "core/Reasons.h"

#include <QTimeZone>

namespace accord::core {

struct CsvImportOptions
{
    ColumnMapping mapping;
    ValueMap values = ValueMap::defaults();
    QString defaultCurrency = QStringLiteral("USD");
    QString defaultOwner; // used when the owner column is missing or empty
    QDateTime now;        // UTC: created/updated/stage-entered stamps when the file has none
    QTimeZone zone = QTimeZone::systemTimeZone();   // for date-times without a zone
    DateOrder dateOrder = DateOrder::Auto;          // how 01/02/2026 reads (ImportDate.h)
    std::vector<Reason> reasons = defaultReasons(); // what a lost reason's text is matched to
};

struct ImportReport
{
    int rows = 0;      // data rows read
    int prospects = 0; // would be / were created
    int contacts = 0;
    int notes = 0;         // notes kept as an "imported notes" meeting entry
    int skippedRows = 0;   // blank rows and rows without a prospect name (warned about)
    int unknownStages = 0; // rows whose stage/status value was not in the table (→ stage 1)
    int mergedDeals = 0;   // rows whose deal joined a prospect named on an earlier row
    QStringList warnings;  // "Line 7: …"
    DateOrder dateOrder = DateOrder::Auto; // the order numeric dates were read in
    /// Two or three sentences for people ("Would create 12 prospects and 9 contacts. …").
    QString text(bool dryRun) const;
};

struct CsvImportPlan
{
    std::vector<ProspectBundle> bundles; // ids unset; one contact at most per row
    ImportReport report;
};

/// Checks and converts every row. Throws InputError naming the line and the
/// CSV column for the first bad value (a date like 2026-02-30, a date that
/// reads day first and month first when the order is neither given nor shown
/// by the file, bad money…); nothing is written. A row without a name is
/// skipped and an email address that is not one is left out, each with a
/// warning. Rows of the same organisation become one prospect whose value is
/// the sum of their deals', the deals listed in its imported notes.
CsvImportPlan planCsvImport(const CsvTable& table, const CsvImportOptions& options);

/// Writes a plan in one store transaction (all or nothing). Returns the new prospect ids.
std::vector<Id> applyImport(Store& store, const CsvImportPlan& plan);

} // namespace accord::core
