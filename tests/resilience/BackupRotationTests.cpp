// Automatic rotating backups: one copy per day, newest N kept, settings-driven.

#include "core/Clock.h"
#include "storage/Backups.h"
#include "storage/SqliteStore.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
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

    auto first = storage::rotateBackups(*store, folder, 3, clock);
    CHECK(first.written == QDir(folder).filePath(QStringLiteral("pipeline-2026-06-01.sqlite")));
    CHECK(first.removed.isEmpty());
    // The same day again: nothing new.
    store->prospects().add(prospect(QStringLiteral("Later that day")));
    CHECK(storage::rotateBackups(*store, folder, 3, clock).written.isEmpty());

    for (int day = 2; day <= 5; ++day) {
        clock.set(QDateTime(QDate(2026, 6, day), QTime(8, 0), QTimeZone::utc()));
        store->prospects().add(prospect(QStringLiteral("Day %1").arg(day)));
        const auto r = storage::rotateBackups(*store, folder, 3, clock);
        CHECK_FALSE(r.written.isEmpty());
    }
    CHECK(files(folder) == QStringList{QStringLiteral("notes.txt"),
                                       QStringLiteral("pipeline-2026-06-03.sqlite"),
                                       QStringLiteral("pipeline-2026-06-04.sqlite"),
                                       QStringLiteral("pipeline-2026-06-05.sqlite")});
    // Each copy is a sound store holding what was there that day.
    auto copy = storage::openStore(
        QDir(folder).filePath(QStringLiteral("pipeline-2026-06-03.sqlite")), {true, nullptr});
    CHECK(copy->integrityProblems().isEmpty());
    CHECK(copy->prospects().count({}) == 4);
}

TEST_CASE("backup settings: defaults, keep of at least one, off means no copy", "[backup]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("team.sqlite"));
    auto store = storage::openStore(path);
    core::FixedClock clock(referenceNow());

    storage::BackupPolicy policy = storage::backupPolicy(store->settings(), path);
    CHECK(policy.enabled);
    CHECK(policy.keep == 7);
    CHECK(QDir::cleanPath(policy.folder) == QDir::cleanPath(dir.path(QStringLiteral("backups"))));

    const auto r = storage::rotateBackupsIfDue(*store, clock);
    CHECK(r.written == QDir(policy.folder).filePath(QStringLiteral("team-2026-06-15.sqlite")));

    policy.keep = 0; // stored as 1: a rotation never deletes the only copy
    policy.folder = dir.path(QStringLiteral("elsewhere"));
    storage::saveBackupPolicy(store->settings(), policy);
    CHECK(storage::backupPolicy(store->settings(), path).keep == 1);
    clock.advanceSeconds(86400);
    CHECK(storage::rotateBackupsIfDue(*store, clock).written.startsWith(policy.folder));
    clock.advanceSeconds(86400);
    const auto again = storage::rotateBackupsIfDue(*store, clock);
    CHECK(again.removed.size() == 1);
    CHECK(files(policy.folder).size() == 1);

    store->settings().setValue(QLatin1String(storage::kBackupKeepKey), QStringLiteral("many"));
    CHECK(storage::backupPolicy(store->settings(), path).keep == 7);
    store->settings().setValue(QLatin1String(storage::kBackupEnabledKey), QStringLiteral("0"));
    clock.advanceSeconds(86400);
    CHECK(storage::rotateBackupsIfDue(*store, clock).written.isEmpty());
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
        storage::rotateBackups(*store, dir.path(QStringLiteral("file/backups")), 3, clock);
        FAIL("expected a StoreError");
    } catch (const core::StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("could not be created")));
    }
}
