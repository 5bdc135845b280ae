#include "GateDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace accord::gui {

GateDialog::GateDialog(const core::Prospect& prospect, core::Stage to,
                       const core::MoveDecision& decision, QWidget* parent)
    : QDialog(parent), m_id(prospect.id), m_to(to)
{
    setObjectName(QStringLiteral("gateDialog"));
    setWindowTitle(decision.backward ? tr("Move %1 back").arg(prospect.name)
                                     : tr("Override the gate for %1").arg(prospect.name));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("gateMessage"));
    QString text = decision.backward
                       ? tr("Moving from %1 back to %2 needs a reason.")
                             .arg(core::stageName(prospect.stage), core::stageName(to))
                       : tr("Not every exit criterion is met for moving from %1 to %2.")
                             .arg(core::stageName(prospect.stage), core::stageName(to));
    if (!decision.message.isEmpty())
        text += QLatin1Char('\n') + decision.message;
    intro->setText(text);
    layout->addWidget(intro);

    if (!decision.unmet.empty()) {
        layout->addWidget(new QLabel(tr("Unmet criteria:"), this));
        auto* list = new QListWidget(this);
        list->setObjectName(QStringLiteral("unmetList"));
        for (const auto& c : decision.unmet) {
            auto* item = new QListWidgetItem(
                tr("%1 — %2").arg(c.criterion.label, c.why.isEmpty() ? tr("not met") : c.why),
                list);
            item->setToolTip(c.why);
        }
        list->setMaximumHeight(140);
        layout->addWidget(list);
    }
    if (!decision.met.empty()) {
        layout->addWidget(new QLabel(tr("Already met:"), this));
        auto* list = new QListWidget(this);
        list->setObjectName(QStringLiteral("metList"));
        for (const auto& c : decision.met) {
            const QString how =
                c.automatic ? tr("met automatically: %1").arg(c.why) : tr("ticked by hand");
            auto* item = new QListWidgetItem(tr("%1 — %2").arg(c.criterion.label, how), list);
            item->setToolTip(c.why);
        }
        list->setMaximumHeight(110);
        layout->addWidget(list);
    }

    auto* label =
        new QLabel(decision.gateOverride ? tr("&Why move on anyway?") : tr("&Reason:"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Recorded in the stage history"));
    label->setBuddy(m_reason);
    layout->addWidget(label);
    layout->addWidget(m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(decision.gateOverride ? tr("Override and move") : tr("Move"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!reason().isEmpty()); });
    m_reason->setFocus();
    resize(520, sizeHint().height());
}

QString GateDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace accord::gui
