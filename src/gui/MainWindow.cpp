#include "MainWindow.h"
#include "Theme.h"

#include "DueNotifier.h"
#include "Log.h"
#include "Prompter.h"
#include "ProspectActions.h"
#include "ReadError.h"
#include "StoreLocator.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/HelpDialogs.h"
#include "dialogs/SearchDialog.h"
#include "models/ProspectListModel.h"
#include "views/ActivitiesTab.h"
#include "views/AttachmentsTab.h"
#include "views/BoardView.h"
#include "views/FilterBar.h"
#include "views/MeetingsPage.h"
#include "views/ProspectDetailView.h"
#include "views/ProspectTableView.h"
#include "views/ReadErrorBanner.h"
#include "views/TextLabel.h"
#include "views/TodayPage.h"
#include "views/TrashPage.h"
#include "views/Workspaces.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

static void initAccordResources()
{
    Q_INIT_RESOURCE(accord);
}

namespace accord::gui {

namespace {
// How long after start-up the window waits before loading ahead for the filter.
constexpr int kWarmUpDelayMs = 300;
// How long the status bar's counts wait for a burst of changes to end.
constexpr int kStatusDelayMs = 250;

QIcon icon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

MainWindow::MainWindow(Session& session, Prompter& prompter, Session::StoreOpener opener,
                       QWidget* parent)
    : MainWindow(session, prompter, std::make_unique<StoreLocator>(std::move(opener)), nullptr,
                 parent)
{}

MainWindow::MainWindow(Session& session, Prompter& prompter, StoreLocator& locator, QWidget* parent)
    : MainWindow(session, prompter, nullptr, &locator, parent)
{}

MainWindow::MainWindow(Session& session, Prompter& prompter,
                       std::unique_ptr<StoreLocator> ownLocator, StoreLocator* locator,
                       QWidget* parent)
    : QMainWindow(parent), m_session(session), m_prompter(prompter),
      m_ownLocator(std::move(ownLocator)), m_locator(locator ? locator : m_ownLocator.get()),
      m_opener(m_locator->opener())
{
    initAccordResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("accord"));
    m_actions = new ProspectActions(session, prompter, this);

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    m_nav->setMaximumWidth(180);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({150, 1250});
    // A file opened read-only (not writable, or opened so) says so above everything.
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setMargin(8);
    theme::toneBanner(m_readOnlyBanner, theme::Tone::Warning);
    m_readOnlyBanner->setText(
        tr("<b>Read-only.</b> This database cannot be written (the file or its folder is "
           "read-only), so Accord shows it without saving changes. To work on it, copy it "
           "somewhere writable or fix its permissions, then open it again."));
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(new ReadErrorBanner(session, this));
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_filterBar = new FilterBar(session, this);
    m_board = new BoardView(session, this);
    m_board->setSort(static_cast<core::ProspectSort>(
        QSettings()
            .value(QStringLiteral("board/sort"), static_cast<int>(core::ProspectSort::Updated))
            .toInt()));
    m_table = new ProspectTableView(session, QStringLiteral("prospects/header"), this);
    m_table->setObjectName(QStringLiteral("prospectsTable"));
    m_table->setAccessibleName(tr("Prospects"));
    m_meetings = new MeetingsPage(session, this);
    m_trash = new TrashPage(session, prompter, this);
    m_detail = new ProspectDetailView(session, this);
    addMethodWorkspaces(*m_detail, session);
    // A prospect's planned activities, next to its meetings.
    auto* activities = new ActivitiesTab(session, prompter, m_detail->tabs());
    m_detail->tabs()->insertTab(2, activities, tr("&Activities"));
    connect(m_detail, &ProspectDetailView::prospectChanged, activities,
            &ActivitiesTab::setProspect);
    m_today = new TodayPage(session, prompter, this);
    connect(m_today, &TodayPage::openRequested, this, [this](core::Id id) { openProspect(id); });
    connect(m_today, &TodayPage::currentChanged, this, &MainWindow::updateProspectActions);
    // A desktop notification when an activity falls due while Accord runs.
    auto* notifier = new DueNotifier(session, this);
    connect(notifier, &DueNotifier::openRequested, this, [this](core::Id id) {
        showNormal();
        raise();
        activateWindow();
        openProspect(id);
    });
    connect(notifier, &DueNotifier::announced, this,
            [this](const QString& title) { statusBar()->showMessage(title, 15'000); });
    auto* files = new AttachmentsTab(session, prompter, m_detail->tabs());
    m_detail->addWorkspaceTab(files, tr("Fi&les"));
    connect(m_detail, &ProspectDetailView::prospectChanged, files, &AttachmentsTab::setProspect);
    // Only the page in view reads its rows (syncFilter, at the end): the board.
    m_boardFilterStale = true;
    m_tableFilterStale = true;
    m_meetingsFilterStale = true;

    // The day's agenda first: what a rep opens Accord for in the morning.
    addPage(tr("Today"), m_today, icon("today"));
    addPage(tr("Board"), m_board, icon("board"));
    addPage(tr("Prospects"), m_table, icon("prospects"));
    addPage(tr("Meetings"), m_meetings, icon("meetings"));
    m_navPages << m_trash; // always last: addPage() inserts before it
    m_stack->addWidget(m_trash);
    new QListWidgetItem(icon("trash"), tr("Trash"), m_nav);
    m_stack->addWidget(m_detail);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_navPages.size())
            m_stack->setCurrentWidget(m_navPages[row]);
    });
    connect(m_filterBar, &FilterBar::filterChanged, this, [this] {
        m_boardFilterStale = true;
        m_tableFilterStale = true;
        m_meetingsFilterStale = true;
        syncFilter();
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::syncFilter);
    connect(m_board, &BoardView::moveRequested, m_actions, &ProspectActions::requestMove);
    connect(m_board, &BoardView::openRequested, this, [this](core::Id id) { openProspect(id); });
    connect(m_table, &ProspectTableView::openRequested, this,
            [this](core::Id id) { openProspect(id); });
    connect(m_meetings, &MeetingsPage::openRequested, this, &MainWindow::openProspect);
    connect(m_detail, &ProspectDetailView::backRequested, this, [this] {
        showPage(m_previousPage && m_previousPage != m_detail ? m_previousPage : m_board);
    });
    connect(m_detail, &ProspectDetailView::editMeetingRequested, m_actions,
            &ProspectActions::editMeeting);
    connect(m_actions, &ProspectActions::prospectCreated, this,
            [this](core::Id id) { openProspect(id); });
    // The counts follow edits a moment later, once per burst of changes.
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(kStatusDelayMs);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::storeChanged, m_statusTimer, qOverload<>(&QTimer::start));
    connect(&m_session, &Session::storeReplaced, this, [this] {
        showPage(m_board);
        m_readOnlyBanner->setVisible(m_session.store().isReadOnly());
        showLocation();
    });
    m_readOnlyBanner->setVisible(m_session.store().isReadOnly());
    connect(&m_session, &Session::commandFailed, this, &MainWindow::showError);

    m_pathLabel = new ElidedLabel(this, Qt::ElideMiddle);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    buildMenus();
    // Once the window is up and idle, and again a moment after each change, load
    // what the next filter keystroke needs, so no keystroke waits for it.
    auto warm = [this] {
        try {
            m_session.store().prospects().prepareTextFilter();
        } catch (const core::StoreError& e) {
            qCWarning(lcGui) << "loading the text filter ahead failed:" << e.what();
        }
    };
    auto* warmUp = new QTimer(this);
    warmUp->setSingleShot(true);
    warmUp->setInterval(kWarmUpDelayMs);
    connect(warmUp, &QTimer::timeout, this, warm);
    connect(&m_session, &Session::storeChanged, warmUp, qOverload<>(&QTimer::start));
    connect(&m_session, &Session::storeReplaced, warmUp, qOverload<>(&QTimer::start));
    // The first time at once: the list is read on a thread of its own while the
    // board is drawn, so it is there when the first key is typed.
    QTimer::singleShot(0, this, warm);
    m_nav->setCurrentRow(0);
    syncFilter();
    showLocation();
    m_statusTimer->start(); // the counts, once the window is up
    resize(1400, 850);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::syncFilter()
{
    QWidget* page = m_stack->currentWidget();
    if (m_boardFilterStale && page == m_board) {
        m_boardFilterStale = false;
        m_board->setFilter(m_filterBar->filter());
    }
    if (m_tableFilterStale && page == m_table) {
        m_tableFilterStale = false;
        m_table->setFilter(m_filterBar->filter());
    }
    if (m_meetingsFilterStale && page == m_meetings) {
        m_meetingsFilterStale = false;
        m_meetings->setFilter(m_filterBar->filter());
    }
}

int MainWindow::addPage(const QString& name, QWidget* page, const QIcon& pageIcon)
{
    const int at = m_navPages.indexOf(m_trash) < 0 ? static_cast<int>(m_navPages.size())
                                                   : static_cast<int>(m_navPages.indexOf(m_trash));
    m_navPages.insert(at, page);
    m_nav->insertItem(at, new QListWidgetItem(pageIcon, name));
    return m_stack->insertWidget(at, page);
}

QWidget* MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::showPage(QWidget* page)
{
    const int row = static_cast<int>(m_navPages.indexOf(page));
    if (page != m_detail)
        m_previousPage = page;
    if (row >= 0) {
        m_nav->setCurrentRow(row);
    } else {
        QSignalBlocker block(m_nav);
        m_nav->clearSelection();
        m_nav->setCurrentRow(-1);
    }
    m_stack->setCurrentWidget(page);
}

void MainWindow::openProspect(core::Id id, core::Id meetingId)
{
    if (id == core::kNoId)
        return;
    if (m_stack->currentWidget() != m_detail)
        m_previousPage = m_stack->currentWidget();
    m_detail->setProspect(id);
    showPage(m_detail);
    if (meetingId != core::kNoId)
        m_detail->showMeetings();
}

core::Id MainWindow::currentProspectId() const
{
    QWidget* page = m_stack->currentWidget();
    if (page == m_detail)
        return m_detail->prospectId();
    if (page == m_board)
        return m_board->currentProspectId();
    if (page == m_table)
        return m_table->currentProspectId();
    if (page == m_meetings)
        return m_meetings->currentProspectId();
    if (page == m_today)
        return m_today->currentProspectId();
    return core::kNoId;
}

void MainWindow::updateProspectActions()
{
    if (!m_advanceAction || !m_moveBackAction)
        return;
    bool advance = false;
    bool back = false;
    const core::Id id = currentProspectId();
    if (id != core::kNoId) {
        tryRead(m_session, tr("The selected prospect could not be read: %1"), [&] {
            const auto p = m_session.store().prospects().find(id);
            if (p && !p->deletedAt.isValid() && p->status != core::Status::Won &&
                p->status != core::Status::Lost) {
                advance = p->stage != core::Stage::Partnership;
                back = p->stage != core::Stage::Informative && p->stage != core::Stage::Partnership;
            }
        });
    }
    m_advanceAction->setEnabled(advance);
    m_moveBackAction->setEnabled(back);
}

SearchDialog* MainWindow::showSearch()
{
    if (!m_search) {
        m_search = new SearchDialog(m_session, this);
        connect(m_search, &SearchDialog::jumpRequested, this, &MainWindow::openProspect);
    }
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    m_search->searchEdit()->setFocus();
    m_search->searchEdit()->selectAll();
    return m_search;
}

void MainWindow::setBoardSort(core::ProspectSort sort)
{
    QSettings().setValue(QStringLiteral("board/sort"), static_cast<int>(sort));
    m_board->setSort(sort);
}

UserGuideDialog* MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideDialog(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void MainWindow::showLocation()
{
    const QString location = m_session.store().location();
    m_pathLabel->setUserText(m_locator->displayName(location));
    // The title names the open pipeline, as desktops show documents: the
    // file's name (its path is the window's file path), or the team server.
    m_locator->rememberLast(location);
    const bool server = m_locator->isServer(location);
    setWindowFilePath(server ? QString() : location);
    setWindowTitle(
        tr("%1 — Accord")
            .arg(server ? m_locator->displayName(location) : QFileInfo(location).fileName()));
}

void MainWindow::updateStatus()
{
    tryRead(m_session, tr("The pipeline counts could not be read: %1"), [&] {
        auto& repo = m_session.store().prospects();
        core::ProspectFilter active;
        active.status = core::Status::Active;
        const int count = repo.count(active);
        const int stalled = repo.stalledCount(m_session.now(), m_session.pipelineSettings());
        m_countLabel->setText(tr("%1 active · %2 stalled")
                                  .arg(QLocale().toString(count), QLocale().toString(stalled)));
    });
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 8000);
    m_prompter.inform(this, tr("Accord"), message);
}

bool MainWindow::openLocation(const QString& location)
{
    std::unique_ptr<core::Store> store;
    try {
        store = m_locator->open(location, m_prompter, this);
    } catch (const std::exception& e) {
        m_prompter.inform(this, tr("Cannot open database"),
                          tr("%1 could not be opened: %2")
                              .arg(m_locator->displayName(location), QString::fromUtf8(e.what())));
        return false;
    }
    if (!store)
        return false; // the password question was cancelled
    m_session.replaceStore(std::move(store));
    m_locator->addRecent(location);
    rebuildRecentMenu();
    return true;
}

void MainWindow::connectToServer()
{
    if (!m_locator->servers())
        return;
    // The form starts from the server in use, else the last one on the recent list.
    QString initial;
    const QString current = m_session.store().location();
    if (m_locator->isServer(current)) {
        initial = current;
    } else {
        for (const QString& location : StoreLocator::recentLocations())
            if (m_locator->isServer(location)) {
                initial = location;
                break;
            }
    }
    ConnectDialog dialog(*m_locator, initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto store = dialog.takeStore()) {
        m_session.replaceStore(std::move(store));
        m_locator->addRecent(dialog.location());
        rebuildRecentMenu();
    }
}

void MainWindow::chooseDatabase(bool create)
{
    const QString filter = tr("Accord pipelines (*.accord *.sqlite *.db);;All files (*)");
    QString path = create ? m_prompter.saveFileName(this, tr("New database"), filter)
                          : m_prompter.openFileName(this, tr("Open database"), filter);
    if (path.isEmpty())
        return;
    // A new pipeline without a suffix gets the one file managers know as Accord's.
    if (create && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".accord");
    openLocation(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = StoreLocator::recentLocations();
    for (const QString& location : recent) {
        QAction* a = m_recentMenu->addAction(m_locator->displayName(location), this,
                                             [this, location] { openLocation(location); });
        a->setData(location);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    m_table->saveState();
    event->accept();
}

} // namespace accord::gui
