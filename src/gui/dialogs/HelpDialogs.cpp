#include "HelpDialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace accord::gui {

namespace {

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QChar(u'…'));
    return text.trimmed();
}

QString keysOf(const QAction& action)
{
    QStringList keys;
    for (const QKeySequence& key : action.shortcuts())
        if (!key.isEmpty())
            keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void collect(const QMenu& menu, const QString& top, QList<ShortcutEntry>& out,
             QList<const QAction*>& seen)
{
    for (const QAction* action : menu.actions()) {
        if (action->menu()) {
            collect(*action->menu(), top, out, seen);
            continue;
        }
        if (action->isSeparator() || seen.contains(action))
            continue;
        seen.append(action);
        const QString keys = keysOf(*action);
        if (!keys.isEmpty())
            out.append({top, withoutMnemonic(action->text()), keys});
    }
}

} // namespace

QList<ShortcutEntry> shortcutsOf(const QWidget& window)
{
    QList<ShortcutEntry> out;
    QList<const QAction*> seen;
    if (const auto* main = qobject_cast<const QMainWindow*>(&window); main && main->menuBar())
        for (const QAction* top : main->menuBar()->actions())
            if (top->menu())
                collect(*top->menu(), withoutMnemonic(top->text()), out, seen);
    const QString other = UserGuideDialog::tr("Other");
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (seen.contains(action) || action->menu())
            continue;
        seen.append(action);
        const QString keys = keysOf(*action);
        if (!keys.isEmpty() && !action->text().isEmpty())
            out.append({other, withoutMnemonic(action->text()), keys});
    }
    return out;
}

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Accord User Guide"));
    setObjectName(QStringLiteral("userGuideDialog"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc:/guide/user-guide.md")),
                         QTextDocument::MarkdownResource);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(860, 700);
}

ShortcutsDialog::ShortcutsDialog(const QWidget& window, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    const QList<ShortcutEntry> entries = shortcutsOf(window);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry& e = entries.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(e.menu));
        m_table->setItem(row, 1, new QTableWidgetItem(e.action));
        m_table->setItem(row, 2, new QTableWidgetItem(e.keys));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace accord::gui
