#include "Demo.h"

#include "DemoCloseDates.h"
#include "DemoText.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <random>
#include <span>

namespace accord::core {

namespace {

using namespace demo;

QString text(Text t)
{
    return QString::fromUtf8(t);
}

QString fill(Text pattern, const QString& company, const QString& name, const QString& topic)
{
    QString out = QString::fromUtf8(pattern);
    // "Trading Co." ends a sentence with its own full stop, not "Co..".
    if (company.endsWith(QLatin1Char('.')))
        out.replace(QLatin1String("{company}."), company);
    out.replace(QLatin1String("{company}"), company);
    out.replace(QLatin1String("{name}"), name);
    out.replace(QLatin1String("{topic}"), topic);
    return out;
}

struct Slot
{
    Stage stage;
    Status status;
};
// The mix of the pipeline, repeated: more early-stage prospects than late ones.
constexpr std::array<Slot, 18> kPattern{{
    {Stage::Informative, Status::Active},
    {Stage::Informative, Status::Active},
    {Stage::Consulting, Status::Active},
    {Stage::Informative, Status::Active},
    {Stage::Negotiation, Status::Active},
    {Stage::Partnership, Status::Won},
    {Stage::Informative, Status::OnHold},
    {Stage::Consulting, Status::Active},
    {Stage::Informative, Status::Lost},
    {Stage::Consulting, Status::Active},
    {Stage::Negotiation, Status::Active},
    {Stage::Informative, Status::Active},
    {Stage::Consulting, Status::OnHold},
    {Stage::Partnership, Status::Won},
    {Stage::Consulting, Status::Lost},
    {Stage::Negotiation, Status::Active},
    {Stage::Informative, Status::Active},
    {Stage::Negotiation, Status::Lost},
}};

class Generator
{
public:
    explicit Generator(const DemoOptions& o)
        : m_rng(o.seed),
          m_now(o.now.isValid() ? o.now.toUTC()
                                : QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC)),
          m_ownerCount(o.prospects > 200 ? 10 : 4),
          m_nameOffset(static_cast<int>(m_rng() % (kPrefixes.size() * kLines.size())))
    {}

    ProspectBundle prospect(int index);

private:
    int between(int low, int high) // inclusive
    {
        return low + static_cast<int>(m_rng() % static_cast<quint32>(high - low + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename A> const auto& pick(const A& a) { return a[m_rng() % a.size()]; }

    QDateTime at(int daysAgo, int hour, int minute) const
    {
        return QDateTime(m_now.date().addDays(-daysAgo), QTime(hour, minute), Qt::UTC);
    }

    void addStage1(ProspectBundle& b, int met, const std::vector<const Meeting*>& meetings);
    void addStage2(ProspectBundle& b, int met, bool full);
    void addStage3(ProspectBundle& b, int met, bool full);
    void addActivities(ProspectBundle& b, int index, const Meeting* last) const;

    std::mt19937 m_rng;
    QDateTime m_now;
    int m_ownerCount;
    int m_nameOffset;
    Id m_nextContact = 1;
    Id m_nextMeeting = 1;
};

ProspectBundle Generator::prospect(int index)
{
    ProspectBundle b;
    Prospect& p = b.prospect;
    const Slot slot = kPattern[static_cast<std::size_t>(index) % kPattern.size()];
    const Stage stage = slot.stage;
    const int stageNo = static_cast<int>(stage);

    // Name: every prefix/line pair once before any repeats.
    const int combos = static_cast<int>(kPrefixes.size() * kLines.size());
    const int n = (index + m_nameOffset) % combos;
    const int prefix = n % static_cast<int>(kPrefixes.size());
    const int lineNo =
        (n / static_cast<int>(kPrefixes.size()) + prefix) % static_cast<int>(kLines.size());
    const Line& line = kLines[static_cast<std::size_t>(lineNo)];
    p.name =
        text(kPrefixes[static_cast<std::size_t>(prefix)]) + QLatin1Char(' ') + text(line.suffix);
    if (index >= combos)
        p.name += QStringLiteral(" %1").arg(index / combos + 1);
    QString slug;
    for (QChar c : p.name)
        if (c.isLetterOrNumber())
            slug += c.toLower();
    p.industry = text(line.industry);
    p.segment = text(pick(kSegments));
    p.website = QStringLiteral("https://www.%1.example").arg(slug);
    p.owner = text(kOwners[static_cast<std::size_t>(index % m_ownerCount)]);
    p.stage = stage;
    p.status = slot.status;
    p.value = Money{qint64{between(15, 600)} * 1000 * 100, QStringLiteral("USD")};
    const QString topic = text(line.topic);

    // Contacts.
    const int contactCount = between(2, 4);
    for (int c = 0; c < contactCount; ++c) {
        Contact contact;
        contact.id = m_nextContact++;
        const QString first = text(pick(kFirstNames));
        const QString last = text(pick(kLastNames));
        contact.name = first + QLatin1Char(' ') + last;
        contact.role = kRoles[static_cast<std::size_t>(c)].role;
        contact.title = text(kRoles[static_cast<std::size_t>(c)].title);
        contact.email =
            QStringLiteral("%1.%2@%3.example").arg(first.toLower(), last.toLower(), slug);
        contact.phone = QStringLiteral("+1 555 01%1").arg(between(0, 99), 2, 10, QLatin1Char('0'));
        b.contacts.push_back(std::move(contact));
    }
    const QString mainContact = b.contacts.front().name.section(QLatin1Char(' '), 0, 0);

    // Path through the stages: one prospect went back, three moved on with an override.
    const bool backward = index == 2;
    std::vector<Stage> visits;
    for (int s = 1; s <= stageNo; ++s)
        visits.push_back(static_cast<Stage>(s));
    if (backward)
        visits = {Stage::Informative, Stage::Consulting, Stage::Negotiation, Stage::Consulting};
    const int overrideVisit = backward ? 2 : index == 4 ? 2 : index == 7 ? 1 : -1;

    const bool closed = p.status == Status::Lost || p.status == Status::OnHold;
    const int tail = closed ? between(3, 30) : 0;
    const int v = static_cast<int>(visits.size());
    const int firstDay = between(std::max(45, v * 25 + tail), 270);
    std::vector<int> start(visits.size());
    start[0] = firstDay;
    const int base = (firstDay - tail) / v;
    for (std::size_t i = 1; i < visits.size(); ++i)
        start[i] = start[i - 1] - between(std::max(8, base * 2 / 3), std::max(8, base));
    p.createdAt = at(firstDay, 8, 30);
    p.stageEnteredAt = p.createdAt;

    // Meetings and history, oldest first.
    std::vector<Meeting> meetings;
    std::vector<std::size_t> visitOfMeeting;
    for (std::size_t i = 0; i < visits.size(); ++i) {
        const int from = start[i] - 1;
        const int to = i + 1 < visits.size() ? start[i + 1] + 1 : std::max(tail + 1, 1);
        const int span = from - to + 1;
        if (span <= 0)
            continue;
        const Stage s = visits[i];
        // The meeting templates of each stage, in stage order.
        static constexpr std::array<std::span<const Template>, kStageCount> kPools{
            kStage1, kStage2, kStage3, kStage4};
        const std::span<const Template> pool = kPools[static_cast<std::size_t>(s) - 1];
        const int count = std::min(span, s == Stage::Partnership ? between(1, 2) : between(2, 4));
        std::vector<int> days;
        days.reserve(static_cast<std::size_t>(count));
        for (int k = 0; k < count; ++k)
            days.push_back(from - (span * k) / count - between(0, std::max(0, span / count - 1)));
        const std::size_t offset = i == 3 ? 2 : 0; // a second visit picks up later in the pool
        for (int k = 0; k < count; ++k) {
            const Template& t = pool[(static_cast<std::size_t>(k) + offset) % pool.size()];
            Meeting m;
            m.id = m_nextMeeting++;
            m.occurredAt =
                at(days[static_cast<std::size_t>(k)], between(9, 15), between(0, 1) * 30);
            m.durationMinutes = t.minutes;
            m.kind = t.kind;
            m.stageAtTime = s;
            QStringList attendees{b.contacts[0].name};
            if (t.kind != MeetingKind::Email && b.contacts.size() > 1 && chance(60))
                attendees
                    << b.contacts[static_cast<std::size_t>(between(1, contactCount - 1))].name;
            m.attendees = attendees.join(QStringLiteral(", "));
            m.summary = text(t.summary);
            m.notes = fill(t.notes, p.name, mainContact, topic);
            m.shared = text(t.shared);
            m.learned = text(t.learned);
            m.nextStep = text(t.nextStep);
            m.nextStepDue = m.occurredAt.date().addDays(between(3, 14));
            m.loggedBy = p.owner;
            meetings.push_back(std::move(m));
            visitOfMeeting.push_back(i);
        }
        if (i > 0) {
            StageChange c;
            c.at = at(start[i], 16, between(0, 59));
            c.fromStage = visits[i - 1];
            c.toStage = s;
            c.fromStatus = Status::Active;
            c.toStatus = s == Stage::Partnership ? Status::Won : Status::Active;
            c.by = p.owner;
            if (static_cast<int>(i) == overrideVisit) {
                c.gateOverride = true;
                c.reason = backward ? QStringLiteral("They asked to talk terms before the business "
                                                     "case was finished")
                                    : QStringLiteral("Verbal go-ahead from their COO; the missing "
                                                     "item follows next week");
            } else if (static_cast<int>(s) < static_cast<int>(visits[i - 1])) {
                c.reason = QStringLiteral("Pricing talks stalled: nobody owns the business case "
                                          "yet, back to consulting");
            }
            p.stageEnteredAt = c.at;
            if (s == Stage::Partnership)
                p.signedOn = c.at.date();
            b.history.push_back(std::move(c));
        }
    }
    if (closed) {
        StageChange c;
        c.at = at(tail, 17, between(0, 59));
        c.fromStage = c.toStage = stage;
        c.fromStatus = Status::Active;
        c.toStatus = p.status;
        c.by = p.owner;
        c.reason = text(p.status == Status::Lost ? pick(kLostReasons) : pick(kHoldReasons));
        if (p.status == Status::Lost)
            p.lostReason = c.reason;
        b.history.push_back(std::move(c));
    }

    // Gate progress: earlier stages complete (less the overridden item), the current partly.
    auto partial = [&](int total) { return chance(20) ? total : between(0, total - 1); };
    const bool won = stage == Stage::Partnership;
    int met1 = stageNo > 1 ? 3 : partial(3);
    int met2 = stageNo > 2 ? 3 : stageNo == 2 ? partial(3) : 0;
    int met3 = won ? 4 : stageNo == 3 ? between(0, 4) : backward ? 1 : 0;
    if (index == 7)
        met1 = 2;
    if (index == 4 || backward)
        met2 = std::min(met2, 2);

    std::vector<const Meeting*> stage1Meetings;
    for (std::size_t k = 0; k < meetings.size(); ++k)
        if (meetings[k].stageAtTime == Stage::Informative)
            stage1Meetings.push_back(&meetings[k]);
    addStage1(b, met1, stage1Meetings);
    if (stageNo >= 2 || backward)
        addStage2(b, met2, stageNo > 2);
    if (stageNo >= 3 || backward)
        addStage3(b, met3, won);
    if (won)
        p.agreementSummary = QStringLiteral(
            "Two-year agreement: volume-tiered licence, field reps credited for online orders from "
            "their accounts, a two-region pilot first and a joint review every quarter.");

    // A hand tick now and then, where the evidence is not recorded yet.
    if (stageNo == 2 && met2 == 2 && chance(40)) {
        GateCheck check;
        check.criterionId = 6; // "A champion at the prospect owns the vision" (default ids)
        check.checked = true;
        check.evidence = QStringLiteral("Their COO said in the workshop that she will sponsor it");
        check.checkedAt = meetings.empty() ? p.createdAt : meetings.back().occurredAt.addSecs(3600);
        check.checkedBy = p.owner;
        b.gateChecks.push_back(std::move(check));
    }

    // Activities, tags and the last update.
    p.updatedAt = p.stageEnteredAt;
    addActivities(b, index, meetings.empty() ? nullptr : &meetings.back());
    if (!meetings.empty())
        p.updatedAt = std::max(p.updatedAt, meetings.back().occurredAt);
    if (!b.history.empty())
        p.updatedAt = std::max(p.updatedAt, b.history.back().at);
    const int tagCount = between(0, 2);
    for (int t = 0; t < tagCount; ++t) {
        const QString tag = text(pick(kTags));
        if (!b.tags.contains(tag))
            b.tags << tag;
    }
    std::stable_sort(meetings.begin(), meetings.end(), [](const Meeting& a, const Meeting& c) {
        return a.occurredAt > c.occurredAt;
    });
    b.meetings = std::move(meetings);
    return b;
}

void Generator::addStage1(ProspectBundle& b, int met, const std::vector<const Meeting*>& meetings)
{
    const Meeting* first = meetings.empty() ? nullptr : meetings.front();
    const Meeting* last = meetings.empty() ? nullptr : meetings.back();
    const QDate firstDay = first ? first->occurredAt.date() : b.prospect.createdAt.date();
    if (met >= 1) {
        const int count = between(1, 2);
        for (int i = 0; i < count; ++i) {
            Insight v;
            v.meetingId = first ? first->id : kNoId;
            v.title = text(
                kInsightTitles[(static_cast<std::size_t>(i) + m_rng()) % kInsightTitles.size()]);
            v.body = QStringLiteral("Summary of public market studies and our own customer figures "
                                    "for %1, tailored to their product range.")
                         .arg(b.prospect.industry.toLower());
            v.source = QStringLiteral("Industry survey 2025; anonymised customer data");
            v.sharedOn = firstDay;
            b.insights.push_back(std::move(v));
        }
    }
    if (met >= 2) {
        const int count = between(2, 4);
        for (int i = 0; i < count; ++i) {
            DataRequest r;
            r.item = text(kDataItems[static_cast<std::size_t>(i)]);
            r.requestedOn = firstDay;
            if (met >= 3 && (i == 0 || chance(60))) {
                r.status = DataRequestStatus::Received;
                r.receivedOn = (last ? last->occurredAt.date() : firstDay);
            } else if (i == 2 && chance(30)) {
                r.status = DataRequestStatus::Declined;
                r.note = QStringLiteral("Their platform does not record it");
            }
            b.dataRequests.push_back(std::move(r));
        }
    }
}

void Generator::addStage2(ProspectBundle& b, int met, bool full)
{
    const QString period = QStringLiteral("FY2025");
    const int names = met >= 1 ? 3 : 2;
    for (int i = 0; i < names; ++i) {
        const MetricDef& d = kMetrics[static_cast<std::size_t>(i)];
        const auto value = [&] {
            return static_cast<double>(
                       between(static_cast<int>(d.low * 10), static_cast<int>(d.high * 10))) /
                   10.0;
        };
        // Fields by name, so a field added to Metric needs nothing here.
        const auto metric = [&](MetricSource source) {
            Metric m;
            m.name = text(d.name);
            m.value = value();
            m.unit = text(d.unit);
            m.period = period;
            m.source = source;
            return m;
        };
        b.metrics.push_back(metric(MetricSource::Prospect));
        if (met >= 1) {
            b.metrics.push_back(metric(MetricSource::Industry));
            if (i < 2)
                b.metrics.push_back(metric(MetricSource::Competitor));
        }
    }
    if (met >= 2) {
        Opportunity o;
        o.title = text(pick(kOpportunityTitles));
        o.description = QStringLiteral("Move repeat orders from existing accounts online while the "
                                       "account's rep keeps the credit.");
        o.liftKind = LiftKind::Percent;
        o.liftValue = between(5, 25);
        o.status = full ? OpportunityStatus::Embraced : OpportunityStatus::Proposed;
        if (met >= 3)
            o.championContactId = b.contacts[static_cast<std::size_t>(between(0, 1))].id;
        b.opportunities.push_back(std::move(o));
    }
    if (chance(30)) {
        Opportunity o;
        o.title = QStringLiteral("Marketplace listing for clearance stock");
        o.description = QStringLiteral("Sell end-of-line items through a public marketplace.");
        o.liftKind = LiftKind::Amount;
        o.liftValue = between(20, 80) * 1000.0 * 100.0;
        o.status = OpportunityStatus::Rejected;
        b.opportunities.push_back(std::move(o));
    }
}

void Generator::addStage3(ProspectBundle& b, int met, bool full)
{
    Negotiation n;
    n.ourBatna = QStringLiteral("Keep serving them through the reseller at the current margin");
    if (met >= 1)
        n.theirBatna = QStringLiteral("Extend the portal their IT team built in-house");
    if (met >= 2)
        n.theirInterests = QStringLiteral("Protect reps' commission; launch before the autumn "
                                          "catalogue; a predictable monthly cost");
    n.ourInterests = QStringLiteral("A reference customer in %1; a multi-year term")
                         .arg(b.prospect.industry.toLower());
    n.objectiveCriteria = QStringLiteral("Industry benchmarks for online share; their order data");
    n.stance = between(2, 4);
    for (std::size_t i = 0; i < n.levers.size(); ++i) {
        LeverPosition& l = n.levers[i];
        const LeverText& t = kLeverText[i];
        l.ourPriority = between(1, 5);
        l.theirPriority = between(1, 5);
        if (met >= 3 || i < 2) {
            l.ourPosition = text(t.ours);
            l.theirPosition = text(t.theirs);
        }
        if (met >= 4 || full) {
            if (i == 0 || i == 2)
                l.ourConcession = text(t.ourConcession);
            if (i == 0 || i == 1)
                l.theirConcession = text(t.theirConcession);
        } else if (i == 0 && met == 3) {
            l.ourConcession = text(t.ourConcession); // one-sided so far
        }
    }
    b.negotiation = std::move(n);
    const auto tradable = [](Side side, const QString& item, const QString& valueToOther,
                             const QString& costToGive) {
        Tradable t;
        t.side = side;
        t.item = item;
        t.valueToOther = valueToOther;
        t.costToGive = costToGive;
        return t;
    };
    b.tradables.push_back(tradable(Side::Ours, QStringLiteral("Onboarding workshop for field reps"),
                                   QStringLiteral("Reps adopt the portal faster"),
                                   QStringLiteral("Two consultant days")));
    if (chance(70))
        b.tradables.push_back(tradable(Side::Theirs,
                                       QStringLiteral("Reference call with two peers"),
                                       QStringLiteral("Shortens our next sales cycles"),
                                       QStringLiteral("An hour of their COO's time")));
}

/// Two small files, made from the pipeline itself (no random draw, so the
/// rest of the demo stays as it was): the figures of the first received data
/// request, and the first signed agreement's summary.
void addDemoFiles(std::vector<ProspectBundle>& bundles)
{
    bool data = false;
    bool agreement = false;
    for (ProspectBundle& b : bundles) {
        const Prospect& p = b.prospect;
        for (DataRequest& r : b.dataRequests) {
            if (data || r.status != DataRequestStatus::Received)
                continue;
            r.id = 1; // ties the file to the request; saveBundle gives both ids
            QByteArray csv = "month,value\r\n";
            for (int m = 1; m <= 12; ++m)
                csv += QByteArrayLiteral("2025-%1,%2\r\n")
                           .replace("%1", QByteArray::number(m).rightJustified(2, '0'))
                           .replace("%2", QByteArray::number(1000 + 37 * m * (m % 5 + 1)));
            Attachment a;
            a.info.name = r.item.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) +
                          QStringLiteral("-2025.csv");
            a.info.size = csv.size();
            a.info.addedBy = p.owner;
            a.info.addedAt = QDateTime(r.receivedOn, QTime(10, 0), QTimeZone::utc());
            a.info.link = {AttachmentLink::Kind::DataRequest, r.id};
            a.bytes = csv;
            b.attachments.push_back(std::move(a));
            data = true;
        }
        if (!agreement && p.signedOn.isValid() && !p.agreementSummary.isEmpty()) {
            const QByteArray text =
                (QStringLiteral("Agreement with %1, signed %2\n\n%3\n")
                     .arg(p.name, p.signedOn.toString(Qt::ISODate), p.agreementSummary))
                    .toUtf8();
            Attachment a;
            a.info.name = QStringLiteral("signed-agreement.txt");
            a.info.size = text.size();
            a.info.addedBy = p.owner;
            a.info.addedAt = QDateTime(p.signedOn, QTime(16, 0), QTimeZone::utc());
            a.info.link = {AttachmentLink::Kind::Agreement, kNoId};
            a.bytes = text;
            b.attachments.push_back(std::move(a));
            agreement = true;
        }
    }
}

} // namespace

// What a rep's agenda holds: most open prospects have their next step planned
// (some overdue, some today, some at a time of day, the rest over the coming
// weeks), a few have none; calls and emails done lately. A generator of its
// own, so that the rest of the demo stays as it was.
void Generator::addActivities(ProspectBundle& b, int index, const Meeting* last) const
{
    const Prospect& p = b.prospect;
    std::mt19937 rng(static_cast<quint32>(index) * 7919U + 17U);
    auto roll = [&rng](int low, int high) {
        return low + static_cast<int>(rng() % static_cast<quint32>(high - low + 1));
    };
    const QDate today = m_now.date();
    auto contact = [&] {
        return b
            .contacts[static_cast<std::size_t>(roll(0, static_cast<int>(b.contacts.size()) - 1))]
            .id;
    };
    // Done lately: a call or an email of the last weeks.
    for (int k = roll(0, 2); k > 0; --k) {
        Activity a;
        a.kind = roll(0, 1) == 0 ? ActivityKind::Call : ActivityKind::Email;
        a.title = a.kind == ActivityKind::Call
                      ? QStringLiteral("Check in with %1").arg(b.contacts.front().name)
                      : QStringLiteral("Send the meeting notes");
        a.dueOn = today.addDays(-roll(3, 30));
        a.owner = p.owner;
        a.contactId = b.contacts.front().id;
        a.doneAt = QDateTime(a.dueOn, QTime(roll(9, 16), 0), Qt::UTC);
        b.activities.push_back(std::move(a));
    }
    if (p.status == Status::Lost || p.status == Status::Won || index % 6 == 5)
        return; // nothing planned: closed, or the agenda's "no next step"
    // The next step of the last meeting, then on some prospects the method's own
    // move of the stage, at a time of day.
    Activity next;
    next.kind = ActivityKind::Task;
    next.title = last && !last->nextStep.isEmpty() ? last->nextStep
                                                   : QStringLiteral("Agree the next meeting");
    static constexpr std::array<int, 8> kOffsets{-4, -1, 0, 0, 1, 3, 5, 12};
    next.dueOn = today.addDays(kOffsets[static_cast<std::size_t>(index) % kOffsets.size()]);
    if (index % 3 == 0 && p.stage != Stage::Partnership) {
        struct Move
        {
            ActivityKind kind;
            const char* title;
        };
        static constexpr std::array<Move, 3> kMoves{{
            {ActivityKind::ShareInsight, "Present the market study to %1"},
            {ActivityKind::ReviewGap, "Walk %1 through the gap table"},
            {ActivityKind::NegotiationSession, "Negotiation session with %1 on the open levers"},
        }};
        const Move& move = kMoves[static_cast<std::size_t>(p.stage) - 1];
        Activity a;
        a.kind = move.kind;
        a.title = QString::fromLatin1(move.title).arg(b.contacts.front().name);
        a.dueOn = today.addDays(roll(0, 8));
        a.dueMinute = roll(9, 16) * 60 + roll(0, 1) * 30;
        a.durationMinutes = roll(1, 3) * 30;
        a.owner = p.owner;
        a.contactId = b.contacts.front().id;
        b.activities.push_back(std::move(a));
    }
    next.owner = p.owner;
    next.contactId = contact();
    b.activities.push_back(std::move(next));
    if (index % 4 == 1) { // a call planned after it
        Activity call;
        call.kind = ActivityKind::Call;
        call.title = QStringLiteral("Call %1 about the figures").arg(b.contacts.front().name);
        call.dueOn = today.addDays(roll(2, 9));
        call.dueMinute = roll(9, 16) * 60;
        call.durationMinutes = 30;
        call.owner = p.owner;
        call.contactId = b.contacts.front().id;
        b.activities.push_back(std::move(call));
    }
}

std::vector<ProspectBundle> makeDemoPipeline(const DemoOptions& options)
{
    Generator g(options);
    std::vector<ProspectBundle> out;
    const int count = std::max(options.prospects, 0);
    out.reserve(static_cast<std::size_t>(count));
    const QDateTime now = options.now.isValid()
                              ? options.now.toUTC()
                              : QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        out.push_back(g.prospect(i));
        addDemoCloseDates(out.back(), i, options.seed, now);
    }
    addDemoFiles(out);
    return out;
}

} // namespace accord::core
