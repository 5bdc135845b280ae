#pragma once

// The contacts of one prospect.

#include "ProspectRowsModel.h"

#include "core/Store.h"

namespace accord::gui {

class ContactModel : public ProspectRowsModel<ContactModel, core::Contact>
{
    Q_OBJECT
public:
    enum Column { NameColumn, TitleColumn, RoleColumn, EmailColumn, PhoneColumn, ColumnCount };
    enum Role { IdRole = kKeyRole };
    explicit ContactModel(Session& session, QObject* parent = nullptr);
    const core::Contact* contactAt(int row) const { return rowAt(row); }

protected:
    std::vector<core::Contact> fetch(core::Store& store, core::Id prospect) const override;

private:
    static const ColumnDef kColumns[];
};

} // namespace accord::gui
