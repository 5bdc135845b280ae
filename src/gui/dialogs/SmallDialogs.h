#pragma once

// The short forms: a new prospect, a contact, and the settings.

#include "core/Model.h"
#include "core/PipelineSettings.h"
#include "storage/Backups.h"

#include <QDialog>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace accord::gui {

class Prompter;
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

/// Your name (this computer), stale thresholds, stage probabilities, the
/// currency and the daily backups (shared by everyone using the file).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `prompter` picks the backup folder (nullptr: the standard folder dialog).
    SettingsDialog(Session& session, QWidget* parent = nullptr, Prompter* prompter = nullptr);
    void accept() override;

private:
    QWidget* buildBackupGroup(QWidget* parent);
    QWidget* buildCurrencyPage(QWidget* parent);
    void addRateRow(const QString& code, const QString& rate);
    /// The rates as entered; nullopt (with the reason shown) when one cannot be used.
    std::optional<core::ExchangeRates> enteredRates(const QString& pipelineCurrency);
    void chooseBackupFolder();
    /// Checks the backup fields and saves them when they changed; false (with
    /// the reason shown) when they cannot be used.
    /// Checks the backup settings; `toSave` gets them when they changed.
    bool checkBackups(std::optional<storage::BackupPolicy>& toSave);

    Session& m_session;
    Prompter* m_prompter;
    QTabWidget* m_tabs;
    QLineEdit* m_name;
    std::array<QSpinBox*, 3> m_stale{};
    std::array<QSpinBox*, 4> m_probability{};
    QComboBox* m_currency;
    QTableWidget* m_rates = nullptr;
    QLabel* m_ratesError = nullptr;
    QCheckBox* m_backupEnabled = nullptr;
    QSpinBox* m_backupKeep = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QLabel* m_backupError = nullptr;
    // As read when the dialog opened: only a change is written.
    bool m_loadedEnabled = true;
    int m_loadedKeep = 0;
    QString m_loadedFolder;
};

} // namespace accord::gui
