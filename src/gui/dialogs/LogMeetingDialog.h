#pragma once

// Log a meeting (or edit one): type-ahead prospect picker, when, kind,
// attendees from the prospect's contacts, summary, notes, shared / learned,
// next step and due date. Validation messages appear inside the dialog.

#include "core/Model.h"

#include <QDialog>
#include <QHash>

#include <utility>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStringListModel;

namespace accord::gui {

class Session;

class LogMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new meeting, for `prospectId` when set.
    LogMeetingDialog(Session& session, core::Id prospectId, QWidget* parent = nullptr);
    /// Edits `existing`.
    LogMeetingDialog(Session& session, const core::Meeting& existing, QWidget* parent = nullptr);

    bool isEdit() const { return m_existing.id != core::kNoId; }
    const core::Meeting& original() const { return m_existing; }
    /// The meeting as entered (valid after the dialog was accepted).
    core::Meeting meeting() const;
    core::Id prospectId() const { return m_prospectId; }
    void setProspect(core::Id id);
    /// Fills the form of a new meeting from `m` (a done activity's), attendees
    /// ticked by name.
    void prefill(const core::Meeting& m);

    void accept() override;

private:
    void build();
    void load(const core::Meeting& m);
    void updateCompletions(const QString& text);
    void resolveProspect();
    void loadContacts(const QStringList& checked);
    void showError(const QString& field, const QString& message);
    /// The field and message of the first problem of the form; empty when none.
    std::pair<QString, QString> problem();

    Session& m_session;
    core::Meeting m_existing;
    core::Id m_prospectId = core::kNoId;
    QHash<QString, core::Id> m_ids; // completion text → prospect id

    QLineEdit* m_prospect = nullptr;
    QStringListModel* m_completions = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QSpinBox* m_duration = nullptr;
    QComboBox* m_kind = nullptr;
    QListWidget* m_attendees = nullptr;
    QLineEdit* m_summary = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_shared = nullptr;
    QPlainTextEdit* m_learned = nullptr;
    QLineEdit* m_nextStep = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace accord::gui
