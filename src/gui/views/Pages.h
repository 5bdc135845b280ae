#pragma once

// Two simple pages of the navigation: every meeting (newest first) and the trash.

#include "core/Store.h"

#include <QWidget>

class QTableView;

namespace accord::gui {

class Session;
class Prompter;
class MeetingListModel;
class ProspectTableView;

class MeetingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsPage(Session& session, QWidget* parent = nullptr);
    MeetingListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Shows the meetings of the prospects the filter bar selects.
    void setFilter(const core::ProspectFilter& filter);
    /// The prospect of the selected meeting.
    core::Id currentProspectId() const;

signals:
    void openRequested(core::Id prospectId, core::Id meetingId);

private:
    MeetingListModel* m_model;
    QTableView* m_view;
};

class TrashPage : public QWidget
{
    Q_OBJECT
public:
    TrashPage(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ProspectTableView* table() const { return m_table; }
    void restoreSelected();
    void purgeSelected();

private:
    Session& m_session;
    Prompter& m_prompter;
    ProspectTableView* m_table;
};

} // namespace accord::gui
