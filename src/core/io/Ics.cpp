#include "Ics.h"

#include <QCoreApplication>

#include <libical/ical.h>

#include <memory>
#include <unordered_map>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::io)
};

struct ComponentDeleter
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

// TEXT values: line breaks as LF (libical writes them as \n), other control characters out.
QByteArray textValue(const QString& text)
{
    QString clean = text;
    clean.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    clean.replace(u'\r', u'\n');
    QString out;
    out.reserve(clean.size());
    for (const QChar c : clean) {
        if (c == u'\n' || c == u'\t' || c.unicode() >= 0x20)
            out.append(c);
    }
    return out.toUtf8();
}

icaltimetype utcTime(const QDateTime& t)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(t.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icaltimetype dateValue(const QDate& d)
{
    icaltimetype t = icaltime_null_date();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.is_date = 1;
    return t;
}

void addText(icalcomponent* c, icalproperty* (*make)(const char*), const QString& text)
{
    const QByteArray bytes = textValue(text);
    icalcomponent_add_property(c, make(bytes.constData()));
}

QString meetingDescription(const Meeting& m)
{
    QStringList parts;
    parts.append(meetingKindName(m.kind));
    if (!m.attendees.isEmpty())
        parts.append(Text::tr("Attendees: %1").arg(m.attendees));
    if (!m.notes.isEmpty())
        parts.append(m.notes);
    if (!m.shared.isEmpty())
        parts.append(Text::tr("We shared: %1").arg(m.shared));
    if (!m.learned.isEmpty())
        parts.append(Text::tr("We learned: %1").arg(m.learned));
    if (!m.nextStep.isEmpty())
        parts.append(Text::tr("Next step: %1").arg(m.nextStep));
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

QString meetingUid(Id meetingId)
{
    return QStringLiteral("meeting-%1@accord").arg(meetingId);
}

QString activityUid(Id activityId)
{
    return QStringLiteral("activity-%1@accord").arg(activityId);
}

QByteArray calendarIcs(const std::vector<Prospect>& prospects, const std::vector<Meeting>& meetings,
                       const std::vector<Activity>& activities, const IcsOptions& options)
{
    const QDateTime stampTime =
        options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc();
    const icaltimetype stamp = utcTime(stampTime);
    std::unordered_map<Id, const Prospect*> byId;
    for (const Prospect& p : prospects)
        byId.emplace(p.id, &p);

    ComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent* cal = calendar.get();
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//Accord//Accord pipeline//EN"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    {
        const QByteArray name = textValue(options.calendarName);
        icalproperty* xname = icalproperty_new_x(name.constData());
        icalproperty_set_x_name(xname, "X-WR-CALNAME");
        icalcomponent_add_property(cal, xname);
    }

    for (const Meeting& m : meetings) {
        if (!m.occurredAt.isValid())
            continue;
        const auto it = byId.find(m.prospectId);
        const QString prospectName = it != byId.end() ? it->second->name : QString();
        const QString what = m.summary.isEmpty() ? meetingKindName(m.kind) : m.summary;
        icalcomponent* ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        addText(ev, icalproperty_new_uid, meetingUid(m.id));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(ev, icalproperty_new_dtstart(utcTime(m.occurredAt)));
        if (m.durationMinutes > 0)
            icalcomponent_add_property(ev, icalproperty_new_dtend(utcTime(m.occurredAt.addSecs(
                                               qint64{m.durationMinutes} * 60))));
        addText(ev, icalproperty_new_summary,
                prospectName.isEmpty()
                    ? what
                    : Text::tr("%1: %2", "prospect: meeting").arg(prospectName, what));
        addText(ev, icalproperty_new_description, meetingDescription(m));
        icalcomponent_add_component(cal, ev);
    }

    for (const Activity& a : activities) {
        if (!a.isOpen() || !a.dueOn.isValid())
            continue;
        const auto it = byId.find(a.prospectId);
        const QString prospectName = it != byId.end() ? it->second->name : QString();
        const bool timed = a.hasDueTime();
        const bool todo = !timed || options.activitiesAsTodos;
        icalcomponent* c = icalcomponent_new(todo ? ICAL_VTODO_COMPONENT : ICAL_VEVENT_COMPONENT);
        addText(c, icalproperty_new_uid, activityUid(a.id));
        icalcomponent_add_property(c, icalproperty_new_dtstamp(stamp));
        const QDateTime at =
            timed ? QDateTime(a.dueOn, QTime(a.dueMinute / 60, a.dueMinute % 60), options.zone)
                  : QDateTime();
        if (todo) {
            icalcomponent_add_property(
                c, icalproperty_new_due(timed ? utcTime(at) : dateValue(a.dueOn)));
            icalcomponent_add_property(c, icalproperty_new_status(ICAL_STATUS_NEEDSACTION));
        } else {
            icalcomponent_add_property(c, icalproperty_new_dtstart(utcTime(at)));
            if (a.durationMinutes > 0)
                icalcomponent_add_property(c, icalproperty_new_duration(icaldurationtype_from_int(
                                                  a.durationMinutes * 60)));
        }
        addText(c, icalproperty_new_summary,
                prospectName.isEmpty()
                    ? a.title
                    : Text::tr("%1: %2", "prospect: activity").arg(prospectName, a.title));
        QStringList parts{activityKindName(a.kind)};
        if (!a.owner.isEmpty())
            parts.append(Text::tr("Owner: %1").arg(a.owner));
        if (!a.note.isEmpty())
            parts.append(a.note);
        addText(c, icalproperty_new_description, parts.join(QStringLiteral("\n\n")));
        icalcomponent_add_component(cal, c);
    }

    char* text = icalcomponent_as_ical_string_r(cal);
    if (!text)
        throw StoreError(Text::tr("The calendar could not be written (libical: %1).")
                             .arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace accord::core
