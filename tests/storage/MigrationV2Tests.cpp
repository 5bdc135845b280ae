// Schema 2 (reference-scale indexes): a schema-1 file opens, migrates and keeps its rows.

#include "StoreFixture.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFileInfo>

using namespace accord;
using namespace accord::test;

namespace {

QString plan(storage::Connection& db, const std::string& sql)
{
    storage::Statement st = db.prepare("EXPLAIN QUERY PLAN " + sql);
    QString out;
    while (st.step())
        out += st.text(3) + u'\n';
    return out;
}

} // namespace

TEST_CASE("a schema-1 file migrates to schema 2 with its rows and a pre-v2 backup",
          "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.sqlite"));
    const std::vector<storage::MigrationStep> v1{storage::migrations().front()};
    REQUIRE(v1.front().version == 1);
    {
        storage::DatabaseOptions options;
        options.migrations = &v1;
        auto db = storage::openDatabase(path, options);
        REQUIRE(storage::userVersion(*db) == 1);
        db->exec("INSERT INTO prospect(id, name, owner, stage, status, value_minor, deleted_at) "
                 "VALUES (1, 'Northwind', 'Dana', 2, 'active', 500, NULL), "
                 "(2, 'Contoso', 'Ravi', 2, 'active', 700, NULL), "
                 "(3, 'Binned', 'Ravi', 1, 'active', 900, 12345)");
    }
    auto store = storage::openStore(path);
    CHECK(store->schemaVersion() == 2);
    CHECK(QFileInfo::exists(path + QStringLiteral(".pre-v2.bak")));
    CHECK(store->integrityProblems().isEmpty());
    core::ProspectFilter active;
    active.status = core::Status::Active;
    const auto totals = store->prospects().totals(active);
    CHECK(totals[1].count == 2);
    CHECK(totals[1].valueMinor == 1200);
    CHECK(totals[0].count == 0);
    auto& db = store->connection();
    CHECK(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name IN "
                      "('prospect_totals', 'prospect_stage_updated')") == 2);
}

TEST_CASE("board totals read a covering index and board columns an index", "[storage][migration]")
{
    StoreFixture f;
    auto& db = f.store->connection();
    const QString totals =
        plan(db, "SELECT p.stage, count(*), sum(p.value_minor) FROM prospect p WHERE "
                 "p.deleted_at IS NULL AND p.status = 'active' GROUP BY p.stage");
    CHECK(totals.contains(QStringLiteral("COVERING INDEX prospect_totals")));
    const QString column =
        plan(db, "SELECT p.id FROM prospect p WHERE p.deleted_at IS NULL AND p.stage = 2 "
                 "ORDER BY p.updated_at DESC, p.id DESC LIMIT 200");
    INFO(column.toStdString());
    CHECK(column.contains(QStringLiteral("INDEX prospect_")));
}

TEST_CASE("the text filter matches any of name, owner, industry, segment without case, "
          "and follows edits",
          "[storage]")
{
    StoreFixture f;
    auto& repo = f.store->prospects();
    auto add = [&](const QString& name, const QString& owner, const QString& industry) {
        core::Prospect p;
        p.name = name;
        p.owner = owner;
        p.industry = industry;
        p.segment = QStringLiteral("Mid-market");
        return repo.add(p);
    };
    const core::Id a =
        add(QStringLiteral("Straße Bau"), QStringLiteral("Dana"), QStringLiteral("Construction"));
    add(QStringLiteral("Contoso"), QStringLiteral("Ravi"), QStringLiteral("Retail"));
    core::ProspectFilter f1;
    f1.text = QStringLiteral("STRAßE BAU");
    CHECK(repo.count(f1) == 1);
    f1.text = QStringLiteral("ÉCOLE");
    CHECK(repo.count(f1) == 0);
    f1.text = QStringLiteral("mid-MARKET");
    CHECK(repo.count(f1) == 2);
    f1.text = QStringLiteral("dana\x1f");
    CHECK(repo.count(f1) == 1);
    f1.text = QStringLiteral("nstructionmid"); // never across two fields
    CHECK(repo.count(f1) == 0);

    // An edit on this connection is seen at once.
    auto p = *repo.find(a);
    p.name = QStringLiteral("Renamed Holdings");
    repo.update(p);
    f1.text = QStringLiteral("holdings");
    CHECK(repo.count(f1) == 1);
    // And one from another connection (another window or accord-cli).
    {
        auto other = storage::openStore(f.path);
        core::Prospect q;
        q.name = QStringLiteral("Holdings Two");
        other->prospects().add(q);
    }
    CHECK(repo.count(f1) == 2);
    const auto rows = repo.rows(f1, core::ProspectSort::Name, true, 10, 0);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].prospect.name == QStringLiteral("Holdings Two"));
}
