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
    for (auto* e : form->findChildren<QLineEdit*>())
        QObject::connect(e, &QLineEdit::textChanged, error, recheck);
    for (auto* e : form->findChildren<QComboBox*>())
        QObject::connect(e, &QComboBox::currentTextChanged, error, recheck);
    for (auto* e : form->findChildren<QPlainTextEdit*>())
        QObject::connect(e, &QPlainTextEdit::textChanged, error, recheck);
    for (auto* e : form->findChildren<QSpinBox*>())
        QObject::connect(e, &QSpinBox::valueChanged, error, recheck);
    for (auto* e : form->findChildren<QDoubleSpinBox*>())
        QObject::connect(e, &QDoubleSpinBox::valueChanged, error, recheck);
    for (auto* e : form->findChildren<QDateTimeEdit*>())
        QObject::connect(e, &QDateTimeEdit::dateTimeChanged, error, recheck);
    for (auto* e : form->findChildren<QAbstractButton*>())
        if (e->isCheckable())
            QObject::connect(e, &QAbstractButton::toggled, error, recheck);
    for (auto* e : form->findChildren<QListWidget*>())
        QObject::connect(e, &QListWidget::itemChanged, error, recheck);
}

} // namespace accord::gui
