#include "LiveValidation.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace accord::gui {

namespace {
/// Connects `signal` of every `Editor` under `form` to `slot`.
template <typename Editor, typename... Args, typename Slot>
void watch(QWidget* form, void (Editor::*signal)(Args...), QObject* context, const Slot& slot)
{
    for (auto* e : form->findChildren<Editor*>())
        QObject::connect(e, signal, context, slot);
}
} // namespace

void revalidateOnEdit(QWidget* form, QLabel* error, std::function<QString()> check)
{
    const auto recheck = [error, check = std::move(check)] {
        if (!error->isVisibleTo(error->window()))
            return;
        const QString problem = check();
        if (problem.isEmpty())
            error->hide();
        else if (problem != error->text())
            error->setText(problem);
    };
    watch(form, &QLineEdit::textChanged, error, recheck);
    watch(form, &QComboBox::currentTextChanged, error, recheck);
    watch(form, &QPlainTextEdit::textChanged, error, recheck);
    watch(form, &QSpinBox::valueChanged, error, recheck);
    watch(form, &QDoubleSpinBox::valueChanged, error, recheck);
    watch(form, &QDateTimeEdit::dateTimeChanged, error, recheck);
    watch(form, &QListWidget::itemChanged, error, recheck);
    for (auto* e : form->findChildren<QAbstractButton*>())
        if (e->isCheckable())
            QObject::connect(e, &QAbstractButton::toggled, error, recheck);
}

} // namespace accord::gui
