// Planned activities over a real store (a file, and in storage_pg_tests a team
// server): the repository's reads, core::ActivityService's changes as change
// sets that undo exactly, the agenda and each prospect row's next activity.

#include "StoreFixture.h"

#include "core/Activities.h"
#include "core/PipelineService.h"
#include "core/Validation.h"
#include "core/WorkspaceService.h"

using namespace accord;
using namespace accord::core;
using namespace accord::test;

namespace {

struct ActivityFixture : StoreFixture
{
    PipelineService pipeline{*store, clock};
    ActivityService activities{*store, clock, QTimeZone::utc()};
    QDate today = clock.now().date(); // 2026-06-15, a Monday

    Id addProspect(const QString& name, const QString& owner = QStringLiteral("dana"))
    {
        Prospect p;
        p.name = name;
        p.owner = owner;
        return pipeline.addProspect(p);
    }

    Activity plan(Id prospectId, const QString& title, const QDate& due, int minute = -1)
    {
        Activity a;
        a.prospectId = prospectId;
        a.kind = ActivityKind::Call;
        a.title = title;
        a.dueOn = due;
        a.dueMinute = minute;
        const ChangeSet written = activities.plan(a);
        REQUIRE(written.size() == 1);
        return *store->activities().find(written.front().id);
    }
};

QStringList titles(const std::vector<ActivityRow>& rows)
{
    QStringList out;
    for (const ActivityRow& r : rows)
        out << r.activity.title;
    return out;
}

} // namespace

TEST_CASE("an activity is planned, edited, rescheduled and removed, each undone exactly",
          "[storage][activity]")
{
    ActivityFixture f;
    const Id pid = f.addProspect(QStringLiteral("Northwind"));
    Contact c;
    c.prospectId = pid;
    c.name = QStringLiteral("Ana Ruiz");
    const Id contactId = f.store->prospects().addContact(c);

    Activity a;
    a.prospectId = pid;
    a.kind = ActivityKind::ReviewGap;
    a.title = QStringLiteral("Walk through the gap table");
    a.dueOn = f.today.addDays(2);
    a.dueMinute = 14 * 60 + 30;
    a.durationMinutes = 45;
    a.contactId = contactId;
    a.note = QStringLiteral("Bring the competitor figures");
    const ChangeSet planned = f.activities.plan(a);
    a.id = planned.front().id;
    a.owner = QStringLiteral("dana"); // the prospect's owner when none is given
    REQUIRE(f.store->activities().find(a.id) == a);
    REQUIRE(f.store->activities().forProspect(pid) == std::vector<Activity>{a});

    ChangeSet moved;
    f.activities.reschedule(a.id, Due{f.today.addDays(5), -1}, &moved);
    const Activity after = *f.store->activities().find(a.id);
    CHECK(after.dueOn == f.today.addDays(5));
    CHECK_FALSE(after.hasDueTime());
    CHECK(after.durationMinutes == 0); // a duration goes with the time of day
    // Only what changed is written.
    REQUIRE(moved.size() == 1);
    QStringList keys;
    for (const FieldChange& ch : moved.front().fields)
        keys << ch.key;
    CHECK(keys == QStringList{QStringLiteral("due_on"), QStringLiteral("due_minute"),
                              QStringLiteral("duration_minutes")});
    f.pipeline.revertChanges(moved);
    CHECK(f.store->activities().find(a.id) == a);

    const ChangeSet removed = f.activities.remove(a.id);
    CHECK_FALSE(f.store->activities().find(a.id));
    f.pipeline.revertChanges(removed);
    CHECK(f.store->activities().find(a.id) == a);
    f.pipeline.revertChanges(planned);
    CHECK(f.store->activities().forProspect(pid).empty());

    // The rules: a title, a due date, a duration only with a time, a contact of the prospect.
    Activity bad = a;
    bad.id = kNoId;
    bad.title = QStringLiteral("  ");
    CHECK_THROWS_AS(f.activities.plan(bad), ValidationError);
    bad = a;
    bad.id = kNoId;
    bad.dueOn = QDate();
    CHECK_THROWS_AS(f.activities.plan(bad), ValidationError);
    bad = a;
    bad.id = kNoId;
    bad.dueMinute = -1;
    CHECK_THROWS_AS(f.activities.plan(bad), ValidationError);
    const Id other = f.addProspect(QStringLiteral("Contoso"));
    bad = a;
    bad.id = kNoId;
    bad.prospectId = other;
    try {
        f.activities.plan(bad);
        FAIL("a contact of another prospect was accepted");
    } catch (const ValidationError& e) {
        CHECK(e.message().contains(QStringLiteral("Contoso")));
    }
}

TEST_CASE("removing a contact clears an activity's contact, and undo links it back",
          "[storage][activity]")
{
    ActivityFixture f;
    const Id pid = f.addProspect(QStringLiteral("Northwind"));
    Contact c;
    c.prospectId = pid;
    c.name = QStringLiteral("Ana Ruiz");
    const Id contactId = f.store->prospects().addContact(c);
    Activity a = f.plan(pid, QStringLiteral("Call Ana"), f.today);
    f.activities.edit(a.id, [&](Activity& e) { e.contactId = contactId; });

    WorkspaceService workspace(*f.store, f.clock);
    const ChangeSet removed = workspace.remove(RecordKind::Contact, contactId);
    CHECK(f.store->activities().find(a.id)->contactId == kNoId);
    f.pipeline.revertChanges(removed);
    CHECK(f.store->activities().find(a.id)->contactId == contactId);
}

TEST_CASE("marking an activity done with a meeting log is one change set that one undo reverts",
          "[storage][activity]")
{
    ActivityFixture f;
    const Id pid = f.addProspect(QStringLiteral("Northwind"));
    Contact c;
    c.prospectId = pid;
    c.name = QStringLiteral("Ana Ruiz");
    const Id contactId = f.store->prospects().addContact(c);
    Activity a = f.plan(pid, QStringLiteral("Discuss the pilot"), f.today, 10 * 60);
    f.activities.edit(a.id, [&](Activity& e) {
        e.contactId = contactId;
        e.durationMinutes = 30;
    });

    Meeting m = f.activities.meetingFor(*f.store->activities().find(a.id), QStringLiteral("dana"));
    CHECK(m.kind == MeetingKind::Call);
    CHECK(m.summary == QStringLiteral("Discuss the pilot"));
    CHECK(m.attendees == QStringLiteral("Ana Ruiz"));
    CHECK(m.durationMinutes == 30);
    m.nextStep = QStringLiteral("Send the pilot plan");
    const ChangeSet done = f.activities.markDone(a.id, m);
    REQUIRE(done.size() == 3); // the activity done, the meeting, the next step planned
    CHECK(f.store->activities().find(a.id)->doneAt == f.clock.now());
    CHECK(f.store->meetings().forProspect(pid).size() == 1);
    const auto next = f.store->activities().nextOpen({pid});
    REQUIRE(next.contains(pid));
    CHECK(next.at(pid).title == QStringLiteral("Send the pilot plan"));
    CHECK(next.at(pid).dueOn == f.today); // no date given: due today

    // Done twice is refused with a sentence.
    CHECK_THROWS_WITH(f.activities.markDone(a.id), Catch::Contains("done already"));

    f.pipeline.revertChanges(done);
    CHECK(f.store->activities().find(a.id)->isOpen());
    CHECK(f.store->meetings().forProspect(pid).empty());
    CHECK(f.store->activities().forProspect(pid).size() == 1);
}

TEST_CASE("undoing a change to an activity is refused with a sentence once someone changed it",
          "[storage][activity]")
{
    ActivityFixture f;
    const Id pid = f.addProspect(QStringLiteral("Northwind"));
    const Activity a = f.plan(pid, QStringLiteral("Call Ana"), f.today);
    const ChangeSet done = f.activities.markDone(a.id);
    // A colleague opens it again and moves it.
    f.activities.reopen(a.id);
    f.activities.reschedule(a.id, Due{f.today.addDays(1), -1});
    try {
        f.pipeline.revertChanges(done);
        FAIL("the undo wrote over a later change");
    } catch (const ConflictError& e) {
        CHECK(e.kind() == RecordKind::Activity);
        // One sentence: "The activity was changed since.", or on a server who changed what.
        CHECK(e.message().contains(QStringLiteral("since")));
        CHECK(f.pipeline.conflictSentence(e).endsWith(QStringLiteral("undo is not possible.")));
    }
    CHECK(f.store->activities().find(a.id)->dueOn == f.today.addDays(1));
}

TEST_CASE("logging a meeting with a next step plans it as an activity in the same change set",
          "[storage][activity]")
{
    ActivityFixture f;
    const Id pid = f.addProspect(QStringLiteral("Northwind"));
    Meeting m;
    m.prospectId = pid;
    m.occurredAt = f.clock.now().addDays(-1);
    m.summary = QStringLiteral("Discovery");
    m.nextStep = QStringLiteral("Send the benchmark study");
    m.nextStepDue = f.today.addDays(3);
    ChangeSet applied;
    f.pipeline.logMeeting(m, &applied);
    REQUIRE(applied.size() == 2);
    CHECK(applied.back().kind == RecordKind::Activity);
    const auto list = f.store->activities().forProspect(pid);
    REQUIRE(list.size() == 1);
    CHECK(list.front().title == QStringLiteral("Send the benchmark study"));
    CHECK(list.front().dueOn == f.today.addDays(3));
    CHECK(list.front().kind == ActivityKind::Task);
    CHECK(list.front().owner == QStringLiteral("dana"));
    f.pipeline.revertChanges(applied);
    CHECK(f.store->activities().forProspect(pid).empty());
    CHECK(f.store->meetings().forProspect(pid).empty());
}

TEST_CASE("the agenda holds overdue, today and this week's open activities and the prospects "
          "with none",
          "[storage][activity]")
{
    ActivityFixture f; // now: 2026-06-15 12:00 UTC
    const Id north = f.addProspect(QStringLiteral("Northwind"));
    const Id contoso = f.addProspect(QStringLiteral("Contoso"), QStringLiteral("ravi"));
    const Id litware = f.addProspect(QStringLiteral("Litware"));
    const Id quiet = f.addProspect(QStringLiteral("Quiet Co"));
    f.addProspect(QStringLiteral("Ravi's idle one"), QStringLiteral("ravi"));
    const Id trashed = f.addProspect(QStringLiteral("Binned"));

    f.plan(north, QStringLiteral("Yesterday's call"), f.today.addDays(-1));
    f.plan(north, QStringLiteral("This morning"), f.today, 9 * 60); // overdue since 09:00
    f.plan(contoso, QStringLiteral("This afternoon"), f.today, 15 * 60);
    f.plan(litware, QStringLiteral("Some time today"), f.today);
    f.plan(litware, QStringLiteral("Friday"), f.today.addDays(4));
    f.plan(litware, QStringLiteral("Next week"), f.today.addDays(9));
    const Activity done = f.plan(quiet, QStringLiteral("Done already"), f.today);
    f.activities.markDone(done.id);
    f.plan(trashed, QStringLiteral("In the trash"), f.today);
    f.pipeline.trash(trashed);

    const Agenda all = f.activities.agenda();
    CHECK(titles(all.overdue) ==
          QStringList{QStringLiteral("Yesterday's call"), QStringLiteral("This morning")});
    CHECK(titles(all.dueToday) ==
          QStringList{QStringLiteral("Some time today"), QStringLiteral("This afternoon")});
    CHECK(titles(all.thisWeek) == QStringList{QStringLiteral("Friday")});
    REQUIRE(all.overdue.size() == 2);
    CHECK(all.overdue.front().prospectName == QStringLiteral("Northwind"));
    QStringList idle;
    for (const ProspectRef& r : all.withoutActivity)
        idle << r.name;
    CHECK(idle == QStringList{QStringLiteral("Quiet Co"), QStringLiteral("Ravi's idle one")});

    const Agenda ravi = f.activities.agenda({QStringLiteral("ravi")});
    CHECK(titles(ravi.dueToday) == QStringList{QStringLiteral("This afternoon")});
    CHECK(ravi.overdue.empty());
    REQUIRE(ravi.withoutActivity.size() == 1);
    CHECK(ravi.withoutActivity.front().name == QStringLiteral("Ravi's idle one"));

    // A page of one row a section: the earliest due, and each section says it
    // holds more. A section the page never reached says so too.
    const Agenda page = f.activities.agenda({}, 1);
    CHECK(titles(page.overdue) == QStringList{QStringLiteral("Yesterday's call")});
    CHECK(page.overdueCut); // this morning's, past the page of today's
    CHECK(titles(page.dueToday) == QStringList{QStringLiteral("Some time today")});
    CHECK(page.dueTodayCut);
    CHECK(page.thisWeekCut);
    REQUIRE(page.withoutActivity.size() == 1);
    CHECK(page.withoutActivity.front().name == QStringLiteral("Quiet Co"));
    CHECK(page.withoutCut);
    const Agenda roomy = f.activities.agenda({}, 10);
    CHECK_FALSE(roomy.overdueCut);
    CHECK_FALSE(roomy.dueTodayCut);
    CHECK_FALSE(roomy.thisWeekCut);
    CHECK_FALSE(roomy.withoutCut);
    CHECK(titles(roomy.dueToday) == titles(all.dueToday));

    // An hour later than the afternoon call it is overdue too.
    f.clock.set(QDateTime(f.today, QTime(16, 0), QTimeZone::utc()));
    CHECK(titles(f.activities.agenda().overdue).contains(QStringLiteral("This afternoon")));
}

TEST_CASE("prospect rows carry their next open activity and sort by it", "[storage][activity]")
{
    ActivityFixture f;
    const Id a = f.addProspect(QStringLiteral("Alpha"));
    const Id b = f.addProspect(QStringLiteral("Bravo"));
    const Id c = f.addProspect(QStringLiteral("Charlie"));
    f.plan(a, QStringLiteral("Later"), f.today.addDays(5));
    f.plan(a, QStringLiteral("Sooner"), f.today.addDays(2), 11 * 60);
    f.plan(b, QStringLiteral("Soonest at ten"), f.today.addDays(2), 10 * 60);
    const Activity old = f.plan(c, QStringLiteral("Done"), f.today.addDays(-3));
    f.activities.markDone(old.id);

    const auto row = f.store->prospects().row(a);
    REQUIRE(row);
    REQUIRE(row->nextActivity);
    CHECK(row->nextActivity->title == QStringLiteral("Sooner"));
    CHECK_FALSE(f.store->prospects().row(c)->nextActivity); // done ones do not count

    auto names = [&](bool ascending) {
        QStringList out;
        for (const ProspectRow& r :
             f.store->prospects().rows({}, ProspectSort::NextActivity, ascending, 10, 0))
            out << r.prospect.name;
        return out;
    };
    CHECK(names(true) ==
          QStringList{QStringLiteral("Bravo"), QStringLiteral("Alpha"), QStringLiteral("Charlie")});
    CHECK(names(false) ==
          QStringList{QStringLiteral("Charlie"), QStringLiteral("Alpha"), QStringLiteral("Bravo")});
}
