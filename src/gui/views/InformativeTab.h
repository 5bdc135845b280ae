#pragma once

// Stage 1 workspace: the insights we shared (and at which meeting) and the
// ledger of data we asked for, with the stage's exit criteria beside them.

#include "WorkspaceTab.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;

namespace accord::gui {

class InsightModel;
class DataRequestModel;
class CommitTextEdit;
class WorkspaceSection;

class InformativeTab : public WorkspaceTab
{
    Q_OBJECT
public:
    explicit InformativeTab(Session& session, QWidget* parent = nullptr);

private:
    void prospectShown() override;
    WorkspaceSection* buildInsights();
    WorkspaceSection* buildRequests();
    void addInsight();
    void addDataRequest();
    void markReceived(int row);
    void reloadMeetings();
    void showSelectedBody();
    void commitBody();

    InsightModel* m_insights;
    DataRequestModel* m_requests;
    QLineEdit* m_title;
    QLineEdit* m_source;
    QDateEdit* m_date;
    QComboBox* m_meeting;
    CommitTextEdit* m_body;
    QTableView* m_insightView;
    QComboBox* m_item;
    QDateEdit* m_requested;
};

} // namespace accord::gui
