// Accord in German: the window's menus, pages and figures, and the language
// choice in Settings.

#include "GuiTestSupport.h"

#include "Format.h"
#include "MainWindow.h"
#include "Startup.h"
#include "core/Language.h"
#include "dialogs/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace accord;

namespace {

/// German for the test's length; English and the test's locale again after.
struct InGerman
{
    QLocale before;
    InGerman() { REQUIRE(core::installLanguage(QStringLiteral("de"))); }
    InGerman(const InGerman&) = delete;
    InGerman& operator=(const InGerman&) = delete;
    ~InGerman()
    {
        core::installLanguage(QStringLiteral("en"));
        QLocale::setDefault(before);
    }
};

QStringList menuTitles(const QMainWindow& window)
{
    QStringList out;
    for (const QAction* a : window.menuBar()->actions())
        out << a->text();
    return out;
}

QString takenKeys(const QMap<QChar, QString>& seen)
{
    QString out;
    for (auto it = seen.keyBegin(); it != seen.keyEnd(); ++it)
        out += *it;
    return out;
}

/// Accelerator letters used twice among a menu's items (or the menu bar's).
QStringList clashes(const QList<QAction*>& actions, const QString& where)
{
    QStringList out;
    QMap<QChar, QString> seen;
    for (const QAction* a : actions) {
        const QString text = a->text();
        const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        if (a->isSeparator() || at < 0 || !a->isVisible())
            continue;
        const QChar key = text.at(at + 1).toLower();
        if (seen.contains(key))
            out << QStringLiteral("%1: \"%2\" and \"%3\" (taken: %4)")
                       .arg(where, seen[key], text, takenKeys(seen));
        seen[key] = text;
        if (a->menu())
            out << clashes(a->menu()->actions(), text);
    }
    return out;
}

} // namespace

TEST_CASE("every menu's accelerators are distinct, in English and in German", "[gui]")
{
    {
        test::GuiFixture f;
        CHECK(clashes(f.window->menuBar()->actions(), QStringLiteral("menu bar")).isEmpty());
    }
    const InGerman german;
    test::GuiFixture f;
    const QStringList found = clashes(f.window->menuBar()->actions(), QStringLiteral("Menüleiste"));
    INFO(found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("a German user sees the window, its menus and its figures in German", "[gui]")
{
    const InGerman german;
    test::GuiFixture f(true);
    const QStringList menus = menuTitles(*f.window);
    CHECK(menus.contains(QStringLiteral("&Datei")));
    CHECK(menus.contains(QStringLiteral("&Hilfe")));
    CHECK_FALSE(menus.contains(QStringLiteral("&File")));
    // Money and days follow the German locale.
    CHECK(gui::Format::money(123456, QStringLiteral("EUR")) == QStringLiteral("1.234,56\u00a0€"));
    CHECK(gui::Format::date(QDate(2026, 12, 24)).contains(QStringLiteral("24.12.")));
    // Qt's own texts come in German too (a standard dialog button).
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Abbrechen"));
}

TEST_CASE("Settings offers the languages and keeps the choice for the next start", "[gui]")
{
    test::GuiFixture f;
    gui::setChosenLanguage(QString());
    gui::SettingsDialog dialog(*f.session, f.window.get());
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    REQUIRE(combo);
    REQUIRE(combo->count() == 3); // as the system, English, Deutsch
    CHECK(combo->currentIndex() == 0);
    CHECK(combo->itemText(2) == QStringLiteral("Deutsch"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageNote"));
    REQUIRE(note);
    CHECK(note->isHidden());
    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    CHECK_FALSE(note->isHidden());
    dialog.accept();
    CHECK(gui::chosenLanguage() == QStringLiteral("de"));
    CHECK(core::resolveLanguage(gui::chosenLanguage(), {QStringLiteral("en-US")}) ==
          QStringLiteral("de"));
    gui::setChosenLanguage(QString());
    CHECK(gui::chosenLanguage().isEmpty());
}

// `gui_tests "[screenshots]"` writes docs/screenshots/board-de.png (or to
// $ACCORD_SCREENSHOT_DIR).
TEST_CASE("screenshot of the board in German", "[.][screenshots]")
{
    const InGerman german;
    test::GuiFixture f(true);
    f.window->resize(1400, 850);
    f.window->show();
    test::settle();
    const QString folder =
        qEnvironmentVariable("ACCORD_SCREENSHOT_DIR", QStringLiteral(ACCORD_SCREENSHOTS_DEFAULT));
    REQUIRE(QDir().mkpath(folder));
    CHECK(f.window->grab().save(QDir(folder).filePath(QStringLiteral("board-de.png"))));
}
