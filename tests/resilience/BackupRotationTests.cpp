// Automatic rotating backups: one copy per day, newest N kept, settings-driven.

#include "core/Clock.h"
#include "core/io/DailyBackups.h"
#include "storage/Database.h"
#include "storage/SqliteStore.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QTimeZone>

using namespace accord;
using namespace accord::test;

namespace {

core::Prospect prospect(const QString& name)
{
    core::Prospect p;
    p.name = name;
    p.createdAt = p.updatedAt = p.stageEnteredAt = referenceNow();
    return p;
}

/// A copy's name: the file's name, the pipeline's id and the day.
QString copyName(storage::SqliteStore& store, const QString& base, const char* day)
{
    return QStringLiteral("%1-%2-%3.sqlite")
        .arg(base, store.settings().value(QLatin1String(storage::kPipelineIdKey)),
             QLatin1String(day));
}

QStringList files(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("rotating backups write one copy a day and keep the newest N", "[backup]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("pipeline.sqlite"));
    const QString folder = dir.path(QStringLiteral("backups"));
    auto store = storage::openStore(path);
    store->prospects().add(prospect(QStringLiteral("Day zero")));
    core::FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(23, 30), QTimeZone::utc()));

    // A foreign file in the folder is never touched.
    QDir().mkpath(folder);
    QFile other(QDir(folder).filePath(QStringLiteral("notes.txt")));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();

    auto first = core::rotateBackups(*store, folder, 3, clock);
    CHECK(first.written ==
          QDir(folder).filePath(copyName(*store, QStringLiteral("pipeline"), "2026-06-01")));
    CHECK(first.removed.isEmpty());
    // The same day again: nothing new.
    store->prospects().add(prospect(QStringLiteral("Later that day")));
    CHECK(core::rotateBackups(*store, folder, 3, clock).written.isEmpty());

    for (int day = 2; day <= 5; ++day) {
        clock.set(QDateTime(QDate(2026, 6, day), QTime(8, 0), QTimeZone::utc()));
        store->prospects().add(prospect(QStringLiteral("Day %1").arg(day)));
        const auto r = core::rotateBackups(*store, folder, 3, clock);
        CHECK_FALSE(r.written.isEmpty());
    }
    CHECK(files(folder) == QStringList{QStringLiteral("notes.txt"),
                                       copyName(*store, QStringLiteral("pipeline"), "2026-06-03"),
                                       copyName(*store, QStringLiteral("pipeline"), "2026-06-04"),
                                       copyName(*store, QStringLiteral("pipeline"), "2026-06-05")});
    // Each copy is a sound store holding what was there that day.
    auto copy = storage::openStore(
        QDir(folder).filePath(copyName(*store, QStringLiteral("pipeline"), "2026-06-03")),
        {true, nullptr});
    CHECK(copy->integrityProblems().isEmpty());
    CHECK(copy->prospects().count({}) == 4);
}

TEST_CASE("backup settings: defaults, keep of at least one, off means no copy", "[backup]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("team.sqlite"));
    auto store = storage::openStore(path);
    core::FixedClock clock(referenceNow());

    core::BackupPolicy policy = core::backupPolicy(store->settings(), path);
    CHECK(policy.enabled);
    CHECK(policy.keep == 7);
    CHECK(QDir::cleanPath(policy.folder) == QDir::cleanPath(dir.path(QStringLiteral("backups"))));

    const auto r = core::rotateBackupsIfDue(*store, clock);
    CHECK(r.written ==
          QDir(policy.folder).filePath(copyName(*store, QStringLiteral("team"), "2026-06-15")));

    policy.keep = 0; // stored as 1: a rotation never deletes the only copy
    policy.folder = dir.path(QStringLiteral("elsewhere"));
    core::saveBackupPolicy(store->settings(), policy);
    CHECK(core::backupPolicy(store->settings(), path).keep == 1);
    clock.advanceSeconds(86400);
    CHECK(core::rotateBackupsIfDue(*store, clock).written.startsWith(policy.folder));
    clock.advanceSeconds(86400);
    const auto again = core::rotateBackupsIfDue(*store, clock);
    CHECK(again.removed.size() == 1);
    CHECK(files(policy.folder).size() == 1);

    store->settings().setValue(QLatin1String(core::kBackupKeepKey), QStringLiteral("many"));
    CHECK(core::backupPolicy(store->settings(), path).keep == 7);
    store->settings().setValue(QLatin1String(core::kBackupEnabledKey), QStringLiteral("0"));
    clock.advanceSeconds(86400);
    CHECK(core::rotateBackupsIfDue(*store, clock).written.isEmpty());
}

TEST_CASE("a backup folder that cannot be created is a sentence, not a crash", "[backup]")
{
    TempDir dir;
    auto store = storage::openStore(dir.path(QStringLiteral("p.sqlite")));
    QFile blocker(dir.path(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    core::FixedClock clock(referenceNow());
    try {
        core::rotateBackups(*store, dir.path(QStringLiteral("file/backups")), 3, clock);
        FAIL("expected a StoreError");
    } catch (const core::StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("could not be created")));
    }
}

namespace {

/// A pipeline of about 12 MB: three or more chunks of a stoppable copy.
std::unique_ptr<storage::SqliteStore> bigStore(const QString& path)
{
    auto store = storage::openStore(path);
    const QString filler(40'000, QLatin1Char('x'));
    store->transaction([&] {
        for (int i = 0; i < 300; ++i) {
            core::Prospect p = prospect(QStringLiteral("Prospect %1").arg(i));
            p.agreementSummary = filler;
            store->prospects().add(p);
        }
    });
    return store;
}

QStringList everything(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

TEST_CASE("a rotating backup stopped mid-copy leaves nothing behind", "[backup]")
{
    TempDir dir;
    auto store = bigStore(dir.path(QStringLiteral("big.sqlite")));
    const QString folder = dir.path(QStringLiteral("backups"));
    core::FixedClock clock(referenceNow());

    int asked = 0;
    const auto r = core::rotateBackups(*store, folder, 3, clock, [&asked] {
        return ++asked == 2; // the first chunk is copied, then the caller stops it
    });
    CHECK(r.cancelled);
    CHECK(r.written.isEmpty());
    CHECK(asked == 2);
    CHECK(everything(folder).isEmpty()); // no copy, no .part, no lock file

    // Not stopped: the copy is written whole.
    asked = 0;
    const auto whole =
        core::rotateBackups(*store, folder, 3, clock, [&asked] { return ++asked < 0; });
    CHECK_FALSE(whole.cancelled);
    CHECK(asked >= 3);
    CHECK(everything(folder) == QStringList{copyName(*store, QStringLiteral("big"), "2026-06-15")});
    auto copy = storage::openStore(whole.written, {true, nullptr});
    CHECK(copy->integrityProblems().isEmpty());
    CHECK(copy->prospects().count({}) == 300);
}

TEST_CASE("a stoppable backup is one snapshot while another connection writes", "[backup]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("busy.sqlite"));
    auto store = bigStore(path);
    auto other = storage::openStore(path);
    const QString folder = dir.path(QStringLiteral("backups"));
    core::FixedClock clock(referenceNow());

    // Undisturbed, the copy takes this many chunks.
    int quiet = 0;
    core::rotateBackups(*store, dir.path(QStringLiteral("quiet")), 3, clock, [&quiet] {
        ++quiet;
        return false;
    });
    REQUIRE(quiet >= 3);

    // Between chunks, another connection commits (as the app does while the
    // worker copies): the copy holds what was there when it began, and is not
    // restarted from the first page.
    int asked = 0;
    const auto r = core::rotateBackups(*store, folder, 3, clock, [&] {
        if (++asked == 2)
            other->prospects().add(prospect(QStringLiteral("Added during the copy")));
        return false;
    });
    REQUIRE_FALSE(r.written.isEmpty());
    CHECK(asked == quiet); // not restarted
    CHECK(other->prospects().count({}) == 301);
    auto copy = storage::openStore(r.written, {true, nullptr});
    CHECK(copy->integrityProblems().isEmpty());
    CHECK(copy->prospects().count({}) == 300);
}

TEST_CASE("two processes never write the same backup at once", "[backup]")
{
    TempDir dir;
    auto store = storage::openStore(dir.path(QStringLiteral("shared.sqlite")));
    const QString folder = dir.path(QStringLiteral("backups"));
    QDir().mkpath(folder);
    core::FixedClock clock(referenceNow());

    QLockFile held(QDir(folder).filePath(
        QStringLiteral(".%1.backup-lock")
            .arg(store->settings().value(QLatin1String(storage::kPipelineIdKey)))));
    REQUIRE(held.tryLock(0));
    try {
        core::rotateBackups(*store, folder, 3, clock);
        FAIL("expected a StoreError");
    } catch (const core::StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("being written")));
    }
    CHECK(files(folder).isEmpty());
    held.unlock();
    CHECK_FALSE(core::rotateBackups(*store, folder, 3, clock).written.isEmpty());
}

TEST_CASE("two pipelines of the same name sharing a backup folder keep their own copies",
          "[backup]")
{
    TempDir dir;
    QDir().mkpath(dir.path(QStringLiteral("alpha")));
    QDir().mkpath(dir.path(QStringLiteral("beta")));
    auto alpha = storage::openStore(dir.path(QStringLiteral("alpha/team.sqlite")));
    auto beta = storage::openStore(dir.path(QStringLiteral("beta/team.sqlite")));
    alpha->prospects().add(prospect(QStringLiteral("Alpha's")));
    const QString folder = dir.path(QStringLiteral("shared-backups"));
    core::FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc()));
    for (int day = 1; day <= 4; ++day) {
        clock.set(QDateTime(QDate(2026, 6, day), QTime(9, 0), QTimeZone::utc()));
        // Neither skips its day because of the other's copy.
        CHECK_FALSE(core::rotateBackups(*alpha, folder, 2, clock).written.isEmpty());
        CHECK_FALSE(core::rotateBackups(*beta, folder, 3, clock).written.isEmpty());
    }
    // Each keeps its own newest N: alpha 2, beta 3.
    QStringList expected{copyName(*alpha, QStringLiteral("team"), "2026-06-03"),
                         copyName(*alpha, QStringLiteral("team"), "2026-06-04"),
                         copyName(*beta, QStringLiteral("team"), "2026-06-02"),
                         copyName(*beta, QStringLiteral("team"), "2026-06-03"),
                         copyName(*beta, QStringLiteral("team"), "2026-06-04")};
    expected.sort();
    CHECK(files(folder) == expected);
    auto copy = storage::openStore(
        QDir(folder).filePath(copyName(*alpha, QStringLiteral("team"), "2026-06-04")),
        {true, nullptr});
    CHECK(copy->prospects().count({}) == 1);
}
