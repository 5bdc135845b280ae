#pragma once

// Small pieces every short form uses alike: the red error line under a form,
// the OK / Cancel row, a form dialog that will not close on a problem, the
// fields a prospect's profile shows, and a date that a check box turns on.

#include "core/Validation.h"

#include <QDialog>
#include <QDialogButtonBox>

#include <functional>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace accord::gui {

/// A hidden, word-wrapping, plain-text error line ("errorLabel").
QLabel* errorLabel(QWidget* parent);

/// OK and Cancel, wired to the dialog's accept() and reject().
QDialogButtonBox* okCancel(QDialog* dialog);

/// A push button named `name` that runs `onClick` (while `parent` lives).
QPushButton* pushButton(const QString& text, const QString& name, QWidget* parent,
                        std::function<void()> onClick);

/// The first problem core::validate finds in `record`, empty when none.
template <typename T> QString validationProblem(const T& record)
{
    try {
        core::validate(record);
    } catch (const core::ValidationError& e) {
        return e.message();
    }
    return {};
}

/// A short form dialog: its form, the error line and OK / Cancel. OK shows the
/// first problem instead of closing while there is one, and from then on the
/// line follows every edit.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    void accept() override;

protected:
    using QDialog::QDialog;
    /// Lays out `form` over the error line and the buttons; call once the
    /// form's fields are made.
    void setForm(QFormLayout* form);
    /// The form's first problem, empty when it has none.
    virtual QString problem() const = 0;

private:
    QLabel* m_error = nullptr;
};

/// The fields of a prospect's profile, as the new-prospect form and the
/// Overview tab show them.
struct ProfileFields
{
    QWidget* name;
    QWidget* owner;
    QWidget* industry;
    QWidget* segment;
    QWidget* website;
    QDoubleSpinBox* value;
};

/// An amount in whole units of the pipeline currency ("valueEdit").
QDoubleSpinBox* valueSpinBox(QWidget* parent);
/// Adds the profile's rows, labelled, to `form`.
void addProfileRows(QFormLayout* form, const ProfileFields& fields);

/// A check box and the date it sets ("Due", "Signed on") side by side in
/// `row`; the date is enabled only while the box is ticked.
struct OptionalDate
{
    QCheckBox* check;
    QDateEdit* date;
    QHBoxLayout* row;
};
OptionalDate optionalDate(const QString& text, const QString& checkName, const QString& dateName,
                          QWidget* parent);

} // namespace accord::gui
