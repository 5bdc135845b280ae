#pragma once

// How the columns of another tool's CSV export fill Accord's fields: the fields
// an import can fill, a column mapping guessed from the headers of common CRM
// exports (Pipedrive, HubSpot, Salesforce) and editable, and the editable table
// from other tools' stage and status values to Accord's.

#include "core/Types.h"

#include <QStringList>

#include <map>
#include <optional>
#include <vector>

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
    ExpectedClose,
    LostReason, // text matched to a reason of the pipeline's list (by label or key)
    ContactName,
    ContactTitle,
    ContactEmail,
    ContactPhone,
    Notes,
    DealTitle, // a deal's title: kept in the imported notes when deals of one prospect merge
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
    bool has(ImportField f) const { return columns.contains(f); }
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

/// The import field whose column carries a field that core validation names
/// ("next_step_due", "email"); `contact` selects the contact's fields.
std::optional<ImportField> importFieldForValidation(const QString& validationField, bool contact);

} // namespace accord::core
