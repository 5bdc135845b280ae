#include "GateDialog.h"

#include "views/TextLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace accord::gui {

GateDialog::GateDialog(const core::Prospect& prospect, core::Stage to,
                       const core::MoveDecision& decision, QWidget* parent)
    : QDialog(parent), m_id(prospect.id), m_to(to)
{
    setObjectName(QStringLiteral("gateDialog"));
    setWindowTitle(decision.backward
                       ? tr("Move %1 back").arg(shortName(prospect.name))
                       : tr("Override the gate for %1").arg(shortName(prospect.name)));
    auto* layout = new QVBoxLayout(this);

    // One sentence, then each unmet criterion once, with why it is not met; the
    // labels wrap, so nothing is cut off however long a criterion is.
    auto* intro = plainLabel(
        this, decision.backward
                  ? tr("Moving %1 from %2 back to %3 needs a reason.")
                        .arg(prospect.name, core::stageName(prospect.stage), core::stageName(to))
                  : tr("Not every exit criterion is met for moving %1 from %2 to %3.")
                        .arg(prospect.name, core::stageName(prospect.stage), core::stageName(to)));
    intro->setObjectName(QStringLiteral("gateMessage"));
    layout->addWidget(intro);

    const auto bullets = [](const std::vector<core::CriterionResult>& list, bool met) {
        QStringList lines;
        for (const auto& c : list) {
            QString how;
            if (met)
                how = c.automatic ? tr("met automatically: %1").arg(c.why) : tr("ticked by hand");
            else
                how = c.why.isEmpty() ? tr("not met") : c.why;
            lines << tr("• %1 — %2").arg(c.criterion.label, how);
        }
        return lines.join(QLatin1Char('\n'));
    };
    if (!decision.unmet.empty()) {
        auto* caption = plainLabel(this, tr("Unmet criteria:"));
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        layout->addWidget(caption);
        auto* list = plainLabel(this, bullets(decision.unmet, false));
        list->setObjectName(QStringLiteral("unmetList"));
        layout->addWidget(list);
    }
    if (!decision.met.empty()) {
        layout->addWidget(plainLabel(this, tr("Already met:")));
        auto* list = plainLabel(this, bullets(decision.met, true));
        list->setObjectName(QStringLiteral("metList"));
        list->setForegroundRole(QPalette::PlaceholderText);
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
    setMinimumWidth(480);
    resize(560, heightForWidth(560) > 0 ? heightForWidth(560) : sizeHint().height());
}

QString GateDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace accord::gui
