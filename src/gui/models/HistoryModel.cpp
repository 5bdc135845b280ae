#include "HistoryModel.h"

#include "Format.h"
#include "ReadError.h"
#include "Session.h"

#include <QBrush>

#include <algorithm>

namespace accord::gui {

HistoryModel::HistoryModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &Session::storeChanged, this, &HistoryModel::reload);
}

void HistoryModel::setProspect(core::Id id)
{
    m_prospectId = id;
    reload();
}

void HistoryModel::reload()
{
    std::vector<core::StageChange> fresh;
    tryRead(m_session, tr("The stage history could not be read: %1"), [&] {
        if (m_prospectId != core::kNoId)
            fresh = m_session.store().prospects().history(m_prospectId);
    });
    std::sort(fresh.begin(), fresh.end(), [](const auto& a, const auto& b) {
        return a.at != b.at ? a.at > b.at : a.id > b.id;
    });
    if (fresh == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(fresh);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::StageChange& c = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case IdRole:
        return c.id;
    case OverrideRole:
        return c.gateOverride;
    case Qt::ForegroundRole:
        if (c.gateOverride && index.column() == ChangeColumn)
            return QBrush(QColor(0xc0, 0x5a, 0x00));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case WhenColumn:
        return Format::dateTime(c.at);
    case ChangeColumn: {
        QString text;
        if (c.fromStage != c.toStage && c.fromStatus != c.toStatus)
            text = tr("%1 → %2, %3 → %4")
                       .arg(core::stageShortName(c.fromStage), core::stageShortName(c.toStage),
                            core::statusName(c.fromStatus), core::statusName(c.toStatus));
        else if (c.fromStatus != c.toStatus)
            text = tr("Status %1 → %2")
                       .arg(core::statusName(c.fromStatus), core::statusName(c.toStatus));
        else if (c.fromStage == c.toStage)
            text = tr("Entered %1").arg(core::stageShortName(c.toStage));
        else
            text = tr("%1 → %2").arg(core::stageShortName(c.fromStage),
                                     core::stageShortName(c.toStage));
        return c.gateOverride ? tr("%1 (gate override)").arg(text) : text;
    }
    case ByColumn:
        return c.by;
    case ReasonColumn:
        return c.reason;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ChangeColumn:
        return tr("Change");
    case ByColumn:
        return tr("By");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace accord::gui
