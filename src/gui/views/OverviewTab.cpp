#include "OverviewTab.h"

#include "ReadError.h"
#include "core/CloseDates.h"
#include "core/Money.h"

#include "Session.h"
#include "commands/Commands.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/DialogParts.h"
#include "models/ContactModel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <cmath>

namespace accord::gui {

namespace {
QLineEdit* field(QWidget* parent, const char* name)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}

void setIfIdle(QLineEdit* e, const QString& text)
{
    // Leave a field alone only while someone is typing in it.
    if (!(e->hasFocus() && e->isModified()) && e->text() != text)
        e->setText(text);
}
} // namespace

OverviewTab::OverviewTab(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("overviewTab"));
    auto* profile = new QGroupBox(tr("Profile"), this);
    auto* form = new QFormLayout(profile);
    m_name = field(profile, "nameEdit");
    m_owner = field(profile, "ownerEdit");
    m_industry = field(profile, "industryEdit");
    m_segment = field(profile, "segmentEdit");
    m_website = field(profile, "websiteEdit");
    m_value = valueSpinBox(profile);
    m_tagsEdit = field(profile, "tagsEdit");
    m_tagsEdit->setPlaceholderText(tr("Comma-separated"));
    addProfileRows(form, {m_name, m_owner, m_industry, m_segment, m_website, m_value});
    form->addRow(tr("&Tags:"), m_tagsEdit);

    auto* closing = new QGroupBox(tr("Expected close"), this);
    auto* closeForm = new QFormLayout(closing);
    const OptionalDate close =
        optionalDate(tr("Expected to close on"), QStringLiteral("hasCloseCheck"),
                     QStringLiteral("closeEdit"), closing);
    m_hasClose = close.check;
    m_close = close.date;
    m_slippage = new QLabel(closing);
    m_slippage->setObjectName(QStringLiteral("slippageLabel"));
    m_slippage->setWordWrap(true);
    closeForm->addRow(tr("Close date:"), close.row);
    closeForm->addRow(tr("History:"), m_slippage);

    auto* next = new QGroupBox(tr("Next step"), this);
    auto* nextForm = new QFormLayout(next);
    m_nextStep = field(next, "nextStepEdit");
    const OptionalDate due =
        optionalDate(tr("Due"), QStringLiteral("hasDueCheck"), QStringLiteral("dueEdit"), next);
    m_hasDue = due.check;
    m_due = due.date;
    nextForm->addRow(tr("&What:"), m_nextStep);
    nextForm->addRow(tr("When:"), due.row);

    m_error = errorLabel(this);

    auto* contacts = new QGroupBox(tr("Contacts"), this);
    auto* cl = new QVBoxLayout(contacts);
    m_contacts = new ContactModel(session, this);
    m_contactView = new QTableView(contacts);
    m_contactView->setObjectName(QStringLiteral("contactsView"));
    m_contactView->setAccessibleName(tr("Contacts"));
    m_contactView->setModel(m_contacts);
    m_contactView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contactView->verticalHeader()->hide();
    m_contactView->horizontalHeader()->setStretchLastSection(true);
    m_contactView->setColumnWidth(ContactModel::NameColumn, 150);
    m_contactView->setColumnWidth(ContactModel::TitleColumn, 150);
    m_contactView->setWordWrap(false);
    connect(m_contacts, &QAbstractItemModel::modelReset, m_contactView,
            &QTableView::resizeColumnsToContents);
    cl->addWidget(m_contactView);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(pushButton(tr("&Add…"), QStringLiteral("addContactButton"), contacts,
                                  [this] { addContact(); }));
    buttons->addWidget(pushButton(tr("&Edit…"), QStringLiteral("editContactButton"), contacts,
                                  [this] { editContact(); }));
    buttons->addWidget(pushButton(tr("&Remove"), QStringLiteral("removeContactButton"), contacts,
                                  [this] { removeContact(); }));
    buttons->addStretch();
    cl->addLayout(buttons);
    connect(m_contactView, &QTableView::activated, this, [this] { editContact(); });

    auto* left = new QVBoxLayout;
    left->addWidget(profile);
    left->addWidget(closing);
    left->addWidget(next);
    left->addWidget(m_error);
    left->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(contacts, 3);

    m_texts = {{m_name, &core::Prospect::name},         {m_owner, &core::Prospect::owner},
               {m_industry, &core::Prospect::industry}, {m_segment, &core::Prospect::segment},
               {m_website, &core::Prospect::website},   {m_nextStep, &core::Prospect::nextStep}};
    for (const auto& [edit, member] : m_texts)
        connect(edit, &QLineEdit::editingFinished, this, &OverviewTab::commit);
    connect(m_value, &QDoubleSpinBox::editingFinished, this, &OverviewTab::commit);
    connect(m_hasDue, &QCheckBox::toggled, this, &OverviewTab::commit);
    connect(m_due, &QDateEdit::editingFinished, this, &OverviewTab::commit);
    connect(m_hasClose, &QCheckBox::toggled, this, &OverviewTab::commit);
    connect(m_close, &QDateEdit::editingFinished, this, &OverviewTab::commit);
    connect(m_tagsEdit, &QLineEdit::editingFinished, this, &OverviewTab::commitTags);
    connect(&m_session, &Session::storeChanged, this, &OverviewTab::reload);
}

void OverviewTab::setProspect(core::Id id)
{
    m_id = id;
    m_contacts->setProspect(id);
    m_error->hide();
    reload();
}

void OverviewTab::reload()
{
    std::optional<core::Prospect> p;
    std::vector<core::CloseChange> closeHistory;
    tryRead(m_session, tr("The prospect could not be read: %1"), [&] {
        p = m_session.store().prospects().find(m_id);
        m_tags = m_session.store().prospects().tags(m_id);
        closeHistory = m_session.store().prospects().closeHistory(m_id);
    });
    if (!p)
        return;
    m_prospect = *p;
    for (const auto& [edit, member] : m_texts)
        setIfIdle(edit, (*p).*member);
    setIfIdle(m_tagsEdit, m_tags.join(QLatin1String(", ")));
    if (!m_value->hasFocus())
        m_value->setValue(static_cast<double>(p->value.minor) /
                          static_cast<double>(core::minorPerMajor(p->value.currency)));
    m_value->setSuffix(QLatin1Char(' ') + p->value.currency);
    {
        QSignalBlocker blockClose(m_hasClose);
        m_hasClose->setChecked(p->expectedClose.isValid());
        m_close->setEnabled(p->expectedClose.isValid());
        if (!m_close->hasFocus())
            m_close->setDate(p->expectedClose.isValid() ? p->expectedClose
                                                        : m_session.now().date().addMonths(3));
        const core::Slippage slipped = core::slippageOf(closeHistory);
        m_slippage->setText(closeHistory.empty()
                                ? tr("no close date set yet")
                                : tr("The close date %1.").arg(core::slippageText(slipped)));
    }
    QSignalBlocker block(m_hasDue);
    m_hasDue->setChecked(p->nextStepDue.isValid());
    m_due->setEnabled(p->nextStepDue.isValid());
    if (!m_due->hasFocus())
        m_due->setDate(p->nextStepDue.isValid() ? p->nextStepDue
                                                : m_session.now().date().addDays(7));
}

void OverviewTab::commit()
{
    if (m_id == core::kNoId)
        return;
    core::Prospect after = m_prospect;
    for (const auto& [edit, member] : m_texts) {
        after.*member = edit->text().trimmed();
        edit->setModified(false);
    }
    after.value.minor = std::llround(
        m_value->value() * static_cast<double>(core::minorPerMajor(after.value.currency)));
    after.nextStepDue = m_hasDue->isChecked() ? m_due->date() : QDate();
    after.expectedClose = m_hasClose->isChecked() ? m_close->date() : QDate();
    if (after == m_prospect)
        return;
    m_error->hide();
    QString failure;
    auto conn = connect(&m_session, &Session::commandFailed, this,
                        [&failure](const QString& m) { failure = m; });
    if (!m_session.execute(makeEditProspect(m_session, m_prospect, after))) {
        m_error->setText(failure);
        m_error->show();
    }
    disconnect(conn);
}

void OverviewTab::commitTags()
{
    const QStringList tags = core::WorkspaceService::parseTags(m_tagsEdit->text());
    if (tags == m_tags || m_id == core::kNoId)
        return;
    const core::Id id = m_id;
    m_session.execute(makeEditTags(m_session, id, m_tags, tags));
}

void OverviewTab::addContact()
{
    core::Contact c;
    c.prospectId = m_id;
    ContactDialog dlg(c, this);
    if (dlg.exec() == QDialog::Accepted)
        m_session.execute(makeAddContact(m_session, dlg.contact()));
}

void OverviewTab::editContact()
{
    const core::Contact* c = m_contacts->contactAt(m_contactView->currentIndex().row());
    if (!c)
        return;
    const core::Contact before = *c;
    ContactDialog dlg(before, this);
    if (dlg.exec() == QDialog::Accepted && !(dlg.contact() == before))
        m_session.execute(makeEditContact(m_session, before, dlg.contact()));
}

void OverviewTab::removeContact()
{
    const core::Contact* c = m_contacts->contactAt(m_contactView->currentIndex().row());
    if (!c)
        return;
    m_session.execute(makeRemoveContact(m_session, *c));
}

} // namespace accord::gui
