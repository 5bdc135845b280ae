// The menus, toolbar and shortcuts of the main window: every action lives in a
// menu; the common ones are on the toolbar too.

#include "MainWindow.h"

#include "ExportActions.h"
#include "ProspectActions.h"
#include "StoreLocator.h"
#include "dialogs/HelpDialogs.h"
#include "dialogs/SettingsDialog.h"
#include "views/BoardView.h"
#include "views/FilterBar.h"
#include "views/MeetingsPage.h"
#include "views/ProspectDetailView.h"
#include "views/ProspectTableView.h"
#include "views/TrashPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>

namespace accord::gui {

namespace {
QAction* add(QMenu* menu, const QString& text, const QKeySequence& key, const char* name)
{
    QAction* a = menu->addAction(text);
    a->setObjectName(QString::fromLatin1(name));
    if (!key.isEmpty())
        a->setShortcut(key);
    return a;
}

QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

void MainWindow::buildMenus()
{
    // File
    QMenu* file = menuBar()->addMenu(tr("&File"));
    connect(add(file, tr("&New database…"), {}, "actionNewDatabase"), &QAction::triggered, this,
            [this] { chooseDatabase(true); });
    connect(add(file, tr("&Open database…"), QKeySequence::Open, "actionOpenDatabase"),
            &QAction::triggered, this, [this] { chooseDatabase(false); });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    rebuildRecentMenu();
    if (m_locator->servers())
        connect(add(file, tr("&Connect to team server…"), {}, "actionConnectServer"),
                &QAction::triggered, this, &MainWindow::connectToServer);
    file->addSeparator();
    auto* exports = new ExportActions(*this, m_session, m_prompter, m_opener);
    exports->addToMenu(file);
    connect(exports, &ExportActions::openDatabaseRequested, this,
            [this](const QString& path) { openLocation(path); });
    file->addSeparator();
    connect(add(file, tr("&Quit"), QKeySequence::Quit, "actionQuit"), &QAction::triggered, this,
            &QWidget::close);

    // Edit
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_session.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_session.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = add(edit, tr("&Search…"), QKeySequence::Find, "actionSearch");
    find->setIcon(icon("search"));
    connect(find, &QAction::triggered, this, [this] { showSearch(); });
    connect(add(edit, tr("&Filter"), QKeySequence(Qt::CTRL | Qt::Key_L), "actionFilter"),
            &QAction::triggered, this, [this] { m_filterBar->textEdit()->setFocus(); });
    edit->addSeparator();
    connect(add(edit, tr("Se&ttings…"), QKeySequence::Preferences, "actionSettings"),
            &QAction::triggered, this, [this] {
                SettingsDialog dialog(m_session, this, &m_prompter);
                dialog.exec();
            });

    // View
    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, QWidget*>> pages = {{tr("&Board"), m_board},
                                                   {tr("&Prospects"), m_table},
                                                   {tr("&Meetings"), m_meetings},
                                                   {tr("&Trash"), m_trash}};
    int n = 1;
    for (const auto& [text, page] : pages) {
        QAction* a = view->addAction(text);
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + n++)));
        QWidget* target = page;
        connect(a, &QAction::triggered, this, [this, target] { showPage(target); });
    }
    view->addSeparator();
    connect(add(view, tr("&Refresh"), QKeySequence::Refresh, "actionRefresh"), &QAction::triggered,
            &m_session, &Session::notifyChanged);

    // Prospect
    QMenu* prospect = menuBar()->addMenu(tr("&Prospect"));
    QAction* create = add(prospect, tr("&New prospect…"), QKeySequence::New, "actionNewProspect");
    create->setIcon(icon("add"));
    connect(create, &QAction::triggered, m_actions, &ProspectActions::newProspect);
    QAction* log =
        add(prospect, tr("&Log meeting…"), QKeySequence(Qt::CTRL | Qt::Key_M), "actionLogMeeting");
    log->setIcon(icon("log-meeting"));
    log->setShortcutContext(Qt::ApplicationShortcut);
    connect(log, &QAction::triggered, this, [this] { m_actions->logMeeting(currentProspectId()); });
    QAction* open = add(prospect, tr("&Open"), {}, "actionOpenProspect");
    connect(open, &QAction::triggered, this, [this] { openProspect(currentProspectId()); });
    prospect->addSeparator();
    QAction* advance = add(prospect, tr("&Advance"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), "actionAdvance");
    connect(advance, &QAction::triggered, this,
            [this] { m_actions->advance(currentProspectId()); });
    QAction* back = add(prospect, tr("Move &back"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), "actionMoveBack");
    connect(back, &QAction::triggered, this, [this] { m_actions->moveBack(currentProspectId()); });
    m_advanceAction = advance;
    m_moveBackAction = back;
    QMenu* status = prospect->addMenu(tr("&Status"));
    status->setObjectName(QStringLiteral("menuStatus"));
    for (auto s : {core::Status::Active, core::Status::OnHold, core::Status::Lost}) {
        QAction* a = status->addAction(core::statusName(s));
        connect(a, &QAction::triggered, this,
                [this, s] { m_actions->requestStatus(currentProspectId(), s); });
    }
    prospect->addSeparator();
    QAction* del = add(prospect, tr("&Delete"), QKeySequence::Delete, "actionDelete");
    connect(del, &QAction::triggered, this, [this] {
        if (currentPage() == m_table)
            m_actions->moveToTrash(m_table->selectedProspectIds());
        else if (currentPage() == m_trash)
            m_trash->purgeSelected();
        else
            m_actions->moveToTrash({currentProspectId()});
    });
    QAction* restore = add(prospect, tr("&Restore from trash"), {}, "actionRestore");
    connect(restore, &QAction::triggered, m_trash, &TrashPage::restoreSelected);

    // A board card's context menu: the same actions, on the card it selects.
    m_board->setCardActions({open, log, exports->summaryAction(), nullptr, advance, back,
                             status->menuAction(), nullptr, del});

    // Advance and Move back are offered only where the prospect can go that way.
    connect(m_board, &BoardView::currentChanged, this, &MainWindow::updateProspectActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateProspectActions);
    connect(m_detail, &ProspectDetailView::prospectChanged, this,
            &MainWindow::updateProspectActions);
    connect(m_meetings, &MeetingsPage::currentChanged, this, &MainWindow::updateProspectActions);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateProspectActions);
    connect(&m_session, &Session::storeChanged, this, &MainWindow::updateProspectActions);
    updateProspectActions();

    // Help
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    connect(add(help, tr("&User Guide"), QKeySequence::HelpContents, "actionUserGuide"),
            &QAction::triggered, this, [this] { showUserGuide(); });
    connect(add(help, tr("&Keyboard Shortcuts"), {}, "actionShortcuts"), &QAction::triggered, this,
            [this] {
                ShortcutsDialog dialog(*this, this);
                dialog.exec();
            });
    help->addSeparator();
    connect(add(help, tr("&About Accord"), {}, "actionAbout"), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Accord"),
                           tr("<b>Accord</b> %1<br>A partnership-pipeline tracker.")
                               .arg(QApplication::applicationVersion()));
    });
    connect(add(help, tr("About &Qt"), {}, "actionAboutQt"), &QAction::triggered, this,
            [this] { QMessageBox::aboutQt(this); });

    // Toolbar: the common actions and the filter bar.
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(create);
    bar->addAction(log);
    bar->addSeparator();
    bar->addWidget(m_filterBar);
    bar->addSeparator();
    bar->addAction(find);
}

} // namespace accord::gui
