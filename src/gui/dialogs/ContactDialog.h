#pragma once

// The short form for adding or editing a contact of a prospect.

#include "DialogParts.h"
#include "core/Model.h"

class QComboBox;
class QLineEdit;

namespace accord::gui {

/// Name, title, role, email and phone. Validates with core::validate.
class ContactDialog : public FormDialog
{
    Q_OBJECT
public:
    ContactDialog(const core::Contact& contact, QWidget* parent = nullptr);
    core::Contact contact() const;

private:
    QString problem() const override;
    core::Contact m_contact;
    QLineEdit* m_name;
    QLineEdit* m_title;
    QComboBox* m_role;
    QLineEdit* m_email;
    QLineEdit* m_phone;
};

} // namespace accord::gui
