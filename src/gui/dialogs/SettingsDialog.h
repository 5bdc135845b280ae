#pragma once

// The settings: your name (this computer), stale thresholds, stage
// probabilities, the currency and its exchange rates, the daily backups and
// the gate criteria (all but your name shared by everyone using the file).

#include "core/PipelineSettings.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace accord::gui {

class BackupSettingsBox;
class Prompter;
class ReasonsPage;
class Session;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `prompter` picks the backup folder (nullptr: the standard folder dialog).
    SettingsDialog(Session& session, QWidget* parent = nullptr, Prompter* prompter = nullptr);
    void accept() override;
    ReasonsPage* reasonsPage() const { return m_reasons; }

private:
    QWidget* buildCurrencyPage(QWidget* parent);
    void addRateRow(const QString& code, const QString& rate);
    /// The rates as entered; nullopt (with the reason shown) when one cannot be used.
    std::optional<core::ExchangeRates> enteredRates(const QString& pipelineCurrency);

    Session& m_session;
    QTabWidget* m_tabs;
    QLineEdit* m_name;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    std::array<QSpinBox*, 3> m_stale{};
    std::array<QSpinBox*, 4> m_probability{};
    QComboBox* m_currency;
    QTableWidget* m_rates = nullptr;
    QLabel* m_ratesError = nullptr;
    BackupSettingsBox* m_backups = nullptr;
    ReasonsPage* m_reasons = nullptr;
    // As read when the dialog opened: only a change is written.
    core::PipelineSettings m_loadedSettings;
};

} // namespace accord::gui
