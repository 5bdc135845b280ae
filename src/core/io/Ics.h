#pragma once

// iCalendar (RFC 5545) export of meetings and open planned activities, written with
// libical (escaping, 75-octet folding, CRLF). UIDs are stable, so importing
// the file again updates the same calendar entries instead of duplicating them.

#include "core/Model.h"

#include <QByteArray>
#include <QTimeZone>

namespace accord::core {

struct IcsOptions
{
    QDateTime stamp;                // DTSTAMP of every entry (UTC; from the caller's Clock)
    bool activitiesAsTodos = false; // timed activities as VTODO too, due at their time
    QTimeZone zone = QTimeZone::systemTimeZone(); // the user's: activities' times of day
    QString calendarName = QStringLiteral("Accord");
};

/// UIDs: "meeting-<id>@accord" and "activity-<id>@accord".
QString meetingUid(Id meetingId);
QString activityUid(Id activityId);

/// A VCALENDAR with one timed VEVENT per meeting (DTSTART/DTEND in UTC from
/// the duration) and one entry per open activity of `activities` (done ones
/// are left out): a timed one is a VEVENT at its time (in UTC) with its
/// DURATION, a date-only one a VTODO with DUE on its day. `prospects` gives
/// the names entries are shown under.
QByteArray calendarIcs(const std::vector<Prospect>& prospects, const std::vector<Meeting>& meetings,
                       const std::vector<Activity>& activities, const IcsOptions& options);

} // namespace accord::core
