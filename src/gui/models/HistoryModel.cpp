#include "HistoryModel.h"
#include "Theme.h"

#include "Format.h"

#include <QBrush>
#include <QGuiApplication>

#include <algorithm>

namespace accord::gui {

const HistoryModel::ColumnDef HistoryModel::kColumns[] = {
    {QT_TR_NOOP("When"), [](auto&, auto& c) -> QVariant { return Format::dateTime(c.at); }},
    {QT_TR_NOOP("Change"), [](auto&, auto& c) -> QVariant { return changeText(c); }},
    {QT_TR_NOOP("By"), memberCell<&core::StageChange::by>},
    {QT_TR_NOOP("Why"), memberCell<&core::StageChange::reason>},
};

HistoryModel::HistoryModel(Session& session, QObject* parent)
    : ProspectRowsModel(session, kColumns, memberCell<&core::StageChange::id>,
                        tr("The stage history could not be read: %1"), parent)
{}

std::vector<core::StageChange> HistoryModel::fetch(core::Store& store, core::Id prospect) const
{
    std::vector<core::StageChange> rows = store.prospects().history(prospect);
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.at != b.at ? a.at > b.at : a.id > b.id;
    });
    return rows;
}

QVariant HistoryModel::roleData(const core::StageChange& c, int column, int role) const
{
    switch (role) {
    case OverrideRole:
        return c.gateOverride;
    case Qt::ForegroundRole:
        if (c.gateOverride && column == ChangeColumn)
            return QBrush(theme::text(theme::Tone::Warning, QGuiApplication::palette()));
        return {};
    default:
        return {};
    }
}

QString HistoryModel::changeText(const core::StageChange& c)
{
    QString text;
    if (c.fromStage != c.toStage && c.fromStatus != c.toStatus)
        text = tr("%1 → %2, %3 → %4")
                   .arg(core::stageShortName(c.fromStage), core::stageShortName(c.toStage),
                        core::statusName(c.fromStatus), core::statusName(c.toStatus));
    else if (c.fromStatus != c.toStatus)
        text =
            tr("Status %1 → %2").arg(core::statusName(c.fromStatus), core::statusName(c.toStatus));
    else if (c.fromStage == c.toStage)
        text = tr("Entered %1").arg(core::stageShortName(c.toStage));
    else
        text =
            tr("%1 → %2").arg(core::stageShortName(c.fromStage), core::stageShortName(c.toStage));
    return c.gateOverride ? tr("%1 (gate override)").arg(text) : text;
}

} // namespace accord::gui
