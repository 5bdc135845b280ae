// Test runner for the GUI suite: offscreen platform set before the QApplication
// exists, so discovery at build time and ctest runs both work without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Accord"));
    QApplication::setApplicationName(QStringLiteral("accord-gui-tests"));
    QStandardPaths::setTestModeEnabled(true);
    // ctest runs the cases as processes side by side: each keeps its settings
    // (the recent list, the last pipeline) in a folder of its own.
    const QTemporaryDir settingsHome;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsHome.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsHome.path());
    return Catch::Session().run(argc, argv);
}
