#include "Bundle.h"

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

std::optional<ProspectBundle> loadBundle(Store& store, Id id)
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
    b.insights = store.evidence().insights(id);
    b.dataRequests = store.evidence().dataRequests(id);
    b.metrics = store.evidence().metrics(id);
    b.opportunities = store.evidence().opportunities(id);
    b.negotiation = store.evidence().negotiation(id);
    b.tradables = store.evidence().tradables(id);
    b.gateChecks = store.gates().checks(id);
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
        auto mapped = [](const std::map<Id, Id>& ids, Id id) {
            if (id == kNoId)
                return kNoId;
            const auto it = ids.find(id);
            return it == ids.end() ? id : it->second;
        };

        for (Contact c : bundle.contacts) {
            const Id original = c.id;
            c.id = own(c.id);
            c.prospectId = pid;
            contactIds[original] = prospects.addContact(c);
        }
        // Oldest first so the store's natural order matches time.
        for (auto it = bundle.meetings.rbegin(); it != bundle.meetings.rend(); ++it) {
            Meeting m = *it;
            const Id original = m.id;
            m.id = own(m.id);
            m.prospectId = pid;
            meetingIds[original] = store.meetings().add(m);
        }
        for (StageChange c : bundle.history) {
            c.id = own(c.id);
            c.prospectId = pid;
            prospects.addHistory(c);
        }
        for (Insight v : bundle.insights) {
            v.id = own(v.id);
            v.prospectId = pid;
            v.meetingId = mapped(meetingIds, v.meetingId);
            evidence.addInsight(v);
        }
        for (DataRequest v : bundle.dataRequests) {
            v.id = own(v.id);
            v.prospectId = pid;
            evidence.addDataRequest(v);
        }
        for (Metric v : bundle.metrics) {
            v.id = own(v.id);
            v.prospectId = pid;
            evidence.addMetric(v);
        }
        for (Opportunity v : bundle.opportunities) {
            v.id = own(v.id);
            v.prospectId = pid;
            v.championContactId = mapped(contactIds, v.championContactId);
            evidence.addOpportunity(v);
        }
        if (bundle.negotiation) {
            Negotiation n = *bundle.negotiation;
            n.prospectId = pid;
            evidence.saveNegotiation(n);
        }
        for (Tradable v : bundle.tradables) {
            v.id = own(v.id);
            v.prospectId = pid;
            evidence.addTradable(v);
        }
        for (GateCheck c : bundle.gateChecks) {
            c.prospectId = pid;
            store.gates().setCheck(c);
        }
        if (!bundle.tags.isEmpty())
            prospects.setTags(pid, bundle.tags);
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

json toJson(const Prospect& p)
{
    return json{{"id", p.id},
                {"name", s(p.name)},
                {"industry", s(p.industry)},
                {"segment", s(p.segment)},
                {"website", s(p.website)},
                {"owner", s(p.owner)},
                {"stage", s(stageKey(p.stage))},
                {"status", s(statusKey(p.status))},
                {"value", money(p.value)},
                {"lost_reason", s(p.lostReason)},
                {"next_step", s(p.nextStep)},
                {"next_step_due", date(p.nextStepDue)},
                {"created_at", timestamp(p.createdAt)},
                {"updated_at", timestamp(p.updatedAt)},
                {"stage_entered_at", timestamp(p.stageEnteredAt)},
                {"deleted_at", timestamp(p.deletedAt)},
                {"signed_on", date(p.signedOn)},
                {"agreement_summary", s(p.agreementSummary)}};
}

json toJson(const Contact& c)
{
    return json{{"id", c.id},          {"prospect_id", c.prospectId},       {"name", s(c.name)},
                {"title", s(c.title)}, {"role", s(contactRoleKey(c.role))}, {"email", s(c.email)},
                {"phone", s(c.phone)}};
}

json toJson(const Meeting& m)
{
    return json{{"id", m.id},
                {"prospect_id", m.prospectId},
                {"occurred_at", timestamp(m.occurredAt)},
                {"duration_minutes", m.durationMinutes},
                {"kind", s(meetingKindKey(m.kind))},
                {"stage_at_time", s(stageKey(m.stageAtTime))},
                {"attendees", s(m.attendees)},
                {"summary", s(m.summary)},
                {"notes", s(m.notes)},
                {"shared", s(m.shared)},
                {"learned", s(m.learned)},
                {"next_step", s(m.nextStep)},
                {"next_step_due", date(m.nextStepDue)},
                {"logged_by", s(m.loggedBy)}};
}

json toJson(const StageChange& c)
{
    return json{{"id", c.id},
                {"prospect_id", c.prospectId},
                {"at", timestamp(c.at)},
                {"from_stage", s(stageKey(c.fromStage))},
                {"to_stage", s(stageKey(c.toStage))},
                {"from_status", s(statusKey(c.fromStatus))},
                {"to_status", s(statusKey(c.toStatus))},
                {"by", s(c.by)},
                {"reason", s(c.reason)},
                {"gate_override", c.gateOverride}};
}

json toJson(const Insight& v)
{
    return json{{"id", v.id},
                {"prospect_id", v.prospectId},
                {"meeting_id", v.meetingId},
                {"title", s(v.title)},
                {"body", s(v.body)},
                {"source", s(v.source)},
                {"shared_on", date(v.sharedOn)}};
}

json toJson(const DataRequest& v)
{
    return json{{"id", v.id},
                {"prospect_id", v.prospectId},
                {"item", s(v.item)},
                {"requested_on", date(v.requestedOn)},
                {"status", s(dataRequestStatusKey(v.status))},
                {"received_on", date(v.receivedOn)},
                {"note", s(v.note)}};
}

json toJson(const Metric& v)
{
    return json{{"id", v.id},
                {"prospect_id", v.prospectId},
                {"name", s(v.name)},
                {"value", v.value},
                {"unit", s(v.unit)},
                {"period", s(v.period)},
                {"source", s(metricSourceKey(v.source))}};
}

json toJson(const Opportunity& v)
{
    return json{{"id", v.id},
                {"prospect_id", v.prospectId},
                {"title", s(v.title)},
                {"description", s(v.description)},
                {"lift_kind", s(liftKindKey(v.liftKind))},
                {"lift_value", v.liftValue},
                {"champion_contact_id", v.championContactId},
                {"status", s(opportunityStatusKey(v.status))}};
}

json toJson(const Negotiation& v)
{
    json levers = json::array();
    for (const auto& l : v.levers)
        levers.push_back(json{{"lever", s(leverKey(l.lever))},
                              {"our_priority", l.ourPriority},
                              {"their_priority", l.theirPriority},
                              {"our_position", s(l.ourPosition)},
                              {"their_position", s(l.theirPosition)},
                              {"our_concession", s(l.ourConcession)},
                              {"their_concession", s(l.theirConcession)}});
    return json{{"prospect_id", v.prospectId},
                {"our_batna", s(v.ourBatna)},
                {"their_batna", s(v.theirBatna)},
                {"their_interests", s(v.theirInterests)},
                {"our_interests", s(v.ourInterests)},
                {"objective_criteria", s(v.objectiveCriteria)},
                {"stance", v.stance},
                {"levers", levers}};
}

json toJson(const Tradable& v)
{
    return json{{"id", v.id},
                {"prospect_id", v.prospectId},
                {"side", s(sideKey(v.side))},
                {"item", s(v.item)},
                {"value_to_other", s(v.valueToOther)},
                {"cost_to_give", s(v.costToGive)}};
}

json toJson(const GateCheck& v)
{
    return json{{"prospect_id", v.prospectId},
                {"criterion_id", v.criterionId},
                {"checked", v.checked},
                {"evidence", s(v.evidence)},
                {"checked_at", timestamp(v.checkedAt)},
                {"checked_by", s(v.checkedBy)}};
}

json toJson(const GateCriterion& v)
{
    return json{{"id", v.id},
                {"stage", s(stageKey(v.stage))},
                {"position", v.position},
                {"label", s(v.label)},
                {"rule", s(gateRuleKey(v.rule))}};
}

json toJson(const ProspectBundle& b)
{
    json tags = json::array();
    for (const auto& t : b.tags)
        tags.push_back(s(t));
    return json{{"prospect", toJson(b.prospect)},
                {"tags", tags},
                {"contacts", list(b.contacts)},
                {"meetings", list(b.meetings)},
                {"history", list(b.history)},
                {"insights", list(b.insights)},
                {"data_requests", list(b.dataRequests)},
                {"metrics", list(b.metrics)},
                {"opportunities", list(b.opportunities)},
                {"negotiation", b.negotiation ? toJson(*b.negotiation) : json(nullptr)},
                {"tradables", list(b.tradables)},
                {"gate_checks", list(b.gateChecks)}};
}

// ---------------------------------------------------------------------------
// From JSON

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord", text);
}

/// Reads one JSON object at a known path; every error names the path.
class Reader
{
public:
    Reader(const json& j, QString path) : m_j(j), m_path(std::move(path))
    {
        if (!m_j.is_object())
            fail(m_path, tr("%1 should be an object."));
    }

    [[noreturn]] static void fail(const QString& path, const QString& pattern)
    {
        throw ValidationError(path, pattern.arg(path));
    }

    // Paths in one notation: $.prospects[0].meetings[0].occurred_at
    QString at(const char* key) const { return m_path + QLatin1Char('.') + QLatin1String(key); }
    const QString& path() const { return m_path; }

    const json* find(const char* key) const
    {
        const auto it = m_j.find(key);
        return it == m_j.end() ? nullptr : &*it;
    }

    const json& need(const char* key) const
    {
        const json* v = find(key);
        if (!v)
            fail(at(key), tr("%1 is missing."));
        return *v;
    }

    QString text(const char* key, bool required = false) const
    {
        const json* v = required ? &need(key) : find(key);
        if (!v)
            return {};
        if (!v->is_string())
            fail(at(key), tr("%1 should be a string."));
        const QString text = QString::fromStdString(v->get<std::string>());
        // No NUL or other control character anywhere; validate() then keeps line
        // breaks and tabs out of one-line fields.
        validateText(text, true, at(key), at(key));
        return text;
    }

    qint64 integer(const char* key, qint64 fallback = 0) const
    {
        const json* v = find(key);
        if (!v)
            return fallback;
        if (v->is_number_unsigned()) {
            if (v->get<std::uint64_t>() >
                static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))
                fail(at(key), tr("%1 is too large."));
            return static_cast<qint64>(v->get<std::uint64_t>());
        }
        if (!v->is_number_integer())
            fail(at(key), tr("%1 should be a whole number."));
        return v->get<std::int64_t>();
    }

    int smallInt(const char* key, int fallback = 0) const
    {
        const qint64 v = integer(key, fallback);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            fail(at(key), tr("%1 is out of range."));
        return static_cast<int>(v);
    }

    Id id(const char* key) const
    {
        const qint64 v = integer(key);
        if (v < 0)
            fail(at(key), tr("%1 cannot be negative."));
        return v;
    }

    double number(const char* key) const
    {
        const json* v = find(key);
        if (!v)
            return 0.0;
        if (!v->is_number())
            fail(at(key), tr("%1 should be a number."));
        return v->get<double>();
    }

    bool boolean(const char* key) const
    {
        const json* v = find(key);
        if (!v)
            return false;
        if (!v->is_boolean())
            fail(at(key), tr("%1 should be true or false."));
        return v->get<bool>();
    }

    QDate date(const char* key) const
    {
        const json* v = find(key);
        if (!v || v->is_null())
            return {};
        if (v->is_string()) {
            static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            const QString t = QString::fromStdString(v->get<std::string>());
            const QDate d = QDate::fromString(t, Qt::ISODate);
            if (iso.match(t).hasMatch() && isWithinDateRange(d))
                return d;
        }
        fail(at(key), tr("%1 should be a date such as 2026-03-14 (years 1900–9999), or null."));
    }

    QDateTime timestamp(const char* key, bool required = false) const
    {
        const json* v = required ? &need(key) : find(key);
        if (!v || (v->is_null() && !required))
            return {};
        if (v->is_string())
            if (auto t = fromIsoUtc(QString::fromStdString(v->get<std::string>())))
                return *t;
        fail(at(key), tr("%1 should be a UTC time such as 2026-03-14T09:30:00Z (years "
                         "1900–9999)."));
    }

    template <typename E>
    E key(const char* name, std::optional<E> (*parse)(const QString&), E fallback) const
    {
        const json* v = find(name);
        if (!v)
            return fallback;
        if (v->is_string())
            if (auto e = parse(QString::fromStdString(v->get<std::string>())))
                return *e;
        fail(at(name), tr("%1 has an unknown value."));
    }

    Stage stage(const char* name) const
    {
        const json* v = find(name);
        if (!v)
            return Stage::Informative;
        // Only the machine keys here: stageFromKey also reads names meant for people.
        if (v->is_string()) {
            const QString k = QString::fromStdString(v->get<std::string>());
            for (Stage s : kAllStages)
                if (stageKey(s) == k)
                    return s;
        }
        fail(at(name), tr("%1 has an unknown stage."));
    }

    Reader object(const char* key) const { return Reader(need(key), at(key)); }

    template <typename F> void each(const char* key, F&& f) const
    {
        const json* v = find(key);
        if (!v)
            return;
        if (!v->is_array())
            fail(at(key), tr("%1 should be a list."));
        for (std::size_t i = 0; i < v->size(); ++i)
            f((*v)[i], at(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
    }

private:
    const json& m_j;
    QString m_path;
};

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
                     tr("%1 names another prospect than the one the bundle is for."));
}

Prospect readProspect(const Reader& r)
{
    Prospect p;
    p.id = r.id("id");
    p.name = r.text("name", true);
    p.industry = r.text("industry");
    p.segment = r.text("segment");
    p.website = r.text("website");
    p.owner = r.text("owner");
    p.stage = r.stage("stage");
    p.status = r.key("status", &statusFromKey, Status::Active);
    if (r.find("value")) {
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
    p.lostReason = r.text("lost_reason");
    p.nextStep = r.text("next_step");
    p.nextStepDue = r.date("next_step_due");
    p.createdAt = r.timestamp("created_at");
    p.updatedAt = r.timestamp("updated_at");
    p.stageEnteredAt = r.timestamp("stage_entered_at");
    p.deletedAt = r.timestamp("deleted_at");
    p.signedOn = r.date("signed_on");
    p.agreementSummary = r.text("agreement_summary");
    check(p, r.path());
    return p;
}

Contact readContact(const Reader& r)
{
    Contact c;
    c.id = r.id("id");
    c.prospectId = r.id("prospect_id");
    c.name = r.text("name", true);
    c.title = r.text("title");
    c.role = r.key("role", &contactRoleFromKey, ContactRole::Other);
    c.email = r.text("email");
    c.phone = r.text("phone");
    check(c, r.path());
    return c;
}

Meeting readMeeting(const Reader& r)
{
    Meeting m;
    m.id = r.id("id");
    m.prospectId = r.id("prospect_id");
    m.occurredAt = r.timestamp("occurred_at", true);
    m.durationMinutes = r.smallInt("duration_minutes");
    m.kind = r.key("kind", &meetingKindFromKey, MeetingKind::Call);
    m.stageAtTime = r.stage("stage_at_time");
    m.attendees = r.text("attendees");
    m.summary = r.text("summary", true);
    m.notes = r.text("notes");
    m.shared = r.text("shared");
    m.learned = r.text("learned");
    m.nextStep = r.text("next_step");
    m.nextStepDue = r.date("next_step_due");
    m.loggedBy = r.text("logged_by");
    Meeting probe = m; // the bundle supplies the prospect when the meeting has none yet
    if (probe.prospectId == kNoId)
        probe.prospectId = 1;
    check(probe, r.path());
    return m;
}

StageChange readChange(const Reader& r)
{
    StageChange c;
    c.id = r.id("id");
    c.prospectId = r.id("prospect_id");
    c.at = r.timestamp("at", true);
    c.fromStage = r.stage("from_stage");
    c.toStage = r.stage("to_stage");
    c.fromStatus = r.key("from_status", &statusFromKey, Status::Active);
    c.toStatus = r.key("to_status", &statusFromKey, Status::Active);
    c.by = r.text("by");
    c.reason = r.text("reason");
    c.gateOverride = r.boolean("gate_override");
    if (c.reason.size() > kMaxLongText)
        Reader::fail(r.at("reason"), tr("%1 is too long."));
    return c;
}

Insight readInsight(const Reader& r)
{
    Insight v;
    v.id = r.id("id");
    v.prospectId = r.id("prospect_id");
    v.meetingId = r.id("meeting_id");
    v.title = r.text("title", true);
    v.body = r.text("body");
    v.source = r.text("source");
    v.sharedOn = r.date("shared_on");
    check(v, r.path());
    return v;
}

DataRequest readDataRequest(const Reader& r)
{
    DataRequest v;
    v.id = r.id("id");
    v.prospectId = r.id("prospect_id");
    v.item = r.text("item", true);
    v.requestedOn = r.date("requested_on");
    v.status = r.key("status", &dataRequestStatusFromKey, DataRequestStatus::Requested);
    v.receivedOn = r.date("received_on");
    v.note = r.text("note");
    check(v, r.path());
    return v;
}

Metric readMetric(const Reader& r)
{
    Metric v;
    v.id = r.id("id");
    v.prospectId = r.id("prospect_id");
    v.name = r.text("name", true);
    if (!r.need("value").is_number())
        Reader::fail(r.at("value"), tr("%1 should be a number."));
    v.value = r.number("value");
    v.unit = r.text("unit");
    v.period = r.text("period");
    v.source = r.key("source", &metricSourceFromKey, MetricSource::Prospect);
    check(v, r.path());
    return v;
}

Opportunity readOpportunity(const Reader& r)
{
    Opportunity v;
    v.id = r.id("id");
    v.prospectId = r.id("prospect_id");
    v.title = r.text("title", true);
    v.description = r.text("description");
    v.liftKind = r.key("lift_kind", &liftKindFromKey, LiftKind::Percent);
    v.liftValue = r.number("lift_value");
    v.championContactId = r.id("champion_contact_id");
    v.status = r.key("status", &opportunityStatusFromKey, OpportunityStatus::Proposed);
    check(v, r.path());
    return v;
}

Negotiation readNegotiation(const Reader& r)
{
    Negotiation v;
    v.prospectId = r.id("prospect_id");
    v.ourBatna = r.text("our_batna");
    v.theirBatna = r.text("their_batna");
    v.theirInterests = r.text("their_interests");
    v.ourInterests = r.text("our_interests");
    v.objectiveCriteria = r.text("objective_criteria");
    v.stance = r.smallInt("stance", 3);
    if (r.find("levers")) {
        v.levers.clear();
        r.each("levers", [&](const json& j, const QString& path) {
            const Reader l(j, path);
            LeverPosition p;
            p.lever = l.key("lever", &leverFromKey, Lever::Money);
            if (!l.find("lever"))
                Reader::fail(l.at("lever"), tr("%1 is missing."));
            p.ourPriority = l.smallInt("our_priority");
            p.theirPriority = l.smallInt("their_priority");
            p.ourPosition = l.text("our_position");
            p.theirPosition = l.text("their_position");
            p.ourConcession = l.text("our_concession");
            p.theirConcession = l.text("their_concession");
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

Tradable readTradable(const Reader& r)
{
    Tradable v;
    v.id = r.id("id");
    v.prospectId = r.id("prospect_id");
    v.side = r.key("side", &sideFromKey, Side::Ours);
    v.item = r.text("item", true);
    v.valueToOther = r.text("value_to_other");
    v.costToGive = r.text("cost_to_give");
    check(v, r.path());
    return v;
}

GateCheck readGateCheck(const Reader& r)
{
    GateCheck v;
    v.prospectId = r.id("prospect_id");
    v.criterionId = r.id("criterion_id");
    if (v.criterionId == kNoId)
        Reader::fail(r.at("criterion_id"), tr("%1 should name a gate criterion."));
    v.checked = r.boolean("checked");
    v.evidence = r.text("evidence");
    v.checkedAt = r.timestamp("checked_at");
    v.checkedBy = r.text("checked_by");
    if (v.evidence.size() > kMaxLongText)
        Reader::fail(r.at("evidence"), tr("%1 is too long."));
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
    b.prospect = readProspect(root.object("prospect"));
    const Id pid = b.prospect.id;
    root.each("tags", [&](const json& t, const QString& path) {
        if (!t.is_string() || t.get<std::string>().empty())
            Reader::fail(path, tr("%1 should be a non-empty string."));
        const QString tag = QString::fromStdString(t.get<std::string>());
        validateText(tag, false, path, path);
        b.tags << tag;
    });
    readList(root, "contacts", pid, b.contacts, readContact);
    readList(root, "meetings", pid, b.meetings, readMeeting);
    readList(root, "history", pid, b.history, readChange);
    readList(root, "insights", pid, b.insights, readInsight);
    readList(root, "data_requests", pid, b.dataRequests, readDataRequest);
    readList(root, "metrics", pid, b.metrics, readMetric);
    readList(root, "opportunities", pid, b.opportunities, readOpportunity);
    if (const json* n = root.find("negotiation"); n && !n->is_null()) {
        const Reader r(*n, root.at("negotiation"));
        sameProspect(r, pid);
        b.negotiation = readNegotiation(r);
    }
    readList(root, "tradables", pid, b.tradables, readTradable);
    readList(root, "gate_checks", pid, b.gateChecks, readGateCheck);
    return b;
}

} // namespace accord::core
