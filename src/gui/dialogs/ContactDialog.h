#pragma once

// The short form for adding or editing a contact of a prospect.

#include "core/Model.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace accord::gui {

/// Name, title, role, email and phone. Validates with core::validate.
class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    ContactDialog(const core::Contact& contact, QWidget* parent = nullptr);
    core::Contact contact() const;
    void accept() override;

private:
    QString problem() const;
    core::Contact m_contact;
    QLineEdit* m_name;
    QLineEdit* m_title;
    QComboBox* m_role;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLabel* m_error;
};

} // namespace accord::gui
