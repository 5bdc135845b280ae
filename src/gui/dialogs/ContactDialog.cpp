#include "ContactDialog.h"

#include "core/EnumTraits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace accord::gui {

ContactDialog::ContactDialog(const core::Contact& contact, QWidget* parent)
    : FormDialog(parent), m_contact(contact)
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contact.id == core::kNoId ? tr("Add contact") : tr("Edit contact"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(contact.name, this);
    m_name->setObjectName(QStringLiteral("contactNameEdit"));
    m_title = new QLineEdit(contact.title, this);
    m_title->setObjectName(QStringLiteral("contactTitleEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("contactRoleCombo"));
    for (const core::ContactRole r : core::EnumTraits<core::ContactRole>::values())
        m_role->addItem(core::contactRoleName(r), static_cast<int>(r));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(contact.role)));
    m_email = new QLineEdit(contact.email, this);
    m_email->setObjectName(QStringLiteral("contactEmailEdit"));
    m_phone = new QLineEdit(contact.phone, this);
    m_phone->setObjectName(QStringLiteral("contactPhoneEdit"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    setForm(form);
}

QString ContactDialog::problem() const
{
    return validationProblem(contact());
}

core::Contact ContactDialog::contact() const
{
    core::Contact c = m_contact;
    c.name = m_name->text().trimmed();
    c.title = m_title->text().trimmed();
    c.role = static_cast<core::ContactRole>(m_role->currentData().toInt());
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    return c;
}

} // namespace accord::gui
