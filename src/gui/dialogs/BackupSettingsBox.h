#pragma once

// The Backups group of the settings: whether a daily copy is kept, how many,
// and in which folder (core/io/DailyBackups.h). Shared by everyone using the
// file, so only what the user changed here is written, and only if nobody
// changed it since the box read it.

#include "core/io/DailyBackups.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace accord::gui {

class Prompter;
class Session;

class BackupSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    /// `prompter` picks the folder (nullptr: the standard folder dialog).
    BackupSettingsBox(Session& session, Prompter* prompter, QWidget* parent = nullptr);

    /// Checks the fields: false, with the reason shown, when they cannot be
    /// used. `toSave` gets the policy when it differs from what was read.
    bool check(std::optional<core::BackupPolicy>& toSave);
    /// Writes `policy`: only the values that differ from what the box read,
    /// refused (core::SettingChangedError) when someone changed one since.
    void save(const core::BackupPolicy& policy);
    /// Puts the cursor in the folder field (after a refusal).
    void focusFolder();

private:
    void chooseFolder();

    Session& m_session;
    Prompter* m_prompter;
    QCheckBox* m_enabled = nullptr;
    QSpinBox* m_keep = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_error = nullptr;
    // As read when the box was made, the folder as stored (empty: the default).
    core::BackupPolicy m_loaded;
};

} // namespace accord::gui
