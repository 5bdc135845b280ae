#include "FieldPatch.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};

using L = LeverPosition;

template <typename T> std::vector<FieldSpec> specsOf()
{
    std::vector<FieldSpec> out;
    for (const auto& d : fields<T>())
        out.push_back(FieldSpec{d.keyText(), d.kind(), d.labelText()});
    return out;
}

std::vector<FieldSpec> negotiationSpecs()
{
    std::vector<FieldSpec> out = specsOf<Negotiation>();
    for (Lever lever : kAllLevers)
        for (const auto& d : fields<L>())
            out.push_back(FieldSpec{leverKey(lever) + u'.' + d.keyText(), d.kind(),
                                    leverKey(lever) + QStringLiteral(": ") + d.labelText()});
    return out;
}

template <typename T> const Field<T>* def(const QString& key)
{
    return findFieldOf<T>(key);
}

// Splits "money.our_position" into the lever position and its field.
std::pair<LeverPosition*, const Field<L>*> leverField(Negotiation& n, const QString& key)
{
    const qsizetype dot = key.indexOf(u'.');
    if (dot < 0)
        return {nullptr, nullptr};
    const auto lever = leverFromKey(key.left(dot));
    if (!lever)
        return {nullptr, nullptr};
    LeverPosition* position = nullptr;
    for (LeverPosition& l : n.levers)
        if (l.lever == *lever)
            position = &l;
    for (const auto& d : fields<L>())
        if (key.mid(dot + 1) == QLatin1String(d.key))
            return {position, &d};
    return {nullptr, nullptr};
}

struct KindInfo
{
    RecordKind kind;
    const char* name; // for sentences
    std::vector<FieldSpec> (*specs)();
};

constexpr std::array<KindInfo, 12> kKinds{{
    {RecordKind::Prospect, QT_TRANSLATE_NOOP("accord", "prospect"), specsOf<Prospect>},
    {RecordKind::Contact, QT_TRANSLATE_NOOP("accord", "contact"), specsOf<Contact>},
    {RecordKind::Meeting, QT_TRANSLATE_NOOP("accord", "meeting"), specsOf<Meeting>},
    {RecordKind::StageChange, QT_TRANSLATE_NOOP("accord", "stage history entry"),
     specsOf<StageChange>},
    {RecordKind::Insight, QT_TRANSLATE_NOOP("accord", "insight"), specsOf<Insight>},
    {RecordKind::DataRequest, QT_TRANSLATE_NOOP("accord", "data request"), specsOf<DataRequest>},
    {RecordKind::Metric, QT_TRANSLATE_NOOP("accord", "metric"), specsOf<Metric>},
    {RecordKind::Opportunity, QT_TRANSLATE_NOOP("accord", "opportunity"), specsOf<Opportunity>},
    {RecordKind::Tradable, QT_TRANSLATE_NOOP("accord", "tradable"), specsOf<Tradable>},
    {RecordKind::CloseChange, QT_TRANSLATE_NOOP("accord", "close date history entry"),
     specsOf<CloseChange>},
    {RecordKind::Activity, QT_TRANSLATE_NOOP("accord", "activity"), specsOf<Activity>},
    {RecordKind::Negotiation, QT_TRANSLATE_NOOP("accord", "negotiation worksheet"),
     negotiationSpecs},
}};

std::size_t indexOf(RecordKind kind)
{
    for (std::size_t i = 0; i < kKinds.size(); ++i)
        if (kKinds[i].kind == kind)
            return i;
    return 0;
}

[[noreturn]] void unknownField(const QString& key)
{
    throw StoreError(QStringLiteral("There is no field %1.").arg(key));
}

} // namespace

const std::vector<FieldSpec>& fieldSpecs(RecordKind kind)
{
    static const auto specs = [] {
        std::array<std::vector<FieldSpec>, kKinds.size()> out;
        for (std::size_t i = 0; i < kKinds.size(); ++i)
            out[i] = kKinds[i].specs();
        return out;
    }();
    return specs[indexOf(kind)];
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
    return Text::tr(kKinds[indexOf(kind)].name);
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

namespace {
QString changedSentence(RecordKind kind, const QStringList& fields, const QString& by)
{
    if (by.isEmpty())
        return QStringLiteral("The %1 was changed since.").arg(recordKindName(kind));
    QStringList labels;
    for (const QString& key : fields) {
        const FieldSpec* spec = findField(kind, key);
        labels << (spec && !spec->label.isEmpty() ? spec->label : key);
    }
    if (labels.isEmpty())
        return QStringLiteral("%1 changed the %2 since; reload.").arg(by, recordKindName(kind));
    return QStringLiteral("%1 changed the %2 since; reload.")
        .arg(by, labels.join(QStringLiteral(", ")));
}
} // namespace

ConflictError::ConflictError(RecordKind kind, Id id, QStringList fields, bool missing,
                             const QString& by)
    : StoreError(missing ? QStringLiteral("The %1 no longer exists.").arg(recordKindName(kind))
                         : changedSentence(kind, fields, by)),
      m_kind(kind), m_id(id), m_fields(std::move(fields)),
      m_reason(missing ? Reason::Missing : Reason::Changed), m_by(by)
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

// A type in a template argument cannot be put in parentheses.
// NOLINTBEGIN(bugprone-macro-parentheses)
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
// NOLINTEND(bugprone-macro-parentheses)
ACCORD_ROW_RECORD(Prospect)
ACCORD_ROW_RECORD(Contact)
ACCORD_ROW_RECORD(Meeting)
ACCORD_ROW_RECORD(StageChange)
ACCORD_ROW_RECORD(Insight)
ACCORD_ROW_RECORD(DataRequest)
ACCORD_ROW_RECORD(Metric)
ACCORD_ROW_RECORD(Opportunity)
ACCORD_ROW_RECORD(Tradable)
ACCORD_ROW_RECORD(CloseChange)
ACCORD_ROW_RECORD(Activity)
ACCORD_RECORD(Negotiation)
#undef ACCORD_ROW_RECORD
#undef ACCORD_RECORD

} // namespace accord::core
