#pragma once

// The Today page's agenda as a tree: Overdue, Today, This week and No next
// step, each with its rows (an activity, or a prospect with nothing planned).

#include "core/Activities.h"

#include <QStandardItemModel>

#include <map>

namespace accord::gui {

class AgendaModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, DueColumn, KindColumn, TitleColumn, ProspectColumn, OwnerColumn };
    enum Role { ActivityIdRole = Qt::UserRole + 1, ProspectIdRole, GroupRole };
    enum Group { OverdueGroup, TodayGroup, WeekGroup, NoNextStepGroup };

    explicit AgendaModel(QObject* parent = nullptr);
    void setAgenda(const core::Agenda& agenda);
    const core::Agenda& agenda() const { return m_agenda; }
    /// The activity a row shows; nullopt for a group or a prospect row.
    std::optional<core::Activity> activityAt(const QModelIndex& index) const;
    core::Id prospectAt(const QModelIndex& index) const;
    /// The group's header row.
    QModelIndex groupIndex(Group group) const;

private:
    /// A section of `rows`; `cut` when it holds more than it lists.
    void addGroup(Group group, const QString& title, const std::vector<core::ActivityRow>& rows,
                  core::ActivityState state, bool cut);
    core::Agenda m_agenda;
    std::map<core::Id, core::Activity> m_activities;
};

} // namespace accord::gui
