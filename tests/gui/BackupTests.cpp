// The automatic daily backup (AutoBackup: a worker thread, the status bar) and
// the Backups group of the settings dialog.

#include "AutoBackup.h"
#include "GuiTestSupport.h"
#include "core/io/DailyBackups.h"
#include "dialogs/SettingsDialog.h"
#include "storage/Database.h"
#include "storage/SqliteStore.h"
#include "support/NoFileCopyStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>

#include <thread>

using namespace accord;

namespace {

/// How long a held worker waits for the test before going on by itself.
constexpr int kGateMs = 5000;

core::Prospect prospect(const QString& name)
{
    core::Prospect p;
    p.name = name;
    p.createdAt = p.updatedAt = p.stageEnteredAt = test::referenceNow();
    return p;
}

/// A pipeline file with one prospect whose copies go to `folder`, keeping `keep`.
void makePipeline(const QString& path, const QString& folder, int keep = 3)
{
    auto store = storage::openStore(path);
    store->prospects().add(prospect(QStringLiteral("Northwind")));
    core::saveBackupPolicy(store->settings(), {true, keep, folder});
}

std::unique_ptr<gui::Session> fixedSession(std::unique_ptr<core::Store> store)
{
    return std::make_unique<gui::Session>(std::move(store),
                                          std::make_unique<core::FixedClock>(test::referenceNow()));
}

/// Opens the second connection only once the test lets it (or after kGateMs).
gui::AutoBackup::Opener heldOpener(QSemaphore& gate)
{
    return [&gate](const QString& path) {
        gate.tryAcquire(1, kGateMs);
        return storage::SqliteStore::open(path, {true, nullptr});
    };
}

QStringList everything(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

TEST_CASE("the automatic backup writes today's copy in a worker and reports it", "[gui][backup]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("pipeline.sqlite"));
    const QString folder = dir.path(QStringLiteral("copies"));
    makePipeline(path, folder);
    auto session = fixedSession(storage::openStore(path));
    QStatusBar bar;
    QSemaphore gate;
    gui::AutoBackup backup(*session, &bar, nullptr, heldOpener(gate));
    QSignalSpy done(&backup, &gui::AutoBackup::backedUp);
    QSignalSpy failed(&backup, &gui::AutoBackup::failed);
    // Named by the pipeline's id (stored in the file) as well as its file name.
    const QString name =
        QStringLiteral("pipeline-%1-2026-06-15.sqlite")
            .arg(session->store().settings().value(QLatin1String(storage::kPipelineIdKey)));
    const QString expected = QDir(folder).filePath(name);

    QElapsedTimer clock;
    clock.start();
    REQUIRE(backup.start());
    CHECK(clock.elapsed() < kGateMs / 2); // start() does not wait for the copy
    CHECK(backup.isRunning());
    CHECK_FALSE(backup.start()); // one copy at a time

    // While the worker is held, the event loop keeps turning.
    bool ticked = false;
    QTimer::singleShot(10, [&ticked] { ticked = true; });
    QTest::qWait(100);
    CHECK(ticked);
    CHECK(done.isEmpty());
    CHECK_FALSE(QFile::exists(expected));

    gate.release();
    REQUIRE(done.wait(10000));
    CHECK(failed.isEmpty());
    CHECK(done.at(0).at(0).toString() == expected);
    CHECK(done.at(0).at(1).toStringList().isEmpty());
    CHECK_FALSE(backup.isRunning());
    CHECK(bar.currentMessage() ==
          QStringLiteral("Backed up to %1.").arg(QDir::toNativeSeparators(expected)));

    // The same day again: nothing written, nothing shown.
    bar.clearMessage();
    gate.release();
    REQUIRE(backup.start());
    REQUIRE(done.wait(10000));
    CHECK(done.at(1).at(0).toString().isEmpty());
    CHECK(bar.currentMessage().isEmpty());
    CHECK(everything(folder) == QStringList{name});

    // The copy holds the pipeline (opened last: SQLite adds its -wal/-shm files).
    auto copy = storage::openStore(expected, {true, nullptr});
    CHECK(copy->prospects().count({}) == 1);
}

TEST_CASE("an automatic backup that fails is a status-bar warning, not a dialog", "[gui][backup]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("pipeline.sqlite"));
    QFile blocker(dir.path(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    makePipeline(path, dir.path(QStringLiteral("file/copies")));
    auto session = fixedSession(storage::openStore(path));
    QStatusBar bar;
    gui::AutoBackup backup(*session, &bar);
    QSignalSpy done(&backup, &gui::AutoBackup::backedUp);
    QSignalSpy failed(&backup, &gui::AutoBackup::failed);

    REQUIRE(backup.start());
    REQUIRE(failed.wait(10000));
    CHECK(done.isEmpty());
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("could not be created")));
    CHECK(bar.currentMessage().startsWith(QStringLiteral("Automatic backup failed: ")));
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("a read-only database gets no automatic backup", "[gui][backup]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("pipeline.sqlite"));
    const QString folder = dir.path(QStringLiteral("copies"));
    makePipeline(path, folder);
    auto session = fixedSession(storage::openStore(path, {true, nullptr}));
    REQUIRE(session->store().isReadOnly());
    QStatusBar bar;
    gui::AutoBackup backup(*session, &bar);

    CHECK_FALSE(backup.start());
    CHECK_FALSE(backup.isRunning());
    QTest::qWait(100);
    CHECK_FALSE(QDir(folder).exists());
    CHECK(bar.currentMessage().isEmpty());
}

TEST_CASE("closing while an automatic backup runs waits for the worker and writes nothing",
          "[gui][backup]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("pipeline.sqlite"));
    const QString folder = dir.path(QStringLiteral("copies"));
    makePipeline(path, folder);
    auto session = fixedSession(storage::openStore(path));
    QStatusBar bar;
    QSemaphore gate;

    SECTION("stop()")
    {
        gui::AutoBackup backup(*session, &bar, nullptr, heldOpener(gate));
        QSignalSpy done(&backup, &gui::AutoBackup::backedUp);
        QSignalSpy failed(&backup, &gui::AutoBackup::failed);
        REQUIRE(backup.start());
        // The worker is held until after stop() began waiting for it.
        std::thread release([&gate] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            gate.release();
        });
        backup.stop();
        release.join();
        CHECK_FALSE(backup.isRunning());
        QTest::qWait(50); // a late "finished" from the stopped worker is ignored
        CHECK(done.isEmpty());
        CHECK(failed.isEmpty());
        CHECK(bar.currentMessage().isEmpty());
        CHECK(everything(folder).isEmpty());
    }
    SECTION("destroying it with its window")
    {
        auto window = std::make_unique<QWidget>();
        auto* backup = new gui::AutoBackup(*session, &bar, window.get(), heldOpener(gate));
        REQUIRE(backup->start());
        std::thread release([&gate] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            gate.release();
        });
        window.reset();
        release.join();
        QTest::qWait(50);
        CHECK(everything(folder).isEmpty());
    }
}

TEST_CASE("a store that cannot copy itself into a file gets no automatic backup", "[gui][backup]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("pipeline.sqlite"));
    const QString folder = dir.path(QStringLiteral("copies"));
    makePipeline(path, folder);
    auto store = std::make_unique<test::NoFileCopyStore>(storage::openStore(path));
    const test::NoFileCopyStore& asked = *store;
    auto session = fixedSession(std::move(store));
    QStatusBar bar;
    gui::AutoBackup backup(*session, &bar);
    QSignalSpy failed(&backup, &gui::AutoBackup::failed);
    CHECK_FALSE(backup.start());
    CHECK_FALSE(backup.isRunning());
    QTest::qWait(50);
    CHECK(failed.isEmpty());
    CHECK(asked.copiesAsked == 0);
    CHECK_FALSE(QDir(folder).exists());
}

TEST_CASE("settings dialog: the backup policy round-trips and a bad folder keeps it open",
          "[gui][backup][settings]")
{
    test::GuiFixture f;
    core::Store& store = f.session->store();
    const auto open = [&f] {
        return std::make_unique<gui::SettingsDialog>(*f.session, f.window.get(), &f.prompter);
    };
    auto dialog = open();
    auto* enabled = dialog->findChild<QCheckBox*>(QStringLiteral("backupEnabled"));
    auto* keep = dialog->findChild<QSpinBox*>(QStringLiteral("backupKeep"));
    auto* folder = dialog->findChild<QLineEdit*>(QStringLiteral("backupFolder"));
    auto* choose = dialog->findChild<QPushButton*>(QStringLiteral("backupChooseFolder"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("backupError"));
    REQUIRE(enabled);
    REQUIRE(keep);
    REQUIRE(folder);
    REQUIRE(choose);
    REQUIRE(error);

    // Defaults: on, 7 copies, the default folder as placeholder.
    CHECK(enabled->isChecked());
    CHECK(keep->value() == 7);
    CHECK(keep->minimum() == 1);
    CHECK(keep->maximum() == 365);
    CHECK(folder->text().isEmpty());
    CHECK(folder->placeholderText() ==
          QDir::toNativeSeparators(f.dir.path(QStringLiteral("backups"))));

    // Choose… takes the folder from the picker.
    const QString nightly = f.dir.path(QStringLiteral("nightly"));
    f.prompter.push(nightly);
    choose->click();
    CHECK(folder->text() == QDir::toNativeSeparators(nightly));
    keep->setValue(3);
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);
    core::BackupPolicy saved = core::backupPolicy(store.settings(), f.path);
    CHECK(saved.enabled);
    CHECK(saved.keep == 3);
    CHECK(QDir::cleanPath(saved.folder) == QDir::cleanPath(nightly));
    CHECK_FALSE(QDir(nightly).exists()); // checked, not created

    // Opened again, it shows what was saved; turning backups off sticks.
    dialog = open();
    enabled = dialog->findChild<QCheckBox*>(QStringLiteral("backupEnabled"));
    keep = dialog->findChild<QSpinBox*>(QStringLiteral("backupKeep"));
    folder = dialog->findChild<QLineEdit*>(QStringLiteral("backupFolder"));
    error = dialog->findChild<QLabel*>(QStringLiteral("backupError"));
    CHECK(enabled->isChecked());
    CHECK(keep->value() == 3);
    CHECK(QDir::cleanPath(QDir::fromNativeSeparators(folder->text())) == QDir::cleanPath(nightly));
    enabled->setChecked(false);
    CHECK_FALSE(keep->isEnabled());
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK_FALSE(core::backupPolicy(store.settings(), f.path).enabled);

    // A folder that cannot be written: a clear message, the dialog stays, nothing is saved.
    QFile blocker(f.dir.path(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    dialog = open();
    dialog->show();
    enabled = dialog->findChild<QCheckBox*>(QStringLiteral("backupEnabled"));
    folder = dialog->findChild<QLineEdit*>(QStringLiteral("backupFolder"));
    error = dialog->findChild<QLabel*>(QStringLiteral("backupError"));
    enabled->setChecked(true);
    folder->setText(QDir::toNativeSeparators(f.dir.path(QStringLiteral("file/copies"))));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->result() != QDialog::Accepted);
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("cannot be created")));
    saved = core::backupPolicy(store.settings(), f.path);
    CHECK_FALSE(saved.enabled);
    CHECK(QDir::cleanPath(saved.folder) == QDir::cleanPath(nightly));

    // A relative path is refused too; a usable one is then accepted.
    folder->setText(QStringLiteral("relative/copies"));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(error->text().contains(QStringLiteral("full path")));
    folder->clear(); // the default folder beside the database
    dialog->accept();
    CHECK_FALSE(dialog->isVisible());
    CHECK(dialog->result() == QDialog::Accepted);
    saved = core::backupPolicy(store.settings(), f.path);
    CHECK(saved.enabled);
    CHECK(QDir::cleanPath(saved.folder) == QDir::cleanPath(f.dir.path(QStringLiteral("backups"))));
}
