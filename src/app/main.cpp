// accord: the desktop app. Only wiring: the application object, the database
// (default in the app-data folder, or --db LOCATION: a file or a team
// server), the first-run choice, the window and, once it is up, today's
// rotating backup.

#include "AutoBackup.h"
#include "InstanceChannel.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "Session.h"
#include "Startup.h"
#include "StoreLocator.h"
#include "TeamServerLocations.h"
#include "review/ReviewPage.h"
#include "storage/StoreLocation.h"

#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {

// The command line's options beyond --help.
struct Options
{
    QCommandLineOption version;
    QCommandLineOption db;
    QCommandLineOption screenshot;
};

// Describes the command line to `parser`; after the application object exists
// the descriptions are translated.
Options describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Partnership pipeline tracker"));
    parser.addHelpOption();
    Options options{
        QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                           QCoreApplication::translate("main", "Displays version information.")),
        QCommandLineOption(
            QStringLiteral("db"),
            QCoreApplication::translate("main", "Open the database at <location>: a file, or a "
                                                "team server (postgresql://USER@HOST/DATABASE "
                                                "or service=NAME)."),
            QStringLiteral("location")),
        QCommandLineOption(QStringLiteral("screenshot"), QString(), QStringLiteral("folder")),
    };
    options.screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(options.version);
    parser.addOption(options.db);
    parser.addOption(options.screenshot);
    parser.addPositionalArgument(
        QStringLiteral("location"),
        QCoreApplication::translate("main", "The database to open, as with --db."),
        QStringLiteral("[location]"));
    return options;
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Accord"));
    QCoreApplication::setApplicationName(QStringLiteral("Accord"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(accord::kVersion));
}

// --help, --help-all and --version need no display: they are answered before the GUI
// starts, by a QCoreApplication. Returns whether the command line asked for one.
bool answeredWithoutDisplay(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser probe;
    const Options probed = describe(probe);
    if (!probe.parse(arguments) ||
        !(probe.isSet(QStringLiteral("help")) || probe.isSet(QStringLiteral("help-all")) ||
          probe.isSet(probed.version)))
        return false;

    const QCoreApplication app(argc, argv);
    nameApplication();
    accord::gui::installChosenLanguage();
    QCommandLineParser parser;
    describe(parser);
    parser.process(app); // prints the help and exits when it is asked for
    std::printf("accord %s\n", accord::kVersion);
    return true;
}

// Opens the pipeline at `location`, offering the demo pipeline when it is a
// file that does not exist yet. Null when a server's password was not given.
std::unique_ptr<accord::core::Store>
openAt(accord::gui::StoreLocator& locator, const QString& location, accord::gui::Prompter& prompter)
{
    const bool isNew = !locator.isServer(location) && !QFileInfo::exists(location);
    std::unique_ptr<accord::core::Store> store = locator.open(location, prompter);
    if (store && isNew)
        accord::gui::offerDemo(*store, prompter);
    return store;
}

} // namespace

int main(int argc, char** argv)
{
    if (answeredWithoutDisplay(argc, argv))
        return 0;

    QApplication app(argc, argv);
    nameApplication();
    accord::gui::installChosenLanguage();
    // Desktops match the running app to its desktop file and icon by this id.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(accord::kApplicationId));

    QCommandLineParser parser;
    const Options options = describe(parser);
    const QCommandLineOption& dbOption = options.db;
    const QCommandLineOption& shotOption = options.screenshot;
    parser.process(app);

    QString location = parser.value(dbOption);
    if (location.isEmpty() && !parser.positionalArguments().isEmpty())
        location = parser.positionalArguments().constFirst();
    const bool named = !location.isEmpty();
    const QString defaultLocation =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
        QStringLiteral("/accord.sqlite");
    const bool screenshots = parser.isSet(shotOption);

    accord::gui::WidgetPrompter widgetPrompter;
    accord::gui::QueuePrompter scripted; // screenshots: no questions on screen
    accord::gui::Prompter& prompter =
        screenshots ? static_cast<accord::gui::Prompter&>(scripted) : widgetPrompter;
    scripted.push(1); // first run: the demo pipeline

    const accord::app::TeamServerLocations servers;
    accord::gui::StoreLocator locator(
        [](const QString& at) { return accord::storage::openStoreAt(at); }, &servers);
    // Without a location, the pipeline of the last run opens again.
    if (!named)
        location = screenshots ? defaultLocation : locator.startLocation(defaultLocation);

    // A pipeline already open in a window is not opened twice: that window
    // comes to the front instead.
    if (!screenshots && accord::gui::InstanceChannel::handOver(location)) {
        std::printf("%s\n",
                    qPrintable(QApplication::translate(
                                   "main", "%1 is already open in Accord: its window was raised.")
                                   .arg(locator.displayName(location))));
        return 0;
    }

    std::unique_ptr<accord::core::Store> store;
    try {
        store = openAt(locator, location, prompter);
    } catch (const std::exception& e) {
        const QString reason = QString::fromUtf8(e.what());
        if (named || location == defaultLocation) {
            widgetPrompter.inform(nullptr, QApplication::translate("main", "Accord"),
                                  QApplication::translate("main", "Cannot open %1: %2")
                                      .arg(locator.displayName(location), reason));
            return 1;
        }
        widgetPrompter.inform(nullptr, QApplication::translate("main", "Accord"),
                              QApplication::translate("main", "The last pipeline, %1, cannot be "
                                                              "opened: %2\nAccord opens its "
                                                              "default database instead.")
                                  .arg(locator.displayName(location), reason));
    }
    // The last pipeline could not be opened (or its server's password was not
    // given): the default database instead.
    if (!store && !named && location != defaultLocation) {
        location = defaultLocation;
        try {
            store = openAt(locator, location, prompter);
        } catch (const std::exception& e) {
            widgetPrompter.inform(
                nullptr, QApplication::translate("main", "Accord"),
                QApplication::translate("main", "Cannot open %1: %2")
                    .arg(locator.displayName(location), QString::fromUtf8(e.what())));
            return 1;
        }
    }
    if (!store)
        return 1; // the server's password was not given

    accord::gui::Session session(std::move(store));
    accord::gui::MainWindow window(session, prompter, locator);
    accord::gui::InstanceChannel channel;
    if (!screenshots) {
        const auto listen = [&channel, &session] { channel.listen(session.store().location()); };
        listen();
        QObject::connect(&session, &accord::gui::Session::storeChanged, &channel, listen);
        QObject::connect(&channel, &accord::gui::InstanceChannel::raiseRequested, &window,
                         [&window] {
                             window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                             window.show();
                             window.raise();
                             window.activateWindow();
                         });
    }
    auto* review = new accord::gui::ReviewPage(session, prompter);
    window.addPage(QApplication::translate("main", "Review"), review,
                   QIcon(QStringLiteral(":/icons/review.svg")));
    QObject::connect(review, &accord::gui::ReviewPage::openRequested, &window,
                     [&window](accord::core::Id id) { window.openProspect(id); });
    if (screenshots) {
        QTimer::singleShot(0, &window, [&] {
            const bool ok = accord::gui::takeScreenshots(window, parser.value(shotOption));
            QApplication::exit(ok ? 0 : 1);
        });
    } else {
        window.show();
        // A child of the window: closing it stops a running copy and waits for the worker.
        auto* backup = new accord::gui::AutoBackup(session, window.statusBar(), &window);
        backup->schedule();
#ifdef ACCORD_TEST_HOOKS
        // Automated checks only: $ACCORD_DRIVE makes the app write (gui/Startup.h).
        accord::gui::startDriveFromEnvironment(session, window);
#endif
    }
    return QApplication::exec();
}
