// The board, the gate dialog, undo and the external-change refresh, driven
// through the real widgets.

#include "ExportActions.h"
#include "GuiTestSupport.h"
#include "ProspectActions.h"
#include "commands/Commands.h"
#include "dialogs/GateDialog.h"
#include "models/HistoryModel.h"
#include "models/ProspectListModel.h"
#include "storage/SqliteStore.h"
#include "views/BoardView.h"
#include "views/ProspectDetailView.h"
#include "views/ProspectTableView.h"
#include "views/TrashPage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace accord;
using gui::ProspectListModel;

namespace {
QStringList names(const QAbstractItemModel* model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, 0).data().toString();
    return out;
}

QAction* action(gui::MainWindow& w, const char* name)
{
    auto* a = w.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(a);
    return a;
}

/// Drops prospect `id` on the board column of `stage`, as a drag would.
void dropOn(gui::BoardView* board, core::Stage stage, core::Id id)
{
    QMimeData mime;
    mime.setData(QString::fromLatin1(ProspectListModel::kMimeType), QByteArray::number(id));
    board->columnModel(stage)->dropMimeData(&mime, Qt::MoveAction, -1, 0, {});
}
} // namespace

TEST_CASE("typing in the filter box narrows the board as you type", "[gui]")
{
    test::GuiFixture f;
    f.addProspect(QStringLiteral("Northwind Traders"));
    f.addProspect(QStringLiteral("Contoso Retail"));
    f.addProspect(QStringLiteral("Northern Lights Co"));
    auto* column = f.window->board()->columnModel(core::Stage::Informative);
    REQUIRE(column->rowCount() == 3);
    CHECK(f.window->board()->headerText(core::Stage::Informative).startsWith(QLatin1String("3")));

    auto* edit = f.window->findChild<QLineEdit*>(QStringLiteral("filterText"));
    REQUIRE(edit);
    QTest::keyClicks(edit, QStringLiteral("North"));
    CHECK(column->rowCount() == 2);
    QTest::keyClicks(edit, QStringLiteral("w"));
    CHECK(names(column) == QStringList{QStringLiteral("Northwind Traders")});
    CHECK(f.window->board()->headerText(core::Stage::Informative).startsWith(QLatin1String("1")));
    // The hidden table is not queried on every keystroke; it takes the same
    // filter when it is shown, and then follows the typing while the board waits.
    auto* table = f.window->prospectTable()->prospectModel();
    CHECK(table->rowCount() == 3);
    f.window->showPage(f.window->prospectTable());
    CHECK(table->rowCount() == 1);
    edit->clear();
    CHECK(table->rowCount() == 3);
    CHECK(column->rowCount() == 1);
    f.window->showPage(f.window->board());
    CHECK(column->rowCount() == 3);
}

TEST_CASE("dropping a card past an unmet gate asks for a reason; the move is an override", "[gui]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(QStringLiteral("Litware"));
    REQUIRE_FALSE(f.session->service().currentGate(id).allMet());

    dropOn(f.window->board(), core::Stage::Consulting, id);
    test::settle();
    auto* dialog = f.window->findChild<gui::GateDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    auto* unmet = dialog->findChild<QWidget*>(QStringLiteral("unmetList"));
    CHECK(unmet);
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
    REQUIRE(ok);
    CHECK_FALSE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton); // refused: nothing happens without a reason
    CHECK(dialog->isVisible());
    CHECK(f.prospect(id).stage == core::Stage::Informative);

    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")),
                     QStringLiteral("Their CFO asked to skip ahead"));
    CHECK(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    test::settle();
    CHECK(f.prospect(id).stage == core::Stage::Consulting);
    CHECK(f.window->board()->columnModel(core::Stage::Consulting)->indexOfId(id).isValid());
    CHECK_FALSE(f.window->board()->columnModel(core::Stage::Informative)->indexOfId(id).isValid());

    // The history, as the History tab shows it, marks the override with the reason.
    f.window->openProspect(id);
    gui::HistoryModel* history = f.window->detail()->historyModel();
    bool shown = false;
    for (int r = 0; r < history->rowCount(); ++r)
        shown = shown || history->index(r, 0).data(gui::HistoryModel::OverrideRole).toBool();
    CHECK(shown);
    CHECK(history->index(0, gui::HistoryModel::ChangeColumn)
              .data()
              .toString()
              .contains(QStringLiteral("gate override")));
    const auto changes = f.session->store().prospects().history(id);
    bool found = false;
    for (const auto& c : changes)
        if (c.toStage == core::Stage::Consulting) {
            found = true;
            CHECK(c.gateOverride);
            CHECK(c.reason == QStringLiteral("Their CFO asked to skip ahead"));
            CHECK(c.by == QStringLiteral("Tester"));
        }
    CHECK(found);
}

TEST_CASE("cancelling the gate dialog leaves the card where it was", "[gui]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(QStringLiteral("Fabrikam"));
    f.window->board()->selectProspect(id);
    // The keyboard does the same as a drop: Ctrl+Shift+Right advances.
    QTest::keyClick(f.window->board()->columnView(core::Stage::Informative), Qt::Key_Right,
                    Qt::ControlModifier | Qt::ShiftModifier);
    test::settle();
    auto* dialog = f.window->findChild<gui::GateDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->target() == core::Stage::Consulting);
    dialog->reject();
    test::settle();
    CHECK(f.prospect(id).stage == core::Stage::Informative);
    CHECK(f.session->undoStack()->count() == 0);
}

TEST_CASE("undo of a stage move moves the card back and drops the history entry", "[gui]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(QStringLiteral("Tailspin"));
    const size_t before = f.session->store().prospects().history(id).size();
    dropOn(f.window->board(), core::Stage::Consulting, id);
    test::settle();
    auto* dialog = f.window->findChild<gui::GateDialog*>();
    REQUIRE(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")),
                     QStringLiteral("Pilot agreed"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    test::settle();
    REQUIRE(f.prospect(id).stage == core::Stage::Consulting);
    REQUIRE(f.session->store().prospects().history(id).size() == before + 1);

    action(*f.window, "actionUndo")->trigger();
    CHECK(f.prospect(id).stage == core::Stage::Informative);
    CHECK(f.session->store().prospects().history(id).size() == before);
    CHECK(f.window->board()->columnModel(core::Stage::Informative)->indexOfId(id).isValid());

    action(*f.window, "actionRedo")->trigger();
    CHECK(f.prospect(id).stage == core::Stage::Consulting);
    CHECK(f.session->store().prospects().history(id).size() == before + 1);
}

TEST_CASE("delete moves prospects to the trash; undo restores them", "[gui]")
{
    test::GuiFixture f;
    const core::Id a = f.addProspect(QStringLiteral("Adatum"));
    const core::Id b = f.addProspect(QStringLiteral("Bellows"));
    f.window->showPage(f.window->prospectTable());
    auto* table = f.window->prospectTable();
    table->selectionModel()->select(table->prospectModel()->indexOfId(a),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setFocus();
    action(*f.window, "actionDelete")->trigger();
    CHECK(f.prospect(a).deletedAt.isValid());
    CHECK_FALSE(f.prospect(b).deletedAt.isValid());
    CHECK_FALSE(table->prospectModel()->indexOfId(a).isValid());
    CHECK(f.window->trashPage()->table()->prospectModel()->indexOfId(a).isValid());

    action(*f.window, "actionUndo")->trigger();
    CHECK_FALSE(f.prospect(a).deletedAt.isValid());
    CHECK(table->prospectModel()->indexOfId(a).isValid());
    CHECK_FALSE(f.window->trashPage()->table()->prospectModel()->indexOfId(a).isValid());
}

TEST_CASE("restore from the trash page brings a prospect back to the board", "[gui]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(QStringLiteral("Woodgrove"));
    f.window->actions()->moveToTrash({id});
    auto* trash = f.window->trashPage()->table();
    REQUIRE(trash->prospectModel()->indexOfId(id).isValid());
    trash->selectionModel()->select(trash->prospectModel()->indexOfId(id),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(
        f.window->trashPage()->findChild<QPushButton*>(QStringLiteral("restoreButton")),
        Qt::LeftButton);
    CHECK_FALSE(f.prospect(id).deletedAt.isValid());
    CHECK(f.window->board()->columnModel(core::Stage::Informative)->indexOfId(id).isValid());
}

TEST_CASE("a prospect added by another connection shows on the board within two seconds", "[gui]")
{
    test::GuiFixture f;
    auto other = test::GuiFixture::open(f.path);
    core::Prospect p;
    p.name = QStringLiteral("Written elsewhere");
    p.owner = QStringLiteral("Ravi");
    p.createdAt = p.updatedAt = p.stageEnteredAt = QDateTime::currentDateTimeUtc();
    const core::Id id = other->prospects().add(p);
    auto* column = f.window->board()->columnModel(core::Stage::Informative);
    CHECK_FALSE(column->indexOfId(id).isValid());
    CHECK(QTest::qWaitFor([&] { return column->indexOfId(id).isValid(); }, 2000));
}

TEST_CASE("right-clicking a board card selects it and offers the prospect actions", "[gui][board]")
{
    test::GuiFixture f;
    const core::Id northwind = f.addProspect(QStringLiteral("Northwind Traders"));
    const core::Id contoso = f.addProspect(QStringLiteral("Contoso Retail"));
    gui::BoardView* board = f.window->board();
    f.window->showPage(board);
    board->selectProspect(northwind);
    QListView* view = board->columnView(core::Stage::Informative);
    const QModelIndex card = board->columnModel(core::Stage::Informative)->indexOfId(contoso);
    REQUIRE(card.isValid());
    const QPoint onCard = view->visualRect(card).center();

    std::unique_ptr<QMenu> menu(board->cardMenu(core::Stage::Informative, onCard));
    REQUIRE(menu);
    CHECK(board->currentProspectId() == contoso);
    CHECK(f.window->currentProspectId() == contoso);
    QStringList names;
    for (QAction* a : menu->actions())
        names << (a->isSeparator() ? QStringLiteral("-") : a->objectName());
    CHECK(names == QStringList{QStringLiteral("actionOpenProspect"),
                               QStringLiteral("actionLogMeeting"),
                               QStringLiteral("actionExportSummary"), QStringLiteral("-"),
                               QStringLiteral("actionAdvance"), QStringLiteral("actionMoveBack"),
                               QString(), QStringLiteral("-"), QStringLiteral("actionDelete")});
    // The same QActions as the menu bar's, the status submenu included.
    CHECK(menu->actions().at(2) == f.window->findChild<gui::ExportActions*>()->summaryAction());
    QMenu* status = menu->actions().at(6)->menu();
    REQUIRE(status);
    CHECK(status->objectName() == QStringLiteral("menuStatus"));

    // Its Export summary… writes the right-clicked card's summary.
    const QString path = f.dir.path(QStringLiteral("contoso.md"));
    f.prompter.push(path);
    menu->actions().at(2)->trigger();
    test::settle();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString summary = QString::fromUtf8(file.readAll());
    CHECK(summary.contains(QStringLiteral("Contoso Retail")));
    CHECK_FALSE(summary.contains(QStringLiteral("Northwind")));

    // Off the cards there is no menu.
    CHECK(board->cardMenu(core::Stage::Consulting, QPoint(5, 5)) == nullptr);
}

TEST_CASE("a context-menu event on a board card, from the mouse or the keyboard, pops up its "
          "menu without blocking",
          "[gui][board]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(QStringLiteral("Northwind Traders"));
    gui::BoardView* board = f.window->board();
    f.window->showPage(board);
    QListView* view = board->columnView(core::Stage::Informative);
    const QPoint pos =
        view->visualRect(board->columnModel(core::Stage::Informative)->indexOfId(id)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &event);
    test::settle();
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    REQUIRE(menu);
    CHECK(menu->objectName() == QStringLiteral("boardCardMenu"));
    CHECK(board->currentProspectId() == id);
    bool hasSummary = false;
    for (QAction* a : menu->actions())
        hasSummary = hasSummary || a->objectName() == QStringLiteral("actionExportSummary");
    CHECK(hasSummary);
    menu->close();
    test::settle();
    REQUIRE(QApplication::activePopupWidget() == nullptr);

    // From the keyboard (the Menu key, Shift+F10) Qt sends the event to the
    // list itself, at the current card.
    QContextMenuEvent key(QContextMenuEvent::Keyboard, pos, view->mapToGlobal(pos));
    QApplication::sendEvent(view, &key);
    test::settle();
    menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    REQUIRE(menu);
    CHECK(menu->objectName() == QStringLiteral("boardCardMenu"));
    menu->close();
    test::settle();
}

TEST_CASE("a database opened read-only shows a banner and its board, and refuses edits", "[gui]")
{
    test::GuiFixture writable;
    auto* banner = writable.window->findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());
    writable.addProspect(QStringLiteral("Northwind Traders"));
    const QString path = writable.path;
    writable.window.reset();
    writable.session.reset();

    auto store = storage::openStore(path, {true, nullptr});
    REQUIRE(store->isReadOnly());
    gui::Session session(std::move(store));
    gui::QueuePrompter prompter;
    gui::MainWindow window(session, prompter, &test::GuiFixture::open);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(window.board());
    banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Read-only")));
    CHECK(window.board()->columnModel(core::Stage::Informative)->rowCount() == 1);

    core::Prospect p;
    p.name = QStringLiteral("Contoso");
    CHECK_FALSE(session.execute(std::make_unique<gui::AddProspectCommand>(session, p)));
    test::settle();
    CHECK(window.board()->columnModel(core::Stage::Informative)->rowCount() == 1);
    // The refusal is said in a sentence, not a crash.
    REQUIRE_FALSE(prompter.asked().isEmpty());
    INFO(prompter.asked().join(u'\n').toStdString());
    CHECK(prompter.asked().last().contains(QStringLiteral("read-only")));

    const QString folder = qEnvironmentVariable("ACCORD_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        window.grab().save(QDir(folder).filePath(QStringLiteral("read-only.png")));
}

TEST_CASE("delete permanently skips a prospect a colleague restored meanwhile, and says so",
          "[gui][trash]")
{
    test::GuiFixture f;
    const core::Id kept = f.addProspect(QStringLiteral("Fairhaven Foods"));
    const core::Id gone = f.addProspect(QStringLiteral("Woodgrove"));
    f.window->actions()->moveToTrash({kept, gone});
    auto* trash = f.window->trashPage()->table();
    REQUIRE(trash->prospectModel()->indexOfId(kept).isValid());
    for (core::Id id : {kept, gone})
        trash->selectionModel()->select(trash->prospectModel()->indexOfId(id),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // A colleague restores one of them from another process before the click.
    test::GuiFixture::open(f.path)->prospects().restoreFromTrash(kept);
    f.prompter.push(true); // "Delete 2 prospects … permanently?"
    QTest::mouseClick(f.window->trashPage()->findChild<QPushButton*>(QStringLiteral("purgeButton")),
                      Qt::LeftButton);
    const auto restored = f.session->store().prospects().find(kept);
    REQUIRE(restored.has_value());
    CHECK_FALSE(restored->deletedAt.isValid());
    CHECK_FALSE(f.session->store().prospects().find(gone).has_value());
    REQUIRE_FALSE(f.prompter.asked().isEmpty());
    CHECK(f.prompter.asked().last() ==
          QStringLiteral("Delete permanently: Fairhaven Foods was not deleted: it is no longer in "
                         "the trash (someone restored it meanwhile)."));
}
