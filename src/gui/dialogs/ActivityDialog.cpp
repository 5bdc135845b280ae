#include "ActivityDialog.h"

#include "ReadError.h"
#include "Session.h"
#include "core/EnumTraits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>

namespace accord::gui {

ActivityDialog::ActivityDialog(Session& session, const core::Activity& activity, QWidget* parent)
    : FormDialog(parent), m_activity(activity)
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(activity.id == core::kNoId ? tr("Plan an activity") : tr("Edit activity"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("activityKindCombo"));
    for (const core::ActivityKind k : core::EnumTraits<core::ActivityKind>::values())
        m_kind->addItem(core::activityKindName(k), static_cast<int>(k));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(activity.kind)));

    m_title = new QLineEdit(activity.title, this);
    m_title->setObjectName(QStringLiteral("activityTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Call back about the data they promised"));

    m_due = new QDateEdit(
        activity.dueOn.isValid() ? activity.dueOn : session.now().toLocalTime().date(), this);
    m_due->setObjectName(QStringLiteral("activityDueEdit"));
    m_due->setAccessibleName(tr("Due"));
    m_due->setCalendarPopup(true);
    m_timed = new QCheckBox(tr("&at"), this);
    m_timed->setObjectName(QStringLiteral("activityTimedCheck"));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("activityTimeEdit"));
    m_time->setAccessibleName(tr("Time of day"));
    m_timed->setChecked(activity.hasDueTime());
    m_time->setTime(activity.hasDueTime() ? QTime(activity.dueMinute / 60, activity.dueMinute % 60)
                                          : QTime(9, 0));
    m_time->setEnabled(activity.hasDueTime());
    connect(m_timed, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due, 1);
    dueRow->addWidget(m_timed);
    dueRow->addWidget(m_time);

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("activityDurationSpin"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("not set"));
    m_duration->setValue(activity.durationMinutes);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("activityOwnerCombo"));
    m_owner->setEditable(true);
    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("activityContactCombo"));
    m_contact->addItem(tr("(nobody in particular)"), QVariant::fromValue<qint64>(core::kNoId));
    tryRead(session, tr("The owners and contacts could not be read: %1"), [&] {
        m_owner->addItems(session.store().prospects().owners());
        for (const core::Contact& c : session.store().prospects().contacts(activity.prospectId))
            m_contact->addItem(c.name, QVariant::fromValue<qint64>(c.id));
    });
    m_owner->setCurrentText(activity.owner);
    m_contact->setCurrentIndex(
        std::max(0, m_contact->findData(QVariant::fromValue<qint64>(activity.contactId))));

    m_note = new QPlainTextEdit(activity.note, this);
    m_note->setObjectName(QStringLiteral("activityNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Due:"), dueRow);
    form->addRow(tr("D&uration:"), m_duration);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Note:"), m_note);
    setForm(form);
    m_title->setFocus();
}

core::Activity ActivityDialog::activity() const
{
    core::Activity a = m_activity;
    a.kind = static_cast<core::ActivityKind>(m_kind->currentData().toInt());
    a.title = m_title->text().trimmed();
    a.dueOn = m_due->date();
    const QTime t = m_time->time();
    a.dueMinute = m_timed->isChecked() ? t.hour() * 60 + t.minute() : core::Activity::kNoDueTime;
    a.durationMinutes = m_duration->value();
    a.owner = m_owner->currentText().trimmed();
    a.contactId = m_contact->currentData().value<qint64>();
    a.note = m_note->toPlainText();
    return a;
}

QString ActivityDialog::problem() const
{
    return validationProblem(activity());
}

} // namespace accord::gui
