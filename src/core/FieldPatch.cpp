#include "FieldPatch.h"

#include <QCoreApplication>

#include <algorithm>

namespace accord::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord", text);
}

/// One field of a record type: its spec and how to read and write it.
template <typename T> struct FieldDef
{
    const char* key;
    FieldKind kind;
    const char* label;
    QVariant (*get)(const T&);
    void (*set)(T&, const QVariant&);
};

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}
QVariant timeValue(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC()) : QVariant();
}
QVariant refValue(Id id)
{
    return id == kNoId ? QVariant() : QVariant(qint64(id));
}
QDate toDate(const QVariant& v)
{
    return v.isValid() ? v.toDate() : QDate();
}
QDateTime toTime(const QVariant& v)
{
    return v.isValid() ? v.toDateTime().toUTC() : QDateTime();
}
Id toRef(const QVariant& v)
{
    return v.isValid() ? v.toLongLong() : kNoId;
}
Stage toStage(const QVariant& v)
{
    const qint64 s = v.toLongLong();
    return s >= 1 && s <= kStageCount ? static_cast<Stage>(s) : Stage::Informative;
}

// clang-format off
#define ACCORD_TEXT(T, key, label, m) FieldDef<T>{key, FieldKind::Text, label, \
    [](const T& r) { return QVariant(r.m); }, [](T& r, const QVariant& v) { r.m = v.toString(); }}
#define ACCORD_INT(T, key, label, m) FieldDef<T>{key, FieldKind::Integer, label, \
    [](const T& r) { return QVariant(qint64(r.m)); }, \
    [](T& r, const QVariant& v) { r.m = static_cast<decltype(r.m)>(v.toLongLong()); }}
#define ACCORD_REAL(T, key, label, m) FieldDef<T>{key, FieldKind::Real, label, \
    [](const T& r) { return QVariant(double(r.m)); }, [](T& r, const QVariant& v) { r.m = v.toDouble(); }}
#define ACCORD_DATE(T, key, label, m) FieldDef<T>{key, FieldKind::Date, label, \
    [](const T& r) { return dateValue(r.m); }, [](T& r, const QVariant& v) { r.m = toDate(v); }}
#define ACCORD_TIME(T, key, label, m) FieldDef<T>{key, FieldKind::Time, label, \
    [](const T& r) { return timeValue(r.m); }, [](T& r, const QVariant& v) { r.m = toTime(v); }}
#define ACCORD_REF(T, key, label, m) FieldDef<T>{key, FieldKind::Reference, label, \
    [](const T& r) { return refValue(r.m); }, [](T& r, const QVariant& v) { r.m = toRef(v); }}
#define ACCORD_STAGE(T, key, label, m) FieldDef<T>{key, FieldKind::Integer, label, \
    [](const T& r) { return QVariant(qint64(static_cast<int>(r.m))); }, \
    [](T& r, const QVariant& v) { r.m = toStage(v); }}
#define ACCORD_ENUM(T, key, label, m, toKey, fromKey, fallback) FieldDef<T>{key, FieldKind::Text, \
    label, [](const T& r) { return QVariant(toKey(r.m)); }, \
    [](T& r, const QVariant& v) { r.m = fromKey(v.toString()).value_or(fallback); }}

template <typename T> const std::vector<FieldDef<T>>& defs();

template <> const std::vector<FieldDef<Prospect>>& defs()
{
    using T = Prospect;
    static const std::vector<FieldDef<T>> d{
        ACCORD_TEXT(T, "name", "name", name),
        ACCORD_TEXT(T, "industry", "industry", industry),
        ACCORD_TEXT(T, "segment", "segment", segment),
        ACCORD_TEXT(T, "website", "website", website),
        ACCORD_TEXT(T, "owner", "owner", owner),
        ACCORD_STAGE(T, "stage", "stage", stage),
        ACCORD_ENUM(T, "status", "status", status, statusKey, statusFromKey, Status::Active),
        ACCORD_INT(T, "value_minor", "value", value.minor),
        ACCORD_TEXT(T, "currency", "currency", value.currency),
        ACCORD_TEXT(T, "lost_reason", "lost reason", lostReason),
        ACCORD_TEXT(T, "next_step", "next step", nextStep),
        ACCORD_DATE(T, "next_step_due", "next step's due date", nextStepDue),
        ACCORD_TIME(T, "created_at", "creation time", createdAt),
        ACCORD_TIME(T, "updated_at", "last change", updatedAt),
        ACCORD_TIME(T, "stage_entered_at", "stage entry time", stageEnteredAt),
        ACCORD_TIME(T, "deleted_at", "place in the trash", deletedAt),
        ACCORD_DATE(T, "signed_on", "signed date", signedOn),
        ACCORD_TEXT(T, "agreement_summary", "agreement summary", agreementSummary),
    };
    return d;
}

template <> const std::vector<FieldDef<Contact>>& defs()
{
    using T = Contact;
    static const std::vector<FieldDef<T>> d{
        ACCORD_REF(T, "prospect_id", "prospect", prospectId),
        ACCORD_TEXT(T, "name", "name", name),
        ACCORD_TEXT(T, "title", "title", title),
        ACCORD_ENUM(T, "role", "role", role, contactRoleKey, contactRoleFromKey, ContactRole::Other),
        ACCORD_TEXT(T, "email", "e-mail", email),
        ACCORD_TEXT(T, "phone", "phone", phone),
    };
    return d;
}

template <> const std::vector<FieldDef<Meeting>>& defs()
{
    using T = Meeting;
    static const std::vector<FieldDef<T>> d{
        ACCORD_REF(T, "prospect_id", "prospect", prospectId),
        ACCORD_TIME(T, "occurred_at", "time", occurredAt),
        ACCORD_INT(T, "duration_minutes", "duration", durationMinutes),
        ACCORD_ENUM(T, "kind", "kind", kind, meetingKindKey, meetingKindFromKey, MeetingKind::Call),
        ACCORD_STAGE(T, "stage_at_time", "stage at the time", stageAtTime),
        ACCORD_TEXT(T, "attendees", "attendees", attendees),
        ACCORD_TEXT(T, "summary", "summary", summary),
        ACCORD_TEXT(T, "notes", "notes", notes),
        ACCORD_TEXT(T, "shared", "what was shared", shared),
        ACCORD_TEXT(T, "learned", "what was learned", learned),
        ACCORD_TEXT(T, "next_step", "next step", nextStep),
        ACCORD_DATE(T, "next_step_due", "next step's due date", nextStepDue),
        ACCORD_TEXT(T, "logged_by", "author", loggedBy),
    };
    return d;
}

template <> const std::vector<FieldDef<StageChange>>& defs()
{
    using T = StageChange;
    static const std::vector<FieldDef<T>> d{
        ACCORD_REF(T, "prospect_id", "prospect", prospectId),
        ACCORD_TIME(T, "at", "time", at),
        ACCORD_STAGE(T, "from_stage", "stage before", fromStage),
        ACCORD_STAGE(T, "to_stage", "stage after", toStage),
        ACCORD_ENUM(T, "from_status", "status before", fromStatus, statusKey, statusFromKey,
                    Status::Active),
        ACCORD_ENUM(T, "to_status", "status after", toStatus, statusKey, statusFromKey,
                    Status::Active),
        ACCORD_TEXT(T, "by", "author", by),
        ACCORD_TEXT(T, "reason", "reason", reason),
        ACCORD_INT(T, "gate_override", "gate override", gateOverride),
    };
    return d;
}

template <> const std::vector<FieldDef<Insight>>& defs()
{
    using T = Insight;
    static const std::vector<FieldDef<T>> d{
        ACCORD_REF(T, "prospect_id", "prospect", prospectId),
        ACCORD_REF(T, "meeting_id", "meeting", meetingId),
        ACCORD_TEXT(T, "title", "title", title),
        ACCORD_TEXT(T, "body", "text", body),
        ACCORD_TEXT(T, "source", "source", source),
        ACCORD_DATE(T, "shared_on", "shared date", sharedOn),
    };
    return d;
}

template <> const std::vector<FieldDef<DataRequest>>& defs()
{
    using T = DataRequest;
    static const std::vector<FieldDef<T>> d{
        ACCORD_REF(T, "prospect_id", "prospect", prospectId),
        ACCORD_TEXT(T, "item", "item", item),
        ACCORD_DATE(T, "requested_on", "requested date", requestedOn),
        ACCORD_ENUM(T, "status", "status", status, dataRequestStatusKey, dataRequestStatusFromKey,
                    DataRequestStatus::Requested),
        ACCORD_DATE(T, "received_on", "received date", receivedOn),
        ACCORD_TEXT(T, "note", "note", note),
    };
    return d;
}

template <> const std::vector<FieldDef<Metric>>& defs()
{
    using T = Metric;
    static const std::vector<FieldDef<T>> d{
        ACCORD_REF(T, "prospect_id", "prospect", prospectId),
        ACCORD_TEXT(T, "name", "name", name),
        ACCORD_REAL(T, "value", "value", value),
        ACCORD_TEXT(T, "unit", "unit", unit),
        ACCORD_TEXT(T, "period", "period", period),
        ACCORD_ENUM(T, "source", "source", source, metricSourceKey, metricSourceFromKey,
                    MetricSource::Prospect),
    };
    return d;
}

template <> const std::vector<FieldDef<Opportunity>>& defs()
{
    using T = Opportunity;
    static const std::vector<FieldDef<T>> d{
        ACCORD_REF(T, "prospect_id", "prospect", prospectId),
        ACCORD_TEXT(T, "title", "title", title),
        ACCORD_TEXT(T, "description", "description", description),
        ACCORD_ENUM(T, "lift_kind", "lift kind", liftKind, liftKindKey, liftKindFromKey,
                    LiftKind::Percent),
        ACCORD_REAL(T, "lift_value", "lift", liftValue),
        ACCORD_REF(T, "champion_contact_id", "champion", championContactId),
        ACCORD_ENUM(T, "status", "status", status, opportunityStatusKey, opportunityStatusFromKey,
                    OpportunityStatus::Proposed),
    };
    return d;
}

template <> const std::vector<FieldDef<Tradable>>& defs()
{
    using T = Tradable;
    static const std::vector<FieldDef<T>> d{
        ACCORD_REF(T, "prospect_id", "prospect", prospectId),
        ACCORD_ENUM(T, "side", "side", side, sideKey, sideFromKey, Side::Ours),
        ACCORD_TEXT(T, "item", "item", item),
        ACCORD_TEXT(T, "value_to_other", "value to the other side", valueToOther),
        ACCORD_TEXT(T, "cost_to_give", "cost to give", costToGive),
    };
    return d;
}

// The worksheet's own fields; the levers' fields are "<lever>.<column>".
template <> const std::vector<FieldDef<Negotiation>>& defs()
{
    using T = Negotiation;
    static const std::vector<FieldDef<T>> d{
        ACCORD_TEXT(T, "our_batna", "our BATNA", ourBatna),
        ACCORD_TEXT(T, "their_batna", "their BATNA", theirBatna),
        ACCORD_TEXT(T, "their_interests", "their interests", theirInterests),
        ACCORD_TEXT(T, "our_interests", "our interests", ourInterests),
        ACCORD_TEXT(T, "objective_criteria", "objective criteria", objectiveCriteria),
        ACCORD_INT(T, "stance", "stance", stance),
    };
    return d;
}

using L = LeverPosition;
const std::vector<FieldDef<L>>& leverDefs()
{
    static const std::vector<FieldDef<L>> d{
        ACCORD_INT(L, "our_priority", "our priority", ourPriority),
        ACCORD_INT(L, "their_priority", "their priority", theirPriority),
        ACCORD_TEXT(L, "our_position", "our position", ourPosition),
        ACCORD_TEXT(L, "their_position", "their position", theirPosition),
        ACCORD_TEXT(L, "our_concession", "our concession", ourConcession),
        ACCORD_TEXT(L, "their_concession", "their concession", theirConcession),
    };
    return d;
}
// clang-format on

template <typename T> std::vector<FieldSpec> specsOf()
{
    std::vector<FieldSpec> out;
    for (const auto& d : defs<T>())
        out.push_back(FieldSpec{QLatin1String(d.key), d.kind, tr(d.label)});
    return out;
}

std::vector<FieldSpec> negotiationSpecs()
{
    std::vector<FieldSpec> out = specsOf<Negotiation>();
    for (Lever lever : kAllLevers)
        for (const auto& d : leverDefs())
            out.push_back(FieldSpec{leverKey(lever) + u'.' + QLatin1String(d.key), d.kind,
                                    leverKey(lever) + QStringLiteral(": ") + tr(d.label)});
    return out;
}

template <typename T> const FieldDef<T>* def(const QString& key)
{
    for (const auto& d : defs<T>())
        if (key == QLatin1String(d.key))
            return &d;
    return nullptr;
}

// Splits "money.our_position" into the lever position and its field.
std::pair<LeverPosition*, const FieldDef<L>*> leverField(Negotiation& n, const QString& key)
{
    const int dot = key.indexOf(u'.');
    if (dot < 0)
        return {nullptr, nullptr};
    const auto lever = leverFromKey(key.left(dot));
    if (!lever)
        return {nullptr, nullptr};
    LeverPosition* position = nullptr;
    for (LeverPosition& l : n.levers)
        if (l.lever == *lever)
            position = &l;
    for (const auto& d : leverDefs())
        if (key.mid(dot + 1) == QLatin1String(d.key))
            return {position, &d};
    return {nullptr, nullptr};
}

[[noreturn]] void unknownField(const QString& key)
{
    throw StoreError(QStringLiteral("There is no field %1.").arg(key));
}

} // namespace

const std::vector<FieldSpec>& fieldSpecs(RecordKind kind)
{
    static const std::vector<FieldSpec> prospect = specsOf<Prospect>();
    static const std::vector<FieldSpec> contact = specsOf<Contact>();
    static const std::vector<FieldSpec> meeting = specsOf<Meeting>();
    static const std::vector<FieldSpec> change = specsOf<StageChange>();
    static const std::vector<FieldSpec> insight = specsOf<Insight>();
    static const std::vector<FieldSpec> request = specsOf<DataRequest>();
    static const std::vector<FieldSpec> metric = specsOf<Metric>();
    static const std::vector<FieldSpec> opportunity = specsOf<Opportunity>();
    static const std::vector<FieldSpec> tradable = specsOf<Tradable>();
    static const std::vector<FieldSpec> negotiation = negotiationSpecs();
    switch (kind) {
    case RecordKind::Prospect:
        return prospect;
    case RecordKind::Contact:
        return contact;
    case RecordKind::Meeting:
        return meeting;
    case RecordKind::StageChange:
        return change;
    case RecordKind::Insight:
        return insight;
    case RecordKind::DataRequest:
        return request;
    case RecordKind::Metric:
        return metric;
    case RecordKind::Opportunity:
        return opportunity;
    case RecordKind::Tradable:
        return tradable;
    case RecordKind::Negotiation:
        return negotiation;
    }
    return prospect;
}

const FieldSpec* findField(RecordKind kind, const QString& key)
{
    for (const FieldSpec& s : fieldSpecs(kind))
        if (s.key == key)
            return &s;
    return nullptr;
}

QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Prospect:
        return tr("prospect");
    case RecordKind::Contact:
        return tr("contact");
    case RecordKind::Meeting:
        return tr("meeting");
    case RecordKind::StageChange:
        return tr("stage history entry");
    case RecordKind::Insight:
        return tr("insight");
    case RecordKind::DataRequest:
        return tr("data request");
    case RecordKind::Metric:
        return tr("metric");
    case RecordKind::Opportunity:
        return tr("opportunity");
    case RecordKind::Tradable:
        return tr("tradable");
    case RecordKind::Negotiation:
        return tr("negotiation worksheet");
    }
    return {};
}

const FieldChange* FieldPatch::field(const QString& key) const
{
    for (const FieldChange& f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

FieldPatch FieldPatch::reversed() const
{
    FieldPatch out;
    out.kind = kind;
    out.id = id;
    out.op = op == Op::Insert ? Op::Remove : op == Op::Remove ? Op::Insert : Op::Update;
    for (const FieldChange& f : fields) {
        if (op == Op::Update && kind == RecordKind::Prospect &&
            f.key == QLatin1String("updated_at"))
            continue; // undo is a new change: the store stamps it
        out.fields.push_back(FieldChange{f.key, f.after, f.before});
    }
    return out;
}

ChangeSet reversed(const ChangeSet& changes)
{
    ChangeSet out;
    for (auto it = changes.rbegin(); it != changes.rend(); ++it)
        out.push_back(it->reversed());
    return out;
}

ConflictError::ConflictError(RecordKind kind, Id id, QStringList fields, bool missing)
    : StoreError(missing ? QStringLiteral("The %1 no longer exists.").arg(recordKindName(kind))
                         : QStringLiteral("The %1 was changed since.").arg(recordKindName(kind))),
      m_kind(kind), m_id(id), m_fields(std::move(fields)),
      m_reason(missing ? Reason::Missing : Reason::Changed)
{}

ConflictError::ConflictError(RecordKind kind, Id id, Reason reason, RecordKind linkedFrom)
    : StoreError(reason == Reason::Taken
                     ? QStringLiteral("Another %1 took its place since.").arg(recordKindName(kind))
                 : reason == Reason::Linked
                     ? QStringLiteral("A %1 was linked to the %2 since.")
                           .arg(recordKindName(linkedFrom), recordKindName(kind))
                 : reason == Reason::Missing
                     ? QStringLiteral("The %1 no longer exists.").arg(recordKindName(kind))
                     : QStringLiteral("The %1 was changed since.").arg(recordKindName(kind))),
      m_kind(kind), m_id(id), m_reason(reason), m_linkedFrom(linkedFrom)
{}

// ---------------------------------------------------------------- per type

template <typename T> QVariant fieldValue(const T& record, const QString& key)
{
    if (const auto* d = def<T>(key))
        return d->get(record);
    unknownField(key);
}

template <typename T> void setFieldValue(T& record, const QString& key, const QVariant& value)
{
    if (const auto* d = def<T>(key))
        return d->set(record, value);
    unknownField(key);
}

template <> QVariant fieldValue(const Negotiation& record, const QString& key)
{
    if (const auto* d = def<Negotiation>(key))
        return d->get(record);
    Negotiation copy = record;
    const auto [position, d] = leverField(copy, key);
    if (!position || !d)
        unknownField(key);
    return d->get(*position);
}

template <> void setFieldValue(Negotiation& record, const QString& key, const QVariant& value)
{
    if (const auto* d = def<Negotiation>(key))
        return d->set(record, value);
    const auto [position, d] = leverField(record, key);
    if (!position || !d)
        unknownField(key);
    d->set(*position, value);
}

template <typename T> FieldPatch diffPatch(const T& before, const T& after, const QStringList& keys)
{
    FieldPatch p;
    p.kind = recordKindOf<T>();
    if constexpr (std::is_same_v<T, Negotiation>)
        p.id = after.prospectId;
    else
        p.id = after.id;
    for (const FieldSpec& s : fieldSpecs(p.kind)) {
        if (!keys.isEmpty() && !keys.contains(s.key))
            continue;
        const QVariant a = fieldValue(before, s.key);
        const QVariant b = fieldValue(after, s.key);
        if (a != b)
            p.fields.push_back(FieldChange{s.key, a, b});
    }
    return p;
}

template <typename T> FieldPatch insertPatch(const T& record)
{
    FieldPatch p;
    p.kind = recordKindOf<T>();
    p.op = FieldPatch::Op::Insert;
    p.id = record.id;
    for (const FieldSpec& s : fieldSpecs(p.kind))
        p.fields.push_back(FieldChange{s.key, QVariant(), fieldValue(record, s.key)});
    return p;
}

template <typename T> FieldPatch removePatch(const T& record)
{
    return insertPatch(record).reversed();
}

template <typename T> void applyPatch(T& record, const FieldPatch& patch)
{
    for (const FieldChange& f : patch.fields)
        setFieldValue(record, f.key, f.after);
}

#define ACCORD_RECORD(T)                                                                           \
    template <> RecordKind recordKindOf<T>()                                                       \
    {                                                                                              \
        return RecordKind::T;                                                                      \
    }                                                                                              \
    template FieldPatch diffPatch<T>(const T&, const T&, const QStringList&);                      \
    template void applyPatch<T>(T&, const FieldPatch&);
#define ACCORD_ROW_RECORD(T)                                                                       \
    ACCORD_RECORD(T)                                                                               \
    template QVariant fieldValue<T>(const T&, const QString&);                                     \
    template void setFieldValue<T>(T&, const QString&, const QVariant&);                           \
    template FieldPatch insertPatch<T>(const T&);                                                  \
    template FieldPatch removePatch<T>(const T&);
ACCORD_ROW_RECORD(Prospect)
ACCORD_ROW_RECORD(Contact)
ACCORD_ROW_RECORD(Meeting)
ACCORD_ROW_RECORD(StageChange)
ACCORD_ROW_RECORD(Insight)
ACCORD_ROW_RECORD(DataRequest)
ACCORD_ROW_RECORD(Metric)
ACCORD_ROW_RECORD(Opportunity)
ACCORD_ROW_RECORD(Tradable)
ACCORD_RECORD(Negotiation)
#undef ACCORD_ROW_RECORD
#undef ACCORD_RECORD

} // namespace accord::core
