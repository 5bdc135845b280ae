// Undo never overwrites what it did not change: each command reverts only the
// fields it wrote, only while they still hold what it wrote, and deletions
// bring back what hung off the deleted row. A colleague is a second
// connection to the same file (as accord-cli or another window would be).

#include "GuiTestSupport.h"
#include "Session.h"
#include "commands/Commands.h"
#include "commands/WorkspaceCommands.h"
#include "core/Activities.h"
#include "core/io/DailyBackups.h"
#include "dialogs/SettingsDialog.h"
#include "storage/Sqlite.h"
#include "storage/SqliteStore.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QSpinBox>

using namespace accord;
using core::Id;

namespace {

struct UndoFixture
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("pipeline.sqlite"));
    gui::Session session{storage::openStore(path)};
    std::unique_ptr<core::Store> colleague = storage::openStore(path);
    core::SystemClock clock;
    core::PipelineService other{*colleague, clock};
    QSignalSpy failed{&session, &gui::Session::commandFailed};

    UndoFixture() { session.setUserName(QStringLiteral("Dana")); }

    Id addProspect(const QString& name = QStringLiteral("Fairhaven Foods"))
    {
        core::Prospect p;
        p.name = name;
        p.owner = QStringLiteral("Dana");
        p.value.minor = 4'000'000;
        return session.service().addProspect(p);
    }
    core::Prospect prospect(Id id) { return *session.store().prospects().find(id); }
    QString lastFailure() const
    {
        return failed.isEmpty() ? QString() : failed.last().at(0).toString();
    }
    /// A colleague's edit of one prospect, through the plain repository.
    void theyEdit(Id id, const std::function<void(core::Prospect&)>& edit)
    {
        core::Prospect p = *colleague->prospects().find(id);
        edit(p);
        colleague->prospects().update(p);
    }
    core::Meeting meeting(Id prospectId, const QString& nextStep = {})
    {
        core::Meeting m;
        m.prospectId = prospectId;
        m.occurredAt = QDateTime::currentDateTimeUtc();
        m.summary = QStringLiteral("Discovery call");
        m.nextStep = nextStep;
        return m;
    }
};

} // namespace

TEST_CASE("undoing Log meeting takes back the meeting and the activity its next step planned, "
          "not a colleague's other edits",
          "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    REQUIRE(f.session.execute(
        gui::makeLogMeeting(f.session, f.meeting(id, QStringLiteral("Book the workshop")))));
    const auto planned = f.session.store().activities().forProspect(id);
    REQUIRE(planned.size() == 1);
    CHECK(planned.front().title == QStringLiteral("Book the workshop"));
    CHECK(planned.front().isOpen());

    // Meanwhile a colleague changes the value.
    f.theyEdit(id, [](core::Prospect& p) { p.value.minor = 9'900'000; });
    f.session.poll();
    REQUIRE(f.session.undoStack()->canUndo()); // polling keeps the entries: undo compares first

    f.session.undoStack()->undo();
    CHECK(f.failed.isEmpty());
    CHECK(f.prospect(id).value.minor == 9'900'000); // the colleague's value stays
    CHECK(f.session.store().meetings().forProspect(id).empty());
    CHECK(f.session.store().activities().forProspect(id).empty());
}

TEST_CASE("undoing Log meeting is refused when the activity it planned was changed since",
          "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    REQUIRE(f.session.execute(
        gui::makeLogMeeting(f.session, f.meeting(id, QStringLiteral("Book the workshop")))));
    // A colleague moves the planned workshop to another day.
    const core::Activity planned = f.session.store().activities().forProspect(id).front();
    core::ActivityService theirs(*f.colleague, f.clock);
    theirs.reschedule(planned.id, core::Due{planned.dueOn.addDays(3), -1});
    f.session.poll();

    f.session.undoStack()->undo();
    CHECK(f.lastFailure() ==
          QStringLiteral("The activity was changed since; undo is not possible."));
    CHECK(f.session.store().meetings().forProspect(id).size() == 1); // nothing written
    CHECK(f.session.store().activities().find(planned.id)->dueOn == planned.dueOn.addDays(3));
    CHECK_FALSE(f.session.undoStack()->canUndo()); // the entry is gone
}

TEST_CASE("undoing a stage move after a colleague moved it names who and where", "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    REQUIRE(f.session.execute(
        gui::makeMove(f.session, id, core::Stage::Consulting, QStringLiteral("Their CEO asked"))));
    REQUIRE(f.other
                .moveStage(id, core::Stage::Negotiation, QStringLiteral("Pricing now"),
                           QStringLiteral("Ravi"))
                .allowed());
    f.session.poll();

    f.session.undoStack()->undo();
    CHECK(f.lastFailure() ==
          QStringLiteral("Ravi moved Fairhaven Foods to Negotiation since; undo is not possible."));
    CHECK(f.prospect(id).stage == core::Stage::Negotiation);
    CHECK(f.session.store().prospects().history(id).size() == 2);
}

TEST_CASE("undoing a stage move reverts stage and history but keeps a colleague's edit",
          "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    REQUIRE(f.session.execute(
        gui::makeMove(f.session, id, core::Stage::Consulting, QStringLiteral("Their CEO asked"))));
    f.theyEdit(id, [](core::Prospect& p) { p.owner = QStringLiteral("Ravi"); });
    f.session.undoStack()->undo();
    CHECK(f.failed.isEmpty());
    CHECK(f.prospect(id).stage == core::Stage::Informative);
    CHECK(f.prospect(id).owner == QStringLiteral("Ravi"));
    CHECK(f.session.store().prospects().history(id).empty());
    f.session.undoStack()->redo();
    CHECK(f.prospect(id).stage == core::Stage::Consulting);
    CHECK(f.session.store().prospects().history(id).size() == 1);
}

TEST_CASE("undoing a prospect edit reverts only the fields it changed, and only if unchanged",
          "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    const core::Prospect before = f.prospect(id);
    core::Prospect after = before;
    after.name = QStringLiteral("Fairhaven Foods Ltd");
    REQUIRE(f.session.execute(gui::makeEditProspect(f.session, before, after)));
    f.theyEdit(id, [](core::Prospect& p) { p.industry = QStringLiteral("Grocery"); });
    f.session.undoStack()->undo();
    CHECK(f.failed.isEmpty());
    CHECK(f.prospect(id).name == QStringLiteral("Fairhaven Foods"));
    CHECK(f.prospect(id).industry == QStringLiteral("Grocery"));

    // Redo, then the colleague changes the same field: undo is refused, nothing written.
    f.session.undoStack()->redo();
    f.theyEdit(id, [](core::Prospect& p) { p.name = QStringLiteral("Fairhaven plc"); });
    f.session.undoStack()->undo();
    CHECK(f.lastFailure() ==
          QStringLiteral("Fairhaven plc's name was changed since; undo is not possible."));
    CHECK(f.prospect(id).name == QStringLiteral("Fairhaven plc"));
}

TEST_CASE("undoing New prospect moves it to the trash and keeps a colleague's meeting",
          "[gui][undo]")
{
    UndoFixture f;
    core::Prospect p;
    p.name = QStringLiteral("Proseware");
    auto command = std::make_unique<gui::AddProspectCommand>(f.session, p);
    auto* raw = command.get();
    REQUIRE(f.session.execute(std::move(command)));
    const Id id = raw->prospectId();
    core::Meeting m = f.meeting(id);
    m.loggedBy = QStringLiteral("Ravi");
    const Id meetingId = f.other.logMeeting(m);

    f.session.undoStack()->undo();
    const auto trashed = f.session.store().prospects().find(id);
    REQUIRE(trashed); // not purged
    CHECK(trashed->deletedAt.isValid());
    CHECK(f.session.store().meetings().find(meetingId));
    f.session.undoStack()->redo();
    CHECK_FALSE(f.prospect(id).deletedAt.isValid());
}

TEST_CASE("deleting a meeting then undoing gives its insights their meeting back", "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    const Id meetingId = f.session.service().logMeeting(f.meeting(id));
    core::Insight insight;
    insight.prospectId = id;
    insight.meetingId = meetingId;
    insight.title = QStringLiteral("Cart abandonment");
    const Id insightId = f.session.store().evidence().addInsight(insight);

    const core::Meeting stored = *f.session.store().meetings().find(meetingId);
    REQUIRE(f.session.execute(gui::makeDeleteMeeting(f.session, stored)));
    CHECK(f.session.store().evidence().insights(id).front().meetingId == core::kNoId);
    f.session.undoStack()->undo();
    CHECK(f.failed.isEmpty());
    CHECK(f.session.store().meetings().find(meetingId) == stored);
    CHECK(f.session.store().evidence().insights(id).front().id == insightId);
    CHECK(f.session.store().evidence().insights(id).front().meetingId == meetingId);
}

TEST_CASE("removing a contact then undoing gives the opportunity its champion back", "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    core::Contact c;
    c.prospectId = id;
    c.name = QStringLiteral("Li Wei");
    c.role = core::ContactRole::Executive;
    c.id = f.session.store().prospects().addContact(c);
    core::Opportunity o;
    o.prospectId = id;
    o.title = QStringLiteral("Loyalty programme");
    o.championContactId = c.id;
    f.session.store().evidence().addOpportunity(o);

    REQUIRE(f.session.execute(gui::makeRemoveContact(f.session, c)));
    CHECK(f.session.store().evidence().opportunities(id).front().championContactId == core::kNoId);
    f.session.undoStack()->undo();
    CHECK(f.session.store().prospects().findContact(c.id) == c);
    CHECK(f.session.store().evidence().opportunities(id).front().championContactId == c.id);
}

TEST_CASE("removing a ticked gate criterion then undoing brings back its ticks and evidence",
          "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    const Id second = f.addProspect(QStringLiteral("Proseware"));
    auto all = f.session.store().gates().criteria();
    std::vector<core::GateCriterion> stage1;
    for (const auto& c : all)
        if (c.stage == core::Stage::Informative)
            stage1.push_back(c);
    REQUIRE(stage1.size() >= 2);
    const core::GateCriterion removed = stage1.back();
    core::GateCheck tick{id,
                         removed.id,
                         true,
                         QStringLiteral("Signed NDA on file"),
                         QDateTime::fromSecsSinceEpoch(1780000000, Qt::UTC),
                         QStringLiteral("Dana")};
    f.session.store().gates().setCheck(tick);
    core::GateCheck other = tick;
    other.prospectId = second;
    other.evidence = QStringLiteral("Mail of 3 May");
    f.session.store().gates().setCheck(other);

    auto after = stage1;
    after.pop_back();
    REQUIRE(f.session.execute(gui::makeReplaceCriteria(f.session, core::Stage::Informative, stage1,
                                                       after, QStringLiteral("Remove"))));
    CHECK(f.session.store().gates().checks(id).empty());
    f.session.undoStack()->undo();
    CHECK(f.failed.isEmpty());
    CHECK(f.session.store().gates().checks(id) == std::vector<core::GateCheck>{tick});
    CHECK(f.session.store().gates().checks(second) == std::vector<core::GateCheck>{other});
}

TEST_CASE("undoing a worksheet edit keeps a lever a colleague set meanwhile", "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    core::Negotiation before;
    before.prospectId = id;
    core::Negotiation after = before;
    after.ourBatna = QStringLiteral("Stay with the current supplier");
    REQUIRE(f.session.execute(
        gui::makeSaveNegotiation(f.session, before, after, QStringLiteral("Edit the worksheet"))));
    core::Negotiation theirs = *f.colleague->evidence().negotiation(id);
    core::Negotiation changed = theirs;
    changed.levers[0].theirPosition = QStringLiteral("Net 60");
    f.colleague->evidence().saveNegotiation(changed);

    f.session.undoStack()->undo();
    CHECK(f.failed.isEmpty());
    const auto n = f.session.store().evidence().negotiation(id);
    REQUIRE(n);
    CHECK(n->ourBatna.isEmpty());
    CHECK(n->levers[0].theirPosition == QStringLiteral("Net 60"));
}

TEST_CASE("undoing a tick a colleague changed since is refused", "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    const Id criterion = f.session.store().gates().criteria().front().id;
    core::GateCheck before{id, criterion, false, {}, {}, {}};
    core::GateCheck after{id,
                          criterion,
                          true,
                          QStringLiteral("Deck sent"),
                          QDateTime::currentDateTimeUtc(),
                          QStringLiteral("Dana")};
    REQUIRE(f.session.execute(gui::makeSetGateCheck(f.session, before, after)));
    core::GateCheck theirs = after;
    theirs.evidence = QStringLiteral("Deck sent and read");
    f.colleague->gates().setCheck(theirs);
    f.session.undoStack()->undo();
    CHECK(f.lastFailure() == QStringLiteral("The tick changed since; undo is not possible."));
    REQUIRE(f.session.store().gates().checks(id).size() == 1);
    CHECK(f.session.store().gates().checks(id).front().evidence ==
          QStringLiteral("Deck sent and read"));
}

TEST_CASE("an edit made from a stale view does not overwrite a colleague's change of that field",
          "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    const core::Prospect shown = f.prospect(id);
    f.theyEdit(id, [](core::Prospect& p) { p.value.minor = 9'900'000; });
    core::Prospect edited = shown;
    edited.value.minor = 5'000'000;
    edited.owner = QStringLiteral("Sam");
    CHECK_FALSE(f.session.execute(gui::makeEditProspect(f.session, shown, edited)));
    CHECK(f.lastFailure() ==
          QStringLiteral("Fairhaven Foods's value was changed since; nothing was saved."));
    CHECK(f.prospect(id).value.minor == 9'900'000);
    CHECK(f.prospect(id).owner == QStringLiteral("Dana"));
}

TEST_CASE("the settings dialog saves backup and pipeline settings all or nothing",
          "[gui][settings]")
{
    test::GuiFixture f;
    const core::PipelineSettings old = f.session->pipelineSettings();
    auto dialog = std::make_unique<gui::SettingsDialog>(*f.session, f.window.get(), &f.prompter);
    auto* keep = dialog->findChild<QSpinBox*>(QStringLiteral("backupKeep"));
    auto* stale = dialog->findChild<QSpinBox*>(QStringLiteral("staleDays1"));
    REQUIRE(keep);
    REQUIRE(stale);
    keep->setValue(3);
    stale->setValue(old.staleDays[0] + 5);
    // The last write of the save fails (as a full or busy disk would).
    auto* sqlite = dynamic_cast<storage::SqliteStore*>(&f.session->store());
    REQUIRE(sqlite);
    sqlite->connection().exec(
        "CREATE TEMP TRIGGER fail_stale BEFORE INSERT ON setting WHEN NEW.key LIKE 'stale_days.%' "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    dialog->accept();
    CHECK(dialog->result() != QDialog::Accepted);
    CHECK(core::backupPolicy(f.session->store().settings(), f.path).keep == 7);
    CHECK(core::PipelineSettings::load(f.session->store().settings()).staleDays == old.staleDays);
}

TEST_CASE("undoing Log meeting is refused when a colleague linked an insight to it since",
          "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    REQUIRE(f.session.execute(gui::makeLogMeeting(f.session, f.meeting(id))));
    const Id meetingId = f.session.store().meetings().forProspect(id).front().id;
    core::Insight insight;
    insight.prospectId = id;
    insight.meetingId = meetingId;
    insight.title = QStringLiteral("Cart abandonment");
    f.colleague->evidence().addInsight(insight);

    f.session.undoStack()->undo();
    CHECK(f.lastFailure() ==
          QStringLiteral("Someone linked an insight to this meeting since; undo is not possible."));
    CHECK(f.session.store().meetings().find(meetingId));
    CHECK(f.session.store().evidence().insights(id).front().meetingId == meetingId);
}

TEST_CASE("undoing Add contact is refused when a colleague made the contact a champion since",
          "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    core::Contact c;
    c.prospectId = id;
    c.name = QStringLiteral("Li Wei");
    c.role = core::ContactRole::Executive;
    REQUIRE(f.session.execute(gui::makeAddContact(f.session, c)));
    const Id contactId = f.session.store().prospects().contacts(id).front().id;
    core::Opportunity o;
    o.prospectId = id;
    o.title = QStringLiteral("Loyalty programme");
    o.championContactId = contactId;
    f.colleague->evidence().addOpportunity(o);

    f.session.undoStack()->undo();
    CHECK(f.lastFailure() ==
          QStringLiteral("Someone linked an opportunity to this contact since; undo is not "
                         "possible."));
    CHECK(f.session.store().prospects().findContact(contactId));
    CHECK(f.session.store().evidence().opportunities(id).front().championContactId == contactId);
}

TEST_CASE("redoing Delete meeting also takes the links made since, and undo gives them back",
          "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    const Id meetingId = f.other.logMeeting(f.meeting(id));
    const core::Meeting stored = *f.session.store().meetings().find(meetingId);
    REQUIRE(f.session.execute(gui::makeDeleteMeeting(f.session, stored)));
    f.session.undoStack()->undo();
    REQUIRE(f.session.store().meetings().find(meetingId));
    core::Insight insight;
    insight.prospectId = id;
    insight.meetingId = meetingId;
    insight.title = QStringLiteral("Cart abandonment");
    f.colleague->evidence().addInsight(insight);

    f.session.undoStack()->redo();
    CHECK(f.failed.isEmpty());
    CHECK_FALSE(f.session.store().meetings().find(meetingId));
    CHECK(f.session.store().evidence().insights(id).front().meetingId == core::kNoId);
    f.session.undoStack()->undo();
    CHECK(f.failed.isEmpty());
    CHECK(f.session.store().meetings().find(meetingId) == stored);
    CHECK(f.session.store().evidence().insights(id).front().meetingId == meetingId);
}

TEST_CASE("a deleted meeting can be restored after a colleague logged a new one", "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    f.other.logMeeting(f.meeting(id));
    const Id last = f.other.logMeeting(f.meeting(id));
    const core::Meeting stored = *f.session.store().meetings().find(last);
    REQUIRE(f.session.execute(gui::makeDeleteMeeting(f.session, stored)));
    const Id theirs = f.other.logMeeting(f.meeting(id));
    CHECK(theirs != last);

    f.session.undoStack()->undo();
    CHECK(f.failed.isEmpty());
    CHECK(f.session.store().meetings().find(last) == stored);
    CHECK(f.session.store().meetings().forProspect(id).size() == 3);
}

TEST_CASE("redoing Log meeting works after a colleague logged one in between", "[gui][undo]")
{
    UndoFixture f;
    const Id id = f.addProspect();
    REQUIRE(f.session.execute(gui::makeLogMeeting(f.session, f.meeting(id))));
    f.session.undoStack()->undo();
    REQUIRE(f.failed.isEmpty());
    f.other.logMeeting(f.meeting(id));
    f.session.undoStack()->redo();
    CHECK(f.failed.isEmpty());
    CHECK(f.session.store().meetings().forProspect(id).size() == 2);
}

TEST_CASE("the settings dialog writes only what was changed in it, keeping a colleague's changes",
          "[gui][settings]")
{
    test::GuiFixture f;
    const core::PipelineSettings old = f.session->pipelineSettings();
    auto dialog = std::make_unique<gui::SettingsDialog>(*f.session, f.window.get(), &f.prompter);
    auto* stale = dialog->findChild<QSpinBox*>(QStringLiteral("staleDays1"));
    REQUIRE(stale);
    // Meanwhile a colleague changes another setting and the backup policy.
    auto colleague = storage::openStore(f.path);
    colleague->settings().setValues({{QStringLiteral("probability.2"), QStringLiteral("55")},
                                     {QLatin1String(core::kBackupKeepKey), QStringLiteral("12")},
                                     {QStringLiteral("rate.EUR"), QStringLiteral("1.08")}});
    stale->setValue(old.staleDays[0] + 5);
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);
    const core::PipelineSettings now = core::PipelineSettings::load(f.session->store().settings());
    CHECK(now.staleDays[0] == old.staleDays[0] + 5);
    CHECK(now.probabilityPercent[1] == 55);
    CHECK(now.rates.count(QStringLiteral("EUR")) == 1);
    CHECK(core::backupPolicy(f.session->store().settings(), f.path).keep == 12);
}

TEST_CASE("the settings dialog refuses to overwrite a setting a colleague changed since",
          "[gui][settings]")
{
    test::GuiFixture f;
    QSignalSpy failed(f.session.get(), &gui::Session::commandFailed);
    auto dialog = std::make_unique<gui::SettingsDialog>(*f.session, f.window.get(), &f.prompter);
    auto* stale = dialog->findChild<QSpinBox*>(QStringLiteral("staleDays1"));
    auto* keep = dialog->findChild<QSpinBox*>(QStringLiteral("backupKeep"));
    REQUIRE(stale);
    REQUIRE(keep);
    auto colleague = storage::openStore(f.path);
    colleague->settings().setValue(QStringLiteral("stale_days.1"), QStringLiteral("30"));
    stale->setValue(40);
    dialog->accept();
    CHECK(dialog->result() != QDialog::Accepted);
    REQUIRE(failed.size() == 1);
    CHECK(failed.last().at(0).toString() ==
          QStringLiteral("Someone changed the stale days of %1 since you opened the settings; "
                         "nothing was saved.")
              .arg(core::stageShortName(core::Stage::Informative)));
    CHECK(core::PipelineSettings::load(f.session->store().settings()).staleDays[0] == 30);

    // The same for the backup policy.
    auto second = std::make_unique<gui::SettingsDialog>(*f.session, f.window.get(), &f.prompter);
    keep = second->findChild<QSpinBox*>(QStringLiteral("backupKeep"));
    REQUIRE(keep);
    colleague->settings().setValue(QLatin1String(core::kBackupKeepKey), QStringLiteral("9"));
    keep->setValue(3);
    second->accept();
    CHECK(second->result() != QDialog::Accepted);
    CHECK(failed.last().at(0).toString() ==
          QStringLiteral("Someone changed the number of backup copies kept since you opened the "
                         "settings; nothing was saved."));
    CHECK(core::backupPolicy(f.session->store().settings(), f.path).keep == 9);
}
