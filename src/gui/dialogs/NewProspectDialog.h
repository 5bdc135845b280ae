#pragma once

// The short form for a new prospect.

#include "DialogParts.h"
#include "core/Model.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace accord::gui {

class Session;

/// Name, owner, industry, segment, website, value. Validates with core::validate.
class NewProspectDialog : public FormDialog
{
    Q_OBJECT
public:
    NewProspectDialog(Session& session, QWidget* parent = nullptr);
    core::Prospect prospect() const;

private:
    QString problem() const override;
    Session& m_session;
    QLineEdit* m_name;
    QComboBox* m_owner;
    QComboBox* m_industry;
    QLineEdit* m_segment;
    QLineEdit* m_website;
    QDoubleSpinBox* m_value;
};

} // namespace accord::gui
