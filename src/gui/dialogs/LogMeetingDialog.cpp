#include "LogMeetingDialog.h"

#include "DialogParts.h"
#include "LiveValidation.h"
#include "ReadError.h"
#include "Session.h"
#include "core/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

namespace accord::gui {

namespace {
constexpr core::MeetingKind kKinds[] = {
    core::MeetingKind::Presentation, core::MeetingKind::Discovery, core::MeetingKind::Workshop,
    core::MeetingKind::Negotiation,  core::MeetingKind::Call,      core::MeetingKind::Email};

QPlainTextEdit* textBox(QWidget* parent, const char* name, int lines)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 14);
    return e;
}
} // namespace

LogMeetingDialog::LogMeetingDialog(Session& session, core::Id prospectId, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    build();
    setWindowTitle(tr("Log meeting"));
    core::Meeting m;
    m.occurredAt = session.now();
    m.durationMinutes = 60;
    load(m);
    if (prospectId != core::kNoId) {
        setProspect(prospectId);
        // The prospect it was opened for is chosen: the field shows it selected,
        // so typing another name replaces it, and the picker offers it.
        updateCompletions(m_prospect->text());
        m_prospectId = prospectId;
        m_prospect->selectAll();
    }
    m_prospect->setFocus();
}

LogMeetingDialog::LogMeetingDialog(Session& session, const core::Meeting& existing, QWidget* parent)
    : QDialog(parent), m_session(session), m_existing(existing)
{
    build();
    setWindowTitle(tr("Edit meeting"));
    load(existing);
    setProspect(existing.prospectId);
    m_prospect->setEnabled(false); // a meeting stays with its prospect
}

void LogMeetingDialog::build()
{
    setObjectName(QStringLiteral("logMeetingDialog"));
    auto* grid = new QGridLayout(this);
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    right->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_prospect = new QLineEdit(this);
    m_prospect->setObjectName(QStringLiteral("prospectEdit"));
    m_prospect->setPlaceholderText(tr("Type a prospect's name"));
    m_completions = new QStringListModel(this);
    auto* completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_prospect->setCompleter(completer);
    connect(m_prospect, &QLineEdit::textEdited, this, &LogMeetingDialog::updateCompletions);
    connect(m_prospect, &QLineEdit::editingFinished, this, &LogMeetingDialog::resolveProspect);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString&) { resolveProspect(); });
    left->addRow(tr("&Prospect:"), m_prospect);

    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("whenEdit"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    left->addRow(tr("&When:"), m_when);

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationEdit"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    left->addRow(tr("&Duration:"), m_duration);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (auto k : kKinds)
        m_kind->addItem(core::meetingKindName(k), static_cast<int>(k));
    left->addRow(tr("&Kind:"), m_kind);

    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setPlaceholderText(tr("One line: what the meeting was about"));
    left->addRow(tr("&Summary:"), m_summary);

    m_attendees = new QListWidget(this);
    m_attendees->setObjectName(QStringLiteral("attendeesList"));
    m_attendees->setAccessibleName(tr("Attendees"));
    m_attendees->setMinimumHeight(80);
    m_attendees->setMaximumHeight(140);
    left->addRow(tr("&Attendees:"), m_attendees);

    m_nextStep = new QLineEdit(this);
    m_nextStep->setObjectName(QStringLiteral("nextStepEdit"));
    left->addRow(tr("Ne&xt step:"), m_nextStep);

    const OptionalDate due =
        optionalDate(tr("D&ue"), QStringLiteral("hasDueCheck"), QStringLiteral("dueEdit"), this);
    m_hasDue = due.check;
    m_due = due.date;
    left->addRow(QString(), due.row);

    m_notes = textBox(this, "notesEdit", 6);
    m_notes->setMinimumHeight(m_notes->height());
    m_notes->setMaximumHeight(QWIDGETSIZE_MAX); // notes take the spare height
    m_shared = textBox(this, "sharedEdit", 3);
    m_learned = textBox(this, "learnedEdit", 3);
    right->addRow(tr("&Notes:"), m_notes);
    right->addRow(tr("What we s&hared:"), m_shared);
    right->addRow(tr("What we &learned:"), m_learned);

    m_error = errorLabel(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LogMeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* leftBox = new QVBoxLayout;
    leftBox->addLayout(left);
    leftBox->addStretch();
    grid->addLayout(leftBox, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_error, 1, 0, 1, 2);
    grid->addWidget(buttons, 2, 0, 1, 2);
    resize(860, 500);
    revalidateOnEdit(this, m_error, [this] { return problem().second; });
}

void LogMeetingDialog::load(const core::Meeting& m)
{
    m_when->setDateTime(m.occurredAt.toLocalTime());
    m_duration->setValue(m.durationMinutes);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m.kind)));
    m_summary->setText(m.summary);
    m_notes->setPlainText(m.notes);
    m_shared->setPlainText(m.shared);
    m_learned->setPlainText(m.learned);
    m_nextStep->setText(m.nextStep);
    m_hasDue->setChecked(m.nextStepDue.isValid());
    m_due->setDate(m.nextStepDue.isValid() ? m.nextStepDue
                                           : m_session.now().toLocalTime().date().addDays(7));
}

void LogMeetingDialog::updateCompletions(const QString& text)
{
    m_prospectId = core::kNoId;
    core::ProspectFilter f;
    f.text = text.trimmed();
    std::vector<core::ProspectRow> rows;
    tryRead(m_session, tr("The prospects could not be read: %1"), [&] {
        rows = m_session.store().prospects().rows(f, core::ProspectSort::Name, true, 30, 0);
    });
    QStringList names;
    m_ids.clear();
    for (const auto& r : rows) {
        names << r.prospect.name;
        m_ids.insert(r.prospect.name, r.prospect.id);
    }
    m_completions->setStringList(names);
}

void LogMeetingDialog::resolveProspect()
{
    const QString text = m_prospect->text().trimmed();
    auto it = m_ids.constFind(text);
    if (it == m_ids.constEnd()) {
        updateCompletions(text);
        it = m_ids.constFind(text);
    }
    if (it != m_ids.constEnd() && *it != m_prospectId)
        setProspect(*it);
}

void LogMeetingDialog::setProspect(core::Id id)
{
    m_prospectId = id;
    tryRead(m_session, tr("The prospect could not be read: %1"), [&] {
        if (auto p = m_session.store().prospects().find(id)) {
            m_prospect->setText(p->name);
            m_ids.insert(p->name, id);
        }
    });
    QStringList checked;
    for (const QString& a : (isEdit() ? m_existing.attendees : QString()).split(QLatin1Char(',')))
        if (!a.trimmed().isEmpty())
            checked << a.trimmed();
    loadContacts(checked);
}

void LogMeetingDialog::loadContacts(const QStringList& checked)
{
    m_attendees->clear();
    std::vector<core::Contact> contacts;
    tryRead(m_session, tr("The contacts could not be read: %1"),
            [&] { contacts = m_session.store().prospects().contacts(m_prospectId); });
    QStringList names;
    for (const auto& c : contacts)
        names << c.name;
    for (const QString& n : checked)
        if (!names.contains(n))
            names << n; // someone who is no longer a contact
    for (const QString& n : names) {
        auto* item = new QListWidgetItem(n, m_attendees);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(n) ? Qt::Checked : Qt::Unchecked);
    }
}

core::Meeting LogMeetingDialog::meeting() const
{
    core::Meeting m = m_existing;
    m.prospectId = m_prospectId;
    m.occurredAt = m_when->dateTime().toUTC();
    m.durationMinutes = m_duration->value();
    m.kind = static_cast<core::MeetingKind>(m_kind->currentData().toInt());
    QStringList who;
    for (int i = 0; i < m_attendees->count(); ++i)
        if (m_attendees->item(i)->checkState() == Qt::Checked)
            who << m_attendees->item(i)->text();
    m.attendees = who.join(QLatin1String(", "));
    m.summary = m_summary->text().trimmed();
    m.notes = m_notes->toPlainText();
    m.shared = m_shared->toPlainText();
    m.learned = m_learned->toPlainText();
    m.nextStep = m_nextStep->text().trimmed();
    m.nextStepDue = m_hasDue->isChecked() ? m_due->date() : QDate();
    if (m.loggedBy.isEmpty())
        m.loggedBy = m_session.userName();
    if (!isEdit()) {
        if (auto p = m_session.store().prospects().find(m_prospectId))
            m.stageAtTime = p->stage;
    }
    return m;
}

void LogMeetingDialog::showError(const QString& field, const QString& message)
{
    m_error->setText(message);
    m_error->show();
    QWidget* target = nullptr;
    if (field == QLatin1String("prospect") || field == QLatin1String("prospectId"))
        target = m_prospect;
    else if (field == QLatin1String("summary"))
        target = m_summary;
    else if (field == QLatin1String("occurredAt"))
        target = m_when;
    else if (field == QLatin1String("notes"))
        target = m_notes;
    else if (field == QLatin1String("nextStep") || field == QLatin1String("nextStepDue"))
        target = m_nextStep;
    if (target)
        target->setFocus();
}

std::pair<QString, QString> LogMeetingDialog::problem()
{
    if (m_prospectId == core::kNoId || m_prospect->text().trimmed() != m_ids.key(m_prospectId))
        resolveProspect();
    if (m_prospectId == core::kNoId)
        return {QStringLiteral("prospect"),
                m_prospect->text().trimmed().isEmpty()
                    ? tr("Choose the prospect the meeting was with.")
                    : tr("There is no prospect named “%1”.").arg(m_prospect->text().trimmed())};
    try {
        core::validate(meeting());
    } catch (const core::ValidationError& e) {
        return {e.field(), e.message()};
    }
    return {};
}

void LogMeetingDialog::accept()
{
    if (const auto [field, why] = problem(); !why.isEmpty()) {
        showError(field, why);
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace accord::gui
