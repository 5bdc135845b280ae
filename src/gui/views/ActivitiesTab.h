#pragma once

// A prospect's planned activities, open ones first by due day, then the done
// ones: plan, edit, mark done, reschedule, open again, remove.

#include "core/Activities.h"

#include <QWidget>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace accord::gui {

class Prompter;
class Session;

class ActivitiesTab : public QWidget
{
    Q_OBJECT
public:
    ActivitiesTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    void setProspect(core::Id id);
    void reload();
    QTableView* view() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }
    std::optional<core::Activity> currentActivity() const;

private:
    void updateButtons();

    Session& m_session;
    Prompter& m_prompter;
    core::Id m_prospect = core::kNoId;
    std::vector<core::Activity> m_activities;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QPushButton* m_plan;
    QPushButton* m_edit;
    QPushButton* m_done;
    QPushButton* m_reschedule;
    QPushButton* m_remove;
};

} // namespace accord::gui
