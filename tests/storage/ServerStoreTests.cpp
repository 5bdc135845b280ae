// What only a team server has: several people at once. A stale edit is
// refused naming who changed the record; two people moving one prospect are
// served one after the other; a JSON backup moves between the server and a
// file byte for byte; a lost connection gives one sentence and comes back.

#include "StoreFixture.h"

#include "core/Demo.h"
#include "core/PipelineService.h"
#include "core/io/Backup.h"
#include "storage/SqliteStore.h"
#include "storage/pg/Pg.h"
#include "storage/pg/PgSchema.h"
#include "storage/pg/ServerAdmin.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace accord;
using namespace accord::core;
using namespace accord::test;

namespace {

std::unique_ptr<storage::pg::PgStore> openAs(const PgTestDatabase& db, const QString& login,
                                             const Clock* clock)
{
    return storage::pg::PgStore::open(db.uriAs(login), clock);
}

} // namespace

TEST_CASE("A stale edit on the server is refused, naming who changed the record", "[server]")
{
    StoreFixture fx;
    auto admin = storage::pg::Connection::open(fx.server.uri());
    const QString ravi = fx.server.login(QStringLiteral("ravi"));
    const QString dana = fx.server.login(QStringLiteral("dana"));
    storage::pg::addUser(
        *admin, {ravi, QStringLiteral("Ravi"), QStringLiteral("lead"), QStringLiteral("north")});
    storage::pg::addUser(
        *admin, {dana, QStringLiteral("Dana"), QStringLiteral("rep"), QStringLiteral("north")});
    Prospect p = sampleProspect();
    p.owner = dana;
    const Id id = fx.store->prospects().add(p);

    auto danaStore = openAs(fx.server, dana, &fx.clock);
    auto raviStore = openAs(fx.server, ravi, &fx.clock);
    PipelineService danaService(*danaStore, fx.clock);
    PipelineService raviService(*raviStore, fx.clock);
    const Prospect seenByDana = *danaStore->prospects().find(id);

    Prospect raised = *raviStore->prospects().find(id);
    raised.value.minor = 5'000'000;
    raviService.updateProspect(raised);

    Prospect edited = seenByDana;
    edited.value.minor = 4'500'000;
    try {
        danaStore->applyChanges({diffPatch(seenByDana, edited, {QStringLiteral("value_minor")})});
        FAIL("a stale edit was written");
    } catch (const ConflictError& e) {
        CHECK(e.by() == ravi);
        CHECK(QString::fromUtf8(e.what()).startsWith(ravi + QStringLiteral(" changed the ")));
        CHECK(danaService.conflictSentence(e, PipelineService::Attempt::Edit)
                  .startsWith(ravi + QStringLiteral(" changed Northwind Traders's ")));
    }
    CHECK(fx.store->prospects().find(id)->value.minor == 5'000'000);
}

TEST_CASE("Two people moving one prospect at once are served one after the other", "[server]")
{
    StoreFixture fx;
    Prospect p = sampleProspect();
    p.stage = Stage::Informative;
    const Id id = fx.store->prospects().add(p);
    auto second = fx.open();
    PipelineService first(*fx.store, fx.clock);
    PipelineService other(*second, fx.clock);

    std::atomic<bool> otherDone{false};
    MoveDecision otherDecision;
    std::thread t;
    fx.store->transaction([&] {
        const MoveDecision d = first.moveStage(id, Stage::Consulting, QStringLiteral("Data agreed"),
                                               QStringLiteral("first"));
        REQUIRE(d.allowed());
        t = std::thread([&] {
            otherDecision = other.moveStage(id, Stage::Consulting, QStringLiteral("Data agreed"),
                                            QStringLiteral("second"));
            otherDone = true;
        });
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 400)
            std::this_thread::yield();
        CHECK_FALSE(otherDone); // held by the first mover's row lock
    });
    t.join();
    REQUIRE(otherDone);
    // The second mover decided on what the first wrote: the prospect is already there.
    CHECK_FALSE(otherDecision.allowed());
    const std::vector<StageChange> history = fx.store->prospects().history(id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].by == QStringLiteral("first"));
    CHECK(fx.store->prospects().find(id)->stage == Stage::Consulting);
}

TEST_CASE("A JSON backup moves from the server to a file and back byte for byte", "[server]")
{
    StoreFixture fx;
    DemoOptions demo;
    demo.prospects = 24;
    demo.now = referenceNow();
    fx.store->transaction([&] {
        for (const ProspectBundle& b : makeDemoPipeline(demo))
            saveBundle(*fx.store, b);
    });
    const int schema = fx.store->maintenance().schemaVersion();
    const QByteArray fromServer = backupJson(*fx.store, schema);
    REQUIRE(fromServer.size() > 10000);

    TempDir dir;
    const QString file = dir.path(QStringLiteral("restored.sqlite"));
    restoreBackupIntoNewFile(file, parseBackup(fromServer), [](const QString& path) {
        return std::unique_ptr<Store>(storage::SqliteStore::open(path));
    });
    auto fileStore = storage::SqliteStore::open(file);
    const QByteArray fromFile = backupJson(*fileStore, fileStore->schemaVersion());
    CHECK(fromFile == fromServer);

    PgTestDatabase empty;
    auto again = storage::pg::PgStore::open(empty.uri(), &fx.clock);
    restoreBackup(*again, parseBackup(fromFile));
    CHECK(backupJson(*again, again->schemaVersion()) == fromServer);
}

TEST_CASE("Bundles written at once (COPY) read back as bundles written one by one", "[server]")
{
    DemoOptions demo;
    demo.prospects = 30;
    demo.now = referenceNow();
    std::vector<ProspectBundle> bundles = makeDemoPipeline(demo);
    // Text COPY must carry as it is: tabs, line breaks, backslashes, quotes.
    REQUIRE(!bundles.front().meetings.empty());
    bundles.front().meetings.front().notes =
        QStringLiteral("Col A\tCol B\r\nline two \\N not null, \\ back\\slash, \"quoted\" 'it''s'");
    bundles.front().tags << QStringLiteral(" spaced ") << QStringLiteral("spaced");
    bundles.back().prospect.name = QStringLiteral("Tab\tand\nbreak");

    StoreFixture oneByOne;
    oneByOne.store->transaction([&] {
        for (const ProspectBundle& b : bundles)
            saveBundle(*oneByOne.store, b);
    });
    StoreFixture atOnce;
    atOnce.store->bulkLoad([&] { atOnce.store->saveBundles(bundles); });

    const int schema = oneByOne.store->maintenance().schemaVersion();
    const QByteArray expected = backupJson(*oneByOne.store, schema);
    REQUIRE(expected.size() > 10000);
    CHECK(backupJson(*atOnce.store, schema) == expected);
    // What triggers keep for rows written one by one, the copy writes itself.
    CHECK(atOnce.store->maintenance().integrityProblems().isEmpty());
    ProspectFilter all;
    for (const ProspectRow& row :
         oneByOne.store->prospects().rows(all, ProspectSort::Name, true, -1, 0)) {
        const auto copied = atOnce.store->prospects().row(row.prospect.id);
        REQUIRE(copied);
        CHECK(copied->lastMeetingAt == row.lastMeetingAt);
    }
    // The sequences moved past the copied ids: the next prospect gets a new one.
    const Id next = atOnce.store->prospects().add(bundles.front().prospect);
    CHECK(next == static_cast<Id>(bundles.size()) + 1);
}

TEST_CASE("An admin's restore into an empty server is written row by row, as the policies allow",
          "[server]")
{
    StoreFixture owner;
    DemoOptions demo;
    demo.prospects = 6;
    demo.now = referenceNow();
    owner.store->transaction([&] {
        for (const ProspectBundle& b : makeDemoPipeline(demo))
            saveBundle(*owner.store, b);
    });
    const QByteArray backup = backupJson(*owner.store, owner.store->schemaVersion());

    PgTestDatabase empty;
    const QString admin = empty.login(QStringLiteral("admin"));
    {
        auto db = storage::pg::Connection::open(empty.uri());
        storage::pg::addUser(*db, {admin, QStringLiteral("Ada Admin"), QStringLiteral("admin"),
                                   QStringLiteral("north")});
    }
    auto asAdmin = storage::pg::PgStore::open(empty.uriAs(admin), &owner.clock);
    // Owners are users on a server, as push maps them.
    BackupContents contents = parseBackup(backup);
    for (ProspectBundle& b : contents.prospects)
        b.prospect.owner = admin;
    REQUIRE_NOTHROW(restoreBackup(*asAdmin, contents));
    ProspectFilter all;
    CHECK(asAdmin->prospects().count(all) == static_cast<int>(contents.prospects.size()));
}

TEST_CASE("A lost server connection gives one sentence; the store then works again", "[server]")
{
    StoreFixture fx;
    const Id id = fx.store->prospects().add(sampleProspect());
    auto other = storage::pg::Connection::open(fx.server.uri());
    const qint64 pid = fx.store->connection().queryInt("SELECT pg_backend_pid()");
    auto kill = other->prepare("SELECT pg_terminate_backend(?1::int)");
    kill.bind(1, pid);
    kill.run();
    try {
        fx.store->prospects().find(id);
        FAIL("read through a terminated connection");
    } catch (const StoreError& e) {
        CHECK(QString::fromUtf8(e.what()).startsWith(
            QLatin1String("The connection to the team server was lost")));
    }
    REQUIRE(fx.store->prospects().find(id));
    CHECK(fx.store->prospects().find(id)->name == QStringLiteral("Northwind Traders"));
}

namespace {

/// Runs scripts/pg-cluster.sh ACTION DIR; its output (a URI on start).
QString cluster(const QString& action, const QString& dir)
{
    QProcess script;
    script.start(QStringLiteral("bash"), {QStringLiteral(ACCORD_PG_CLUSTER_SCRIPT), action, dir});
    REQUIRE(script.waitForFinished(120000));
    INFO(QString::fromUtf8(script.readAllStandardError()).toStdString());
    REQUIRE(script.exitCode() == 0);
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("A server restarted under an open store: one sentence, then it works again",
          "[server][restart]")
{
    // A cluster of its own, under /tmp so that the server's user reaches it.
    QTemporaryDir dir(QStringLiteral("/tmp/accord-restart-XXXXXX"));
    REQUIRE(dir.isValid());
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                          QFileDevice::ExeGroup);
    const QString uri = cluster(QStringLiteral("start"), dir.path());
    struct Stop
    {
        QString dir;
        ~Stop()
        {
            QProcess::execute(QStringLiteral("bash"), {QStringLiteral(ACCORD_PG_CLUSTER_SCRIPT),
                                                       QStringLiteral("stop"), dir});
        }
    } stop{dir.path()};
    {
        auto admin = storage::pg::Connection::open(uri);
        storage::pg::initSchema(*admin);
    }
    FixedClock clock(referenceNow());
    auto store = storage::pg::PgStore::open(uri, &clock);
    const Id id = store->prospects().add(sampleProspect());

    cluster(QStringLiteral("stop"), dir.path());
    cluster(QStringLiteral("start"), dir.path());

    try {
        store->prospects().find(id);
        FAIL("read from a server that restarted without noticing");
    } catch (const StoreError& e) {
        CHECK(QString::fromUtf8(e.what()).startsWith(
            QLatin1String("The connection to the team server was lost")));
    }
    REQUIRE(store->prospects().find(id));
    CHECK(store->prospects().find(id)->name == QStringLiteral("Northwind Traders"));
    store->prospects().add(sampleProspect(QStringLiteral("After the restart")));
    CHECK(store->prospects().count({}) == 2);
}
