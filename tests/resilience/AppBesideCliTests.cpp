// The desktop app, accord-cli writers and a cron `backup --rotate` on one file,
// as real processes: the app's automatic backup opens a second connection,
// the CLI's runs come and go beside it, and every write any side acknowledged
// must be in the file afterwards. Also: no path of the process may open the
// database with anything but SQLite (its descriptors stay SQLite's).

#include "core/PipelineService.h"
#include "core/io/DailyBackups.h"
#include "storage/Sqlite.h"
#include "storage/SqliteStore.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

using namespace accord;
using namespace accord::test;

namespace {

const QString kApp = QStringLiteral(ACCORD_APP_PATH);
const QString kCli = QStringLiteral(ACCORD_CLI_PATH);

QProcessEnvironment childEnvironment(const TempDir& dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings, logs and the default database of the children stay in the test's folder.
    env.insert(QStringLiteral("HOME"), dir.path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path(QStringLiteral("home/config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path(QStringLiteral("home/data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ACCORD_USER"), QStringLiteral("Cron"));
    return env;
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const TempDir& dir, const QString& db, const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(childEnvironment(dir));
    p.start(kCli, QStringList{QStringLiteral("--db"), db} + args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

core::Id seedProspect(const QString& path)
{
    auto store = storage::openStore(path);
    core::SystemClock clock;
    core::PipelineService service(*store, clock);
    core::Prospect p;
    p.name = QStringLiteral("Shared Co");
    p.owner = QStringLiteral("Dana");
    return service.addProspect(p);
}

std::set<core::Id> meetingIds(const QString& path)
{
    auto store = storage::openStore(path);
    std::set<core::Id> ids;
    storage::Statement st = store->connection().prepare("SELECT id FROM meeting");
    while (st.step())
        ids.insert(st.id(0));
    return ids;
}

/// Meeting id → summary: an id alone could be another side's meeting.
std::map<core::Id, QString> meetingSummaries(const QString& path)
{
    auto store = storage::openStore(path);
    std::map<core::Id, QString> out;
    storage::Statement st = store->connection().prepare("SELECT id, summary FROM meeting");
    while (st.step())
        out[st.id(0)] = st.text(1);
    return out;
}

/// What the descriptors of process `pid` point at ("self" for this one).
QStringList descriptorTargets(const QString& pid)
{
    QStringList targets;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System))
        targets << QFile::symLinkTarget(fds.filePath(fd)) + (QFileInfo(fds.filePath(fd)).exists()
                                                                 ? QString()
                                                                 : QStringLiteral(" (deleted)"));
    return targets;
}

/// Descriptors on `db` and its companions that are not what SQLite keeps open.
QStringList badDescriptors(const QString& pid, const QString& db)
{
    QStringList bad;
    for (const QString& raw : descriptorTargets(pid)) {
        // readlink shows " (deleted)" for an unlinked file.
        const QString target = QString(raw).remove(QStringLiteral(" (deleted)"));
        if (!target.startsWith(db))
            continue;
        if (raw.contains(QStringLiteral("(deleted)")))
            bad << raw;
    }
    return bad;
}

int descriptorsOn(const QString& pid, const QString& file)
{
    int n = 0;
    for (const QString& raw : descriptorTargets(pid))
        if (QString(raw).remove(QStringLiteral(" (deleted)")) == file)
            ++n;
    return n;
}

QStringList copiesIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
}

} // namespace

TEST_CASE("the app, CLI writers and backup --rotate beside it lose no acknowledged write",
          "[resilience][app]")
{
    TempDir dir;
    QDir().mkpath(dir.path(QStringLiteral("home/config")));
    const core::Id prospect = seedProspect(dir.path(QStringLiteral("team.sqlite")));
    // As /proc shows it: no symlinks on the way.
    const QString path = QFileInfo(dir.path(QStringLiteral("team.sqlite"))).canonicalFilePath();
    const QString backups = dir.path(QStringLiteral("backups"));

    // The app: its automatic backup starts at once; it logs meetings through its
    // undo commands, one every 50 ms, until the stop file exists (20 at least),
    // then quits the normal way.
    const QString stop = dir.path(QStringLiteral("stop"));
    QProcess app;
    QProcessEnvironment env = childEnvironment(dir);
    env.insert(QStringLiteral("ACCORD_BACKUP_DELAY_MS"), QStringLiteral("50"));
    env.insert(QStringLiteral("ACCORD_DRIVE"),
               QStringLiteral("log-meeting:%1:20:50:%2").arg(prospect).arg(stop));
    app.setProcessEnvironment(env);
    app.start(kApp, {QStringLiteral("--db"), path});
    REQUIRE(app.waitForStarted(10000));
    const QString appPid = QString::number(app.processId());

    // Its automatic backup ran (a second connection opened and closed).
    QElapsedTimer waited;
    waited.start();
    while (copiesIn(backups).isEmpty() && waited.elapsed() < 20000 &&
           app.state() == QProcess::Running)
        QThread::msleep(20);
    REQUIRE(copiesIn(backups).size() == 1);

    // accord-cli beside it: writers and the cron job, each a process that opens
    // and closes the file while the app keeps it open and writes.
    std::map<core::Id, QString> cliIds;
    QStringList appDescriptorProblems;
    int runs = 0;
    while (app.state() == QProcess::Running && runs < 12) {
        ++runs;
        const Run w = runCli(dir, path,
                             {QStringLiteral("--json"), QStringLiteral("log-meeting"),
                              QString::number(prospect), QStringLiteral("--summary"),
                              QStringLiteral("CLI call %1").arg(runs)});
        INFO(w.err.toStdString());
        REQUIRE(w.code == 0);
        cliIds[nlohmann::json::parse(w.out.toStdString()).at("id").get<core::Id>()] =
            QStringLiteral("CLI call %1").arg(runs);
        if (runs % 3 == 0) {
            const Run r = runCli(dir, path, {QStringLiteral("backup"), QStringLiteral("--rotate")});
            INFO(r.err.toStdString());
            REQUIRE(r.code == 0);
        }
        if (app.state() == QProcess::Running)
            appDescriptorProblems << badDescriptors(appPid, path);
    }
    QFile stopFile(stop);
    REQUIRE(stopFile.open(QIODevice::WriteOnly));
    stopFile.close();
    REQUIRE(app.waitForFinished(30000));
    const QByteArray appOut = app.readAllStandardOutput();
    INFO("app stderr: " << app.readAllStandardError().toStdString());
    CHECK(app.exitStatus() == QProcess::NormalExit);
    CHECK(app.exitCode() == 0);
    std::set<core::Id> appIds;
    for (const QByteArray& line : appOut.split('\n'))
        if (line.startsWith("committed "))
            appIds.insert(line.mid(10).toLongLong());
    CHECK(appIds.size() >= 20);
    CHECK(runs == 12); // the CLI really ran beside the writing app
    INFO("descriptors of the app on deleted files: "
         << appDescriptorProblems.join(u',').toStdString());
    CHECK(appDescriptorProblems.isEmpty());

    const std::map<core::Id, QString> present = meetingSummaries(path);
    int appFound = 0;
    for (core::Id id : appIds)
        if (present.count(id) && present.at(id).startsWith(QStringLiteral("App call")))
            ++appFound;
    int cliFound = 0;
    for (const auto& [id, summary] : cliIds)
        if (present.count(id) && present.at(id) == summary)
            ++cliFound;
    CHECK(appFound == static_cast<int>(appIds.size()));
    CHECK(cliFound == static_cast<int>(cliIds.size()));
    CHECK(present.size() == appIds.size() + cliIds.size());
    const Run check = runCli(dir, path, {QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.code == 0);
}

TEST_CASE("a second connection, backups and a CLI run beside leave only SQLite's descriptors",
          "[resilience]")
{
    TempDir dir;
    const core::Id prospect = seedProspect(dir.path(QStringLiteral("fd.sqlite")));
    const QString path = QFileInfo(dir.path(QStringLiteral("fd.sqlite"))).canonicalFilePath();
    auto store = storage::openStore(path);
    core::SystemClock clock;
    core::PipelineService service(*store, clock);
    core::Meeting m;
    m.prospectId = prospect;
    m.occurredAt = clock.now();
    m.summary = QStringLiteral("Before");
    service.logMeeting(m);

    // What the app does at start-up and on File → Open of the same file: more
    // connections to it, opened and closed, and copies made from them. SQLite
    // keeps a closed connection's descriptor for the next open while this
    // process holds locks on the file (that is how it keeps them): repeating
    // it adds none.
    auto cycle = [&](int round) {
        {
            auto second = storage::openStore(path, {true, nullptr});
            core::rotateBackupsIfDue(*second, clock);
            second->copyToFile(dir.path(QStringLiteral("copy%1.sqlite").arg(round)));
        }
        auto reopened = storage::openStore(path);
        CHECK(reopened->prospects().find(prospect).has_value());
    };
    cycle(0);
    const int settled = descriptorsOn(QStringLiteral("self"), path);
    for (int round = 1; round < 4; ++round)
        cycle(round);
    CHECK(descriptorsOn(QStringLiteral("self"), path) == settled);
    CHECK(settled <= 3);
    // accord-cli writes and quits beside it: it must not take this process for gone.
    const Run w = runCli(dir, path,
                         {QStringLiteral("log-meeting"), QString::number(prospect),
                          QStringLiteral("--summary"), QStringLiteral("From the CLI")});
    REQUIRE(w.code == 0);
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));
    CHECK(badDescriptors(QStringLiteral("self"), path).isEmpty());
    CHECK(descriptorsOn(QStringLiteral("self"), path) == settled);

    m.summary = QStringLiteral("After");
    const core::Id after = service.logMeeting(m);
    store.reset();
    // Every descriptor is gone with the last connection.
    CHECK(descriptorsOn(QStringLiteral("self"), path) == 0);
    CHECK(descriptorsOn(QStringLiteral("self"), path + QStringLiteral("-wal")) == 0);
    const std::set<core::Id> present = meetingIds(path);
    CHECK(present.count(after) == 1);
    CHECK(present.size() == 3);
}
