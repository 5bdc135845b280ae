#pragma once

// The short forms: a new prospect, a contact, and the settings.

#include "core/Model.h"
#include "core/PipelineSettings.h"

#include <QDialog>

#include <array>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

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
    Session& m_session;
    QLineEdit* m_name;
    QComboBox* m_owner;
    QComboBox* m_industry;
    QLineEdit* m_segment;
    QLineEdit* m_website;
    QDoubleSpinBox* m_value;
    QLabel* m_error;
};

class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    ContactDialog(const core::Contact& contact, QWidget* parent = nullptr);
    core::Contact contact() const;
    void accept() override;

private:
    core::Contact m_contact;
    QLineEdit* m_name;
    QLineEdit* m_title;
    QComboBox* m_role;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLabel* m_error;
};

/// Your name (this computer), stale thresholds, stage probabilities and the
/// currency (shared by everyone using the file).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Session& session, QWidget* parent = nullptr);
    void accept() override;

private:
    Session& m_session;
    QLineEdit* m_name;
    std::array<QSpinBox*, 3> m_stale{};
    std::array<QSpinBox*, 4> m_probability{};
    QComboBox* m_currency;
};

} // namespace accord::gui
