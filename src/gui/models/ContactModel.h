#pragma once

// The contacts of one prospect.

#include "core/Store.h"

#include <QAbstractTableModel>

namespace accord::gui {

class Session;

class ContactModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TitleColumn, RoleColumn, EmailColumn, PhoneColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    explicit ContactModel(Session& session, QObject* parent = nullptr);
    void setProspect(core::Id id);
    void reload();
    const core::Contact* contactAt(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    Session& m_session;
    core::Id m_prospectId = core::kNoId;
    std::vector<core::Contact> m_rows;
};

} // namespace accord::gui
