#include "ContactModel.h"

namespace accord::gui {

const ContactModel::ColumnDef ContactModel::kColumns[] = {
    {QT_TR_NOOP("Name"), memberCell<&core::Contact::name>},
    {QT_TR_NOOP("Title"), memberCell<&core::Contact::title>},
    {QT_TR_NOOP("Role"), [](auto&, auto& c) -> QVariant { return core::contactRoleName(c.role); }},
    {QT_TR_NOOP("Email"), memberCell<&core::Contact::email>},
    {QT_TR_NOOP("Phone"), memberCell<&core::Contact::phone>},
};

ContactModel::ContactModel(Session& session, QObject* parent)
    : ProspectRowsModel(session, kColumns, memberCell<&core::Contact::id>,
                        tr("The contacts could not be read: %1"), parent)
{}

std::vector<core::Contact> ContactModel::fetch(core::Store& store, core::Id prospect) const
{
    return store.prospects().contacts(prospect);
}

} // namespace accord::gui
