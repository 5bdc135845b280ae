#include "support/TestSupport.h"

#include "core/io/Ics.h"

#include <QTimeZone>

#include <libical/ical.h>

using namespace accord::core;

namespace {

struct Parsed
{
    icalcomponent* cal = nullptr;
    ~Parsed() { icalcomponent_free(cal); }
};

QString text(const char* s)
{
    return QString::fromUtf8(s);
}

QDateTime utcOf(icaltimetype t)
{
    return QDateTime::fromSecsSinceEpoch(
        icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone()), QTimeZone::utc());
}

std::vector<Prospect> prospects()
{
    Prospect a;
    a.id = 1;
    a.name = QStringLiteral("Northwind, Traders; \"North\"");
    a.owner = QStringLiteral("Dana");
    Prospect b;
    b.id = 2;
    b.name = QStringLiteral("Café Lumière");
    b.status = Status::Lost;
    Prospect c;
    c.id = 3;
    c.name = QStringLiteral("Contoso");
    return {a, b, c};
}

std::vector<Meeting> meetings()
{
    Meeting m1;
    m1.id = 11;
    m1.prospectId = 1;
    m1.occurredAt = QDateTime(QDate(2026, 6, 1), QTime(9, 30), QTimeZone::utc());
    m1.durationMinutes = 45;
    m1.kind = MeetingKind::Discovery;
    m1.summary = QStringLiteral("Discovery: their numbers, our view");
    m1.notes = QString(QStringLiteral("Ünïcödé notes ✓ with a long line. ")).repeated(8) +
               QStringLiteral("\nSecond line; with, separators\\");
    Meeting m2;
    m2.id = 12;
    m2.prospectId = 3;
    m2.occurredAt = QDateTime(QDate(2026, 6, 3), QTime(15, 0), QTimeZone::utc());
    m2.durationMinutes = 30;
    m2.kind = MeetingKind::Call;
    return {m1, m2};
}

const QTimeZone kBerlin("Europe/Berlin");

std::vector<Activity> activities()
{
    Activity timed; // 14:30 in Berlin is 12:30 UTC in June
    timed.id = 21;
    timed.prospectId = 1;
    timed.kind = ActivityKind::ReviewGap;
    timed.title = QStringLiteral("Send the benchmark deck");
    timed.dueOn = QDate(2026, 6, 20);
    timed.dueMinute = 14 * 60 + 30;
    timed.durationMinutes = 45;
    timed.owner = QStringLiteral("Dana");
    Activity dateOnly;
    dateOnly.id = 22;
    dateOnly.prospectId = 3;
    dateOnly.title = QStringLiteral("Ask for the order counts");
    dateOnly.dueOn = QDate(2026, 6, 21);
    Activity done = dateOnly;
    done.id = 23;
    done.doneAt = QDateTime(QDate(2026, 6, 2), QTime(9, 0), QTimeZone::utc());
    return {timed, dateOnly, done};
}

IcsOptions berlinOptions()
{
    IcsOptions options;
    options.stamp = accord::test::referenceNow();
    options.zone = kBerlin;
    return options;
}

} // namespace

TEST_CASE("the ICS export parses back with libical with its meetings and open activities",
          "[io][ics]")
{
    const QByteArray ics = calendarIcs(prospects(), meetings(), activities(), berlinOptions());

    Parsed parsed{icalparser_parse_string(ics.constData())};
    REQUIRE(parsed.cal != nullptr);
    REQUIRE(icalcomponent_isa(parsed.cal) == ICAL_VCALENDAR_COMPONENT);
    CHECK(icalcomponent_count_components(parsed.cal, ICAL_VEVENT_COMPONENT) == 3);
    CHECK(icalcomponent_count_components(parsed.cal, ICAL_VTODO_COMPONENT) == 1);
    CHECK(icalcomponent_count_errors(parsed.cal) == 0);
    CHECK_FALSE(ics.contains("activity-23@accord")); // done: left out

    icalcomponent* todo = icalcomponent_get_first_component(parsed.cal, ICAL_VTODO_COMPONENT);
    CHECK(text(icalcomponent_get_uid(todo)) == activityUid(22));
    const icaltimetype due = icalcomponent_get_due(todo);
    CHECK(due.is_date == 1);
    CHECK(QDate(due.year, due.month, due.day) == QDate(2026, 6, 21));
    CHECK(text(icalcomponent_get_summary(todo)) ==
          QStringLiteral("Contoso: Ask for the order counts"));

    int seen = 0;
    for (icalcomponent* ev = icalcomponent_get_first_component(parsed.cal, ICAL_VEVENT_COMPONENT);
         ev; ev = icalcomponent_get_next_component(parsed.cal, ICAL_VEVENT_COMPONENT)) {
        const QString uid = text(icalcomponent_get_uid(ev));
        CHECK(utcOf(icalcomponent_get_dtstamp(ev)) == accord::test::referenceNow());
        if (uid == QStringLiteral("meeting-11@accord")) {
            ++seen;
            CHECK(utcOf(icalcomponent_get_dtstart(ev)) == meetings()[0].occurredAt);
            CHECK(utcOf(icalcomponent_get_dtend(ev)) == meetings()[0].occurredAt.addSecs(45 * 60));
            CHECK(text(icalcomponent_get_summary(ev)) ==
                  QStringLiteral(
                      "Northwind, Traders; \"North\": Discovery: their numbers, our view"));
            CHECK(text(icalcomponent_get_description(ev)).contains(meetings()[0].notes));
        } else if (uid == QStringLiteral("meeting-12@accord")) {
            ++seen;
            CHECK(utcOf(icalcomponent_get_dtstart(ev)) ==
                  QDateTime(QDate(2026, 6, 3), QTime(15, 0), QTimeZone::utc()));
            CHECK(text(icalcomponent_get_summary(ev)).startsWith(QStringLiteral("Contoso: ")));
        } else if (uid == activityUid(21)) {
            ++seen;
            CHECK(utcOf(icalcomponent_get_dtstart(ev)) ==
                  QDateTime(QDate(2026, 6, 20), QTime(12, 30), QTimeZone::utc()));
            CHECK(icaldurationtype_as_int(icalcomponent_get_duration(ev)) == 45 * 60);
            CHECK(
                text(icalcomponent_get_summary(ev)).contains(QStringLiteral("Send the benchmark")));
            CHECK(text(icalcomponent_get_description(ev)).contains(QStringLiteral("Dana")));
        }
    }
    CHECK(seen == 3);
}

TEST_CASE(
    "the ICS text is folded at 75 octets without splitting characters and ends lines with CRLF",
    "[io][ics]")
{
    const QByteArray ics = calendarIcs(prospects(), meetings(), activities(), berlinOptions());
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    CHECK(!ics.contains("\n\n"));
    int folded = 0;
    for (const QByteArray& line : ics.split('\n')) {
        if (line.isEmpty())
            continue;
        CHECK(line.endsWith('\r'));
        CHECK(line.size() - 1 <= 75);
        // Every physical line is valid UTF-8 on its own: no character was cut in two.
        CHECK(QString::fromUtf8(line).toUtf8() == line);
        CHECK(!QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
        if (line.startsWith(' '))
            ++folded;
    }
    CHECK(folded > 0);
    CHECK(ics.contains("Northwind\\, Traders\\; \"North\""));
    CHECK(ics.contains("DTSTAMP:20260615T120000Z"));
    CHECK(ics.contains("DTSTART:20260601T093000Z"));
}

TEST_CASE("timed activities can be exported as to-dos too", "[io][ics]")
{
    IcsOptions options = berlinOptions();
    options.activitiesAsTodos = true;
    const QByteArray ics = calendarIcs(prospects(), {}, activities(), options);
    Parsed parsed{icalparser_parse_string(ics.constData())};
    REQUIRE(parsed.cal != nullptr);
    CHECK(icalcomponent_count_components(parsed.cal, ICAL_VEVENT_COMPONENT) == 0);
    REQUIRE(icalcomponent_count_components(parsed.cal, ICAL_VTODO_COMPONENT) == 2);
    icalcomponent* todo = icalcomponent_get_first_component(parsed.cal, ICAL_VTODO_COMPONENT);
    CHECK(text(icalcomponent_get_uid(todo)) == activityUid(21));
    CHECK(utcOf(icalcomponent_get_due(todo)) ==
          QDateTime(QDate(2026, 6, 20), QTime(12, 30), QTimeZone::utc()));
    CHECK(ics.contains("STATUS:NEEDS-ACTION"));
}
