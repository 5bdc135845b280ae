#include "Activities.h"

#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <tuple>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};

struct StateItem
{
    ActivityState state;
    const char* key;
    const char* name;
};

constexpr std::array<StateItem, 4> kStates{{
    {ActivityState::Overdue, "overdue", QT_TRANSLATE_NOOP("accord", "Overdue")},
    {ActivityState::Today, "today", QT_TRANSLATE_NOOP("accord", "Today")},
    {ActivityState::Planned, "planned", QT_TRANSLATE_NOOP("accord", "Planned")},
    {ActivityState::Done, "done", QT_TRANSLATE_NOOP("accord", "Done")},
}};

const StateItem& itemOf(ActivityState state)
{
    for (const StateItem& item : kStates)
        if (item.state == state)
            return item;
    return kStates.front();
}

// English weekday names and their three-letter forms, Monday first (Qt's 1–7).
constexpr std::array<const char*, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};

int weekdayOf(const QString& word)
{
    for (std::size_t i = 0; i < kWeekdays.size(); ++i) {
        const QLatin1String name(kWeekdays[i]);
        if (word == name || (word.size() >= 3 && name.startsWith(word)))
            return static_cast<int>(i) + 1;
    }
    return 0;
}

[[noreturn]] void refuse(const QString& text, const QString& why)
{
    throw ValidationError(QStringLiteral("due"), why.arg(text));
}

// "14:30" → minutes after midnight; -1 when it is not a time of day.
int minuteOf(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    if (hour > 23 || minute > 59)
        return -1;
    return hour * 60 + minute;
}

// The day a word names relative to `today`; invalid when it names none.
QDate dayOf(const QString& word, const QDate& today, const QString& input)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression relative(QStringLiteral("^\\+(\\d{1,4})([dw])$"));
    if (iso.match(word).hasMatch()) {
        const QDate d = QDate::fromString(word, Qt::ISODate);
        if (!d.isValid())
            refuse(input, Text::tr("“%1” is not a day of the calendar."));
        return d;
    }
    if (word == QLatin1String("today"))
        return today;
    if (word == QLatin1String("tomorrow"))
        return today.addDays(1);
    if (const auto m = relative.match(word); m.hasMatch())
        return today.addDays(m.captured(1).toLongLong() *
                             (m.captured(2) == QLatin1String("w") ? 7 : 1));
    if (const int weekday = weekdayOf(word); weekday > 0) {
        const int ahead = (weekday - today.dayOfWeek() + 7) % 7;
        return today.addDays(ahead == 0 ? 7 : ahead);
    }
    return {};
}

} // namespace

QString activityStateKey(ActivityState state)
{
    return QString::fromLatin1(itemOf(state).key);
}

QString activityStateName(ActivityState state)
{
    return Text::tr(itemOf(state).name);
}

QDateTime activityDueAt(const Activity& a, const QTimeZone& zone)
{
    if (!a.dueOn.isValid() || !a.hasDueTime())
        return {};
    return QDateTime(a.dueOn, QTime(a.dueMinute / 60, a.dueMinute % 60), zone);
}

ActivityState activityState(const Activity& a, const QDateTime& now, const QTimeZone& zone)
{
    if (!a.isOpen())
        return ActivityState::Done;
    const QDate today = now.toTimeZone(zone).date();
    if (!a.dueOn.isValid() || a.dueOn > today)
        return ActivityState::Planned;
    if (a.dueOn < today)
        return ActivityState::Overdue;
    if (a.hasDueTime() && activityDueAt(a, zone) <= now)
        return ActivityState::Overdue;
    return ActivityState::Today;
}

std::optional<Activity> nextOpenActivity(const std::vector<Activity>& activities)
{
    std::optional<Activity> next;
    for (const Activity& a : activities)
        if (a.isOpen() && (!next || std::tuple(a.dueOn, a.dueMinute, a.id) <
                                        std::tuple(next->dueOn, next->dueMinute, next->id)))
            next = a;
    return next;
}

QString activityDueText(const Activity& a)
{
    QString text = a.dueOn.toString(Qt::ISODate);
    if (a.hasDueTime())
        text += QStringLiteral(" %1:%2")
                    .arg(a.dueMinute / 60, 2, 10, QLatin1Char('0'))
                    .arg(a.dueMinute % 60, 2, 10, QLatin1Char('0'));
    return text;
}

Due parseDue(const QString& text, const QDate& today)
{
    const QString input = text.trimmed();
    // "2026-12-24T14:30" is a date and a time as well.
    QString lowered = input.toLower();
    lowered.replace(QRegularExpression(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})t")),
                    QStringLiteral("\\1 "));
    const QStringList words =
        lowered.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 2)
        refuse(input,
               Text::tr("“%1” is not a day: give a date such as 2026-12-24, today, tomorrow, "
                        "+3d or a weekday, and a time such as 14:30 if you like."));
    Due due;
    due.date = dayOf(words.front(), today, input);
    if (!due.date.isValid())
        refuse(input,
               Text::tr("“%1” is not a day: give a date such as 2026-12-24, today, tomorrow, "
                        "+3d or a weekday, and a time such as 14:30 if you like."));
    if (!isWithinDateRange(due.date))
        refuse(input, Text::tr("“%1” is outside the years 1900 to 9999."));
    if (words.size() == 2) {
        due.minute = minuteOf(words.back());
        if (due.minute < 0)
            refuse(input, Text::tr("“%1” does not end with a time of day such as 14:30."));
    }
    return due;
}

Activity activityForNextStep(const Meeting& m, const Prospect& p, const QDate& today)
{
    Activity a;
    a.prospectId = p.id;
    a.kind = ActivityKind::Task;
    a.title = m.nextStep.trimmed();
    a.dueOn = m.nextStepDue.isValid() ? m.nextStepDue : today;
    a.owner = p.owner;
    return a;
}

ChangeSet meetingLogChanges(Meeting m, const Prospect& p, const QDate& today)
{
    m.prospectId = p.id;
    m.stageAtTime = p.stage;
    validate(m);
    ChangeSet changes{insertPatch(m)};
    if (!m.nextStep.trimmed().isEmpty()) {
        const Activity next = activityForNextStep(m, p, today);
        validate(next);
        changes.push_back(insertPatch(next));
    }
    return changes;
}

MeetingKind meetingKindFor(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call:
        return MeetingKind::Call;
    case ActivityKind::Email:
        return MeetingKind::Email;
    case ActivityKind::ShareInsight:
        return MeetingKind::Presentation;
    case ActivityKind::RequestData:
    case ActivityKind::Meeting:
    case ActivityKind::Task:
        return MeetingKind::Discovery;
    case ActivityKind::ReviewGap:
        return MeetingKind::Workshop;
    case ActivityKind::NegotiationSession:
        return MeetingKind::Negotiation;
    }
    return MeetingKind::Discovery;
}

// ---------------------------------------------------------------- ActivityService

QDate ActivityService::today() const
{
    return m_clock.now().toTimeZone(m_zone).date();
}

ActivityState ActivityService::state(const Activity& a) const
{
    return activityState(a, m_clock.now(), m_zone);
}

std::vector<ActivityRow> ActivityService::open(const QDate& from, const QDate& to,
                                               const QStringList& owners)
{
    ActivityRange range;
    range.from = from;
    range.to = to;
    range.owners = owners;
    return m_store.activities().open(range);
}

Agenda ActivityService::agenda(const QStringList& owners, int limit)
{
    Agenda out;
    // One more than shown tells whether a section was cut.
    const int probe = limit < 0 ? -1 : limit + 1;
    m_store.readSnapshot([&] {
        out.today = today();
        const QDateTime now = m_clock.now();
        ActivityRange before;
        before.to = out.today.addDays(-1);
        before.owners = owners;
        before.limit = probe;
        out.overdue = m_store.activities().open(before);
        ActivityRange week;
        week.from = out.today;
        week.to = out.today.addDays(6);
        week.owners = owners;
        week.limit = probe;
        std::vector<ActivityRow> rest = m_store.activities().open(week);
        // The row past the page says from which section on the week was cut.
        if (limit >= 0 && rest.size() > static_cast<std::size_t>(limit)) {
            switch (activityState(rest.back().activity, now, m_zone)) {
            case ActivityState::Overdue:
                out.overdueCut = true;
                [[fallthrough]];
            case ActivityState::Today:
                out.dueTodayCut = true;
                [[fallthrough]];
            default:
                out.thisWeekCut = true;
            }
            rest.pop_back();
        }
        for (ActivityRow& row : rest) {
            switch (activityState(row.activity, now, m_zone)) {
            case ActivityState::Overdue: // due earlier today
                out.overdue.push_back(std::move(row));
                break;
            case ActivityState::Today:
                out.dueToday.push_back(std::move(row));
                break;
            case ActivityState::Planned:
                out.thisWeek.push_back(std::move(row));
                break;
            case ActivityState::Done:
                break;
            }
        }
        out.withoutActivity = m_store.activities().withoutOpen(owners, probe);
    });
    const auto cut = [limit](auto& rows, bool& flag) {
        if (limit >= 0 && rows.size() > static_cast<std::size_t>(limit)) {
            rows.resize(static_cast<std::size_t>(limit));
            flag = true;
        }
    };
    cut(out.overdue, out.overdueCut);
    cut(out.dueToday, out.dueTodayCut);
    cut(out.thisWeek, out.thisWeekCut);
    cut(out.withoutActivity, out.withoutCut);
    return out;
}

Activity ActivityService::require(Id id)
{
    auto found = m_store.activities().find(id);
    if (!found)
        throw ValidationError(QStringLiteral("id"), Text::tr("There is no activity %1.").arg(id));
    return *found;
}

void ActivityService::check(const Activity& a, const Prospect& p)
{
    validate(a);
    if (a.contactId == kNoId)
        return;
    for (const Contact& c : m_store.prospects().contacts(p.id))
        if (c.id == a.contactId)
            return;
    throw ValidationError(
        QStringLiteral("contact_id"),
        Text::tr("Contact %1 is not one of %2's contacts.").arg(a.contactId).arg(p.name));
}

ChangeSet ActivityService::plan(Activity a)
{
    ChangeSet written;
    m_store.transaction([&] {
        const auto p = m_store.prospects().find(a.prospectId);
        if (!p)
            throw ValidationError(QStringLiteral("prospect_id"),
                                  Text::tr("There is no prospect %1.").arg(a.prospectId));
        if (a.owner.trimmed().isEmpty())
            a.owner = p->owner;
        a.doneAt = QDateTime();
        check(a, *p);
        written = m_store.applyChanges({insertPatch(a)});
    });
    return written;
}

std::optional<Activity> ActivityService::edit(Id id, const std::function<void(Activity&)>& change,
                                              ChangeSet* applied)
{
    std::optional<Activity> out;
    m_store.transaction([&] {
        const auto before = m_store.activities().find(id);
        if (!before)
            return;
        Activity after = *before;
        change(after);
        after.id = id;
        after.prospectId = before->prospectId;
        const auto p = m_store.prospects().find(after.prospectId);
        if (!p)
            throw ValidationError(QStringLiteral("prospect_id"),
                                  Text::tr("There is no prospect %1.").arg(after.prospectId));
        check(after, *p);
        const FieldPatch patch = diffPatch(*before, after);
        ChangeSet written;
        if (!patch.isEmpty())
            written = m_store.applyChanges({patch});
        if (applied)
            *applied = written;
        out = after;
    });
    return out;
}

std::optional<Activity> ActivityService::reschedule(Id id, const Due& due, ChangeSet* applied)
{
    return edit(
        id,
        [&](Activity& a) {
            a.dueOn = due.date;
            a.dueMinute = due.minute;
            if (!a.hasDueTime())
                a.durationMinutes = 0;
        },
        applied);
}

Meeting ActivityService::meetingFor(const Activity& a, const QString& by)
{
    Meeting m;
    m.prospectId = a.prospectId;
    m.occurredAt = m_clock.now().toUTC();
    m.durationMinutes = a.durationMinutes;
    m.kind = meetingKindFor(a.kind);
    m.summary = a.title;
    m.loggedBy = by;
    if (a.contactId != kNoId)
        if (const auto c = m_store.prospects().findContact(a.contactId))
            m.attendees = c->name;
    return m;
}

ChangeSet ActivityService::markDone(Id id, const std::optional<Meeting>& log)
{
    ChangeSet written;
    m_store.transaction([&] {
        const Activity before = require(id);
        if (!before.isOpen())
            throw ValidationError(
                QStringLiteral("done_at"),
                Text::tr("Activity %1 was done already, on %2.")
                    .arg(id)
                    .arg(before.doneAt.toTimeZone(m_zone).date().toString(Qt::ISODate)));
        Activity after = before;
        after.doneAt = m_clock.now().toUTC();
        ChangeSet changes{diffPatch(before, after, {QStringLiteral("done_at")})};
        if (log) {
            const auto p = m_store.prospects().findForChange(before.prospectId);
            if (!p)
                throw ValidationError(QStringLiteral("prospect_id"),
                                      Text::tr("There is no prospect %1.").arg(before.prospectId));
            for (FieldPatch& patch : meetingLogChanges(*log, *p, today()))
                changes.push_back(std::move(patch));
        }
        written = m_store.applyChanges(changes);
    });
    return written;
}

ChangeSet ActivityService::reopen(Id id)
{
    ChangeSet written;
    edit(
        id, [](Activity& a) { a.doneAt = QDateTime(); }, &written);
    return written;
}

ChangeSet ActivityService::remove(Id id)
{
    return m_store.removeRecord(RecordKind::Activity, id);
}

} // namespace accord::core
