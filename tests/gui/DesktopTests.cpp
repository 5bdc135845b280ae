// The desktop's ways: the user guide and the shortcut list in the Help menu,
// the window named after its pipeline, new pipelines named *.accord, the last
// pipeline reopened, and one window per pipeline (the socket a second
// `accord FILE` hands over through). tests/app/OneWindowPerPipeline.sh drives
// the last two with real processes.

#include "GuiTestSupport.h"
#include "InstanceChannel.h"
#include "StoreLocator.h"
#include "TeamServerLocations.h"
#include "dialogs/HelpDialogs.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QSettings>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace accord;

namespace {

QAction* action(gui::MainWindow& w, const char* name)
{
    auto* a = w.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(a);
    return a;
}

// The image names the document refers to, in order.
QStringList imagesOf(const QTextDocument& doc)
{
    QStringList out;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                out << it.fragment().charFormat().toImageFormat().name();
    return out;
}

} // namespace

TEST_CASE("Help → User guide shows the shipped guide with every screenshot it names", "[gui]")
{
    test::GuiFixture f;
    REQUIRE(action(*f.window, "actionUserGuide")->shortcut() ==
            QKeySequence(QKeySequence::HelpContents));
    action(*f.window, "actionUserGuide")->trigger();
    auto* guide = f.window->findChild<gui::UserGuideDialog*>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    const QTextDocument& doc = *guide->browser()->document();
    CHECK(doc.toPlainText().startsWith(QStringLiteral("Accord user guide")));
    CHECK(doc.toPlainText().contains(QStringLiteral("The pipeline board")));

    const QStringList images = imagesOf(doc);
    REQUIRE(images.size() >= 5);
    for (const QString& name : images) {
        INFO(name.toStdString());
        const QVariant image =
            guide->browser()->loadResource(QTextDocument::ImageResource, QUrl(name));
        const QImage picture = image.typeId() == QMetaType::QImage
                                   ? image.value<QImage>()
                                   : QImage::fromData(image.toByteArray());
        CHECK_FALSE(picture.isNull());
    }

    // Asked again, the same window comes back.
    action(*f.window, "actionUserGuide")->trigger();
    CHECK(f.window->findChildren<gui::UserGuideDialog*>().size() == 1);
}

TEST_CASE("Help → Keyboard shortcuts lists the window's own shortcuts by menu", "[gui]")
{
    test::GuiFixture f;
    const QList<gui::ShortcutEntry> entries = gui::shortcutsOf(*f.window);
    const auto find = [&](const QString& name) {
        for (const gui::ShortcutEntry& e : entries)
            if (e.action == name)
                return e;
        return gui::ShortcutEntry{};
    };
    CHECK(find(QStringLiteral("Undo")).keys ==
          QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    CHECK(find(QStringLiteral("Undo")).menu == QStringLiteral("Edit"));
    CHECK(find(QStringLiteral("Search")).keys ==
          QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    CHECK(find(QStringLiteral("User Guide")).menu == QStringLiteral("Help"));
    // Redo has two shortcuts; both are listed.
    CHECK(find(QStringLiteral("Redo")).keys.contains(u','));
    // Every action of the menus with a shortcut is there, once.
    QStringList names;
    for (const gui::ShortcutEntry& e : entries) {
        CHECK_FALSE(e.keys.isEmpty());
        CHECK_FALSE(e.action.contains(u'&'));
        names << e.menu + u'/' + e.action;
    }
    CHECK(names.removeDuplicates() == 0);

    gui::ShortcutsDialog dialog(*f.window);
    CHECK(dialog.table()->rowCount() == entries.size());
    CHECK(action(*f.window, "actionAboutQt")->text() == QStringLiteral("About &Qt"));
}

TEST_CASE("a new database named without a suffix is made as NAME.accord", "[gui]")
{
    test::GuiFixture f;
    const QString chosen = f.dir.path(QStringLiteral("northwind"));
    f.prompter.push(chosen);
    f.prompter.push(0); // no demo
    action(*f.window, "actionNewDatabase")->trigger();
    CHECK(f.session->store().location() == chosen + QStringLiteral(".accord"));
    CHECK(QFileInfo::exists(chosen + QStringLiteral(".accord")));
    CHECK(f.window->windowTitle() == QStringLiteral("northwind.accord — Accord"));
    CHECK(f.window->windowFilePath() == chosen + QStringLiteral(".accord"));
}

TEST_CASE("Accord starts on the pipeline it last had open, when it is still there", "[gui]")
{
    QSettings().remove(QStringLiteral("lastLocation"));
    const app::TeamServerLocations servers;
    gui::StoreLocator locator({}, &servers);
    const QString fallback = QStringLiteral("/default/accord.sqlite");
    CHECK(locator.startLocation(fallback) == fallback); // the first run

    {
        test::GuiFixture f; // its window opens f.path
        CHECK(gui::StoreLocator::lastLocation() == f.path);
        CHECK(locator.startLocation(fallback) == f.path);
    }
    // The file is gone (the fixture's folder with it): the default again.
    CHECK(locator.startLocation(fallback) == fallback);

    // A server is kept without its password and reopened (it asks again).
    locator.rememberLast(QStringLiteral("postgresql://dana:secret@db.example.com/pipeline"));
    CHECK(gui::StoreLocator::lastLocation() ==
          QStringLiteral("postgresql://dana@db.example.com/pipeline"));
    CHECK(locator.startLocation(fallback) == gui::StoreLocator::lastLocation());
    QSettings().remove(QStringLiteral("lastLocation"));
}

TEST_CASE("the recent list of an older Accord is still offered", "[gui]")
{
    QSettings settings;
    settings.remove(QStringLiteral("recentLocations"));
    settings.setValue(QStringLiteral("recentFiles"), QStringList{QStringLiteral("/a.sqlite")});
    CHECK(gui::StoreLocator::recentLocations() == QStringList{QStringLiteral("/a.sqlite")});
    gui::StoreLocator({}).addRecent(QStringLiteral("/b.accord"));
    CHECK(gui::StoreLocator::recentLocations() ==
          (QStringList{QStringLiteral("/b.accord"), QStringLiteral("/a.sqlite")}));
    settings.remove(QStringLiteral("recentFiles"));
    settings.remove(QStringLiteral("recentLocations"));
}

TEST_CASE("a second start for an open pipeline hands over to its window", "[gui]")
{
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("team.accord"));
    QFile(file).open(QIODevice::WriteOnly);
    const QString other = dir.path(QStringLiteral("other.accord"));

    CHECK_FALSE(gui::InstanceChannel::handOver(file, 200)); // nobody has it open

    gui::InstanceChannel channel;
    int raised = 0;
    QObject::connect(&channel, &gui::InstanceChannel::raiseRequested, [&] { ++raised; });
    REQUIRE(channel.listen(file));
    CHECK(channel.listeningName() == gui::InstanceChannel::nameFor(file));
    // The same file by another spelling of its path is the same pipeline.
    CHECK(gui::InstanceChannel::nameFor(dir.path(QStringLiteral("./team.accord"))) ==
          gui::InstanceChannel::nameFor(file));
    CHECK(gui::InstanceChannel::nameFor(other) != gui::InstanceChannel::nameFor(file));

    // The second start blocks for the answer; the window answers from its event loop.
    std::atomic<int> handed{-1};
    std::thread second([&] { handed = gui::InstanceChannel::handOver(file, 3000) ? 1 : 0; });
    QElapsedTimer clock;
    clock.start();
    while (handed < 0 && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    second.join();
    CHECK(handed == 1);
    CHECK(raised == 1);

    // A second window for the same pipeline cannot take the name over (the
    // system accepts the probe's connection on the window's behalf).
    gui::InstanceChannel rival;
    CHECK_FALSE(rival.listen(file));
    CHECK(channel.listeningName() == gui::InstanceChannel::nameFor(file));

    // Once the window opens another pipeline, the first is free again.
    REQUIRE(channel.listen(other));
    CHECK_FALSE(gui::InstanceChannel::handOver(file, 200));
}
