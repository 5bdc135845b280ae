#pragma once

// What the menus, shortcuts and drag-and-drop ask for, carried out: stage moves
// through the method's rules (gate dialog, reasons), new prospects, logging and
// editing meetings, status changes, moving to the trash. Views and MainWindow
// call it; it turns requests into undoable commands.

#include "core/Types.h"

#include <QObject>

class QWidget;

namespace accord::gui {

class Session;
class Prompter;

class ProspectActions : public QObject
{
    Q_OBJECT
public:
    ProspectActions(Session& session, Prompter& prompter, QWidget* window);

    /// Moves a prospect; opens the gate dialog when the move needs a reason.
    void requestMove(core::Id id, core::Stage to);
    void advance(core::Id id);
    void moveBack(core::Id id);
    void requestStatus(core::Id id, core::Status to);
    void newProspect();
    /// Opens the Log meeting dialog (for `prospectId` when set).
    void logMeeting(core::Id prospectId);
    void editMeeting(core::Id meetingId);
    void deleteMeeting(core::Id meetingId);
    void moveToTrash(const QList<core::Id>& ids);

signals:
    void prospectCreated(core::Id id);
    void meetingLogged(core::Id prospectId, core::Id meetingId);

private:
    void offerToAdvance(core::Id prospectId, bool gateWasMet);

    Session& m_session;
    Prompter& m_prompter;
    QWidget* m_window;
};

} // namespace accord::gui
