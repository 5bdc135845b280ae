#pragma once

// Help → User guide and Help → Keyboard shortcuts. The guide is the user
// guide Accord ships (docs/user-guide.md and its screenshots, built in as
// resources), so the app and the repository never tell two stories. The
// shortcut list is read from the window's own actions, so it cannot go stale.

#include <QDialog>

class QTableWidget;
class QTextBrowser;

namespace accord::gui {

/// One keyboard shortcut: where its action lives, what it does, the keys.
struct ShortcutEntry
{
    QString menu;   // the top menu's title without its mnemonic, or "Other"
    QString action; // the action's text without its mnemonic
    QString keys;   // every shortcut of the action, in the platform's notation
};

/// Every action of `window` that has a shortcut, in menu order; actions not in
/// a menu come last under "Other".
QList<ShortcutEntry> shortcutsOf(const QWidget& window);

class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QWidget& window, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace accord::gui
