#pragma once

// Stage 1 workspace: the insights we shared (and at which meeting) and the
// ledger of data we asked for, with the stage's exit criteria beside them.

#include "core/Types.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;

namespace accord::gui {

class Session;
class InsightModel;
class DataRequestModel;
class CommitTextEdit;
class GatePanel;
class WorkspaceSection;

class InformativeTab : public QWidget
{
    Q_OBJECT
public:
    explicit InformativeTab(Session& session, QWidget* parent = nullptr);
    void setProspect(core::Id id);
    InsightModel* insightModel() const { return m_insights; }
    DataRequestModel* dataRequestModel() const { return m_requests; }

    void addInsight();
    void addDataRequest();
    void markReceived();

private:
    WorkspaceSection* buildInsights();
    WorkspaceSection* buildRequests();
    void reloadMeetings();
    void showSelectedBody();
    void commitBody();

    Session& m_session;
    core::Id m_id = core::kNoId;
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
    QTableView* m_requestView;
    GatePanel* m_gate;
};

} // namespace accord::gui
