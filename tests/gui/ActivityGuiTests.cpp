// A rep's day in the window: the Today page first, planning, doing and
// logging from it (one undo), rescheduling in place, the Activities tab, the
// board card's next activity and its sort, and the notification when an
// activity falls due.

#include "DueNotifier.h"
#include "GuiTestSupport.h"
#include "commands/ActivityCommands.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/LogMeetingDialog.h"
#include "models/AgendaModel.h"
#include "models/ProspectListModel.h"
#include "views/ActivitiesTab.h"
#include "views/BoardView.h"
#include "views/ProspectDetailView.h"
#include "views/TodayPage.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace accord;

namespace {

core::ActivityService service(test::GuiFixture& f)
{
    return core::ActivityService(f.session->store(), f.session->clock());
}

gui::TodayPage* todayOf(test::GuiFixture& f)
{
    auto* page = f.window->findChild<gui::TodayPage*>();
    REQUIRE(page);
    f.window->showPage(page); // shown, it follows every change of the store
    return page;
}

core::Id planCall(test::GuiFixture& f, core::Id prospect, const QString& title,
                  core::ActivityKind kind = core::ActivityKind::Call)
{
    core::Activity a;
    a.prospectId = prospect;
    a.kind = kind;
    a.title = title;
    a.dueOn = service(f).today();
    auto command = gui::makePlanActivity(*f.session, a);
    auto* raw = command.get();
    REQUIRE(f.session->execute(std::move(command)));
    return raw->insertedId();
}

// Selects the agenda row of activity `id`.
bool selectActivity(gui::TodayPage* page, core::Id id)
{
    gui::AgendaModel* model = page->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex at = model->index(r, 0, group);
            if (const auto a = model->activityAt(at); a && a->id == id) {
                page->view()->setCurrentIndex(at);
                return true;
            }
        }
    }
    return false;
}

int childrenOf(gui::AgendaModel* model, gui::AgendaModel::Group group)
{
    return model->rowCount(model->groupIndex(group));
}

} // namespace

TEST_CASE("Accord opens on the Today page, with the demo's agenda grouped", "[gui][activities]")
{
    test::GuiFixture f(true);
    auto* nav = f.window->findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(nav);
    CHECK(nav->item(0)->text() == QStringLiteral("Today"));
    // A window as Accord opens it shows the Today page.
    {
        gui::MainWindow fresh(*f.session, f.prompter, &test::GuiFixture::open);
        CHECK(fresh.currentPage() == fresh.todayPage());
    }
    gui::TodayPage* page = todayOf(f);
    f.window->showPage(page);
    test::settle();

    // The tester owns nothing in the demo: everyone's agenda is shown.
    CHECK(page->owner().isEmpty());
    const core::Agenda agenda = service(f).agenda({}, 500);
    gui::AgendaModel* model = page->model();
    CHECK(childrenOf(model, gui::AgendaModel::OverdueGroup) ==
          static_cast<int>(agenda.overdue.size()));
    CHECK(childrenOf(model, gui::AgendaModel::TodayGroup) ==
          static_cast<int>(agenda.dueToday.size()));
    CHECK(childrenOf(model, gui::AgendaModel::WeekGroup) ==
          static_cast<int>(agenda.thisWeek.size()));
    CHECK(childrenOf(model, gui::AgendaModel::NoNextStepGroup) ==
          static_cast<int>(agenda.withoutActivity.size()));
    CHECK(agenda.overdue.size() + agenda.dueToday.size() > 0); // the demo has both kinds
    CHECK_FALSE(agenda.withoutActivity.empty());

    // A state is shown by an icon and a word, not by colour.
    const QModelIndex first = model->index(0, 0, model->groupIndex(gui::AgendaModel::OverdueGroup));
    REQUIRE(first.isValid());
    CHECK(first.data().toString() == QStringLiteral("Overdue"));
    CHECK_FALSE(first.data(Qt::DecorationRole).value<QIcon>().isNull());

    // Enter on a row opens its prospect.
    page->view()->setCurrentIndex(first);
    emit page->view()->activated(first);
    CHECK(f.window->currentPage() == f.window->detail());
    CHECK(f.window->detail()->prospectId() == model->prospectAt(first));
}

TEST_CASE("a call marked done on Today is logged as a meeting, and one undo reverts both",
          "[gui][activities]")
{
    test::GuiFixture f;
    const core::Id prospect =
        f.addProspect(QStringLiteral("Northwind Traders"), QStringLiteral("Tester"));
    const core::Id id = planCall(f, prospect, QStringLiteral("Call about the order data"));
    gui::TodayPage* page = todayOf(f);
    page->reload();
    CHECK(page->owner() == QStringLiteral("Tester")); // a rep starts on their own agenda
    REQUIRE(selectActivity(page, id));

    f.prompter.push(0); // log the meeting
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<gui::LogMeetingDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto* summary = dialog->findChild<QLineEdit*>(QStringLiteral("summaryEdit"));
        REQUIRE(summary);
        CHECK(summary->text() == QStringLiteral("Call about the order data")); // prefilled
        dialog->accept();
    });
    page->markDone();
    auto& store = f.session->store();
    REQUIRE(store.activities().find(id));
    CHECK_FALSE(store.activities().find(id)->isOpen());
    CHECK(store.meetings().forProspect(prospect).size() == 1);
    CHECK(store.meetings().forProspect(prospect).front().summary ==
          QStringLiteral("Call about the order data"));

    f.session->undoStack()->undo();
    CHECK(store.activities().find(id)->isOpen());
    CHECK(store.meetings().forProspect(prospect).empty());
    f.session->undoStack()->redo();
    CHECK_FALSE(store.activities().find(id)->isOpen());
    CHECK(store.meetings().forProspect(prospect).size() == 1);
}

TEST_CASE("a task marked done asks nothing; a call can be done without a log", "[gui][activities]")
{
    test::GuiFixture f;
    const core::Id prospect =
        f.addProspect(QStringLiteral("Wingtip Toys"), QStringLiteral("Tester"));
    const core::Id task =
        planCall(f, prospect, QStringLiteral("Send the agenda"), core::ActivityKind::Task);
    const core::Id call = planCall(f, prospect, QStringLiteral("Quick check-in"));
    gui::TodayPage* page = todayOf(f);
    page->reload();
    REQUIRE(selectActivity(page, task));
    const int asked = static_cast<int>(f.prompter.asked().size());
    page->markDone();
    CHECK(f.prompter.asked().size() == asked);
    CHECK_FALSE(f.session->store().activities().find(task)->isOpen());

    REQUIRE(selectActivity(page, call));
    f.prompter.push(1); // just mark it done
    page->markDone();
    CHECK_FALSE(f.session->store().activities().find(call)->isOpen());
    CHECK(f.session->store().meetings().forProspect(prospect).empty());
}

TEST_CASE("Reschedule → To tomorrow moves the day in place; undo moves it back",
          "[gui][activities]")
{
    test::GuiFixture f;
    const core::Id prospect = f.addProspect(QStringLiteral("Fabrikam"), QStringLiteral("Tester"));
    const core::Id id = planCall(f, prospect, QStringLiteral("Call the buyer"));
    gui::TodayPage* page = todayOf(f);
    page->reload();
    CHECK(childrenOf(page->model(), gui::AgendaModel::TodayGroup) == 1);
    REQUIRE(selectActivity(page, id));
    auto* button = page->findChild<QPushButton*>(QStringLiteral("todayRescheduleButton"));
    REQUIRE(button);
    REQUIRE(button->menu());
    auto* tomorrow =
        button->menu()->findChild<QAction*>(QStringLiteral("actionRescheduleTomorrow"));
    REQUIRE(tomorrow);
    tomorrow->trigger();
    const QDate today = service(f).today();
    CHECK(f.session->store().activities().find(id)->dueOn == today.addDays(1));
    CHECK(childrenOf(page->model(), gui::AgendaModel::TodayGroup) == 0);
    CHECK(childrenOf(page->model(), gui::AgendaModel::WeekGroup) == 1);
    f.session->undoStack()->undo();
    CHECK(f.session->store().activities().find(id)->dueOn == today);
}

TEST_CASE("a prospect with no next step gets one planned from Today", "[gui][activities]")
{
    test::GuiFixture f;
    const core::Id prospect = f.addProspect(QStringLiteral("Contoso"), QStringLiteral("Tester"));
    gui::TodayPage* page = todayOf(f);
    page->reload();
    gui::AgendaModel* model = page->model();
    REQUIRE(childrenOf(model, gui::AgendaModel::NoNextStepGroup) == 1);
    page->view()->setCurrentIndex(
        model->index(0, 0, model->groupIndex(gui::AgendaModel::NoNextStepGroup)));
    CHECK(page->currentProspectId() == prospect);

    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<gui::ActivityDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->accept(); // a title is missing: the form says so and stays
        CHECK(dialog->isVisible());
        dialog->findChild<QLineEdit*>(QStringLiteral("activityTitleEdit"))
            ->setText(QStringLiteral("Share the market research"));
        dialog->accept();
    });
    page->planForCurrent();
    const auto activities = f.session->store().activities().forProspect(prospect);
    REQUIRE(activities.size() == 1);
    CHECK(activities.front().title == QStringLiteral("Share the market research"));
    CHECK(activities.front().owner == QStringLiteral("Tester"));
    CHECK(childrenOf(model, gui::AgendaModel::NoNextStepGroup) == 0);
    CHECK(childrenOf(model, gui::AgendaModel::TodayGroup) == 1);
}

TEST_CASE("the Activities tab lists a prospect's activities and removes one with undo",
          "[gui][activities]")
{
    test::GuiFixture f;
    const core::Id prospect = f.addProspect(QStringLiteral("Litware"), QStringLiteral("Tester"));
    const core::Id id = planCall(f, prospect, QStringLiteral("Review the gap with them"),
                                 core::ActivityKind::ReviewGap);
    f.window->openProspect(prospect);
    auto* tab = f.window->detail()->findChild<gui::ActivitiesTab*>();
    REQUIRE(tab);
    QTabWidget* tabs = f.window->detail()->tabs();
    CHECK(tabs->tabText(tabs->indexOf(tab)) == QStringLiteral("&Activities"));
    tabs->setCurrentWidget(tab);
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(tab->model()->index(0, 3).data().toString() ==
          QStringLiteral("Review the gap with them"));
    CHECK(tab->model()->index(0, 0).data().toString() == QStringLiteral("Today"));

    tab->view()->setCurrentIndex(tab->model()->index(0, 0));
    f.prompter.push(true); // yes, remove
    tab->findChild<QPushButton*>(QStringLiteral("removeActivityButton"))->click();
    CHECK_FALSE(f.session->store().activities().find(id));
    CHECK(tab->model()->rowCount() == 0);
    f.session->undoStack()->undo();
    CHECK(f.session->store().activities().find(id));
    CHECK(tab->model()->rowCount() == 1);
}

TEST_CASE("a board card shows its next activity by icon and words, and sorts by it",
          "[gui][activities]")
{
    test::GuiFixture f;
    const core::Id later = f.addProspect(QStringLiteral("Adatum"), QStringLiteral("Tester"));
    const core::Id sooner = f.addProspect(QStringLiteral("Blue Yonder"), QStringLiteral("Tester"));
    const core::Id none = f.addProspect(QStringLiteral("Coho Winery"), QStringLiteral("Tester"));
    core::Activity a;
    a.prospectId = later;
    a.title = QStringLiteral("Send the summary");
    a.dueOn = service(f).today().addDays(3);
    REQUIRE(f.session->execute(gui::makePlanActivity(*f.session, a)));
    a.prospectId = sooner;
    a.title = QStringLiteral("Call the champion");
    a.dueOn = service(f).today().addDays(-2);
    REQUIRE(f.session->execute(gui::makePlanActivity(*f.session, a)));
    test::settle();

    gui::ProspectListModel* model = f.window->board()->columnModel(core::Stage::Informative);
    const QModelIndex overdue = model->indexOfId(sooner);
    REQUIRE(overdue.isValid());
    CHECK(overdue.data(gui::ProspectListModel::NextActivityTextRole)
              .toString()
              .startsWith(QStringLiteral("Overdue · Task: Call the champion")));
    CHECK(overdue.data(gui::ProspectListModel::NextActivityStateRole).toInt() ==
          static_cast<int>(core::ActivityState::Overdue));
    CHECK(model->indexOfId(none).data(gui::ProspectListModel::NextActivityTextRole).toString() ==
          QStringLiteral("No next step"));
    CHECK(overdue.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Overdue")));

    // View → Sort the board → By next activity: the overdue one first, none last.
    auto* byNext = f.window->findChild<QAction*>(QStringLiteral("actionBoardSortNextActivity"));
    REQUIRE(byNext);
    byNext->trigger();
    test::settle();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->idAt(0) == sooner);
    CHECK(model->idAt(1) == later);
    CHECK(model->idAt(2) == none);
}

TEST_CASE("an activity that falls due while Accord runs is announced once", "[gui][activities]")
{
    test::TempDir dir;
    auto store = test::GuiFixture::open(dir.path(QStringLiteral("p.sqlite")));
    // 9:00 on the user's clock: the notifier judges days and times in their zone.
    const QDateTime start = QDateTime(QDate(2026, 12, 2), QTime(9, 0)).toUTC();
    auto clock = std::make_unique<core::FixedClock>(start);
    core::FixedClock* time = clock.get();
    gui::Session session(std::move(store), std::move(clock));
    session.setUserName(QStringLiteral("Tester"));
    core::Prospect p;
    p.name = QStringLiteral("Proseware");
    p.owner = QStringLiteral("Tester");
    const core::Id prospect = session.service().addProspect(p);
    core::ActivityService activities(session.store(), session.clock());
    core::Activity a;
    a.prospectId = prospect;
    a.kind = core::ActivityKind::Call;
    a.title = QStringLiteral("Call at half past");
    a.dueOn = start.date();
    a.dueMinute = 9 * 60 + 30;
    activities.plan(a);

    gui::DueNotifier notifier(session);
    QStringList shown;
    QObject::connect(&notifier, &gui::DueNotifier::announced,
                     [&](const QString& title, const QString&) { shown << title; });
    time->advanceSeconds(20 * 60); // 9:20
    CHECK(notifier.check().empty());
    time->advanceSeconds(15 * 60); // 9:35: it fell due at 9:30
    const auto due = notifier.check();
    REQUIRE(due.size() == 1);
    CHECK(shown == QStringList{QStringLiteral("Due now: Proseware")});
    time->advanceSeconds(60);
    CHECK(notifier.check().empty()); // announced once
}

// `gui_tests "[screenshots]"` writes docs/screenshots/today.png and
// activities.png (or to $ACCORD_SCREENSHOT_DIR).
TEST_CASE("screenshots of the Today page and a prospect's activities", "[.][screenshots]")
{
    test::GuiFixture f(true);
    f.window->resize(1400, 850);
    const QString folder =
        qEnvironmentVariable("ACCORD_SCREENSHOT_DIR", QStringLiteral(ACCORD_SCREENSHOTS_DEFAULT));
    REQUIRE(QDir().mkpath(folder));
    gui::TodayPage* page = todayOf(f);
    test::settle();
    const QModelIndex first =
        page->model()->index(0, 0, page->model()->groupIndex(gui::AgendaModel::OverdueGroup));
    page->view()->setCurrentIndex(first);
    test::settle();
    CHECK(f.window->grab().save(QDir(folder).filePath(QStringLiteral("today.png"))));

    f.window->openProspect(page->model()->prospectAt(first));
    auto* tab = f.window->detail()->findChild<gui::ActivitiesTab*>();
    REQUIRE(tab);
    f.window->detail()->tabs()->setCurrentWidget(tab);
    tab->view()->setCurrentIndex(tab->model()->index(0, 0));
    test::settle();
    CHECK(f.window->grab().save(QDir(folder).filePath(QStringLiteral("activities.png"))));
}
