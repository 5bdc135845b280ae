#include "Bundle.h"

#include "Fields.h"
#include "JsonReader.h"
#include "Parse.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>
#include <map>
#include <nlohmann/json.hpp>

namespace accord::core {

using nlohmann::json;

// ---------------------------------------------------------------------------
// Store

std::optional<ProspectBundle> loadBundle(Store& store, Id id, bool withFiles)
{
    auto prospect = store.prospects().find(id);
    if (!prospect)
        return std::nullopt;
    ProspectBundle b;
    b.prospect = *prospect;
    b.tags = store.prospects().tags(id);
    b.contacts = store.prospects().contacts(id);
    b.meetings = store.meetings().forProspect(id);
    b.history = store.prospects().history(id);
    b.closeChanges = store.prospects().closeHistory(id);
    b.insights = store.evidence().insights(id);
    b.dataRequests = store.evidence().dataRequests(id);
    b.metrics = store.evidence().metrics(id);
    b.opportunities = store.evidence().opportunities(id);
    b.negotiation = store.evidence().negotiation(id);
    b.tradables = store.evidence().tradables(id);
    b.gateChecks = store.gates().checks(id);
    b.activities = store.activities().forProspect(id);
    std::sort(b.activities.begin(), b.activities.end(),
              [](const Activity& x, const Activity& y) { return x.id < y.id; });
    for (const AttachmentInfo& info : store.attachments().list(id))
        b.attachments.push_back(
            Attachment{info, withFiles ? store.attachments().bytes(info.id) : QByteArray()});
    return b;
}

void saveBundle(Store& store, const ProspectBundle& bundle)
{
    // A bundle whose prospect has an id is a restore: every id is kept. A new
    // prospect (id 0) gets fresh ids everywhere; the contact and meeting ids it
    // carries only tie champions and insights to their rows.
    const bool keepIds = bundle.prospect.id != kNoId;
    auto own = [keepIds](Id id) { return keepIds ? id : kNoId; };

    store.transaction([&] {
        auto& prospects = store.prospects();
        auto& evidence = store.evidence();
        const Id pid = prospects.add(bundle.prospect);
        std::map<Id, Id> contactIds;
        std::map<Id, Id> meetingIds;

        // A copy of a row that belongs to the new prospect, with its own id when kept.
        auto adopted = [&](auto row) {
            row.id = own(row.id);
            row.prospectId = pid;
            return row;
        };
        // The row with its `link` to a contact or meeting moved to that row's new id.
        auto relinked = [](auto row, auto link, const std::map<Id, Id>& ids) {
            const auto it = ids.find(row.*link);
            if (row.*link != kNoId && it != ids.end())
                row.*link = it->second;
            return row;
        };

        for (const Contact& c : bundle.contacts)
            contactIds[c.id] = prospects.addContact(adopted(c));
        // Oldest first so the store's natural order matches time.
        for (auto it = bundle.meetings.rbegin(); it != bundle.meetings.rend(); ++it)
            meetingIds[it->id] = store.meetings().add(adopted(*it));
        for (const StageChange& c : bundle.history)
            prospects.addHistory(adopted(c));
        for (const CloseChange& c : bundle.closeChanges)
            prospects.addCloseChange(adopted(c));
        for (const Insight& v : bundle.insights)
            evidence.addInsight(relinked(adopted(v), &Insight::meetingId, meetingIds));
        std::map<Id, Id> requestIds;
        for (const DataRequest& v : bundle.dataRequests)
            requestIds[v.id] = evidence.addDataRequest(adopted(v));
        for (const Metric& v : bundle.metrics)
            evidence.addMetric(adopted(v));
        for (const Opportunity& v : bundle.opportunities)
            evidence.addOpportunity(
                relinked(adopted(v), &Opportunity::championContactId, contactIds));
        if (bundle.negotiation) {
            Negotiation n = *bundle.negotiation;
            n.prospectId = pid;
            evidence.saveNegotiation(n);
        }
        for (const Tradable& v : bundle.tradables)
            evidence.addTradable(adopted(v));
        for (GateCheck c : bundle.gateChecks) {
            c.prospectId = pid;
            store.gates().setCheck(c);
        }
        for (const Activity& v : bundle.activities)
            store.activities().add(relinked(adopted(v), &Activity::contactId, contactIds));
        if (!bundle.tags.isEmpty())
            prospects.setTags(pid, bundle.tags);
        for (const Attachment& a : bundle.attachments) {
            AttachmentInfo info = adopted(a.info);
            if (info.link.kind == AttachmentLink::Kind::DataRequest) {
                const auto it = requestIds.find(info.link.dataRequestId);
                if (it == requestIds.end() || info.link.dataRequestId == kNoId)
                    info.link = {};
                else
                    info.link.dataRequestId = it->second;
            }
            store.attachments().add(info, a.bytes);
        }
    });
}

void Store::saveBundles(const std::vector<ProspectBundle>& bundles)
{
    transaction([&] {
        for (const ProspectBundle& b : bundles)
            saveBundle(*this, b);
    });
}

// ---------------------------------------------------------------------------
// To JSON

namespace {

std::string s(const QString& v)
{
    return v.toStdString();
}

json date(const QDate& d)
{
    return d.isValid() ? json(s(d.toString(Qt::ISODate))) : json(nullptr);
}

json attachmentList(const std::vector<Attachment>& items)
{
    json out = json::array();
    for (const Attachment& a : items)
        out.push_back(attachmentToJson(a));
    return out;
}

json timestamp(const QDateTime& t)
{
    return t.isValid() ? json(s(toIsoUtc(t))) : json(nullptr);
}

json money(const Money& m)
{
    return json{{"minor", m.minor}, {"currency", s(m.currency)}};
}

template <typename T> json list(const std::vector<T>& items)
{
    json out = json::array();
    for (const auto& item : items)
        out.push_back(toJson(item));
    return out;
}

} // namespace

namespace {

json fieldJson(FieldType type, const QVariant& v)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Choice:
        return s(v.toString());
    case FieldType::Integer:
        return v.toLongLong();
    case FieldType::Flag:
        return v.toLongLong() != 0;
    case FieldType::Real:
        return v.toDouble();
    case FieldType::Date:
        return date(v.toDate());
    case FieldType::Time:
        return timestamp(v.toDateTime());
    case FieldType::Reference:
        return v.isValid() ? v.toLongLong() : qint64(kNoId);
    case FieldType::Stage:
        return s(stageKey(static_cast<Stage>(v.toLongLong())));
    }
    return nullptr;
}

/// The record's id (when it has one) and every field of its table but the custom ones.
template <typename T> json recordJson(const T& r)
{
    json out = json::object();
    if constexpr (kHasId<T>)
        out["id"] = r.id;
    for (const Field<T>& f : fields<T>())
        if (!f.has(Custom))
            out[f.key] = fieldJson(f.type, f.get(r));
    return out;
}

} // namespace

/// Records with nothing but their table's fields.
template <typename T> json toJson(const T& value)
{
    return recordJson(value);
}

template <> json toJson(const Prospect& value)
{
    json out = recordJson(value);
    out["value"] = money(value.value);
    return out;
}

template <> json toJson(const Negotiation& value)
{
    json levers = json::array();
    for (const auto& l : value.levers) {
        json lever = recordJson(l);
        lever["lever"] = s(leverKey(l.lever));
        levers.push_back(std::move(lever));
    }
    json out = recordJson(value);
    out["prospect_id"] = value.prospectId;
    out["levers"] = std::move(levers);
    return out;
}

template json toJson(const Contact&);
template json toJson(const Meeting&);
template json toJson(const StageChange&);
template json toJson(const CloseChange&);
template json toJson(const Insight&);
template json toJson(const DataRequest&);
template json toJson(const Metric&);
template json toJson(const Opportunity&);
template json toJson(const Tradable&);
template json toJson(const Activity&);

template <> json toJson(const GateCheck& value)
{
    return json{{"prospect_id", value.prospectId},
                {"criterion_id", value.criterionId},
                {"checked", value.checked},
                {"evidence", s(value.evidence)},
                {"checked_at", timestamp(value.checkedAt)},
                {"checked_by", s(value.checkedBy)}};
}

template <> json toJson(const GateCriterion& value)
{
    return json{{"id", value.id},
                {"stage", s(stageKey(value.stage))},
                {"position", value.position},
                {"label", s(value.label)},
                {"rule", s(gateRuleKey(value.rule))}};
}

template <> json toJson(const ProspectBundle& value)
{
    json tags = json::array();
    for (const auto& t : value.tags)
        tags.push_back(s(t));
    return json{{"prospect", toJson(value.prospect)},
                {"tags", tags},
                {"contacts", list(value.contacts)},
                {"meetings", list(value.meetings)},
                {"history", list(value.history)},
                {"close_changes", list(value.closeChanges)},
                {"insights", list(value.insights)},
                {"data_requests", list(value.dataRequests)},
                {"metrics", list(value.metrics)},
                {"opportunities", list(value.opportunities)},
                {"negotiation", value.negotiation ? toJson(*value.negotiation) : json(nullptr)},
                {"tradables", list(value.tradables)},
                {"gate_checks", list(value.gateChecks)},
                {"activities", list(value.activities)},
                {"attachments", attachmentList(value.attachments)}};
}

// ---------------------------------------------------------------------------
// From JSON

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};

using Reader = JsonReader;

/// Runs the field rules and reports a failure under the item's JSON path.
template <typename T> void check(const T& value, const QString& path)
{
    try {
        validate(value);
    } catch (const ValidationError& e) {
        const QString where = path + QLatin1Char('.') + e.field();
        throw ValidationError(where, QStringLiteral("%1: %2").arg(where, e.message()));
    }
}

void sameProspect(const Reader& r, Id prospectId)
{
    const Id id = r.id("prospect_id");
    if (id != kNoId && prospectId != kNoId && id != prospectId)
        Reader::fail(r.at("prospect_id"),
                     Text::tr("%1 names another prospect than the one the bundle is for."));
}

/// Reads the id and every field of T's table in table order; `custom` reads
/// the fields marked Custom.
template <typename T, typename F> void readFields(const Reader& r, T& v, F&& custom)
{
    if constexpr (kHasId<T>)
        v.id = r.id("id");
    for (const Field<T>& f : fields<T>()) {
        if (f.has(Custom))
            custom(v, f);
        else if (auto value = r.field(f.key, f.type, f.has(Required), f.choices))
            f.set(v, *value);
    }
}

constexpr auto noCustom = [](auto&, const auto&) {};

template <typename T> T readRecord(const Reader& r)
{
    T v;
    readFields(r, v, noCustom);
    check(v, r.path());
    return v;
}

void readMoney(const Reader& r, Prospect& p)
{
    if (!r.find("value"))
        return;
    const Reader value = r.object("value");
    p.value.minor = value.integer("minor");
    p.value.currency = value.text("currency", true);
    try {
        Prospect probe;
        probe.name = QStringLiteral("x");
        probe.value = p.value;
        validate(probe);
    } catch (const ValidationError& e) {
        const QString where =
            value.at(e.field() == QLatin1String("currency") ? "currency" : "minor");
        throw ValidationError(where, QStringLiteral("%1: %2").arg(where, e.message()));
    }
}

template <> Prospect readRecord(const Reader& r)
{
    Prospect p;
    readFields(r, p, [&](Prospect& v, const Field<Prospect>& f) {
        if (f.keyText() == QLatin1String("value_minor"))
            readMoney(r, v);
    });
    check(p, r.path());
    return p;
}

template <> Meeting readRecord(const Reader& r)
{
    Meeting m;
    readFields(r, m, noCustom);
    Meeting probe = m; // the bundle supplies the prospect when the meeting has none yet
    if (probe.prospectId == kNoId)
        probe.prospectId = 1;
    check(probe, r.path());
    return m;
}

template <> Activity readRecord(const Reader& r)
{
    Activity a;
    readFields(r, a, noCustom);
    Activity probe = a; // the bundle supplies the prospect when the activity has none yet
    if (probe.prospectId == kNoId)
        probe.prospectId = 1;
    check(probe, r.path());
    return a;
}

/// A bundle written before activities (schema 9 and older) keeps the
/// prospect's single next step in the prospect: it becomes an open task, due
/// on its date or, without one, on the day the prospect was last changed (as
/// the file's migration to schema 9 does).
void readLegacyNextStep(const Reader& root, ProspectBundle& b)
{
    if (root.find("activities"))
        return;
    const Reader prospect = root.object("prospect");
    const QString step = prospect.text("next_step").trimmed();
    if (step.isEmpty())
        return;
    Activity a;
    a.prospectId = b.prospect.id;
    a.title = step.left(kMaxShortText);
    if (const json* due = prospect.find("next_step_due"); due && due->is_string())
        a.dueOn = QDate::fromString(QString::fromStdString(due->get<std::string>()), Qt::ISODate);
    const QDateTime changed =
        b.prospect.updatedAt.isValid() ? b.prospect.updatedAt : b.prospect.createdAt;
    if (!a.dueOn.isValid() || !isWithinDateRange(a.dueOn))
        a.dueOn = changed.isValid() ? changed.toUTC().date() : QDate(2026, 1, 1);
    a.owner = b.prospect.owner;
    b.activities.push_back(std::move(a));
}

template <> StageChange readRecord(const Reader& r)
{
    StageChange c;
    readFields(r, c, noCustom);
    if (c.reason.size() > kMaxLongText)
        Reader::fail(r.at("reason"), Text::tr("%1 is too long."));
    return c;
}

template <> CloseChange readRecord(const Reader& r)
{
    CloseChange c;
    readFields(r, c, noCustom);
    if (c.by.size() > kMaxNameLength)
        Reader::fail(r.at("by"), Text::tr("%1 is too long."));
    return c;
}

template <> Negotiation readRecord(const Reader& r)
{
    Negotiation v;
    v.prospectId = r.id("prospect_id");
    readFields(r, v, noCustom);
    if (r.find("levers")) {
        v.levers.clear();
        r.each("levers", [&](const json& j, const QString& path) {
            const Reader l(j, path);
            LeverPosition p;
            p.lever = l.key("lever", &leverFromKey, Lever::Money);
            if (!l.find("lever"))
                Reader::fail(l.at("lever"), Text::tr("%1 is missing."));
            readFields(l, p, noCustom);
            try {
                Negotiation probe;
                probe.levers[static_cast<std::size_t>(p.lever)] = p;
                validate(probe);
            } catch (const ValidationError& e) {
                const QString where = path + QLatin1Char('.') + e.field();
                throw ValidationError(where, QStringLiteral("%1: %2").arg(where, e.message()));
            }
            v.levers.push_back(p);
        });
    }
    check(v, r.path());
    return v;
}

GateCheck readGateCheck(const Reader& r)
{
    GateCheck v;
    v.prospectId = r.id("prospect_id");
    v.criterionId = r.id("criterion_id");
    if (v.criterionId == kNoId)
        Reader::fail(r.at("criterion_id"), Text::tr("%1 should name a gate criterion."));
    v.checked = r.boolean("checked");
    v.evidence = r.text("evidence");
    v.checkedAt = r.timestamp("checked_at");
    v.checkedBy = r.text("checked_by");
    if (v.evidence.size() > kMaxLongText)
        Reader::fail(r.at("evidence"), Text::tr("%1 is too long."));
    return v;
}

template <typename T, typename F>
void readList(const Reader& r, const char* key, Id prospectId, std::vector<T>& out, F read)
{
    r.each(key, [&](const json& j, const QString& path) {
        const Reader item(j, path);
        sameProspect(item, prospectId);
        out.push_back(read(item));
    });
}

} // namespace

ProspectBundle bundleFromJson(const json& j, const QString& path)
{
    const Reader root(j, path);
    ProspectBundle b;
    b.prospect = readRecord<Prospect>(root.object("prospect"));
    const Id pid = b.prospect.id;
    root.each("tags", [&](const json& t, const QString& path) {
        if (!t.is_string() || t.get<std::string>().empty())
            Reader::fail(path, Text::tr("%1 should be a non-empty string."));
        const QString tag = QString::fromStdString(t.get<std::string>());
        validateText(tag, false, path, path);
        b.tags << tag;
    });
    readList(root, "contacts", pid, b.contacts, readRecord<Contact>);
    readList(root, "meetings", pid, b.meetings, readRecord<Meeting>);
    readList(root, "history", pid, b.history, readRecord<StageChange>);
    readList(root, "close_changes", pid, b.closeChanges, readRecord<CloseChange>);
    readList(root, "insights", pid, b.insights, readRecord<Insight>);
    readList(root, "data_requests", pid, b.dataRequests, readRecord<DataRequest>);
    readList(root, "metrics", pid, b.metrics, readRecord<Metric>);
    readList(root, "opportunities", pid, b.opportunities, readRecord<Opportunity>);
    if (const json* n = root.find("negotiation"); n && !n->is_null()) {
        const Reader r(*n, root.at("negotiation"));
        sameProspect(r, pid);
        b.negotiation = readRecord<Negotiation>(r);
    }
    readList(root, "tradables", pid, b.tradables, readRecord<Tradable>);
    readList(root, "gate_checks", pid, b.gateChecks, readGateCheck);
    readList(root, "activities", pid, b.activities, readRecord<Activity>);
    readLegacyNextStep(root, b);
    readList(root, "attachments", pid, b.attachments, attachmentFromJson);
    return b;
}

} // namespace accord::core
