#pragma once

// The main window only wires: navigation on the left, one page per view in a
// stack, menus, toolbar and status bar. Each view is its own class.

#include "Session.h"
#include "core/Types.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QTimer;
class QStackedWidget;

namespace accord::gui {

class Prompter;
class ProspectActions;
class StoreLocator;
class BoardView;
class FilterBar;
class ProspectTableView;
class ProspectDetailView;
class MeetingsPage;
class TrashPage;
class SearchDialog;
class UserGuideDialog;
class ElidedLabel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Opens files only, with `opener`.
    MainWindow(Session& session, Prompter& prompter, Session::StoreOpener opener,
               QWidget* parent = nullptr);
    /// Opens what `locator` opens (files, and team servers when it has
    /// ServerLocations: File → Connect to team server…); it outlives the window.
    MainWindow(Session& session, Prompter& prompter, StoreLocator& locator,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds a page to the navigation (before Trash). Returns its index in the stack.
    int addPage(const QString& name, QWidget* page, const QIcon& icon = {});
    void showPage(QWidget* page);
    void openProspect(core::Id id, core::Id meetingId = core::kNoId);
    /// The prospect the current page has selected (the open one on the detail page).
    core::Id currentProspectId() const;

    Session& session() { return m_session; }
    ProspectActions* actions() const { return m_actions; }
    BoardView* board() const { return m_board; }
    FilterBar* filterBar() const { return m_filterBar; }
    ProspectTableView* prospectTable() const { return m_table; }
    ProspectDetailView* detail() const { return m_detail; }
    MeetingsPage* meetingsPage() const { return m_meetings; }
    TrashPage* trashPage() const { return m_trash; }
    QWidget* currentPage() const;
    SearchDialog* showSearch();
    /// Help → User guide: one window, kept beside the main one.
    UserGuideDialog* showUserGuide();
    /// Opens a file or a server in place of the current store and puts it on
    /// the recent list; says why when it cannot. Returns whether it opened.
    bool openLocation(const QString& location);
    /// File → Connect to team server… (a no-op without ServerLocations).
    void connectToServer();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    MainWindow(Session& session, Prompter& prompter, std::unique_ptr<StoreLocator> ownLocator,
               StoreLocator* locator, QWidget* parent);
    void buildMenus();
    void updateProspectActions();
    void updateStatus();
    /// Only the board or table in view follows the filter at once; a page out of
    /// view catches up when it is shown, so a keystroke queries one page at most.
    void syncFilter();
    void chooseDatabase(bool create);
    void rebuildRecentMenu();
    /// The title and the status bar name the open store.
    void showLocation();
    void showError(const QString& message);

    Session& m_session;
    Prompter& m_prompter;
    std::unique_ptr<StoreLocator> m_ownLocator; // when given an opener only
    StoreLocator* m_locator;
    Session::StoreOpener m_opener;
    ProspectActions* m_actions;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QList<QWidget*> m_navPages; // parallel to the navigation rows
    FilterBar* m_filterBar;
    BoardView* m_board;
    ProspectTableView* m_table;
    MeetingsPage* m_meetings;
    TrashPage* m_trash;
    ProspectDetailView* m_detail;
    SearchDialog* m_search = nullptr;
    UserGuideDialog* m_guide = nullptr;
    QWidget* m_previousPage = nullptr;
    QTimer* m_statusTimer = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    bool m_boardFilterStale = false;
    bool m_tableFilterStale = false;
    bool m_meetingsFilterStale = false;
    QMenu* m_recentMenu = nullptr;
    QAction* m_advanceAction = nullptr;
    QAction* m_moveBackAction = nullptr;
    ElidedLabel* m_pathLabel;
    QLabel* m_countLabel;
};

} // namespace accord::gui
