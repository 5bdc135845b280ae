#include "WorkspaceService.h"

#include "Validation.h"

#include <QCoreApplication>

#include <type_traits>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};

} // namespace

void setDataRequestStatus(DataRequest& v, DataRequestStatus status, const QDate& today)
{
    v.status = status;
    if (status != DataRequestStatus::Received)
        v.receivedOn = {};
    else if (!v.receivedOn.isValid())
        v.receivedOn = today;
}

namespace {

/// The rules of each record before it is written, beyond its fields' own.
template <typename T> void prepare(T& record, [[maybe_unused]] const QDate& today)
{
    validate(record);
}

template <> void prepare(DataRequest& record, const QDate& today)
{
    setDataRequestStatus(record, record.status, today);
    validate(record);
    if (record.receivedOn.isValid() && record.requestedOn.isValid() &&
        record.receivedOn < record.requestedOn)
        throw ValidationError(QStringLiteral("received_on"),
                              Text::tr("The received date (%1) is before the requested date (%2).")
                                  .arg(record.receivedOn.toString(Qt::ISODate),
                                       record.requestedOn.toString(Qt::ISODate)));
}

} // namespace

QDate WorkspaceService::today() const
{
    return m_clock.now().toLocalTime().date();
}

template <typename T> ChangeSet WorkspaceService::add(T record)
{
    prepare(record, today());
    return m_store.applyChanges({insertPatch(record)});
}

template <typename T> ChangeSet WorkspaceService::edit(const T& before, T after)
{
    prepare(after, today());
    return m_store.applyChanges({diffPatch(before, after)});
}

#define ACCORD_WORKSPACE_RECORD(T)                                                                 \
    template ChangeSet WorkspaceService::add<T>(T);                                                \
    template ChangeSet WorkspaceService::edit<T>(const T&, T);
ACCORD_WORKSPACE_RECORD(Contact)
ACCORD_WORKSPACE_RECORD(Insight)
ACCORD_WORKSPACE_RECORD(DataRequest)
ACCORD_WORKSPACE_RECORD(Metric)
ACCORD_WORKSPACE_RECORD(Opportunity)
ACCORD_WORKSPACE_RECORD(Tradable)
#undef ACCORD_WORKSPACE_RECORD
template ChangeSet WorkspaceService::edit<Meeting>(const Meeting&, Meeting);
template ChangeSet WorkspaceService::edit<Negotiation>(const Negotiation&, Negotiation);

ChangeSet WorkspaceService::remove(RecordKind kind, Id id)
{
    switch (kind) {
    case RecordKind::Prospect:
    case RecordKind::StageChange:
    case RecordKind::Negotiation:
        throw StoreError(Text::tr("A %1 is not removed this way.").arg(recordKindName(kind)));
    default:
        break;
    }
    return m_store.removeRecord(kind, id);
}

ChangeSet WorkspaceService::redoRemoval(const ChangeSet& removal)
{
    for (const FieldPatch& p : removal)
        if (p.op == FieldPatch::Op::Remove)
            return m_store.removeRecord(p.kind, p.id, &p);
    throw StoreError(Text::tr("There is nothing to remove."));
}

namespace {

/// The prospect's records of type T, as the store lists them.
template <typename T> std::vector<T> recordsOf(Store& store, Id prospectId)
{
    if constexpr (std::is_same_v<T, Contact>)
        return store.prospects().contacts(prospectId);
    else if constexpr (std::is_same_v<T, Meeting>)
        return store.meetings().forProspect(prospectId);
    else if constexpr (std::is_same_v<T, Insight>)
        return store.evidence().insights(prospectId);
    else if constexpr (std::is_same_v<T, DataRequest>)
        return store.evidence().dataRequests(prospectId);
    else if constexpr (std::is_same_v<T, Metric>)
        return store.evidence().metrics(prospectId);
    else if constexpr (std::is_same_v<T, Opportunity>)
        return store.evidence().opportunities(prospectId);
    else
        return store.evidence().tradables(prospectId);
}

} // namespace

template <typename T> std::optional<T> WorkspaceService::find(Id id, std::optional<Id> prospectId)
{
    if constexpr (std::is_same_v<T, Contact> || std::is_same_v<T, Meeting>) {
        // Contacts and meetings are found by id; evidence is listed per prospect.
        std::optional<T> found;
        if constexpr (std::is_same_v<T, Contact>)
            found = m_store.prospects().findContact(id);
        else
            found = m_store.meetings().find(id);
        if (found && prospectId && found->prospectId != *prospectId)
            return std::nullopt;
        return found;
    }
    auto search = [&](Id pid) -> std::optional<T> {
        for (const T& r : recordsOf<T>(m_store, pid))
            if (r.id == id)
                return r;
        return std::nullopt;
    };
    if (prospectId)
        return search(*prospectId);
    // Walk the pipeline, trash included.
    ProspectFilter all;
    all.trash = ProspectFilter::Trash::Include;
    constexpr int kPage = 500;
    for (int offset = 0;; offset += kPage) {
        const auto rows =
            m_store.prospects().rows(all, ProspectSort::Updated, false, kPage, offset);
        for (const ProspectRow& r : rows)
            if (auto hit = search(r.prospect.id))
                return hit;
        if (static_cast<int>(rows.size()) < kPage)
            return std::nullopt;
    }
}

template <typename T>
std::optional<T> WorkspaceService::editRecord(Id id, std::optional<Id> prospectId,
                                              const std::function<void(T&)>& change,
                                              ChangeSet* applied)
{
    std::optional<T> written;
    m_store.transaction([&] {
        const auto stored = find<T>(id, prospectId);
        if (!stored)
            return;
        T after = *stored;
        change(after);
        after.id = stored->id;
        after.prospectId = stored->prospectId;
        prepare(after, today());
        const ChangeSet changes = m_store.applyChanges({diffPatch(*stored, after)});
        if (applied)
            *applied = changes;
        written = after;
    });
    return written;
}

template <typename T> using RecordChange = std::function<void(T&)>;
#define ACCORD_WORKSPACE_FIND(T)                                                                   \
    template std::optional<T> WorkspaceService::find<T>(Id, std::optional<Id>);                    \
    template std::optional<T> WorkspaceService::editRecord<T>(Id, std::optional<Id>,               \
                                                              const RecordChange<T>&, ChangeSet*);
ACCORD_WORKSPACE_FIND(Contact)
ACCORD_WORKSPACE_FIND(Meeting)
ACCORD_WORKSPACE_FIND(Insight)
ACCORD_WORKSPACE_FIND(DataRequest)
ACCORD_WORKSPACE_FIND(Metric)
ACCORD_WORKSPACE_FIND(Opportunity)
ACCORD_WORKSPACE_FIND(Tradable)
#undef ACCORD_WORKSPACE_FIND

Negotiation WorkspaceService::negotiation(Id prospectId)
{
    if (auto n = m_store.evidence().negotiation(prospectId))
        return *n;
    Negotiation fresh;
    fresh.prospectId = prospectId;
    return fresh;
}

Negotiation WorkspaceService::editNegotiation(Id prospectId,
                                              const std::function<void(Negotiation&)>& change,
                                              ChangeSet* applied)
{
    Negotiation after;
    m_store.transaction([&] {
        const Negotiation stored = negotiation(prospectId);
        after = stored;
        change(after);
        after.prospectId = prospectId;
        prepare(after, today());
        const ChangeSet written = m_store.applyChanges({diffPatch(stored, after)});
        if (applied)
            *applied = written;
    });
    return after;
}

GateCheck WorkspaceService::gateCheck(Id prospectId, Id criterionId)
{
    GateCheck current;
    current.prospectId = prospectId;
    current.criterionId = criterionId;
    for (const GateCheck& c : m_store.gates().checks(prospectId))
        if (c.criterionId == criterionId)
            current = c;
    return current;
}

GateCheck WorkspaceService::newGateCheck(Id prospectId, Id criterionId, bool checked,
                                         const QString& evidence, const QString& by) const
{
    GateCheck check;
    check.prospectId = prospectId;
    check.criterionId = criterionId;
    check.checked = checked;
    check.evidence = evidence;
    check.checkedAt = m_clock.now();
    check.checkedBy = by;
    return check;
}

void WorkspaceService::setGateCheck(const GateCheck& check)
{
    if (check.evidence.size() > kMaxLongText)
        throw ValidationError(QStringLiteral("evidence"),
                              Text::tr("The evidence text is too long."));
    m_store.gates().setCheck(check);
}

QStringList WorkspaceService::tags(Id prospectId)
{
    return m_store.prospects().tags(prospectId);
}

void WorkspaceService::setTags(Id prospectId, const QStringList& tags)
{
    for (const QString& tag : tags) {
        validateText(tag, false, QStringLiteral("tags"), Text::tr("A tag"));
        if (tag.trimmed().isEmpty() || tag.size() > kMaxNameLength)
            throw ValidationError(QStringLiteral("tags"),
                                  Text::tr("A tag is one to %1 characters (\"%2\" is not).")
                                      .arg(kMaxNameLength)
                                      .arg(tag.left(40)));
    }
    m_store.prospects().setTags(prospectId, tags);
}

QStringList WorkspaceService::parseTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(',')))
        if (const QString t = part.trimmed(); !t.isEmpty() && !tags.contains(t))
            tags << t;
    return tags;
}

} // namespace accord::core
