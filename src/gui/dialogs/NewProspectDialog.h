#pragma once

// The short form for a new prospect.

#include "core/Model.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace accord::gui {

class Session;

/// Name, owner, industry, segment, website, value. Validates with core::validate.
class NewProspectDialog : public QDialog
{
    Q_OBJECT
public:
    NewProspectDialog(Session& session, QWidget* parent = nullptr);
    core::Prospect prospect() const;
    void accept() override;

private:
    QString problem() const;
    Session& m_session;
    QLineEdit* m_name;
    QComboBox* m_owner;
    QComboBox* m_industry;
    QLineEdit* m_segment;
    QLineEdit* m_website;
    QDoubleSpinBox* m_value;
    QLabel* m_error;
};

} // namespace accord::gui
