#include "DialogParts.h"
#include "Theme.h"

#include "LiveValidation.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace accord::gui {

namespace {
/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::gui::ProfileFields)
};
} // namespace

QLabel* errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setTextFormat(Qt::PlainText); // messages quote what was typed
    l->setWordWrap(true);
    theme::toneText(l, theme::Tone::Error, true);
    l->hide();
    return l;
}

QDialogButtonBox* okCancel(QDialog* dialog)
{
    auto* b = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(b, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(b, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return b;
}

QPushButton* pushButton(const QString& text, const QString& name, QWidget* parent,
                        std::function<void()> onClick)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    QObject::connect(b, &QPushButton::clicked, parent, std::move(onClick));
    return b;
}

void FormDialog::setForm(QFormLayout* form)
{
    m_error = errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    revalidateOnEdit(this, m_error, [this] { return problem(); });
}

void FormDialog::accept()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    QDialog::accept();
}

QDoubleSpinBox* valueSpinBox(QWidget* parent)
{
    auto* value = new QDoubleSpinBox(parent);
    value->setObjectName(QStringLiteral("valueEdit"));
    value->setRange(0, 1e12);
    value->setDecimals(0);
    value->setGroupSeparatorShown(true);
    return value;
}

void addProfileRows(QFormLayout* form, const ProfileFields& fields)
{
    form->addRow(Text::tr("&Name:"), fields.name);
    form->addRow(Text::tr("&Owner:"), fields.owner);
    form->addRow(Text::tr("&Industry:"), fields.industry);
    form->addRow(Text::tr("&Segment:"), fields.segment);
    form->addRow(Text::tr("&Website:"), fields.website);
    form->addRow(Text::tr("Annual &value:"), fields.value);
}

OptionalDate optionalDate(const QString& text, const QString& checkName, const QString& dateName,
                          QWidget* parent)
{
    OptionalDate d{new QCheckBox(text, parent), new QDateEdit(parent), new QHBoxLayout};
    d.check->setObjectName(checkName);
    d.date->setObjectName(dateName);
    d.date->setAccessibleName(QString(text).remove(u'&')); // named by its check box
    d.date->setCalendarPopup(true);
    d.date->setEnabled(false);
    QObject::connect(d.check, &QCheckBox::toggled, d.date, &QWidget::setEnabled);
    d.row->addWidget(d.check);
    d.row->addWidget(d.date, 1);
    return d;
}

} // namespace accord::gui
