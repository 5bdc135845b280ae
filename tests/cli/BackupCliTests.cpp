// accord-cli backup --rotate: the stored backup policy applied from a terminal
// or cron (one copy a day, the newest N kept).

#include "CliRun.h"
#include "core/io/DailyBackups.h"
#include "storage/Database.h"
#include "storage/SqliteStore.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

using Run = accord::test::CliRun;

const QString kRotate = QStringLiteral("--rotate");
const QString kBackup = QStringLiteral("backup");

/// The pipeline id stored in the file: copies are named by it.
QString pipelineId(const QString& db)
{
    auto store = accord::storage::openStore(db, {true, nullptr});
    return store->settings().value(QLatin1String(accord::storage::kPipelineIdKey));
}

/// accord-cli's clock is the system clock: copies are named for today (UTC).
QString copyName(const QString& base, const QString& id, int daysAgo = 0)
{
    return QStringLiteral("%1-%2-%3.sqlite")
        .arg(base, id,
             QDateTime::currentDateTimeUtc().date().addDays(-daysAgo).toString(Qt::ISODate));
}

QStringList files(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

void touch(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a real copy");
}

void setPolicy(const QString& db, const accord::core::BackupPolicy& policy)
{
    auto store = accord::storage::openStore(db);
    accord::core::saveBackupPolicy(store->settings(), policy);
}

} // namespace

TEST_CASE("backup --rotate writes today's copy once, into the default folder", "[cli][backup]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("team.sqlite"));
    REQUIRE(accord::test::runCli(db, {QStringLiteral("demo")}).code == 0);
    const QString id = pipelineId(db);
    REQUIRE(id.size() == 12);
    const QString folder = dir.path(QStringLiteral("backups"));

    const Run first = accord::test::runCli(db, {kBackup, kRotate});
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    const QString written = QDir(folder).filePath(copyName(QStringLiteral("team"), id));
    CHECK(first.out.contains(QStringLiteral("Backed up")));
    CHECK(first.out.contains(written));
    CHECK(files(folder) == QStringList{copyName(QStringLiteral("team"), id)});

    // The same day again: nothing new.
    const Run second = accord::test::runCli(db, {kBackup, kRotate});
    REQUIRE(second.code == 0);
    CHECK(second.out.contains(QStringLiteral("already exists")));
    CHECK_FALSE(second.out.contains(QStringLiteral("Backed up")));
    CHECK(files(folder) == QStringList{copyName(QStringLiteral("team"), id)});

    // The copy is a sound pipeline (opening it last: SQLite adds its -wal/-shm files).
    auto copy = accord::storage::openStore(written, {true, nullptr});
    CHECK(copy->integrityProblems().isEmpty());
    CHECK(copy->prospects().count({}) == 36);
}

TEST_CASE("backup --rotate keeps the newest N and reports them in JSON", "[cli][backup]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("team.sqlite"));
    REQUIRE(accord::test::runCli(db, {QStringLiteral("demo")}).code == 0);
    const QString id = pipelineId(db);
    const QString folder = dir.path(QStringLiteral("nightly"));
    setPolicy(db, {true, 2, folder});
    QDir().mkpath(folder);
    for (int daysAgo : {3, 2, 1})
        touch(QDir(folder).filePath(copyName(QStringLiteral("team"), id, daysAgo)));
    touch(QDir(folder).filePath(QStringLiteral("notes.txt")));               // not a copy
    touch(QDir(folder).filePath(QStringLiteral("other-2020-01-01.sqlite"))); // another file's
    touch(QDir(folder).filePath(copyName(QStringLiteral("team"), id, 30) +
                                QStringLiteral(".bak"))); // not ours either

    const Run run = accord::test::runCli(db, {QStringLiteral("--json"), kBackup, kRotate});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const json out = run.parsed();
    CHECK(out["enabled"] == true);
    CHECK(out["keep"] == 2);
    CHECK(out["folder"] == folder.toStdString());
    CHECK(out["written"] ==
          QDir(folder).filePath(copyName(QStringLiteral("team"), id)).toStdString());
    CHECK(out["removed"] ==
          json::array(
              {QDir(folder).filePath(copyName(QStringLiteral("team"), id, 3)).toStdString(),
               QDir(folder).filePath(copyName(QStringLiteral("team"), id, 2)).toStdString()}));
    CHECK(files(folder) ==
          QStringList{QStringLiteral("notes.txt"), QStringLiteral("other-2020-01-01.sqlite"),
                      copyName(QStringLiteral("team"), id, 30) + QStringLiteral(".bak"),
                      copyName(QStringLiteral("team"), id, 1),
                      copyName(QStringLiteral("team"), id)});

    // The same day again: nothing written or removed.
    const json again =
        accord::test::runCli(db, {QStringLiteral("--json"), kBackup, kRotate}).parsed();
    CHECK(again["written"].is_null());
    CHECK(again["removed"].empty());
}

TEST_CASE("backup --rotate: off, a missing database, and usage", "[cli][backup]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("team.sqlite"));
    REQUIRE(accord::test::runCli(db, {QStringLiteral("demo")}).code == 0);
    const QString folder = dir.path(QStringLiteral("copies"));
    setPolicy(db, {false, 7, folder});

    const Run off = accord::test::runCli(db, {kBackup, kRotate});
    REQUIRE(off.code == 0);
    CHECK(off.out.contains(QStringLiteral("off")));
    CHECK_FALSE(QDir(folder).exists());

    // A mistyped path in a crontab: an error, and no empty pipeline created.
    const QString missing = dir.path(QStringLiteral("tema.sqlite"));
    const Run wrong = accord::test::runCli(missing, {kBackup, kRotate});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(missing));

    CHECK(accord::test::runCli(
              db, {kBackup, kRotate, QStringLiteral("-o"), dir.path(QStringLiteral("x.sqlite"))})
              .code == 2);
    CHECK(accord::test::runCli(db, {kBackup}).code == 2);
    const Run help = accord::test::runCli(db, {kBackup, QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("backup --rotate")));
}

TEST_CASE("backup --rotate keeps a copy someone has open", "[cli][backup]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("team.sqlite"));
    REQUIRE(accord::test::runCli(db, {QStringLiteral("demo")}).code == 0);
    const QString id = pipelineId(db);
    const QString folder = dir.path(QStringLiteral("nightly"));
    setPolicy(db, {true, 1, folder});
    QDir().mkpath(folder);
    const QString opened = QDir(folder).filePath(copyName(QStringLiteral("team"), id, 3));
    const QString older = QDir(folder).filePath(copyName(QStringLiteral("team"), id, 2));
    REQUIRE(accord::test::runCli(db, {kBackup, QStringLiteral("-o"), opened}).code == 0);
    touch(older);
    // Someone looks back at an old copy (here: this process, for accord-cli another one).
    auto looking = accord::storage::openStore(opened);
    REQUIRE(QFile::exists(opened + QStringLiteral("-shm")));

    const Run run = accord::test::runCli(db, {kBackup, kRotate});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(QFile::exists(opened));
    CHECK_FALSE(QFile::exists(older));
    CHECK(QFile::exists(QDir(folder).filePath(copyName(QStringLiteral("team"), id))));
    CHECK(looking->prospects().count({}) == 36);
    CHECK(looking->integrityProblems().isEmpty());
}
