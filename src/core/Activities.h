#pragma once

// Planned activities: the rules of their state (overdue, today, planned, done),
// the agenda a user starts the day with, and the use cases that change them
// (plan, edit, reschedule, mark done with an optional meeting log, remove).
// Each change is one write transaction of compare-and-set field patches (see
// Store::applyChanges), so undo reverts only what it wrote. The GUI and the CLI
// both call ActivityService.

#include "Clock.h"
#include "FieldPatch.h"
#include "Store.h"

#include <QTimeZone>

#include <functional>

namespace accord::core {

enum class ActivityState { Overdue, Today, Planned, Done };

/// "overdue", "today", "planned", "done": the stable key of JSON and the CLI.
QString activityStateKey(ActivityState state);
/// The state's display name, translated.
QString activityStateName(ActivityState state);

/// The wall-clock moment a timed activity is due, in `zone`; invalid for a
/// date-only one.
QDateTime activityDueAt(const Activity& a, const QTimeZone& zone);

/// The state at `now`, judged in the user's `zone`: done once done; a date-only
/// activity is today on its day and overdue from the next day on; a timed one
/// is overdue from its time on.
ActivityState activityState(const Activity& a, const QDateTime& now, const QTimeZone& zone);

/// "2026-12-02" or "2026-12-02 14:30": the due date and time as the CLI and
/// JSON write them.
QString activityDueText(const Activity& a);

/// The open activity due first of `activities` (ties: the earlier time of
/// day, then the lower id); nullopt when none is open.
std::optional<Activity> nextOpenActivity(const std::vector<Activity>& activities);

/// A due date with an optional time of day.
struct Due
{
    QDate date;
    int minute = Activity::kNoDueTime;
};

/// Reads when something is due, relative to `today`: "2026-12-24",
/// "2026-12-24 14:30", "today", "tomorrow", "+3d", "+2w", a weekday name
/// ("friday", "fri": the next such day after today), each optionally followed
/// by a time "HH:MM". Throws ValidationError (field `due`) with a sentence
/// naming the input when it is none of these or names no real day or time.
Due parseDue(const QString& text, const QDate& today);

/// The activity that a meeting's next step plans: a task titled by the step,
/// due on its date or, without one, on `today`; owned by the prospect's owner.
Activity activityForNextStep(const Meeting& m, const Prospect& p, const QDate& today);

/// The patches that log meeting `m` of prospect `p`: the meeting (its stage at
/// the time set, validated) and, when it names a next step, the activity that
/// plans it (activityForNextStep).
ChangeSet meetingLogChanges(Meeting m, const Prospect& p, const QDate& today);

/// The kind of meeting that logs a done activity of kind `kind`.
MeetingKind meetingKindFor(ActivityKind kind);

/// What an agenda shows: open activities overdue, due today and due in the six
/// days after today, and the active prospects with no open activity.
struct Agenda
{
    QDate today;
    std::vector<ActivityRow> overdue;
    std::vector<ActivityRow> dueToday;
    std::vector<ActivityRow> thisWeek;
    std::vector<ProspectRef> withoutActivity;
    // Whether a section holds more than it lists (agenda() with a limit).
    bool overdueCut = false;
    bool dueTodayCut = false;
    bool thisWeekCut = false;
    bool withoutCut = false;
};

class ActivityService
{
public:
    ActivityService(Store& store, const Clock& clock,
                    const QTimeZone& zone = QTimeZone::systemTimeZone())
        : m_store(store), m_clock(clock), m_zone(zone)
    {}

    Store& store() { return m_store; }
    const QTimeZone& zone() const { return m_zone; }
    /// The user's day and moment, by the service's clock.
    QDate today() const;
    QDateTime now() const { return m_clock.now(); }
    ActivityState state(const Activity& a) const;

    /// The agenda of `owners`' activities (empty: everyone's); each section is
    /// cut at `limit` rows (< 0: all), earliest due first, and says so.
    Agenda agenda(const QStringList& owners = {}, int limit = -1);
    /// The open activities of `owners` due in [from, to] (invalid: open end).
    std::vector<ActivityRow> open(const QDate& from, const QDate& to,
                                  const QStringList& owners = {});

    /// Validates and inserts an open activity: its owner is the prospect's when
    /// not given; a contact must be one of the prospect's. Returns what was
    /// written; the new id is `front().id`.
    ChangeSet plan(Activity a);
    /// Reads activity `id`, lets `change` edit it, validates and writes the
    /// fields that differ, in one write transaction. nullopt (nothing written)
    /// when there is no such activity. `applied` receives what was written.
    std::optional<Activity> edit(Id id, const std::function<void(Activity&)>& change,
                                 ChangeSet* applied = nullptr);
    /// Moves the due date and time of day (Activity::kNoDueTime: none).
    std::optional<Activity> reschedule(Id id, const Due& due, ChangeSet* applied = nullptr);
    /// The meeting that logs a done activity, prefilled: the kind that goes
    /// with it, the title as summary, the contact as attendee, now, its
    /// duration, logged by `by`.
    Meeting meetingFor(const Activity& a, const QString& by);
    /// Marks the activity done now and, with `log`, logs that meeting (with the
    /// activity its next step plans, if any), all in one change set: one undo
    /// reverts both. Refused with a sentence when it is done already.
    ChangeSet markDone(Id id, const std::optional<Meeting>& log = std::nullopt);
    /// Opens a done activity again.
    ChangeSet reopen(Id id);
    /// Deletes an activity; applyChanges(reversed(...)) puts it back.
    ChangeSet remove(Id id);

private:
    Activity require(Id id);
    void check(const Activity& a, const Prospect& p);
    Store& m_store;
    const Clock& m_clock;
    QTimeZone m_zone;
};

} // namespace accord::core
