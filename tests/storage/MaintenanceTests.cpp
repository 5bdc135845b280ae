// A store's maintenance reached through the core interface alone
// (core/StoreMaintenance.h), as the CLI, the settings and the daily backup
// reach it: schema version, copy, integrity check, a second connection, the
// statement trace.

#include "StoreFixture.h"

#include "core/StoreMaintenance.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QFileInfo>

#include <thread>

using namespace accord;
using namespace accord::test;

#ifndef ACCORD_TEST_PG // a team server is copied with pg_dump and checks its own references
TEST_CASE("through core::StoreMaintenance a store tells its schema and copies itself into a "
          "file that opens and checks sound",
          "[storage][maintenance][file]")
{
    StoreFixture f;
    f.store->prospects().add(sampleProspect());
    core::Store& store = *f.store;
    core::StoreMaintenance& maintenance = store.maintenance();
    CHECK(maintenance.schemaVersion() == storage::latestVersion());
    CHECK(maintenance.integrityProblems().isEmpty());
    REQUIRE(maintenance.canCopyToFile());

    const QString copy = f.dir.path(QStringLiteral("copy.sqlite"));
    CHECK(maintenance.copyToFile(copy));
    std::unique_ptr<core::Store> opened = storage::openStore(copy, {true, nullptr});
    CHECK(opened->maintenance().integrityProblems().isEmpty());
    CHECK(opened->maintenance().schemaVersion() == storage::latestVersion());
    core::ProspectFilter all;
    REQUIRE(opened->prospects().count(all) == 1);
    CHECK(opened->prospects().rows(all, core::ProspectSort::Name, true, 10, 0)[0].prospect.name ==
          sampleProspect().name);

    // The open database itself is never a target.
    CHECK_THROWS_AS(maintenance.copyToFile(store.location()), core::StoreError);
    CHECK(store.prospects().count(all) == 1);
}
#endif

#ifndef ACCORD_TEST_PG // a team server is copied with pg_dump and checks its own references
TEST_CASE("a copy stopped through the core interface returns false and leaves no file",
          "[storage][maintenance][file]")
{
    StoreFixture f;
    f.store->prospects().add(sampleProspect());
    const QString copy = f.dir.path(QStringLiteral("stopped.sqlite"));
    int asked = 0;
    CHECK_FALSE(f.store->maintenance().copyToFile(copy, [&asked] { return ++asked >= 1; }));
    CHECK(asked == 1);
    CHECK_FALSE(QFileInfo::exists(copy));
}
#endif

#ifndef ACCORD_TEST_PG // a team server is copied with pg_dump and checks its own references
TEST_CASE("the integrity check names a row that refers to a missing one",
          "[storage][maintenance][file]")
{
    StoreFixture f;
    const core::Id id = f.store->prospects().add(sampleProspect());
    f.store->connection().exec("PRAGMA foreign_keys = OFF");
    f.store->connection().exec(
        "INSERT INTO contact (prospect_id, name, role) VALUES (987654, 'Nobody', 'other')");
    f.store->connection().exec("PRAGMA foreign_keys = ON");
    core::Store& store = *f.store;
    const QStringList problems = store.maintenance().integrityProblems();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("contact")));
    CHECK(problems[0].contains(QStringLiteral("missing row of prospect")));
    CHECK(store.prospects().find(id).has_value());
}
#endif

#ifndef ACCORD_TEST_PG // a team server is copied with pg_dump and checks its own references
TEST_CASE("a damaged file is a core::DamagedStoreError", "[storage][maintenance][file]")
{
    StoreFixture f;
    f.store->prospects().add(sampleProspect());
    f.store.reset();
    QFile file(f.path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    // Page 1 after the file header: the schema table's b-tree page header.
    REQUIRE(file.seek(100));
    file.write(QByteArray(12, '\xff'));
    file.close();
    CHECK_THROWS_AS(storage::openStore(f.path), core::DamagedStoreError);
}
#endif

TEST_CASE("the read-only connector opens a second connection on another thread",
          "[storage][maintenance]")
{
    StoreFixture f;
    f.store->prospects().add(sampleProspect());
    const core::StoreConnector connect = f.store->maintenance().readOnlyConnector();
    REQUIRE(connect);
    int count = -1;
    bool readOnly = false;
    QString location;
    std::thread worker([&] {
        const std::unique_ptr<core::Store> reader = connect();
        count = reader->prospects().count({});
        readOnly = reader->isReadOnly();
        location = reader->location();
    });
    worker.join();
    CHECK(count == 1);
    CHECK(readOnly);
    CHECK(location == f.store->location());
    CHECK_FALSE(f.store->isReadOnly()); // the first connection still writes
    CHECK_NOTHROW(f.store->prospects().add(sampleProspect(QStringLiteral("Second"))));
}

#ifndef ACCORD_TEST_PG // a team server is copied with pg_dump and checks its own references
TEST_CASE("slow statements are traced with their values until the trace stops",
          "[storage][maintenance][file]")
{
    StoreFixture f;
    QStringList seen;
    f.store->maintenance().traceSlowStatements(0, [&seen](double ms, const QString& sql) {
        CHECK(ms >= 0);
        seen << sql;
    });
    f.store->prospects().add(sampleProspect(QStringLiteral("Traced Traders")));
    CHECK_FALSE(seen.filter(QStringLiteral("Traced Traders")).isEmpty());

    // A threshold no statement reaches reports nothing; an empty sink stops the trace.
    seen.clear();
    f.store->maintenance().traceSlowStatements(
        1e9, [&seen](double, const QString& sql) { seen << sql; });
    f.store->prospects().count({});
    CHECK(seen.isEmpty());
    f.store->maintenance().traceSlowStatements(0, {});
    f.store->prospects().add(sampleProspect(QStringLiteral("Untraced")));
    CHECK(seen.isEmpty());
}
#endif
