#include "NewProspectDialog.h"

#include "ReadError.h"
#include "Session.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

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
    : FormDialog(parent), m_session(session)
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
    m_value = valueSpinBox(this);
    m_value->setSuffix(QLatin1Char(' ') + session.pipelineSettings().currency);
    addProfileRows(form, {m_name, m_owner, m_industry, m_segment, m_website, m_value});
    setForm(form);
    resize(440, sizeHint().height());
}

QString NewProspectDialog::problem() const
{
    return validationProblem(prospect());
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

} // namespace accord::gui
