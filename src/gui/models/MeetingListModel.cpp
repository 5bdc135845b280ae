#include "MeetingListModel.h"

#include "Format.h"
#include "ReadError.h"
#include "Session.h"
#include "views/TextLabel.h"

namespace accord::gui {

const MeetingListModel::ColumnDef MeetingListModel::kColumns[] = {
    {QT_TR_NOOP("When"), [](auto&, auto& m) -> QVariant { return Format::dateTime(m.occurredAt); }},
    {QT_TR_NOOP("Prospect"),
     [](auto& model, auto& m) -> QVariant { return model.prospectName(m.prospectId); }},
    {QT_TR_NOOP("Kind"), [](auto&, auto& m) -> QVariant { return core::meetingKindName(m.kind); }},
    {QT_TR_NOOP("Summary"), memberCell<&core::Meeting::summary>},
    {QT_TR_NOOP("Logged by"), memberCell<&core::Meeting::loggedBy>},
};

MeetingListModel::MeetingListModel(Session& session, QObject* parent)
    : PagedTableModel(kColumns, memberCell<&core::Meeting::id>, parent), m_session(session)
{
    connect(&m_session, &Session::storeChanged, this, &MeetingListModel::reload);
}

void MeetingListModel::setProspect(core::Id prospectId)
{
    m_prospectId = prospectId;
    loadFirstPage();
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
    std::vector<core::Meeting> fresh = queryLoaded();
    if (fresh != m_rows)
        resetLoaded(std::move(fresh));
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

QString MeetingListModel::details(const core::Meeting& m)
{
    QStringList parts;
    if (!m.attendees.isEmpty())
        parts << tr("With %1").arg(m.attendees);
    if (!m.learned.isEmpty())
        parts << tr("Learned: %1").arg(m.learned);
    if (!m.nextStep.isEmpty())
        parts << tr("Next: %1").arg(m.nextStep);
    return parts.join(QStringLiteral(" · "));
}

QVariant MeetingListModel::roleData(const core::Meeting& m, int, int role) const
{
    switch (role) {
    case Qt::ToolTipRole:
        return plainToolTip(m.notes.left(500)); // shown as typed, never as markup
    case ProspectIdRole:
        return m.prospectId;
    case KindRole:
        return core::meetingKindName(m.kind);
    case SummaryRole:
        return m.summary;
    case DetailsRole:
        return details(m);
    default:
        return {};
    }
}

} // namespace accord::gui
