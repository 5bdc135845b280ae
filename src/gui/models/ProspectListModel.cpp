#include "ProspectListModel.h"

#include "Format.h"
#include "ReadError.h"
#include "Session.h"
#include "views/TextLabel.h"

#include <QMimeData>

namespace accord::gui {

namespace {
core::ProspectSort sortFor(int column)
{
    switch (column) {
    case ProspectListModel::NameColumn:
        return core::ProspectSort::Name;
    case ProspectListModel::OwnerColumn:
        return core::ProspectSort::Owner;
    case ProspectListModel::IndustryColumn:
        return core::ProspectSort::Industry;
    case ProspectListModel::StageColumn:
        return core::ProspectSort::Stage;
    case ProspectListModel::StatusColumn:
        return core::ProspectSort::Status;
    case ProspectListModel::ValueColumn:
        return core::ProspectSort::Value;
    case ProspectListModel::DaysInStageColumn:
        return core::ProspectSort::DaysInStage;
    case ProspectListModel::LastMeetingColumn:
        return core::ProspectSort::LastMeeting;
    case ProspectListModel::NextStepDueColumn:
        return core::ProspectSort::NextStepDue;
    default:
        return core::ProspectSort::Updated;
    }
}
} // namespace

ProspectListModel::ProspectListModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &Session::storeChanged, this, &ProspectListModel::reload);
}

void ProspectListModel::setFilter(const core::ProspectFilter& filter)
{
    m_filter = filter;
    m_loaded = true;
    m_busy = true; // listeners (views, testers) must not fetch into a change
    beginResetModel();
    m_rows = query(m_pageSize, 0);
    m_more = static_cast<int>(m_rows.size()) == m_pageSize;
    endResetModel();
    m_busy = false;
}

std::vector<core::ProspectRow> ProspectListModel::query(int limit, int offset) const
{
    std::vector<core::ProspectRow> rows;
    tryRead(m_session, tr("The prospects could not be read: %1"), [&] {
        rows = m_session.store().prospects().rows(m_filter, m_sort, m_ascending, limit, offset);
    });
    return rows;
}

void ProspectListModel::reload()
{
    const int want = std::max(m_pageSize, static_cast<int>(m_rows.size()));
    m_loaded = true;
    std::vector<core::ProspectRow> fresh = query(want, 0);
    const bool sameIds =
        fresh.size() == m_rows.size() &&
        std::equal(fresh.begin(), fresh.end(), m_rows.begin(),
                   [](const auto& a, const auto& b) { return a.prospect.id == b.prospect.id; });
    m_more = static_cast<int>(fresh.size()) == want;
    if (sameIds) {
        m_rows = std::move(fresh);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    m_busy = true; // listeners (views, testers) must not fetch into a change
    beginResetModel();
    m_rows = std::move(fresh);
    endResetModel();
    m_busy = false;
}

core::Id ProspectListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<size_t>(row)].prospect.id
                                        : core::kNoId;
}

const core::ProspectRow* ProspectListModel::rowAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

QModelIndex ProspectListModel::indexOfId(core::Id id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].prospect.id == id)
            return index(static_cast<int>(i), 0);
    return {};
}

int ProspectListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProspectListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ProspectListModel::daysSinceMeeting(const core::ProspectRow& r) const
{
    if (!r.lastMeetingAt.isValid())
        return -1;
    return Format::daysBetween(r.lastMeetingAt, m_session.now());
}

bool ProspectListModel::isStale(const core::ProspectRow& r) const
{
    const core::Prospect& p = r.prospect;
    if (p.status != core::Status::Active || p.stage == core::Stage::Partnership)
        return false;
    const int quiet = r.lastMeetingAt.isValid()
                          ? daysSinceMeeting(r)
                          : Format::daysBetween(p.stageEnteredAt, m_session.now());
    return quiet > m_session.pipelineSettings().staleDaysFor(p.stage);
}

QVariant ProspectListModel::displayText(const core::ProspectRow& r, int column) const
{
    const core::Prospect& p = r.prospect;
    switch (column) {
    case NameColumn:
        return p.name;
    case OwnerColumn:
        return p.owner;
    case IndustryColumn:
        return p.industry;
    case StageColumn:
        return core::stageShortName(p.stage);
    case StatusColumn:
        return core::statusName(p.status);
    case ValueColumn:
        return Format::money(p.value);
    case DaysInStageColumn:
        return Format::daysBetween(p.stageEnteredAt, m_session.now());
    case LastMeetingColumn:
        return Format::dateTime(r.lastMeetingAt);
    case GateColumn:
        return r.gateTotal > 0 ? tr("%1/%2").arg(r.gateMet).arg(r.gateTotal) : QString();
    case NextStepColumn:
        return p.nextStep;
    case NextStepDueColumn:
        return Format::date(p.nextStepDue);
    case UpdatedColumn:
        return Format::dateTime(p.updatedAt);
    default:
        return {};
    }
}

QVariant ProspectListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ProspectRow& r = m_rows[static_cast<size_t>(index.row())];
    const core::Prospect& p = r.prospect;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, index.column());
    case Qt::ToolTipRole:
        // Tool tips guess rich text: the name is shown as typed.
        return index.column() == NameColumn
                   ? plainToolTip(
                         tr("%1 · %2 · %3")
                             .arg(p.name, core::stageName(p.stage), core::statusName(p.status)))
                   : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == DaysInStageColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3, gate %4 of %5")
            .arg(p.name, p.owner, Format::money(p.value))
            .arg(r.gateMet)
            .arg(r.gateTotal);
    case IdRole:
        return p.id;
    case NameRole:
        return p.name;
    case OwnerRole:
        return p.owner;
    case ValueTextRole:
        return Format::moneyShort(p.value.minor, p.value.currency);
    case DaysInStageRole:
        return Format::daysBetween(p.stageEnteredAt, m_session.now());
    case DaysSinceMeetingRole:
        return daysSinceMeeting(r);
    case StaleRole:
        return isStale(r);
    case GateMetRole:
        return r.gateMet;
    case GateTotalRole:
        return r.gateTotal;
    case StageRole:
        return static_cast<int>(p.stage);
    case StatusRole:
        return static_cast<int>(p.status);
    default:
        return {};
    }
}

QVariant ProspectListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OwnerColumn:
        return tr("Owner");
    case IndustryColumn:
        return tr("Industry");
    case StageColumn:
        return tr("Stage");
    case StatusColumn:
        return tr("Status");
    case ValueColumn:
        return tr("Value");
    case DaysInStageColumn:
        return tr("Days in stage");
    case LastMeetingColumn:
        return tr("Last meeting");
    case GateColumn:
        return tr("Gate");
    case NextStepColumn:
        return tr("Next step");
    case NextStepDueColumn:
        return tr("Due");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

Qt::ItemFlags ProspectListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

bool ProspectListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_loaded && m_more && !m_busy;
}

void ProspectListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_loaded || !m_more || m_busy)
        return;
    std::vector<core::ProspectRow> page = query(m_pageSize, rowCount());
    m_more = static_cast<int>(page.size()) == m_pageSize;
    if (page.empty())
        return;
    m_busy = true;
    beginInsertRows({}, rowCount(), rowCount() + static_cast<int>(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()),
                  std::make_move_iterator(page.end()));
    endInsertRows();
    m_busy = false;
}

void ProspectListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = sortFor(column);
    m_ascending = order == Qt::AscendingOrder;
    // A new order comes from SQL: the rows may differ entirely. A view sorting
    // before the first filter only chooses the order the first read uses.
    if (m_loaded)
        setFilter(m_filter);
}

QStringList ProspectListModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* ProspectListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), QByteArray::number(idAt(indexes.first().row())));
    return mime;
}

bool ProspectListModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                        const QModelIndex&) const
{
    return data && data->hasFormat(QString::fromLatin1(kMimeType));
}

bool ProspectListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                     int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const core::Id id = data->data(QString::fromLatin1(kMimeType)).toLongLong(&ok);
    if (ok && !indexOfId(id).isValid())
        emit prospectDropped(id);
    return false; // the move happens through a command; nothing to remove at the source
}

Qt::DropActions ProspectListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions ProspectListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace accord::gui
