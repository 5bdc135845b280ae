// The prospect detail, the Log meeting dialog, contacts, field edits and search.

#include "GuiTestSupport.h"
#include "ProspectActions.h"
#include "commands/Commands.h"
#include "delegates/LinesDelegate.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/DialogParts.h"
#include "dialogs/LogMeetingDialog.h"
#include "dialogs/SearchDialog.h"
#include "models/ContactModel.h"
#include "models/MeetingListModel.h"
#include "models/SearchResultModel.h"
#include "views/BoardView.h"
#include "views/MeetingTimeline.h"
#include "views/OverviewTab.h"
#include "views/ProspectDetailView.h"
#include "views/StepIndicator.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>

using namespace accord;

namespace {
gui::LogMeetingDialog* openLogDialog(test::GuiFixture& f)
{
    QTest::keyClick(f.window.get(), Qt::Key_M, Qt::ControlModifier);
    test::settle();
    auto* dialog = f.window->findChild<gui::LogMeetingDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}
} // namespace

TEST_CASE("a meeting logged through the dialog appears at the top of the timeline", "[gui]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(QStringLiteral("Northwind Traders"));
    core::Contact c;
    c.prospectId = id;
    c.name = QStringLiteral("Ana Ruiz");
    f.session->store().prospects().addContact(c);
    f.window->openProspect(id);
    auto* timeline = f.window->detail()->timeline();
    QAbstractItemModelTester tester(timeline->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(timeline->model()->rowCount() == 0);

    auto* dialog = openLogDialog(f); // Ctrl+M on the detail page: this prospect
    CHECK(child<QLineEdit>(dialog, "prospectEdit")->text() == QStringLiteral("Northwind Traders"));
    auto* attendees = child<QListWidget>(dialog, "attendeesList");
    REQUIRE(attendees->count() == 1);
    attendees->item(0)->setCheckState(Qt::Checked);
    QTest::keyClicks(child<QLineEdit>(dialog, "summaryEdit"),
                     QStringLiteral("Walked through the benchmark"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "learnedEdit"),
                     QStringLiteral("They track abandoned carts"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    test::settle();

    REQUIRE(timeline->model()->rowCount() == 1);
    const QModelIndex top = timeline->model()->index(0, 0);
    CHECK(top.data(gui::MeetingListModel::SummaryRole).toString() ==
          QStringLiteral("Walked through the benchmark"));
    const auto meetings = f.session->store().meetings().forProspect(id);
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0].attendees == QStringLiteral("Ana Ruiz"));
    CHECK(meetings[0].learned == QStringLiteral("They track abandoned carts"));
    CHECK(meetings[0].loggedBy == QStringLiteral("Tester"));

    // Undo takes it away again.
    f.session->undoStack()->undo();
    CHECK(timeline->model()->rowCount() == 0);
}

TEST_CASE("the log meeting dialog finds prospects as you type and explains what is missing",
          "[gui]")
{
    test::GuiFixture f;
    f.addProspect(QStringLiteral("Contoso Retail"));
    f.addProspect(QStringLiteral("Fabrikam"));
    f.window->showPage(f.window->board());
    auto* dialog = openLogDialog(f);
    auto* picker = child<QLineEdit>(dialog, "prospectEdit");
    CHECK(picker->text().isEmpty());

    auto* error = child<QLabel>(dialog, "errorLabel");
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("prospect")));

    QTest::keyClicks(picker, QStringLiteral("cont"));
    QStringList offered;
    QAbstractItemModel* completions = picker->completer()->model();
    for (int r = 0; r < completions->rowCount(); ++r)
        offered << completions->index(r, 0).data().toString();
    CHECK(offered == QStringList{QStringLiteral("Contoso Retail")});

    picker->setText(QStringLiteral("Nobody Inc"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(error->text().contains(QStringLiteral("Nobody Inc")));
    CHECK(f.session->store().meetings().count() == 0);
    dialog->reject();
}

TEST_CASE("editing a profile field is one undoable step", "[gui]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(QStringLiteral("Adventure Works"));
    f.window->openProspect(id);
    auto* overview = f.window->detail()->overview();
    auto* industry = child<QLineEdit>(overview, "industryEdit");
    industry->setFocus();
    industry->selectAll();
    QTest::keyClicks(industry, QStringLiteral("Outdoor"));
    QTest::keyClick(industry, Qt::Key_Return);
    CHECK(f.prospect(id).industry == QStringLiteral("Outdoor"));
    REQUIRE(f.session->undoStack()->count() == 1);
    f.session->undoStack()->undo();
    CHECK(f.prospect(id).industry == QStringLiteral("Retail"));
    CHECK(industry->text() == QStringLiteral("Retail"));
}

TEST_CASE("contacts can be added and removed, and removal undone", "[gui]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(QStringLiteral("Proseware"));
    f.window->openProspect(id);
    auto* overview = f.window->detail()->overview();
    auto* model = overview->contactModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::Contact c;
    c.prospectId = id;
    c.name = QStringLiteral("Li Wei");
    c.role = core::ContactRole::Executive;
    f.session->execute(gui::makeAddContact(*f.session, c));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, gui::ContactModel::RoleColumn).data().toString() ==
          core::contactRoleName(core::ContactRole::Executive));
    auto* view = child<QAbstractItemView>(overview, "contactsView");
    view->setCurrentIndex(model->index(0, 0));
    QTest::mouseClick(child<QPushButton>(overview, "removeContactButton"), Qt::LeftButton);
    CHECK(model->rowCount() == 0);
    f.session->undoStack()->undo();
    CHECK(model->rowCount() == 1);
}

TEST_CASE("the detail header shows the three steps with gate progress", "[gui]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(QStringLiteral("Lucerne"));
    f.window->openProspect(id);
    auto* steps = f.window->detail()->stepIndicator();
    CHECK(steps->current() == core::Stage::Informative);
    CHECK(steps->focusPolicy() == Qt::StrongFocus);
    CHECK(steps->accessibleName().contains(core::stageName(core::Stage::Informative)));
    const auto gate = f.session->service().gate(id, core::Stage::Informative);
    CHECK(steps->accessibleDescription().contains(
        QStringLiteral("%1 of %2").arg(gate.metCount()).arg(gate.total())));
    // Tabs: Overview, Meetings, Activities, the three stage workspaces, Files,
    // History; a workspace goes before History.
    auto* tabs = f.window->detail()->tabs();
    REQUIRE(tabs->count() == 8);
    CHECK(tabs->tabText(2) == QObject::tr("&Activities"));
    CHECK(tabs->tabText(6) == QObject::tr("Fi&les"));
    CHECK(tabs->tabText(7) == QObject::tr("&History"));
    const int at = f.window->detail()->addWorkspaceTab(new QWidget, QStringLiteral("Extra"));
    CHECK(at == 7);
    CHECK(tabs->tabText(8) == QObject::tr("&History"));
}

TEST_CASE("global search jumps to the prospect of a hit", "[gui]")
{
    test::GuiFixture f;
    f.addProspect(QStringLiteral("Blue Yonder Airlines"));
    const core::Id id = f.addProspect(QStringLiteral("Wingtip Toys"));
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    test::settle();
    auto* search = f.window->findChild<gui::SearchDialog*>();
    REQUIRE(search);
    QTest::keyClicks(search->searchEdit(), QStringLiteral("Wingtip"));
    search->runSearch();
    REQUIRE(search->findChild<gui::SearchResultModel*>()->hitCount() >= 1);
    QTest::keyClick(search->searchEdit(), Qt::Key_Return);
    CHECK(f.window->currentPage() == f.window->detail());
    CHECK(f.window->detail()->prospectId() == id);
}

TEST_CASE("a date behind a check box can be set only while the box is ticked", "[gui]")
{
    QWidget parent;
    const gui::OptionalDate due = gui::optionalDate(
        QStringLiteral("Due"), QStringLiteral("hasDueCheck"), QStringLiteral("dueEdit"), &parent);
    CHECK(due.check->objectName() == QStringLiteral("hasDueCheck"));
    CHECK(due.date->objectName() == QStringLiteral("dueEdit"));
    CHECK(due.row->indexOf(due.check) == 0);
    CHECK(due.row->indexOf(due.date) == 1);
    CHECK_FALSE(due.date->isEnabled());
    due.check->setChecked(true);
    CHECK(due.date->isEnabled());
    due.check->setChecked(false);
    CHECK_FALSE(due.date->isEnabled());
}

TEST_CASE("the contact form stays open on a bad email and closes once it is fixed", "[gui]")
{
    core::Contact c;
    c.prospectId = 1;
    gui::ContactDialog dialog(c);
    dialog.findChild<QLineEdit*>(QStringLiteral("contactNameEdit"))->setText(QStringLiteral("Ada"));
    dialog.findChild<QLineEdit*>(QStringLiteral("contactEmailEdit"))
        ->setText(QStringLiteral("not an address"));
    dialog.show();
    dialog.accept();
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    REQUIRE(error);
    CHECK(dialog.isVisible());
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("mail"), Qt::CaseInsensitive));
    dialog.findChild<QLineEdit*>(QStringLiteral("contactEmailEdit"))
        ->setText(QStringLiteral("ada@example.com"));
    CHECK_FALSE(error->isVisible()); // the line follows the edit
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.contact().email == QStringLiteral("ada@example.com"));
}

TEST_CASE("a lines delegate is as tall as its lines and runs its painter once per item", "[gui]")
{
    int painted = 0;
    gui::LinesDelegate delegate(
        240, 3, 20,
        [&painted](QPainter*, const QStyleOptionViewItem&, const QModelIndex&) { ++painted; },
        nullptr);
    QStyleOptionViewItem option;
    option.font = QFont();
    const QSize size = delegate.sizeHint(option, {});
    CHECK(size.width() == 240);
    CHECK(size.height() == 3 * QFontMetrics(option.font).lineSpacing() + 20);
    QImage image(240, size.height(), QImage::Format_ARGB32);
    QPainter painter(&image);
    option.rect = image.rect();
    delegate.paint(&painter, option, {});
    CHECK(painted == 1);
    CHECK(painter.renderHints().testFlag(QPainter::Antialiasing) == false); // restored
}
