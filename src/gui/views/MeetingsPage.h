#pragma once

// A page of the navigation: every meeting (newest first) of the filtered prospects.

#include "core/Store.h"

#include <QWidget>

class QTableView;

namespace accord::gui {

class Session;
class MeetingListModel;

class MeetingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsPage(Session& session, QWidget* parent = nullptr);
    MeetingListModel* model() const { return m_model; }
    /// Shows the meetings of the prospects the filter bar selects.
    void setFilter(const core::ProspectFilter& filter);
    /// The prospect of the selected meeting.
    core::Id currentProspectId() const;

signals:
    void openRequested(core::Id prospectId, core::Id meetingId);
    /// Another meeting (so perhaps another prospect) is selected.
    void currentChanged();

private:
    MeetingListModel* m_model;
    QTableView* m_view;
};

} // namespace accord::gui
