#pragma once

// A field patch: what one change did to one record, field by field, with the
// value before and after. A store applies a list of them as compare-and-set in
// one write transaction, writing only the fields named; undo applies the
// reversed list with the same compare, so it never overwrites what it did not
// change. Fields are named by the stable keys of the record type's field
// table (Fields.h): the column and JSON names.

#include "Fields.h"

#include <QVariant>

#include <vector>

namespace accord::core {

enum class RecordKind {
    Prospect,
    Contact,
    Meeting,
    StageChange,
    Insight,
    DataRequest,
    Metric,
    Opportunity,
    Tradable,
    CloseChange,
    Negotiation // id = prospect id; lever fields are "money.our_position" etc.
};

struct FieldSpec
{
    QString key;
    FieldKind kind = FieldKind::Text;
    QString label; // lower case, for sentences: "value", "next step"
};

/// Every field of a record kind except its id, in a fixed order.
const std::vector<FieldSpec>& fieldSpecs(RecordKind kind);
const FieldSpec* findField(RecordKind kind, const QString& key);
/// The kind's name for sentences: "prospect", "meeting", …
QString recordKindName(RecordKind kind);

struct FieldChange
{
    QString key;
    QVariant before;
    QVariant after;
};

struct FieldPatch
{
    /// Update: the record holds every `before` and gets every `after`.
    /// Insert: a new record (id kept when set) with every `after`.
    /// Remove: the record holds every `before` (all its fields) and goes.
    enum class Op { Update, Insert, Remove };
    RecordKind kind = RecordKind::Prospect;
    Id id = kNoId;
    Op op = Op::Update;
    std::vector<FieldChange> fields;

    bool isEmpty() const { return op == Op::Update && fields.empty(); }
    const FieldChange* field(const QString& key) const;
    /// What undoes this patch: Insert and Remove swap, before and after swap.
    /// A prospect's `updated_at` is a stamp and is left to the store.
    FieldPatch reversed() const;
};

/// The patches of one change, applied in order in one transaction.
using ChangeSet = std::vector<FieldPatch>;
ChangeSet reversed(const ChangeSet& changes);

/// Raised when a record no longer holds what a patch expects (changed or
/// deleted since); nothing of the change set was written.
class ConflictError : public StoreError
{
public:
    /// `by`, when known (a team server records who wrote each row), names who
    /// changed it: "ravi changed the value since; reload."
    ConflictError(RecordKind kind, Id id, QStringList fields, bool missing, const QString& by = {});
    /// Why a change cannot apply beyond changed or missing fields.
    enum class Reason {
        Changed, // fields hold other values now
        Missing, // the record is gone
        Taken,   // a record with the id it would restore exists
        Linked   // a `linkedFrom` record refers to the record it would delete
    };
    ConflictError(RecordKind kind, Id id, Reason reason,
                  RecordKind linkedFrom = RecordKind::Prospect);
    RecordKind kind() const { return m_kind; }
    Id id() const { return m_id; }
    /// Keys of the fields that hold other values now (empty when missing).
    const QStringList& fields() const { return m_fields; }
    bool missing() const { return m_reason == Reason::Missing; }
    Reason reason() const { return m_reason; }
    RecordKind linkedFrom() const { return m_linkedFrom; }
    /// Who changed the record last, when the store knows it (else empty).
    const QString& by() const { return m_by; }

private:
    RecordKind m_kind;
    Id m_id;
    QStringList m_fields;
    Reason m_reason;
    RecordKind m_linkedFrom = RecordKind::Prospect;
    QString m_by;
};

/// Field values of a record and back. Only the record types above have them.
template <typename T> RecordKind recordKindOf();
template <typename T> QVariant fieldValue(const T& record, const QString& key);
template <typename T> void setFieldValue(T& record, const QString& key, const QVariant& value);

/// An Update patch of the fields that differ (all fields, or only `keys` when given).
template <typename T>
FieldPatch diffPatch(const T& before, const T& after, const QStringList& keys = {});
/// Insert / Remove patches carrying every field of the record.
template <typename T> FieldPatch insertPatch(const T& record);
template <typename T> FieldPatch removePatch(const T& record);
/// Sets the `after` values of a patch on a record.
template <typename T> void applyPatch(T& record, const FieldPatch& patch);

template <> QVariant fieldValue(const Negotiation& record, const QString& key);
template <> void setFieldValue(Negotiation& record, const QString& key, const QVariant& value);

} // namespace accord::core
