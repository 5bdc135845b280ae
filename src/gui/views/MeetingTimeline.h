#pragma once

// Meetings as a timeline, newest first: date and kind, summary, who was there
// and what we learned. Double-click or Enter opens the meeting for editing.

#include <QListView>

namespace accord::gui {

class Session;
class MeetingListModel;

class MeetingTimeline : public QListView
{
    Q_OBJECT
public:
    MeetingTimeline(Session& session, QWidget* parent = nullptr);
    MeetingListModel* meetingModel() const { return m_model; }

signals:
    void meetingActivated(qint64 meetingId, qint64 prospectId);

private:
    MeetingListModel* m_model;
};

} // namespace accord::gui
