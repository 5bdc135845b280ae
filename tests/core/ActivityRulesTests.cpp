#include "support/TestSupport.h"

#include "core/Activities.h"
#include "core/Bundle.h"
#include "core/Validation.h"

#include <nlohmann/json.hpp>

using namespace accord::core;

namespace {

Activity dueOn(const QDate& d, int minute = Activity::kNoDueTime)
{
    Activity a;
    a.prospectId = 1;
    a.title = QStringLiteral("Call");
    a.dueOn = d;
    a.dueMinute = minute;
    return a;
}

} // namespace

TEST_CASE("a date-only activity is today on its day and overdue from the next day on, in the "
          "user's zone",
          "[core][activity]")
{
    const QTimeZone berlin("Europe/Berlin"); // UTC+2 in June
    const Activity a = dueOn(QDate(2026, 6, 15));
    // 21:59 UTC is 23:59 in Berlin: still its day.
    CHECK(activityState(a, QDateTime(QDate(2026, 6, 15), QTime(21, 59), QTimeZone::utc()),
                        berlin) == ActivityState::Today);
    // 22:00 UTC is midnight in Berlin: the next day, overdue, though UTC is still on the 15th.
    CHECK(activityState(a, QDateTime(QDate(2026, 6, 15), QTime(22, 0), QTimeZone::utc()), berlin) ==
          ActivityState::Overdue);
    // 23:30 UTC on the 14th is already the 15th in Berlin: today, not planned.
    CHECK(activityState(a, QDateTime(QDate(2026, 6, 14), QTime(22, 30), QTimeZone::utc()),
                        berlin) == ActivityState::Today);
    CHECK(activityState(a, QDateTime(QDate(2026, 6, 14), QTime(21, 30), QTimeZone::utc()),
                        berlin) == ActivityState::Planned);
}

TEST_CASE("a timed activity is overdue from its time on, and done once done", "[core][activity]")
{
    const QTimeZone berlin("Europe/Berlin");
    Activity a = dueOn(QDate(2026, 6, 15), 14 * 60 + 30); // 14:30 Berlin = 12:30 UTC
    const auto utc = [](int h, int m) {
        return QDateTime(QDate(2026, 6, 15), QTime(h, m), QTimeZone::utc());
    };
    CHECK(activityState(a, utc(12, 29), berlin) == ActivityState::Today);
    CHECK(activityState(a, utc(12, 30), berlin) == ActivityState::Overdue);
    a.doneAt = utc(12, 0);
    CHECK(activityState(a, utc(12, 30), berlin) == ActivityState::Done);
    CHECK(activityStateKey(ActivityState::Overdue) == QStringLiteral("overdue"));
    CHECK(activityDueAt(a, berlin) == utc(12, 30));
    CHECK(activityDueText(a) == QStringLiteral("2026-06-15 14:30"));
    CHECK(activityDueText(dueOn(QDate(2026, 6, 15))) == QStringLiteral("2026-06-15"));
}

TEST_CASE("when something is due is read from dates, words and offsets", "[core][activity]")
{
    const QDate monday(2026, 6, 15);
    auto due = [&](const char* text) { return parseDue(QString::fromUtf8(text), monday); };
    CHECK(due("2026-12-24").date == QDate(2026, 12, 24));
    CHECK(due("2026-12-24").minute == Activity::kNoDueTime);
    CHECK(due("2026-12-24 14:30").minute == 14 * 60 + 30);
    CHECK(due("2026-12-24T09:05").minute == 9 * 60 + 5);
    CHECK(due("today").date == monday);
    CHECK(due("Tomorrow 9:00").date == monday.addDays(1));
    CHECK(due("Tomorrow 9:00").minute == 9 * 60);
    CHECK(due("+3d").date == monday.addDays(3));
    CHECK(due("+2w").date == monday.addDays(14));
    CHECK(due("friday").date == QDate(2026, 6, 19));
    CHECK(due("fri 16:00").date == QDate(2026, 6, 19));
    CHECK(due("monday").date == QDate(2026, 6, 22)); // the next one, not today
}

TEST_CASE("an impossible due date or time is refused with a sentence naming it", "[core][activity]")
{
    const QDate monday(2026, 6, 15);
    for (const char* bad : {"2026-02-30", "2026-06-15 24:00", "2026-06-15 12:60", "someday", "+d",
                            "", "today at noon", "fr", "10000-01-01"}) {
        INFO(bad);
        try {
            parseDue(QString::fromUtf8(bad), monday);
            FAIL("accepted");
        } catch (const ValidationError& e) {
            CHECK(e.field() == QStringLiteral("due"));
            CHECK(e.message().contains(QString::fromUtf8(bad).trimmed()));
        }
    }
}

TEST_CASE("an activity's fields are checked by the field table and its own rules",
          "[core][activity]")
{
    Activity a = dueOn(QDate(2026, 6, 15));
    CHECK_NOTHROW(validate(a));
    a.title = QString(kMaxShortText + 1, u'x');
    CHECK_THROWS_AS(validate(a), ValidationError);
    a = dueOn(QDate(2026, 6, 15), 1440);
    CHECK_THROWS_AS(validate(a), ValidationError);
    a = dueOn(QDate(2026, 6, 15));
    a.title = QStringLiteral("two\nlines");
    CHECK_THROWS_AS(validate(a), ValidationError);
}

TEST_CASE("the next open activity is the one due first", "[core][activity]")
{
    Activity later = dueOn(QDate(2026, 6, 20));
    later.id = 1;
    Activity timed = dueOn(QDate(2026, 6, 16), 9 * 60);
    timed.id = 2;
    Activity dateOnly = dueOn(QDate(2026, 6, 16));
    dateOnly.id = 3;
    Activity done = dueOn(QDate(2026, 6, 1));
    done.id = 4;
    done.doneAt = QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
    CHECK(nextOpenActivity({later, timed, dateOnly, done})->id == 3);
    CHECK_FALSE(nextOpenActivity({done}).has_value());
}

TEST_CASE("a bundle written before activities turns its prospect's next step into one",
          "[core][activity]")
{
    const nlohmann::json j = {{"prospect",
                               {{"id", 7},
                                {"name", "Northwind"},
                                {"owner", "dana"},
                                {"stage", "informative"},
                                {"status", "active"},
                                {"next_step", "Send the study"},
                                {"next_step_due", "2026-07-01"},
                                {"updated_at", "2026-06-10T09:00:00Z"}}}};
    const ProspectBundle b = bundleFromJson(j);
    REQUIRE(b.activities.size() == 1);
    CHECK(b.activities.front().title == QStringLiteral("Send the study"));
    CHECK(b.activities.front().dueOn == QDate(2026, 7, 1));
    CHECK(b.activities.front().owner == QStringLiteral("dana"));
    CHECK(b.activities.front().kind == ActivityKind::Task);

    nlohmann::json undated = j;
    undated["prospect"].erase("next_step_due");
    CHECK(bundleFromJson(undated).activities.front().dueOn == QDate(2026, 6, 10));
    nlohmann::json current = j;
    current["activities"] = nlohmann::json::array();
    CHECK(bundleFromJson(current).activities.empty());
}
