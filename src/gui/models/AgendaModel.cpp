#include "AgendaModel.h"

#include "ActivityText.h"
#include "core/EnumTraits.h"

namespace accord::gui {

namespace {

QStandardItem* cell(const QString& text)
{
    auto* i = new QStandardItem(text);
    i->setEditable(false);
    return i;
}

} // namespace

AgendaModel::AgendaModel(QObject* parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels(
        {tr("State"), tr("Due"), tr("Kind"), tr("What"), tr("Prospect"), tr("Owner")});
}

void AgendaModel::setAgenda(const core::Agenda& agenda)
{
    m_agenda = agenda;
    m_activities.clear();
    removeRows(0, rowCount());
    addGroup(OverdueGroup, tr("Overdue"), agenda.overdue, core::ActivityState::Overdue,
             agenda.overdueCut);
    addGroup(TodayGroup, tr("Today"), agenda.dueToday, core::ActivityState::Today,
             agenda.dueTodayCut);
    addGroup(WeekGroup, tr("This week"), agenda.thisWeek, core::ActivityState::Planned,
             agenda.thisWeekCut);

    const int without = static_cast<int>(agenda.withoutActivity.size());
    QList<QStandardItem*> header{cell(agenda.withoutCut
                                          ? tr("No next step (first %1)").arg(without)
                                          : tr("No next step (%n)", nullptr, without))};
    header.front()->setData(NoNextStepGroup, GroupRole);
    QFont bold = header.front()->font();
    bold.setBold(true);
    header.front()->setFont(bold);
    for (int c = 1; c <= OwnerColumn; ++c)
        header << cell(QString());
    for (const core::ProspectRef& p : agenda.withoutActivity) {
        QList<QStandardItem*> row{cell(tr("No next step")),
                                  cell(QString()),
                                  cell(core::stageShortName(p.stage)),
                                  cell(tr("Nothing planned: plan the next step")),
                                  cell(p.name),
                                  cell(p.owner)};
        row.front()->setIcon(noNextStepIcon());
        for (QStandardItem* i : row)
            i->setData(QVariant::fromValue<qint64>(p.id), ProspectIdRole);
        header.front()->appendRow(row);
    }
    appendRow(header);
}

void AgendaModel::addGroup(Group group, const QString& title,
                           const std::vector<core::ActivityRow>& rows, core::ActivityState state,
                           bool cut)
{
    // A cut section lists its earliest due rows; the rest wait for the first ones.
    QList<QStandardItem*> header{
        cell((cut ? tr("%1 (first %2)") : tr("%1 (%2)")).arg(title).arg(rows.size()))};
    header.front()->setData(group, GroupRole);
    QFont bold = header.front()->font();
    bold.setBold(true);
    header.front()->setFont(bold);
    for (int c = 1; c <= OwnerColumn; ++c)
        header << cell(QString());
    for (const core::ActivityRow& r : rows) {
        const core::Activity& a = r.activity;
        m_activities[a.id] = a;
        QList<QStandardItem*> row{cell(core::activityStateName(state)),
                                  cell(activityDueLabel(a, m_agenda.today)),
                                  cell(core::activityKindName(a.kind)),
                                  cell(a.title),
                                  cell(r.prospectName),
                                  cell(a.owner)};
        row.front()->setIcon(activityStateIcon(state));
        row[TitleColumn]->setToolTip(a.note.isEmpty() ? a.title : a.title + u'\n' + a.note);
        for (QStandardItem* i : row) {
            i->setData(QVariant::fromValue<qint64>(a.id), ActivityIdRole);
            i->setData(QVariant::fromValue<qint64>(a.prospectId), ProspectIdRole);
        }
        header.front()->appendRow(row);
    }
    appendRow(header);
}

std::optional<core::Activity> AgendaModel::activityAt(const QModelIndex& index) const
{
    const QVariant id = index.data(ActivityIdRole);
    if (!id.isValid())
        return std::nullopt;
    const auto it = m_activities.find(id.value<qint64>());
    if (it == m_activities.end())
        return std::nullopt;
    return it->second;
}

core::Id AgendaModel::prospectAt(const QModelIndex& index) const
{
    const QVariant id = index.data(ProspectIdRole);
    return id.isValid() ? id.value<qint64>() : core::kNoId;
}

QModelIndex AgendaModel::groupIndex(Group group) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (index(r, 0).data(GroupRole).toInt() == group)
            return index(r, 0);
    return {};
}

} // namespace accord::gui
