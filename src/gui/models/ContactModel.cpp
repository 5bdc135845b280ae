#include "ContactModel.h"

#include "ReadError.h"
#include "Session.h"

namespace accord::gui {

ContactModel::ContactModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &Session::storeChanged, this, &ContactModel::reload);
}

void ContactModel::setProspect(core::Id id)
{
    m_prospectId = id;
    reload();
}

void ContactModel::reload()
{
    std::vector<core::Contact> fresh;
    tryRead(m_session, tr("The contacts could not be read: %1"), [&] {
        if (m_prospectId != core::kNoId)
            fresh = m_session.store().prospects().contacts(m_prospectId);
    });
    if (fresh == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(fresh);
    endResetModel();
}

const core::Contact* ContactModel::contactAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int ContactModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Contact& c = m_rows[static_cast<size_t>(index.row())];
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case TitleColumn:
        return c.title;
    case RoleColumn:
        return core::contactRoleName(c.role);
    case EmailColumn:
        return c.email;
    case PhoneColumn:
        return c.phone;
    default:
        return {};
    }
}

QVariant ContactModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TitleColumn:
        return tr("Title");
    case RoleColumn:
        return tr("Role");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

} // namespace accord::gui
