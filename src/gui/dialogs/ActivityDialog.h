#pragma once

// Plan an activity, or edit one: kind, title, due day with an optional time,
// duration, owner, contact and note. The form shows core's first problem
// instead of closing.

#include "DialogParts.h"

#include "core/Model.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace accord::gui {

class Session;

class ActivityDialog : public FormDialog
{
    Q_OBJECT
public:
    /// `activity` is the one to edit, or a new one of its prospect (kNoId).
    ActivityDialog(Session& session, const core::Activity& activity, QWidget* parent = nullptr);
    /// The activity as entered.
    core::Activity activity() const;

protected:
    QString problem() const override;

private:
    core::Activity m_activity;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QDateEdit* m_due;
    QCheckBox* m_timed;
    QTimeEdit* m_time;
    QSpinBox* m_duration;
    QComboBox* m_owner;
    QComboBox* m_contact;
    QPlainTextEdit* m_note;
};

} // namespace accord::gui
