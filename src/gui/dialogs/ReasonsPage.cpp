#include "ReasonsPage.h"

#include "DialogParts.h"
#include "Theme.h"

#include "core/Validation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace accord::gui {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
} // namespace

ReasonsPage::ReasonsPage(const std::vector<core::Reason>& reasons, QWidget* parent)
    : QWidget(parent), m_loaded(reasons), m_table(new QTableWidget(0, 2, this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("reasonsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Why prospects are won or lost, counted on the Review page. "
                               "Double-click a label to rename it; prospects keep their reason. "
                               "A removed reason stays readable on the prospects that carry it."),
                            this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_table->setObjectName(QStringLiteral("reasonsTable"));
    m_table->setAccessibleName(tr("Won and lost reasons"));
    m_table->setHorizontalHeaderLabels({tr("Reason"), tr("Key (for scripts and imports)")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const core::Reason& r : reasons)
        if (!r.retired)
            addRow(r);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(
        pushButton(tr("&Add reason"), QStringLiteral("addReasonButton"), this, [this] {
            addReason(tr("New reason"));
            m_table->editItem(m_table->item(m_table->currentRow(), 0));
        }));
    buttons->addWidget(pushButton(tr("&Remove reason"), QStringLiteral("removeReasonButton"), this,
                                  [this] { removeSelected(); }));
    buttons->addStretch();
    layout->addLayout(buttons);
    m_error->setObjectName(QStringLiteral("reasonsError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    theme::toneText(m_error, theme::Tone::Error);
    m_error->hide();
    layout->addWidget(m_error);
}

void ReasonsPage::addRow(const core::Reason& reason)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* label = new QTableWidgetItem(reason.label);
    label->setData(kKeyRole, reason.key);
    m_table->setItem(row, 0, label);
    auto* key =
        new QTableWidgetItem(reason.key.isEmpty() ? tr("(made from the label)") : reason.key);
    key->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, 1, key);
}

void ReasonsPage::addReason(const QString& label)
{
    addRow(core::Reason{QString(), label, false});
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
}

void ReasonsPage::removeSelected()
{
    if (m_table->currentRow() >= 0)
        m_table->removeRow(m_table->currentRow());
}

std::optional<std::vector<core::Reason>> ReasonsPage::entered()
{
    std::vector<core::Reason> out;
    std::set<QString> keys;
    for (const core::Reason& r : m_loaded)
        keys.insert(r.key); // a new reason never takes a key in use, retired or not
    std::set<QString> listed;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, 0);
        core::Reason r{item->data(kKeyRole).toString(), item->text().trimmed(), false};
        if (r.key.isEmpty()) {
            const QString base = core::reasonKeyFor(r.label);
            QString key = base.isEmpty() ? QStringLiteral("reason") : base;
            for (int n = 2; keys.contains(key); ++n)
                key = QStringLiteral("%1_%2")
                          .arg(base.isEmpty() ? QStringLiteral("reason") : base)
                          .arg(n);
            r.key = key;
            keys.insert(key);
        }
        listed.insert(r.key);
        out.push_back(r);
    }
    // Removed ones stay, retired, so prospects carrying them keep their label.
    for (core::Reason r : m_loaded)
        if (!listed.contains(r.key)) {
            r.retired = true;
            out.push_back(r);
        }
    try {
        core::validateReasons(out);
    } catch (const core::ValidationError& e) {
        m_error->setText(e.message());
        m_error->show();
        return std::nullopt;
    }
    m_error->hide();
    return out;
}

} // namespace accord::gui
