// Crash safety, concurrency and hostile-environment tests (docs/performance.md, Reliability):
// real child processes killed with SIGKILL, two writers on one file, a full
// disk, and a failing migration. The child is accord_resilience_writer.

#include "core/PipelineService.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sqlite.h"
#include "storage/SqliteStore.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <set>
#include <unistd.h>

using namespace accord;
using namespace accord::test;

namespace {

const QString kWriter = QStringLiteral(ACCORD_RESILIENCE_WRITER);

// Long mode: ACCORD_RESILIENCE_TRIALS=500 ctest -R resilience
int killTrials()
{
    const int n = qEnvironmentVariableIntValue("ACCORD_RESILIENCE_TRIALS");
    return n > 0 ? n : 50;
}

core::Id seedProspect(const QString& path)
{
    auto store = storage::openStore(path);
    core::SystemClock clock;
    core::PipelineService service(*store, clock);
    core::Prospect p;
    p.name = QStringLiteral("Resilient Co");
    p.owner = QStringLiteral("Dana");
    return service.addProspect(p);
}

std::set<core::Id> reported(const QByteArray& out)
{
    std::set<core::Id> ids;
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith("committed "))
            ids.insert(line.mid(10).toLongLong());
    return ids;
}

std::set<core::Id> meetingIds(storage::SqliteStore& store)
{
    std::set<core::Id> ids;
    storage::Statement st = store.connection().prepare("SELECT id FROM meeting");
    while (st.step())
        ids.insert(st.id(0));
    return ids;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("a writer killed at random moments loses no reported commit and leaves a sound file",
          "[resilience]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("killed.sqlite"));
    const core::Id prospect = seedProspect(path);
    QRandomGenerator rng(20260615);
    std::set<core::Id> everReported;
    int trialsWithCommits = 0;
    const int trials = killTrials();
    for (int trial = 0; trial < trials; ++trial) {
        QProcess child;
        child.start(kWriter, {path, QString::number(prospect), QStringLiteral("-1")});
        REQUIRE(child.waitForStarted());
        // One trial in five dies at a random moment of start-up (opening, recovering
        // the WAL); the others once writing is under way, at a random point of the loop.
        QByteArray out;
        if (trial % 5 == 0) {
            QThread::usleep(static_cast<unsigned long>(rng.bounded(0, 60000)));
        } else {
            while (!out.contains("committed") && child.waitForReadyRead(10000))
                out += child.readAllStandardOutput();
            QThread::usleep(static_cast<unsigned long>(rng.bounded(0, 40000)));
        }
        child.kill(); // SIGKILL
        REQUIRE(child.waitForFinished(5000));
        out += child.readAllStandardOutput();
        const std::set<core::Id> ids = reported(out);
        if (!ids.empty())
            ++trialsWithCommits;
        everReported.insert(ids.begin(), ids.end());

        auto store = storage::openStore(path);
        INFO("trial " << trial);
        REQUIRE(store->integrityProblems().isEmpty());
        const std::set<core::Id> present = meetingIds(*store);
        for (core::Id id : ids)
            REQUIRE(present.count(id) == 1);
        // The search index stayed in step with the table.
        CHECK(store->search().search(QStringLiteral("resilience"), -1).size() == present.size());
    }
    CHECK(trialsWithCommits >= trials / 2); // the kills did land inside the write loop
    CHECK(everReported.size() > static_cast<std::size_t>(trials));
}

TEST_CASE("two processes logging 1,000 meetings each into one file all succeed", "[resilience]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.sqlite"));
    const core::Id prospect = seedProspect(path);
    QProcess a;
    QProcess b;
    for (QProcess* p : {&a, &b})
        p->start(kWriter, {path, QString::number(prospect), QStringLiteral("1000")});
    for (QProcess* p : {&a, &b}) {
        REQUIRE(p->waitForFinished(60000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 0);
        CHECK(reported(p->readAllStandardOutput()).size() == 1000);
    }
    auto store = storage::openStore(path);
    CHECK(store->meetings().count() == 2000);
    CHECK(store->integrityProblems().isEmpty());
}

TEST_CASE("a full disk (file size limit) fails the write with a sentence and damages nothing",
          "[resilience]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("full.sqlite"));
    const core::Id prospect = seedProspect(path);
    {
        QProcess warmup; // some rows before the disk fills
        warmup.start(kWriter, {path, QString::number(prospect), QStringLiteral("20")});
        REQUIRE(warmup.waitForFinished(20000));
        REQUIRE(warmup.exitCode() == 0);
    }
    const qint64 limit = QFileInfo(path).size() + 48 * 1024;
    QProcess child;
    child.start(kWriter, {path, QString::number(prospect), QStringLiteral("5000"),
                          QStringLiteral("--fsize"), QString::number(limit)});
    REQUIRE(child.waitForFinished(60000));
    CHECK(child.exitStatus() == QProcess::NormalExit); // no crash, no SIGXFSZ
    CHECK(child.exitCode() == 3);
    const QString message = QString::fromUtf8(child.readAllStandardError()).trimmed();
    INFO(message.toStdString());
    CHECK((message.contains(QStringLiteral("disk is full")) ||
           message.contains(QStringLiteral("could not be read or written"))));
    CHECK_FALSE(message.contains(QStringLiteral("INSERT")));
    const std::set<core::Id> ids = reported(child.readAllStandardOutput());
    CHECK(ids.size() < 5000);

    auto store = storage::openStore(path);
    CHECK(store->integrityProblems().isEmpty());
    const std::set<core::Id> present = meetingIds(*store);
    for (core::Id id : ids)
        CHECK(present.count(id) == 1);
    CHECK(present.size() == 20 + ids.size());
}

TEST_CASE("a database at its page limit refuses a write with a sentence and keeps its data",
          "[resilience]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("capped.sqlite"));
    const core::Id prospect = seedProspect(path);
    auto store = storage::openStore(path);
    core::SystemClock clock;
    core::PipelineService service(*store, clock);
    const qint64 pages = store->connection().queryInt("PRAGMA page_count");
    store->connection().exec("PRAGMA max_page_count = " + std::to_string(pages + 2));
    core::Meeting m;
    m.prospectId = prospect;
    m.occurredAt = clock.now();
    m.summary = QStringLiteral("Big one");
    m.notes = QStringLiteral("x").repeated(64 * 1024);
    QString message;
    try {
        service.logMeeting(m);
    } catch (const core::StoreError& e) {
        message = e.message();
    }
    CHECK(message == QStringLiteral("The disk is full, so the change was not saved."));
    CHECK(store->meetings().count() == 0);
    // Smaller writes still go through, and the file is sound.
    m.notes = QStringLiteral("short");
    CHECK(service.logMeeting(m) > 0);
    CHECK(store->integrityProblems().isEmpty());
}

TEST_CASE("a read-only file refuses every kind of write with a sentence and stays identical",
          "[resilience]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("locked.sqlite"));
    const core::Id prospect = seedProspect(path);
    const QByteArray before = readAll(path);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    {
        auto store = storage::openStore(path);
        REQUIRE(store->isReadOnly());
        core::SystemClock clock;
        core::PipelineService service(*store, clock);
        core::Meeting m;
        m.prospectId = prospect;
        m.occurredAt = clock.now();
        m.summary = QStringLiteral("Should not land");
        QString message;
        try {
            service.logMeeting(m);
        } catch (const core::StoreError& e) {
            message = e.message();
        }
        CHECK(message == QStringLiteral("The database is open read-only, so the change was not "
                                        "saved."));
        // Reading still works: a backup can be taken from a read-only file.
        CHECK_NOTHROW(store->copyToFile(dir.path(QStringLiteral("copy.sqlite"))));
        CHECK(store->prospects().find(prospect).has_value());
    }
    CHECK(readAll(path) == before);
}

TEST_CASE("garbage, a truncated copy and an empty header never crash the opener", "[resilience]")
{
    TempDir dir;
    const QString good = dir.path(QStringLiteral("good.sqlite"));
    seedProspect(good);
    const QByteArray bytes = readAll(good);
    REQUIRE(bytes.size() > 8192);
    QRandomGenerator rng(7);
    // Damaged variants: cut at odd places, pages overwritten with noise, header fields zeroed.
    std::vector<QByteArray> variants;
    for (int cut : {50, 100, 4096, 4097, static_cast<int>(bytes.size()) - 1})
        variants.push_back(bytes.left(cut));
    for (int i = 0; i < 6; ++i) {
        QByteArray noisy = bytes;
        const int at = static_cast<int>(rng.bounded(100, static_cast<int>(bytes.size()) - 64));
        for (int k = 0; k < 64; ++k)
            noisy[at + k] = static_cast<char>(rng.bounded(256));
        variants.push_back(noisy);
    }
    QByteArray zeroHeader = bytes;
    for (int k = 16; k < 100; ++k)
        zeroHeader[k] = 0;
    variants.push_back(zeroHeader);

    int index = 0;
    for (const QByteArray& v : variants) {
        const QString path = dir.path(QStringLiteral("bad%1.sqlite").arg(index++));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(v);
        f.close();
        try {
            auto store = storage::openStore(path);
            // Noise inside a page may still open: reading must then fail cleanly or report it.
            (void)store->integrityProblems();
            (void)store->prospects().rows({}, core::ProspectSort::Name, true, 10, 0);
            (void)store->search().search(QStringLiteral("resilient"), 10);
        } catch (const core::StoreError& e) {
            CHECK_FALSE(e.message().isEmpty());
            CHECK_FALSE(e.message().contains(QStringLiteral("SELECT")));
            CHECK(readAll(path) == v); // refused untouched
        }
    }
}

TEST_CASE("processes opening an old file at once all upgrade it or find it upgraded",
          "[resilience][migration]")
{
    const std::vector<storage::MigrationStep> v2{storage::migrations().at(0),
                                                 storage::migrations().at(1)};
    for (int round = 0; round < 6; ++round) {
        TempDir dir;
        const QString path = dir.path(QStringLiteral("old.sqlite"));
        {
            storage::DatabaseOptions options;
            options.migrations = &v2;
            auto db = storage::openDatabase(path, options);
            db->exec("INSERT INTO prospect(id, name, owner, stage, status) VALUES (1, 'Old Co', "
                     "'Dana', 1, 'active')");
        }
        std::vector<std::unique_ptr<QProcess>> children;
        for (int i = 0; i < 3; ++i) {
            children.push_back(std::make_unique<QProcess>());
            children.back()->start(kWriter, {path, QStringLiteral("1"), QStringLiteral("2")});
        }
        for (auto& child : children) {
            REQUIRE(child->waitForFinished(30000));
            INFO("round " << round << ": " << child->readAllStandardError().toStdString());
            CHECK(child->exitCode() == 0);
            CHECK(reported(child->readAllStandardOutput()).size() == 2);
        }
        auto store = storage::openStore(path);
        CHECK(store->schemaVersion() == storage::latestVersion());
        CHECK(store->meetings().count() == 6);
        CHECK(store->integrityProblems().isEmpty());
        const QString backup = path + QStringLiteral(".pre-v%1.bak").arg(storage::latestVersion());
        REQUIRE(QFileInfo::exists(backup));
        storage::DatabaseOptions readOld;
        readOld.readOnly = true;
        readOld.migrations = &v2;
        auto old = storage::openDatabase(backup, readOld);
        CHECK(storage::userVersion(*old) == 2);
        // No part file of any of them is left behind.
        CHECK(
            QDir(dir.path(QString())).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
    }
}

TEST_CASE("a read-only open of a file in a folder it may not write sees another writer's commits",
          "[resilience][files]")
{
    // The writer may write in the folder where this reader (by the owner's
    // permission bits) may not: root writes anywhere, so only root can play both.
    if (::geteuid() != 0) {
        WARN("skipped: needs root to write where the folder's owner bits forbid it");
        return;
    }
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("shared"));
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/team.sqlite");
    const core::Id prospect = seedProspect(path);
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    const auto readOnlyFolder = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                QFileDevice::ReadUser | QFileDevice::ExeUser;
    REQUIRE(QFile::setPermissions(folder, readOnlyFolder));
    {
        storage::StoreOptions options;
        options.readOnly = true;
        auto reader = storage::openStore(path, options);
        REQUIRE(reader->isReadOnly());
        CHECK(reader->meetings().count() == 0);

        // Another user, who may write there, logs meetings meanwhile.
        QProcess writer;
        writer.start(kWriter, {path, QString::number(prospect), QStringLiteral("3")});
        REQUIRE(writer.waitForFinished(60000));
        INFO(writer.readAllStandardError().toStdString());
        REQUIRE(writer.exitCode() == 0);
        CHECK(reported(writer.readAllStandardOutput()).size() == 3);

        CHECK(reader->meetings().count() == 3);
        CHECK(reader->integrityProblems().isEmpty());
    }
    QFile::setPermissions(folder, readOnlyFolder | QFileDevice::WriteOwner);
}
