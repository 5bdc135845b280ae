#pragma once

// Helpers for the storage suites: a store in a fresh temporary folder (or, in
// storage_pg_tests, a fresh database on the test cluster), a fixed clock, and
// prospects/meetings with every field set.

#include "core/Clock.h"
#include "storage/Sqlite.h"
#include "storage/SqliteStore.h"
#include "support/TestSupport.h"

#ifdef ACCORD_TEST_PG
#include "storage/pg/Pg.h"
#include "storage/pg/PgStore.h"
#include "support/PgTestServer.h"
#endif

#include <QTimeZone>

namespace accord::test {

inline QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, 0), QTimeZone::utc());
}

#ifdef ACCORD_TEST_PG
/// A store on its own fresh database of the test cluster (storage_pg_tests:
/// the same suites run on the team server), with the clock at referenceNow().
struct StoreFixture
{
    TempDir dir; // for what a test writes beside the store (exports, copies)
    PgTestDatabase server;
    core::FixedClock clock{referenceNow()};
    std::unique_ptr<storage::pg::PgStore> store = open();

    std::unique_ptr<storage::pg::PgStore> open()
    {
        return storage::pg::PgStore::open(server.uri(), &clock);
    }
    void reopen()
    {
        store.reset();
        store = open();
    }
};
#else
/// A store on a real file in its own temporary folder, with the clock at referenceNow().
struct StoreFixture
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("pipeline.sqlite"));
    core::FixedClock clock{referenceNow()};
    std::unique_ptr<storage::SqliteStore> store = open();

    std::unique_ptr<storage::SqliteStore> open()
    {
        storage::StoreOptions options;
        options.clock = &clock;
        return storage::SqliteStore::open(path, options);
    }
    void reopen()
    {
        store.reset();
        store = open();
    }
};
#endif

/// Makes every insert into `table` of a row matching `when` (SQL over NEW)
/// fail, as a full disk would: `name` is the trigger's.
template <typename S>
void failInserts(S& store, const std::string& name, const std::string& table,
                 const std::string& when)
{
#ifdef ACCORD_TEST_PG
    store.connection().exec("CREATE FUNCTION " + name +
                            "() RETURNS trigger LANGUAGE plpgsql AS "
                            "$$BEGIN RAISE EXCEPTION 'disk full'; END$$");
    store.connection().exec("CREATE TRIGGER " + name + " BEFORE INSERT ON " + table +
                            " FOR EACH ROW WHEN (" + when + ") EXECUTE FUNCTION " + name + "()");
#else
    store.connection().exec("CREATE TEMP TRIGGER " + name + " BEFORE INSERT ON " + table +
                            " WHEN " + when + " BEGIN SELECT RAISE(ABORT, 'disk full'); END");
#endif
}

inline core::Prospect sampleProspect(const QString& name = QStringLiteral("Northwind Traders"))
{
    core::Prospect p;
    p.name = name;
    p.industry = QStringLiteral("Retail");
    p.segment = QStringLiteral("Mid-market");
    p.website = QStringLiteral("https://northwind.example");
    p.owner = QStringLiteral("Dana");
    p.stage = core::Stage::Consulting;
    p.status = core::Status::Active;
    p.value = core::Money{4'000'000, QStringLiteral("EUR")};
    p.nextStep = QStringLiteral("Send the benchmark deck");
    p.nextStepDue = QDate(2026, 6, 20);
    p.createdAt = at(1);
    p.updatedAt = at(2);
    p.stageEnteredAt = at(3);
    p.agreementSummary = QStringLiteral("None yet");
    p.expectedClose = QDate(2026, 9, 30);
    return p;
}

inline core::Meeting sampleMeeting(core::Id prospectId, const QDateTime& when = at(10))
{
    core::Meeting m;
    m.prospectId = prospectId;
    m.occurredAt = when;
    m.durationMinutes = 45;
    m.kind = core::MeetingKind::Workshop;
    m.stageAtTime = core::Stage::Consulting;
    m.attendees = QStringLiteral("Ana, Ravi");
    m.summary = QStringLiteral("Benchmark workshop");
    m.notes = QStringLiteral("Walked through conversion figures");
    m.shared = QStringLiteral("Industry basket size");
    m.learned = QStringLiteral("Their abandoned carts are high");
    m.nextStep = QStringLiteral("Follow-up call");
    m.nextStepDue = QDate(2026, 6, 25);
    m.loggedBy = QStringLiteral("Dana");
    return m;
}

} // namespace accord::test
