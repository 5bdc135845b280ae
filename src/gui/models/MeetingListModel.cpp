#include "MeetingListModel.h"

#include "Format.h"
#include "ReadError.h"
#include "Session.h"
#include "views/TextLabel.h"

namespace accord::gui {

MeetingListModel::MeetingListModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &Session::storeChanged, this, &MeetingListModel::reload);
}

void MeetingListModel::setProspect(core::Id prospectId)
{
    m_prospectId = prospectId;
    m_busy = true; // listeners (views, testers) must not fetch into a change
    beginResetModel();
    m_rows = query(m_pageSize, 0);
    m_more = static_cast<int>(m_rows.size()) == m_pageSize;
    endResetModel();
    m_busy = false;
}

void MeetingListModel::setFilter(const core::ProspectFilter& filter)
{
    m_filter = filter;
    m_filter->trash = core::ProspectFilter::Trash::Exclude;
    setProspect(m_prospectId);
}

std::vector<core::Meeting> MeetingListModel::query(int limit, int offset) const
{
    std::vector<core::Meeting> rows;
    tryRead(m_session, tr("The meetings could not be read: %1"), [&] {
        auto& repo = m_session.store().meetings();
        if (m_prospectId != core::kNoId)
            rows = repo.forProspect(m_prospectId, limit, offset);
        else
            rows = m_filter ? repo.recentOf(*m_filter, limit, offset) : repo.recent(limit, offset);
    });
    return rows;
}

void MeetingListModel::reload()
{
    m_names.clear();
    const int want = std::max(m_pageSize, rowCount());
    std::vector<core::Meeting> fresh = query(want, 0);
    m_more = static_cast<int>(fresh.size()) == want;
    if (fresh == m_rows)
        return;
    m_busy = true; // listeners (views, testers) must not fetch into a change
    beginResetModel();
    m_rows = std::move(fresh);
    endResetModel();
    m_busy = false;
}

const core::Meeting* MeetingListModel::meetingAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingListModel::prospectName(core::Id id) const
{
    auto it = m_names.constFind(id);
    if (it != m_names.constEnd())
        return *it;
    QString name;
    tryRead(m_session, tr("A prospect's name could not be read: %1"), [&] {
        if (auto p = m_session.store().prospects().find(id))
            name = p->name;
    });
    m_names.insert(id, name);
    return name;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Meeting& m = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return Format::dateTime(m.occurredAt);
        case ProspectColumn:
            return prospectName(m.prospectId);
        case KindColumn:
            return core::meetingKindName(m.kind);
        case SummaryColumn:
            return m.summary;
        case LoggedByColumn:
            return m.loggedBy;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return plainToolTip(m.notes.left(500)); // shown as typed, never as markup
    case IdRole:
        return m.id;
    case ProspectIdRole:
        return m.prospectId;
    case KindRole:
        return core::meetingKindName(m.kind);
    case SummaryRole:
        return m.summary;
    case DetailsRole: {
        QStringList parts;
        if (!m.attendees.isEmpty())
            parts << tr("With %1").arg(m.attendees);
        if (!m.learned.isEmpty())
            parts << tr("Learned: %1").arg(m.learned);
        if (!m.nextStep.isEmpty())
            parts << tr("Next: %1").arg(m.nextStep);
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ProspectColumn:
        return tr("Prospect");
    case KindColumn:
        return tr("Kind");
    case SummaryColumn:
        return tr("Summary");
    case LoggedByColumn:
        return tr("Logged by");
    default:
        return {};
    }
}

bool MeetingListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_busy;
}

void MeetingListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || m_busy)
        return;
    std::vector<core::Meeting> page = query(m_pageSize, rowCount());
    m_more = static_cast<int>(page.size()) == m_pageSize;
    if (page.empty())
        return;
    m_busy = true;
    beginInsertRows({}, rowCount(), rowCount() + static_cast<int>(page.size()) - 1);
    m_rows.insert(m_rows.end(), page.begin(), page.end());
    endInsertRows();
    m_busy = false;
}

} // namespace accord::gui
