#pragma once

// iCalendar (RFC 5545) export of meetings and dated next steps, written with
// libical (escaping, 75-octet folding, CRLF). UIDs are stable, so importing
// the file again updates the same calendar entries instead of duplicating them.

#include "core/Model.h"

#include <QByteArray>

namespace accord::core {

struct IcsOptions
{
    QDateTime stamp;               // DTSTAMP of every entry (UTC; from the caller's Clock)
    bool nextStepsAsTodos = false; // VTODO instead of an all-day VEVENT
    QString calendarName = QStringLiteral("Accord");
};

/// UIDs: "meeting-<id>@accord" and "next-step-<prospect id>@accord".
QString meetingUid(Id meetingId);
QString nextStepUid(Id prospectId);

/// A VCALENDAR with one timed VEVENT per meeting (DTSTART/DTEND in UTC from
/// the duration) and one entry per prospect that has a next step with a due
/// date (prospects in the trash, won or lost are left out). `prospects`
/// gives the names meetings are shown under.
QByteArray calendarIcs(const std::vector<Prospect>& prospects, const std::vector<Meeting>& meetings,
                       const IcsOptions& options);

} // namespace accord::core
