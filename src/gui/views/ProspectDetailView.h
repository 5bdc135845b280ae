#pragma once

// One prospect: a header (name, three-step indicator, status, owner, value) and
// tabs Overview, Meetings, [workspaces added by others], History.

#include "core/Types.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace accord::gui {

class Session;
class StepIndicator;
class ElidedLabel;
class OverviewTab;
class MeetingTimeline;
class HistoryModel;

class ProspectDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit ProspectDetailView(Session& session, QWidget* parent = nullptr);

    void setProspect(core::Id id);
    core::Id prospectId() const { return m_id; }

    /// Adds a stage workspace tab after Overview and Meetings, before History.
    /// The widget follows the prospect through prospectChanged().
    int addWorkspaceTab(QWidget* tab, const QString& title);

    QTabWidget* tabs() const { return m_tabs; }
    OverviewTab* overview() const { return m_overview; }
    MeetingTimeline* timeline() const { return m_timeline; }
    HistoryModel* historyModel() const { return m_history; }
    StepIndicator* stepIndicator() const { return m_steps; }
    void showMeetings();

signals:
    void prospectChanged(core::Id id);
    void backRequested();
    void editMeetingRequested(core::Id meetingId);

private:
    void reloadHeader();

    Session& m_session;
    core::Id m_id = core::kNoId;
    ElidedLabel* m_name;
    ElidedLabel* m_facts;
    StepIndicator* m_steps;
    QTabWidget* m_tabs;
    OverviewTab* m_overview;
    MeetingTimeline* m_timeline;
    QWidget* m_historyTab;
    HistoryModel* m_history;
};

} // namespace accord::gui
