#pragma once

// The field table of each record type: one line per field with its stable key
// (JSON name and SQL column), labels, kind, limits and the member it reads and
// writes. The JSON reader and writer, the generic validation, the SQL column
// lists and the workspace table models are written once against it; adding a
// field is a member in Model.h and a line in Fields.cpp (docs/architecture.md,
// "Adding a field").

#include "EnumTraits.h"
#include "Model.h"
#include "Validation.h"

#include <QVariant>

#include <vector>

namespace accord::core {

/// How a field's value is held: Text QString, Integer qint64, Real double, Date
/// QDate, Time QDateTime (UTC), Reference qint64 id. A not-set date, time or
/// reference is an invalid QVariant. This is also the SQL column's type.
enum class FieldKind { Text, Integer, Real, Date, Time, Reference };

/// What a field holds, finer than its kind: how JSON and tables show it.
/// Choice values are their EnumTraits key (Text); a stage is its number and
/// a flag 0 or 1 (Integer).
enum class FieldType { Text, Integer, Flag, Real, Date, Time, Reference, Choice, Stage };

FieldKind kindOf(FieldType type);

/// Field flags.
enum FieldFlag : unsigned {
    Required = 1, // text: not blank; time and number: present in JSON
    Plural = 2,   // the subject takes "are" ("Notes are too long")
    Email = 4,    // text that must look like an email address when set
    Custom = 8,   // JSON handles it by hand (Prospect's money)
};

/// A choice field's values: keys and display names in enum order.
struct ChoiceList
{
    QStringList (*keys)();
    QStringList (*names)();
};

template <typename E> const ChoiceList* choicesOf()
{
    static const ChoiceList list{&EnumTraits<E>::keys, &EnumTraits<E>::names};
    return &list;
}

/// One field of record type T.
template <typename T> struct Field
{
    const char* key;
    FieldType type = FieldType::Text;
    const char* label = nullptr;   // lower case, for sentences: "value to the other side"
    const char* subject = nullptr; // starts a validation message: "The tradable item"
    const char* header = nullptr;  // column header of its table; nullptr: not a column
    int column = -1;               // its place in the table
    int maxLength = 0;             // text; kMaxLongText and above allow several lines
    int min = 0, max = 0;          // integer range (both 0: none)
    unsigned flags = 0;
    const ChoiceList* choices = nullptr;
    QVariant (*get)(const T&) = nullptr;
    void (*set)(T&, const QVariant&) = nullptr;

    FieldKind kind() const { return kindOf(type); }
    bool has(FieldFlag f) const { return (flags & f) != 0; }
    bool multiLine() const { return maxLength >= kMaxLongText; }
    QString keyText() const { return QLatin1String(key); }
    QString labelText() const { return translated(label); }
    QString subjectText() const { return translated(subject); }
    QString headerText() const { return translated(header); }

private:
    static QString translated(const char* text)
    {
        return text ? QCoreApplication::translate("accord::core::FieldTables", text) : QString();
    }
};

/// The field tables. Translations of the labels use this class's context.
class FieldTables
{
    Q_DECLARE_TR_FUNCTIONS(accord::core::FieldTables)
public:
    /// Every field of T except its id, in a fixed order (the order of the JSON
    /// reader, of validation and of the SQL columns after the id).
    template <typename T> static const std::vector<Field<T>>& of();
};

template <typename T> const std::vector<Field<T>>& fields()
{
    return FieldTables::of<T>();
}

/// T's fields that are table columns, in column order.
template <typename T> std::vector<const Field<T>*> columnsOf()
{
    std::vector<const Field<T>*> out;
    for (const Field<T>& f : fields<T>())
        if (f.column >= 0) {
            if (out.size() <= static_cast<std::size_t>(f.column))
                out.resize(static_cast<std::size_t>(f.column) + 1, nullptr);
            out[static_cast<std::size_t>(f.column)] = &f;
        }
    return out;
}

template <typename T> const Field<T>* findFieldOf(const QString& key)
{
    for (const Field<T>& f : fields<T>())
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

/// The record types that have a field table.
template <typename T>
inline constexpr bool kHasId = !std::is_same_v<T, Negotiation> && !std::is_same_v<T, LeverPosition>;

} // namespace accord::core
