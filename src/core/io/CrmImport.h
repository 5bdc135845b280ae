#pragma once

// Importing prospects (and one contact each) from a CSV file exported by
// another tool. Columns map to Accord's fields by a mapping guessed from the
// headers of common CRM exports (Pipedrive, HubSpot, Salesforce) and editable;
// other tools' stage and status values map through an editable table. Planning
// checks every row first (a dry run is a plan), applying is one transaction.

#include "Csv.h"
#include "core/Bundle.h"

#include <QTimeZone>

#include <map>

namespace accord::core {

/// Accord's fields an import column can fill (keys as in `--map name=Header`).
enum class ImportField {
    Name,
    Owner,
    Industry,
    Segment,
    Website,
    Value,
    Currency,
    Stage,
    Status,
    Created,
    NextStep,
    NextStepDue,
    ContactName,
    ContactTitle,
    ContactEmail,
    ContactPhone,
    Notes,
};
const std::vector<ImportField>& allImportFields();
QString importFieldKey(ImportField f); // "name", "next_step_due", "contact_email", …
std::optional<ImportField> importFieldFromKey(const QString& key);
QString importFieldDescription(ImportField f); // for people: "Prospect name"

/// Which CSV column (by header text) fills which field; a field may be unmapped.
struct ColumnMapping
{
    std::map<ImportField, QString> columns;
    QString headerFor(ImportField f) const; // empty when unmapped
    bool has(ImportField f) const { return columns.count(f) > 0; }
    void set(ImportField f, const QString& header);
    void clear(ImportField f) { columns.erase(f); }
    /// "name=Company, owner=Deal owner" (the form `--map` takes).
    QString toSpec() const;
};

/// Guesses a mapping from the header row: each field takes the first header
/// that matches one of its known names (case, spaces and punctuation ignored).
ColumnMapping guessMapping(const QStringList& header);

/// Applies `--map "field=Header,…"` on top of `base`: "field=" unmaps a field.
/// Throws ValidationError (field "--map") for an unknown field or a header not in the file.
ColumnMapping applyMappingSpec(const QString& spec, const QStringList& header, ColumnMapping base);

/// What another tool's stage or status value means in Accord.
struct ValueMeaning
{
    std::optional<Stage> stage;
    std::optional<Status> status;
};

/// Editable table from other tools' stage/status values (compared without case
/// and extra spaces) to Accord's. Values it does not know → stage 1, reported.
struct ValueMap
{
    std::map<QString, ValueMeaning> entries; // normalised key → meaning
    static ValueMap defaults();
    static QString normalise(const QString& value);
    void set(const QString& value, ValueMeaning meaning) { entries[normalise(value)] = meaning; }
    std::optional<ValueMeaning> find(const QString& value) const;
};

struct CsvImportOptions
{
    ColumnMapping mapping;
    ValueMap values = ValueMap::defaults();
    QString defaultCurrency = QStringLiteral("USD");
    QString defaultOwner; // used when the owner column is missing or empty
    QDateTime now;        // UTC: created/updated/stage-entered stamps when the file has none
    QTimeZone zone = QTimeZone::systemTimeZone(); // for date-times without a zone
};

struct ImportReport
{
    int rows = 0;      // data rows read
    int prospects = 0; // would be / were created
    int contacts = 0;
    int notes = 0;         // notes kept as an "imported notes" meeting entry
    int skippedRows = 0;   // blank rows
    int unknownStages = 0; // rows whose stage/status value was not in the table (→ stage 1)
    QStringList warnings;  // "Line 7: …"
    /// Two or three sentences for people ("Would create 12 prospects and 9 contacts. …").
    QString text(bool dryRun) const;
};

struct CsvImportPlan
{
    std::vector<ProspectBundle> bundles; // ids unset; one contact at most per row
    ImportReport report;
};

/// Checks and converts every row. Throws InputError naming the line and the
/// CSV column for the first bad value (a date like 2026-02-30, bad money, a
/// missing name, an invalid email…); nothing is written.
CsvImportPlan planCsvImport(const CsvTable& table, const CsvImportOptions& options);

/// Writes a plan in one store transaction (all or nothing). Returns the new prospect ids.
std::vector<Id> applyImport(Store& store, const CsvImportPlan& plan);

} // namespace accord::core
