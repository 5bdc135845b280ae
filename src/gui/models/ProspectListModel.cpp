#include "ProspectListModel.h"

#include "Format.h"
#include "ReadError.h"
#include "Session.h"
#include "views/TextLabel.h"

#include <QMimeData>

#include <algorithm>
#include <utility>

namespace accord::gui {

namespace {
/// The order of each sortable column; the others sort by the last update.
constexpr std::pair<int, core::ProspectSort> kSortOf[] = {
    {ProspectListModel::NameColumn, core::ProspectSort::Name},
    {ProspectListModel::OwnerColumn, core::ProspectSort::Owner},
    {ProspectListModel::IndustryColumn, core::ProspectSort::Industry},
    {ProspectListModel::StageColumn, core::ProspectSort::Stage},
    {ProspectListModel::StatusColumn, core::ProspectSort::Status},
    {ProspectListModel::ValueColumn, core::ProspectSort::Value},
    {ProspectListModel::DaysInStageColumn, core::ProspectSort::DaysInStage},
    {ProspectListModel::LastMeetingColumn, core::ProspectSort::LastMeeting},
    {ProspectListModel::NextStepDueColumn, core::ProspectSort::NextStepDue},
};

core::ProspectSort sortFor(int column)
{
    for (const auto& [c, sort] : kSortOf)
        if (c == column)
            return sort;
    return core::ProspectSort::Updated;
}
} // namespace

const ProspectListModel::ColumnDef ProspectListModel::kColumns[] = {
    {QT_TR_NOOP("Name"),
     [](auto&, auto& r) -> QVariant { return r.prospect.name; },
     {},
     [](auto&, auto& r) -> QVariant {
         // Tool tips guess rich text: the name is shown as typed.
         const core::Prospect& p = r.prospect;
         return plainToolTip(
             tr("%1 · %2 · %3").arg(p.name, core::stageName(p.stage), core::statusName(p.status)));
     }},
    {QT_TR_NOOP("Owner"), [](auto&, auto& r) -> QVariant { return r.prospect.owner; }},
    {QT_TR_NOOP("Industry"), [](auto&, auto& r) -> QVariant { return r.prospect.industry; }},
    {QT_TR_NOOP("Stage"),
     [](auto&, auto& r) -> QVariant { return core::stageShortName(r.prospect.stage); }},
    {QT_TR_NOOP("Status"),
     [](auto&, auto& r) -> QVariant { return core::statusName(r.prospect.status); }},
    {QT_TR_NOOP("Value"),
     [](auto&, auto& r) -> QVariant { return Format::money(r.prospect.value); }, kNumberAlignment},
    {QT_TR_NOOP("Days in stage"), [](auto& m, auto& r) -> QVariant { return m.daysInStage(r); },
     kNumberAlignment},
    {QT_TR_NOOP("Last meeting"),
     [](auto&, auto& r) -> QVariant { return Format::dateTime(r.lastMeetingAt); }},
    {QT_TR_NOOP("Gate"),
     [](auto&, auto& r) -> QVariant {
         return r.gateTotal > 0 ? tr("%1/%2").arg(r.gateMet).arg(r.gateTotal) : QString();
     }},
    {QT_TR_NOOP("Next step"), [](auto&, auto& r) -> QVariant { return r.prospect.nextStep; }},
    {QT_TR_NOOP("Due"),
     [](auto&, auto& r) -> QVariant { return Format::date(r.prospect.nextStepDue); }},
    {QT_TR_NOOP("Updated"),
     [](auto&, auto& r) -> QVariant { return Format::dateTime(r.prospect.updatedAt); }},
};

ProspectListModel::ProspectListModel(Session& session, QObject* parent)
    : PagedTableModel(
          kColumns, [](auto&, auto& r) -> QVariant { return r.prospect.id; }, parent),
      m_session(session)
{
    connect(&m_session, &Session::storeChanged, this, &ProspectListModel::reload);
}

void ProspectListModel::setFilter(const core::ProspectFilter& filter)
{
    m_filter = filter;
    m_loaded = true;
    loadFirstPage();
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
    m_loaded = true;
    std::vector<core::ProspectRow> fresh = queryLoaded();
    if (sameKeys(fresh))
        updateRows(std::move(fresh));
    else
        resetLoaded(std::move(fresh));
}

core::Id ProspectListModel::idAt(int row) const
{
    const core::ProspectRow* r = rowAt(row);
    return r ? r->prospect.id : core::kNoId;
}

QModelIndex ProspectListModel::indexOfId(core::Id id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].prospect.id == id)
            return index(static_cast<int>(i), 0);
    return {};
}

int ProspectListModel::daysInStage(const core::ProspectRow& r) const
{
    return Format::daysBetween(r.prospect.stageEnteredAt, m_session.now());
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
    const int quiet = r.lastMeetingAt.isValid() ? daysSinceMeeting(r) : daysInStage(r);
    return quiet > m_session.pipelineSettings().staleDaysFor(p.stage);
}

QVariant ProspectListModel::roleData(const core::ProspectRow& r, int, int role) const
{
    const core::Prospect& p = r.prospect;
    switch (role) {
    case Qt::AccessibleTextRole: {
        QString text = tr("%1, %2, %3, gate %4 of %5")
                           .arg(p.name, p.owner, Format::money(p.value))
                           .arg(r.gateMet)
                           .arg(r.gateTotal);
        if (isStale(r))
            text +=
                r.lastMeetingAt.isValid()
                    ? tr(", stalled: %n days since the last meeting", nullptr, daysSinceMeeting(r))
                    : tr(", stalled: no meeting in %n days in this stage", nullptr, daysInStage(r));
        return text;
    }
    case NameRole:
        return p.name;
    case OwnerRole:
        return p.owner;
    case ValueTextRole:
        return Format::moneyShort(p.value.minor, p.value.currency);
    case DaysInStageRole:
        return daysInStage(r);
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

Qt::ItemFlags ProspectListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
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
