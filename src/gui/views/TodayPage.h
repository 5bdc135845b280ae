#pragma once

// The first page a rep sees: what is owed to whom today. Overdue activities,
// today's, the rest of the week's, and the active prospects with no next step
// planned. Each row opens its prospect (Enter, double-click); an activity is
// marked done or rescheduled in place, a prospect without a next step gets one
// planned from here.

#include "core/Activities.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace accord::gui {

class AgendaModel;
class Prompter;
class Session;

class TodayPage : public QWidget
{
    Q_OBJECT
public:
    TodayPage(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    AgendaModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    /// Reads the agenda again (also on every change of the store, while shown).
    void reload();
    /// Whose agenda: empty for everyone's.
    QString owner() const;
    void setOwner(const QString& owner);
    /// The prospect of the selected row.
    core::Id currentProspectId() const;
    std::optional<core::Activity> currentActivity() const;

    void markDone();
    void planForCurrent();

signals:
    void openRequested(core::Id prospectId);
    void currentChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadOwners();
    void updateButtons();

    Session& m_session;
    Prompter& m_prompter;
    QLabel* m_heading;
    QComboBox* m_owner;
    QPushButton* m_done;
    QPushButton* m_reschedule;
    QPushButton* m_plan;
    QPushButton* m_open;
    AgendaModel* m_model;
    QTreeView* m_view;
    QTimer* m_tick;
    bool m_stale = true;
    bool m_ownerChosen = false; // the user picked whose agenda
};

} // namespace accord::gui
