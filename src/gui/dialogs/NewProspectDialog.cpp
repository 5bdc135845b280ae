#include "NewProspectDialog.h"

#include "DialogParts.h"
#include "LiveValidation.h"

#include "ReadError.h"
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

NewProspectDialog::NewProspectDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("newProspectDialog"));
    setWindowTitle(tr("New prospect"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    QStringList owners, industries;
    tryRead(session, tr("The owners and industries could not be read: %1"), [&] {
        owners = session.store().prospects().owners();
        industries = session.store().prospects().industries();
    });
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

} // namespace accord::gui
