#include "StoreFixture.h"

#include "core/io/FileIo.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <unistd.h>

using namespace accord;
using namespace accord::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QString openError(const QString& path, const storage::StoreOptions& options = {})
{
    try {
        storage::SqliteStore::open(path, options);
    } catch (const core::StoreError& e) {
        return e.message();
    }
    return {};
}

// Builds a file in one step (raw sqlite3) for the refusal tests.
void rawSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("a new file is created private, in WAL mode, at the current schema",
          "[storage][migration]")
{
    StoreFixture f;
    REQUIRE(QFileInfo::exists(f.path));
    CHECK(QFileInfo(f.path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(f.store->schemaVersion() == storage::latestVersion());
    CHECK(f.store->location() == QFileInfo(f.path).absoluteFilePath());
    CHECK_FALSE(f.store->isReadOnly());
    auto& db = f.store->connection();
    CHECK(db.queryInt("PRAGMA foreign_keys") == 1);
    CHECK(db.queryInt("PRAGMA synchronous") == 2);
    CHECK(db.queryInt("PRAGMA busy_timeout") >= 5000);
    storage::Statement mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    CHECK(f.store->integrityProblems().isEmpty());
}

TEST_CASE("migration from empty creates every table and seeds the default gate criteria",
          "[storage][migration]")
{
    StoreFixture f;
    auto& db = f.store->connection();
    for (const char* table :
         {"prospect", "contact", "meeting", "stage_change", "insight", "data_request", "metric",
          "opportunity", "negotiation", "negotiation_lever", "tradable", "gate_criterion",
          "gate_check", "tag", "prospect_tag", "setting", "search_index"}) {
        storage::Statement st = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = ?1");
        st.bind(1, QString::fromLatin1(table));
        REQUIRE(st.step());
        INFO(table);
        CHECK(st.integer(0) == 1);
    }
    CHECK(f.store->gates().criteria() == core::defaultGateCriteria());
    // Re-opening an up-to-date file changes nothing and makes no backup.
    f.reopen();
    CHECK(f.store->gates().criteria() == core::defaultGateCriteria());
    CHECK_FALSE(QFileInfo::exists(f.path + QStringLiteral(".pre-v1.bak")));
}

TEST_CASE("a file from a newer Accord is refused and left untouched", "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("future.sqlite"));
    rawSql(path,
           "PRAGMA application_id = 1094931012; CREATE TABLE prospect(id INTEGER PRIMARY KEY);"
           "PRAGMA user_version = 99;");
    const QByteArray before = readAll(path);
    const QString message = openError(path);
    CHECK(message.contains(QStringLiteral("newer version of Accord")));
    CHECK(message.contains(QStringLiteral("99")));
    CHECK(readAll(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a file that is not a database is refused with a clear message, unchanged", "[storage]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.sqlite"));
    const QByteArray text = QByteArray("Meeting notes, not a database.\n").repeated(200);
    writeAll(path, text);
    const QString message = openError(path);
    CHECK(message.startsWith(QDir::toNativeSeparators(path) +
                             QStringLiteral(" is not an Accord database (")));
    CHECK(readAll(path) == text);
}

TEST_CASE("a truncated database is refused with a clear message, unchanged", "[storage]")
{
    TempDir dir;
    const QString good = dir.path(QStringLiteral("good.sqlite"));
    {
        auto store = storage::openStore(good);
        for (int i = 0; i < 200; ++i)
            store->prospects().add(sampleProspect(QStringLiteral("Prospect %1").arg(i)));
    } // closing checkpoints the WAL into the file
    const QByteArray full = readAll(good);
    REQUIRE(full.size() > 8192);

    const QString cut = dir.path(QStringLiteral("cut.sqlite"));
    const QByteArray half = full.left(full.size() / 2 + 100);
    writeAll(cut, half);
    const QString message = openError(cut);
    // An Accord file cut short is damaged, not someone else's file.
    CHECK(message.contains(QStringLiteral("is damaged: the file is truncated")));
    CHECK(readAll(cut) == half);

    const QString header = dir.path(QStringLiteral("header.sqlite"));
    writeAll(header, full.left(50));
    CHECK(openError(header).contains(QStringLiteral("is damaged: the file is truncated")));
    CHECK(readAll(header) == full.left(50));
}

TEST_CASE("another program's SQLite file is refused untouched", "[storage]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    rawSql(path, "CREATE TABLE photos(id INTEGER PRIMARY KEY, file TEXT);");
    const QByteArray before = readAll(path);
    CHECK(openError(path).contains(QStringLiteral("not an Accord database")));
    CHECK(readAll(path) == before);
}

TEST_CASE("a file marked read-only opens read-only and refuses writes", "[storage]")
{
    StoreFixture f;
    const core::Id id = f.store->prospects().add(sampleProspect());
    f.store.reset();
    QFile::setPermissions(f.path, QFileDevice::ReadOwner | QFileDevice::ReadUser);

    auto store = storage::openStore(f.path);
    CHECK(store->isReadOnly());
    REQUIRE(store->prospects().find(id).has_value());
    CHECK(store->prospects().find(id)->name == sampleProspect().name);
    try {
        store->prospects().add(sampleProspect());
        FAIL("a read-only store accepted a write");
    } catch (const core::StoreError& e) {
        CHECK(e.message().contains(QStringLiteral("read-only")));
    }
    store.reset();
    QFile::setPermissions(f.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("nested transactions: an inner failure rolls back everything", "[storage]")
{
    StoreFixture f;
    auto& prospects = f.store->prospects();
    CHECK_THROWS_AS(f.store->transaction([&] {
        prospects.add(sampleProspect(QStringLiteral("Outer")));
        f.store->transaction([&] {
            prospects.add(sampleProspect(QStringLiteral("Inner")));
            throw std::runtime_error("boom");
        });
    }),
                    std::runtime_error);
    CHECK(prospects.count({}) == 0);

    // An inner failure that the outer work catches rolls back only the inner part.
    f.store->transaction([&] {
        prospects.add(sampleProspect(QStringLiteral("Kept")));
        try {
            f.store->transaction([&] {
                prospects.add(sampleProspect(QStringLiteral("Dropped")));
                throw std::runtime_error("inner");
            });
        } catch (const std::runtime_error&) {
        }
    });
    const auto rows = prospects.rows({}, core::ProspectSort::Name, true, -1, 0);
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().prospect.name == QStringLiteral("Kept"));
    CHECK_FALSE(f.store->connection().inTransaction());
}

TEST_CASE("nested transactions: many inner scopes, then one that fails, keep the others",
          "[storage]")
{
    StoreFixture f;
    auto& prospects = f.store->prospects();
    f.store->transaction([&] {
        for (int i = 0; i < 20; ++i)
            f.store->transaction([&] {
                f.store->transaction([&] {
                    prospects.add(
                        sampleProspect(QStringLiteral("Kept %1").arg(i, 2, 10, QChar(u'0'))));
                });
            });
        try {
            f.store->transaction([&] {
                prospects.add(sampleProspect(QStringLiteral("Dropped")));
                throw std::runtime_error("inner");
            });
        } catch (const std::runtime_error&) {
        }
        prospects.add(sampleProspect(QStringLiteral("Last")));
    });
    const auto rows = prospects.rows({}, core::ProspectSort::Name, true, -1, 0);
    REQUIRE(rows.size() == 21);
    CHECK(rows.front().prospect.name == QStringLiteral("Kept 00"));
    CHECK(rows.back().prospect.name == QStringLiteral("Last"));
    CHECK_FALSE(f.store->connection().inTransaction());
}

TEST_CASE("dataVersion changes when a second connection commits", "[storage]")
{
    StoreFixture f;
    auto second = f.open();
    const qint64 before = f.store->dataVersion();
    CHECK(f.store->dataVersion() == before);
    second->prospects().add(sampleProspect(QStringLiteral("From the other window")));
    CHECK(f.store->dataVersion() != before);
    CHECK(f.store->prospects().count({}) == 1);
}

TEST_CASE("copyToFile writes a consistent copy that opens as a store", "[storage]")
{
    StoreFixture f;
    const core::Id id = f.store->prospects().add(sampleProspect());
    f.store->meetings().add(sampleMeeting(id));
    const QString copy = f.dir.path(QStringLiteral("copy.sqlite"));
    f.store->copyToFile(copy);
    auto restored = storage::openStore(copy);
    CHECK(restored->prospects().find(id) == f.store->prospects().find(id));
    CHECK(restored->meetings().count() == 1);
    CHECK(restored->search().search(QStringLiteral("benchmark"), 10).size() == 1);
    CHECK(restored->integrityProblems().isEmpty());
}

TEST_CASE("an older file is backed up before migrating; a failing step leaves it as it was",
          "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sqlite"));
    core::Id id = 0;
    {
        auto store = storage::openStore(path);
        id = store->prospects().add(sampleProspect());
    }
    const int current = storage::latestVersion();
    auto steps = storage::migrations();
    steps.push_back({current + 1, [](storage::Connection& db) {
                         db.exec("ALTER TABLE prospect ADD COLUMN priority INTEGER DEFAULT 0");
                     }});
    auto broken = steps;
    broken.push_back({current + 2, [](storage::Connection& db) {
                          db.exec("CREATE TABLE extra(id INTEGER PRIMARY KEY)");
                          throw core::StoreError(QStringLiteral("step 3 failed"));
                      }});

    storage::DatabaseOptions options;
    options.migrations = &broken;
    CHECK_THROWS_AS(storage::openDatabase(path, options), core::StoreError);
    {
        auto db = storage::openDatabase(path);
        CHECK(storage::userVersion(*db) == current);
        CHECK(db->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'") == 0);
        CHECK(db->queryInt("SELECT count(*) FROM pragma_table_info('prospect') "
                           "WHERE name = 'priority'") == 0);
    }
    CHECK(QFileInfo::exists(path + QStringLiteral(".pre-v%1.bak").arg(current + 2)));

    options.migrations = &steps;
    {
        auto db = storage::openDatabase(path, options);
        CHECK(storage::userVersion(*db) == current + 1);
        CHECK(db->queryInt("SELECT count(*) FROM pragma_table_info('prospect') "
                           "WHERE name = 'priority'") == 1);
    }
    const QString backup = path + QStringLiteral(".pre-v%1.bak").arg(current + 1);
    REQUIRE(QFileInfo::exists(backup));
    auto old = storage::openStore(backup);
    CHECK(old->schemaVersion() == current);
    CHECK(old->prospects().find(id).has_value());
}

TEST_CASE("bulkLoad indexes everything it wrote, and a failure writes nothing", "[storage]")
{
    StoreFixture f;
    f.store->bulkLoad([&] {
        for (int i = 0; i < 50; ++i) {
            const core::Id id =
                f.store->prospects().add(sampleProspect(QStringLiteral("Bulk %1").arg(i)));
            f.store->meetings().add(sampleMeeting(id));
        }
    });
    CHECK(f.store->search().search(QStringLiteral("Bulk"), 100).size() == 50);
    CHECK(f.store->search().search(QStringLiteral("workshop"), 100).size() == 50);
    // The triggers are back: a later insert is indexed at once.
    f.store->prospects().add(sampleProspect(QStringLiteral("Zephyr Ltd")));
    CHECK(f.store->search().search(QStringLiteral("zephyr"), 10).size() == 1);

    CHECK_THROWS(f.store->bulkLoad([&] {
        f.store->prospects().add(sampleProspect(QStringLiteral("Never")));
        throw std::runtime_error("import failed");
    }));
    CHECK(f.store->prospects().count({}) == 51);
    CHECK(f.store->search().search(QStringLiteral("never"), 10).empty());
    f.store->prospects().add(sampleProspect(QStringLiteral("Quokka Inc")));
    CHECK(f.store->search().search(QStringLiteral("quokka"), 10).size() == 1);
}

TEST_CASE("the board, meeting and search queries use indexes", "[storage]")
{
    StoreFixture f;
    auto plan = [&](const char* sql) {
        storage::Statement st =
            f.store->connection().prepare(std::string("EXPLAIN QUERY PLAN ") + sql);
        QString out;
        while (st.step())
            out += st.text(3) + u'\n';
        return out;
    };
    const QString board = plan("SELECT id FROM prospect p WHERE p.deleted_at IS NULL AND "
                               "p.stage = 2 AND p.status = 'active' ORDER BY p.updated_at DESC");
    CHECK(board.contains(QStringLiteral("prospect_board")));
    const QString meetings = plan("SELECT id FROM meeting m WHERE m.prospect_id = 5 "
                                  "ORDER BY m.occurred_at DESC, m.id DESC LIMIT 20");
    CHECK(meetings.contains(QStringLiteral("meeting_prospect")));
    CHECK_FALSE(meetings.contains(QStringLiteral("TEMP B-TREE")));
    const QString last = plan("SELECT max(m.occurred_at) FROM meeting m WHERE m.prospect_id = 5");
    CHECK(last.contains(QStringLiteral("meeting_prospect")));
    const QString history = plan("SELECT id FROM stage_change WHERE at BETWEEN 1 AND 2");
    CHECK(history.contains(QStringLiteral("stage_change_at")));
}

TEST_CASE("store errors are one sentence without SQL", "[storage]")
{
    StoreFixture f;
    core::Contact orphan;
    orphan.prospectId = 4242;
    orphan.name = QStringLiteral("Nobody");
    try {
        f.store->prospects().addContact(orphan);
        FAIL("a contact of a missing prospect was accepted");
    } catch (const core::StoreError& e) {
        CHECK(e.message() == QStringLiteral("The change refers to an item that does not exist."));
    }
    core::Prospect ghost = sampleProspect();
    ghost.id = 999;
    CHECK_THROWS_WITH(f.store->prospects().update(ghost),
                      Catch::Contains("no longer exists") && !Catch::Contains("UPDATE"));
}

TEST_CASE("while a database is open, no read or write of Accord opens it or its -wal/-shm",
          "[storage][files]")
{
    StoreFixture f;
    const core::Id id = f.store->prospects().add(sampleProspect());
    const QString folder = QFileInfo(f.path).absolutePath();
    REQUIRE(QFile::link(f.path, f.dir.path(QStringLiteral("link.sqlite"))));
    const QStringList targets{f.path,
                              f.path + QStringLiteral("-wal"),
                              f.path + QStringLiteral("-shm"),
                              f.path + QStringLiteral("-journal"),
                              folder + QStringLiteral("/./pipeline.sqlite"),
                              f.dir.path(QStringLiteral("link.sqlite"))};
    for (const QString& target : targets) {
        INFO(target.toStdString());
        CHECK(core::isOpenDatabaseFile(target));
        CHECK_THROWS_WITH(core::writeFileAtomically(target, QByteArray("oops")),
                          Catch::Contains("is the open database"));
        CHECK_THROWS_AS(core::readWholeFile(target), core::ValidationError);
        CHECK_THROWS_WITH(f.store->copyToFile(target), Catch::Contains("is the open database"));
    }
    CHECK_FALSE(core::isOpenDatabaseFile(f.dir.path(QStringLiteral("other.sqlite"))));
    CHECK(f.store->prospects().find(id).has_value());
    CHECK(f.store->integrityProblems().isEmpty());
    // Closed, it is a file like any other.
    f.store.reset();
    CHECK_FALSE(core::isOpenDatabaseFile(f.path));
}

TEST_CASE("exports are written for the owner only (0600)", "[storage][files]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("export.json"));
    core::writeFileAtomically(path, QByteArray("{}"));
    CHECK(QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
    // Over an older, world-readable export as well.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadOther | QFileDevice::ReadGroup);
    core::writeFileAtomically(path, QByteArray("{\"a\":1}"));
    CHECK(QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("a damaged list of tables is reported as damage, not as a foreign file",
          "[storage][files]")
{
    StoreFixture f;
    f.store->prospects().add(sampleProspect());
    f.store.reset();
    QByteArray bytes = readAll(f.path);
    REQUIRE(bytes.size() > 4096);
    // Page 1 after the file header: the schema table's b-tree page header.
    for (int k = 100; k < 112; ++k)
        bytes[k] = '\xff';
    writeAll(f.path, bytes);
    QString message;
    try {
        storage::openStore(f.path);
    } catch (const storage::DamagedDatabaseError& e) {
        message = e.message();
    } catch (const core::StoreError& e) {
        FAIL("not reported as damage: " << e.message().toStdString());
    }
    CHECK(message.contains(QStringLiteral("is damaged")));
    CHECK_FALSE(message.contains(QStringLiteral("not an Accord database")));
}

TEST_CASE("a new file gets a pipeline id; copies carry none and use a rollback journal",
          "[storage][files]")
{
    StoreFixture f;
    const QString id = f.store->settings().value(QLatin1String(storage::kPipelineIdKey));
    CHECK(id.size() == 12);
    // Not part of the settings that travel (JSON backups).
    CHECK(f.store->settings().all().count(QLatin1String(storage::kPipelineIdKey)) == 0);
    f.reopen();
    CHECK(f.store->settings().value(QLatin1String(storage::kPipelineIdKey)) == id);
    const QString copy = f.dir.path(QStringLiteral("copy.sqlite"));
    f.store->copyToFile(copy);
    CHECK(readAll(copy).at(18) == 1); // file format: rollback journal, not WAL
    auto restored = storage::openStore(copy);
    const QString restoredId = restored->settings().value(QLatin1String(storage::kPipelineIdKey));
    CHECK(restoredId.size() == 12);
    CHECK(restoredId != id);
}

TEST_CASE("two connections of one process creating one new file both succeed", "[storage][files]")
{
    // Two opens in one process of a file that does not exist yet. Separate
    // processes doing so at once: "first opens of a new file at once all
    // succeed" (cli_tests).
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new.sqlite"));
    auto a = storage::openStore(path);
    auto b = storage::openStore(path);
    CHECK(a->schemaVersion() == storage::latestVersion());
    CHECK(b->schemaVersion() == storage::latestVersion());
}

TEST_CASE("a pipeline on read-only media opens read-only without making a -shm", "[storage][files]")
{
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("media"));
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/team.sqlite");
    core::Id id = 0;
    {
        auto store = storage::openStore(path);
        id = store->prospects().add(sampleProspect());
    }
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadUser;
    REQUIRE(QFile::setPermissions(path, readOnly));
    REQUIRE(QFile::setPermissions(folder, readOnly | QFileDevice::ExeOwner | QFileDevice::ExeUser));
    {
        auto store = storage::openStore(path);
        CHECK(store->isReadOnly());
        CHECK(store->prospects().find(id).has_value());
        CHECK(store->integrityProblems().isEmpty());
        // Root may write in any folder, so SQLite makes its -shm there: such a
        // folder is no read-only medium for root (the CLI test runs this as
        // another user).
        if (::geteuid() != 0)
            CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    }
    QFile::setPermissions(folder, QFile::permissions(folder) | QFileDevice::WriteOwner);
}
