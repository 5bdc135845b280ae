// The libpq wrapper (storage/pg/Pg.h) against the test cluster: values of
// every kind round trip, transactions nest, errors become sentences,
// notifications reach another connection, a lost connection comes back.

#include "storage/pg/Pg.h"
#include "support/PgTestServer.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <poll.h>

using namespace accord;
using storage::pg::Connection;

namespace {

std::unique_ptr<Connection> connect()
{
    return Connection::open(test::pgClusterUri());
}

} // namespace

TEST_CASE("Server parameters are written ?N and sent as $N, quoted text untouched", "[pg]")
{
    CHECK(storage::pg::toDollarParameters("SELECT ?1, '?2', \"a?3\", ?12 WHERE x = ?2") ==
          "SELECT $1, '?2', \"a?3\", $12 WHERE x = $2");
    CHECK(storage::pg::toDollarParameters("SELECT 'it''s ?1', ?1") == "SELECT 'it''s ?1', $1");
}

TEST_CASE("Server locations are told from files, and passwords never shown", "[pg]")
{
    using storage::pg::isServerLocation;
    using storage::pg::withoutPassword;
    CHECK(isServerLocation(QStringLiteral("postgresql://dana@db.example/accord")));
    CHECK(isServerLocation(QStringLiteral("postgres://db/accord?sslmode=verify-full")));
    CHECK(isServerLocation(QStringLiteral("service=team")));
    CHECK(isServerLocation(QStringLiteral("host=db dbname=accord")));
    CHECK_FALSE(isServerLocation(QStringLiteral("/home/dana/pipeline.sqlite")));
    CHECK_FALSE(isServerLocation(QStringLiteral("service.sqlite")));
    CHECK_FALSE(isServerLocation(QStringLiteral("C:/postgresql/pipeline.sqlite")));
    CHECK(withoutPassword(QStringLiteral("postgresql://dana:s3cret@db/accord")) ==
          QStringLiteral("postgresql://dana@db/accord"));
    CHECK_FALSE(withoutPassword(QStringLiteral("postgresql://dana@db/accord?password=s3cret"))
                    .contains(QLatin1String("s3cret")));
    CHECK(withoutPassword(QStringLiteral("host=db password='a b' dbname=accord")) ==
          QStringLiteral("host=db dbname=accord"));
}

TEST_CASE("Values of every kind round trip through the server", "[pg]")
{
    auto db = connect();
    db->exec("CREATE TEMP TABLE sample (id bigint, n bigint, r double precision, t text, "
             "d date, at bigint)");
    const QString text = QStringLiteral("O'Brien \"quoted\" ✓ ünïcode; DROP TABLE x; --");
    const QDateTime at(QDate(2026, 6, 1), QTime(9, 30), QTimeZone::utc());
    auto insert = db->prepare("INSERT INTO sample VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, qint64(1))
        .bind(2, qint64(-9'000'000'000'000))
        .bind(3, 0.1)
        .bind(4, text)
        .bindDate(5, QDate(2026, 2, 28))
        .bindTime(6, at);
    insert.run();
    CHECK(insert.affected() == 1);
    insert.bind(1, qint64(2)).bindNull(2).bindNull(3).bind(4, QString()).bindDate(5, QDate());
    insert.bindTime(6, QDateTime());
    insert.run();

    auto read = db->prepare("SELECT n, r, t, d, at, n IS NULL FROM sample ORDER BY id");
    REQUIRE(read.step());
    CHECK(read.int64(0) == -9'000'000'000'000);
    CHECK(read.real(1) == 0.1);
    CHECK(read.text(2) == text);
    CHECK(read.date(3) == QDate(2026, 2, 28));
    CHECK(read.time(4) == at);
    CHECK(read.int64(5) == 0); // a boolean reads as 0/1
    REQUIRE(read.step());
    CHECK(read.isNull(0));
    CHECK(read.id(0) == core::kNoId);
    CHECK(read.text(2).isEmpty());
    CHECK_FALSE(read.date(3).isValid());
    CHECK_FALSE(read.time(4).isValid());
    CHECK(read.int64(5) == 1);
    CHECK_FALSE(read.step());
}

TEST_CASE("Server transactions nest: an inner rollback keeps the outer work", "[pg]")
{
    auto db = connect();
    db->exec("CREATE TEMP TABLE t (v bigint)");
    {
        storage::pg::Transaction outer(*db);
        db->exec("INSERT INTO t VALUES (1)");
        {
            storage::pg::Transaction inner(*db);
            db->exec("INSERT INTO t VALUES (2)");
        } // rolled back
        {
            storage::pg::Transaction inner(*db);
            db->exec("INSERT INTO t VALUES (3)");
            inner.commit();
        }
        outer.commit();
    }
    CHECK(db->queryInt("SELECT SUM(v) FROM t") == 4);
    CHECK_FALSE(db->inTransaction());
    {
        storage::pg::Transaction failed(*db);
        db->exec("INSERT INTO t VALUES (100)");
    }
    CHECK(db->queryInt("SELECT SUM(v) FROM t") == 4);
}

TEST_CASE("Many committed inner scopes, then one rolled back, keep every other row", "[pg]")
{
    auto db = connect();
    db->exec("CREATE TEMP TABLE t (v bigint)");
    {
        storage::pg::Transaction outer(*db);
        // More than the savepoints kept open, each scope with one inside it.
        for (int i = 1; i <= 20; ++i) {
            storage::pg::Transaction inner(*db);
            {
                storage::pg::Transaction innermost(*db);
                db->exec("INSERT INTO t VALUES (" + std::to_string(i) + ")");
                innermost.commit();
            }
            inner.commit();
        }
        {
            storage::pg::Transaction inner(*db);
            db->exec("INSERT INTO t VALUES (1000)");
        } // rolled back: only its own row goes
        {
            storage::pg::Transaction inner(*db);
            db->exec("INSERT INTO t VALUES (21)");
            inner.commit();
        }
        outer.commit();
    }
    CHECK(db->queryInt("SELECT SUM(v) FROM t") == 21 * 22 / 2);
    CHECK(db->queryInt("SELECT count(*) FROM t") == 21);
    CHECK_FALSE(db->inTransaction());
}

TEST_CASE("Server errors become one sentence", "[pg]")
{
    auto db = connect();
    db->exec("CREATE TEMP TABLE u (k text PRIMARY KEY)");
    db->exec("INSERT INTO u VALUES ('a')");
    auto dup = db->prepare("INSERT INTO u VALUES (?1)");
    dup.bind(1, QStringLiteral("a"));
    try {
        dup.run();
        FAIL("a duplicate key was accepted");
    } catch (const core::StoreError& e) {
        CHECK(QString::fromUtf8(e.what()) ==
              QStringLiteral("An item with the same identity already exists."));
    }
    // The connection stays usable after a failed statement.
    CHECK(db->queryInt("SELECT COUNT(*) FROM u") == 1);

    try {
        Connection::open(QStringLiteral("postgresql://nobody@/postgres?host=/nonexistent&port=1"));
        FAIL("connected to nothing");
    } catch (const storage::pg::ConnectionLostError& e) {
        CHECK(QString::fromUtf8(e.what()).startsWith(
            QLatin1String("The team server could not be reached")));
    }
}

TEST_CASE("A notification reaches another connection that listens", "[pg]")
{
    auto listener = connect();
    auto writer = connect();
    listener->listen("accord_test_channel");
    writer->exec("SELECT pg_notify('accord_test_channel', '{\"table\":\"prospect\"}')");
    pollfd fd{listener->socket(), POLLIN, 0};
    REQUIRE(::poll(&fd, 1, 5000) == 1);
    std::vector<storage::pg::Notification> got;
    for (int i = 0; i < 50 && got.empty(); ++i)
        got = listener->takeNotifications();
    REQUIRE(got.size() == 1);
    CHECK(got[0].channel == QStringLiteral("accord_test_channel"));
    CHECK(got[0].payload == QStringLiteral("{\"table\":\"prospect\"}"));
}

TEST_CASE("A lost server connection gives one sentence, then reconnects", "[pg]")
{
    auto db = connect();
    auto other = connect();
    const qint64 pid = db->queryInt("SELECT pg_backend_pid()");
    auto kill = other->prepare("SELECT pg_terminate_backend(?1::int)");
    kill.bind(1, pid);
    kill.run();
    try {
        db->queryInt("SELECT 1");
        FAIL("a statement ran on a terminated connection");
    } catch (const storage::pg::ConnectionLostError& e) {
        CHECK(QString::fromUtf8(e.what()).contains(QLatin1String("was lost")));
    }
    CHECK(db->queryInt("SELECT 41 + 1") == 42);
    CHECK(db->queryInt("SELECT pg_backend_pid()") != pid);
}
