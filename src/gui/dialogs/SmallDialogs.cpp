#include "SmallDialogs.h"

#include "DialogParts.h"
#include "LiveValidation.h"

#include "Session.h"
#include "core/Validation.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

namespace accord::gui {

namespace {
QComboBox* editableCombo(QWidget* parent, const char* name, const QStringList& items)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(QString::fromLatin1(name));
    c->setEditable(true);
    c->addItems(items);
    c->setCurrentText(QString());
    return c;
}
} // namespace

// --- NewProspectDialog

NewProspectDialog::NewProspectDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("newProspectDialog"));
    setWindowTitle(tr("New prospect"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    QStringList owners, industries;
    try {
        owners = session.store().prospects().owners();
        industries = session.store().prospects().industries();
    } catch (const std::exception&) {
    }
    m_owner = editableCombo(this, "ownerCombo", owners);
    m_owner->setCurrentText(session.userName());
    m_industry = editableCombo(this, "industryCombo", industries);
    m_segment = new QLineEdit(this);
    m_segment->setObjectName(QStringLiteral("segmentEdit"));
    m_website = new QLineEdit(this);
    m_website->setObjectName(QStringLiteral("websiteEdit"));
    m_value = new QDoubleSpinBox(this);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setRange(0, 1e12);
    m_value->setDecimals(0);
    m_value->setGroupSeparatorShown(true);
    m_value->setSuffix(QLatin1Char(' ') + session.pipelineSettings().currency);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("Annual &value:"), m_value);
    m_error = errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    resize(440, sizeHint().height());
    revalidateOnEdit(this, m_error, [this] { return problem(); });
}

QString NewProspectDialog::problem() const
{
    try {
        core::validate(prospect());
    } catch (const core::ValidationError& e) {
        return e.message();
    }
    return {};
}

core::Prospect NewProspectDialog::prospect() const
{
    core::Prospect p;
    p.name = m_name->text().trimmed();
    p.owner = m_owner->currentText().trimmed();
    p.industry = m_industry->currentText().trimmed();
    p.segment = m_segment->text().trimmed();
    p.website = m_website->text().trimmed();
    p.value.currency = m_session.pipelineSettings().currency;
    p.value.minor =
        std::llround(m_value->value() * static_cast<double>(core::minorPerMajor(p.value.currency)));
    return p;
}

void NewProspectDialog::accept()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    QDialog::accept();
}

// --- ContactDialog

ContactDialog::ContactDialog(const core::Contact& contact, QWidget* parent)
    : QDialog(parent), m_contact(contact)
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contact.id == core::kNoId ? tr("Add contact") : tr("Edit contact"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(contact.name, this);
    m_name->setObjectName(QStringLiteral("contactNameEdit"));
    m_title = new QLineEdit(contact.title, this);
    m_title->setObjectName(QStringLiteral("contactTitleEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("contactRoleCombo"));
    for (auto r : {core::ContactRole::Executive, core::ContactRole::Operations,
                   core::ContactRole::FieldSales, core::ContactRole::Other})
        m_role->addItem(core::contactRoleName(r), static_cast<int>(r));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(contact.role)));
    m_email = new QLineEdit(contact.email, this);
    m_email->setObjectName(QStringLiteral("contactEmailEdit"));
    m_phone = new QLineEdit(contact.phone, this);
    m_phone->setObjectName(QStringLiteral("contactPhoneEdit"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    m_error = errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    revalidateOnEdit(this, m_error, [this] { return problem(); });
}

QString ContactDialog::problem() const
{
    try {
        core::validate(contact());
    } catch (const core::ValidationError& e) {
        return e.message();
    }
    return {};
}

core::Contact ContactDialog::contact() const
{
    core::Contact c = m_contact;
    c.name = m_name->text().trimmed();
    c.title = m_title->text().trimmed();
    c.role = static_cast<core::ContactRole>(m_role->currentData().toInt());
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    return c;
}

void ContactDialog::accept()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace accord::gui
