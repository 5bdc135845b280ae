// Earlier schemas open, migrate to the latest and keep their rows; the indexes the
// board and the review rely on are used.

#include "StoreFixture.h"

#include "core/PipelineSettings.h"
#include "core/ReviewRows.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFileInfo>
#include <algorithm>

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

/// The file at `path` opened with the first `version` migrations only: a file
/// as an older Accord left it.
std::unique_ptr<storage::Connection> openAtVersion(const QString& path, int version)
{
    const std::vector<storage::MigrationStep> steps(storage::migrations().begin(),
                                                    storage::migrations().begin() + version);
    REQUIRE(steps.back().version == version);
    storage::DatabaseOptions options;
    options.migrations = &steps;
    return storage::openDatabase(path, options);
}

} // namespace

TEST_CASE("a schema-1 file migrates to the latest schema with its rows and a backup",
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
    const int latest = storage::latestVersion(storage::migrations());
    CHECK(store->schemaVersion() == latest);
    CHECK(QFileInfo::exists(path + QStringLiteral(".pre-v%1.bak").arg(latest)));
    CHECK(store->integrityProblems().isEmpty());
    core::ProspectFilter active;
    active.status = core::Status::Active;
    const auto totals = store->prospects().totals(active);
    CHECK(totals[1].count == 2);
    CHECK(core::PipelineSettings{}.total(totals[1].sums).minor == 1200);
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
        plan(db, "SELECT p.stage, p.currency, count(*), sum(p.value_minor >> 32), "
                 "sum(p.value_minor & 4294967295) FROM prospect p WHERE "
                 "p.deleted_at IS NULL AND p.status = 'active' GROUP BY p.stage, p.currency");
    CHECK(totals.contains(QStringLiteral("COVERING INDEX prospect_totals")));
    const QString column =
        plan(db, "SELECT p.id FROM prospect p WHERE p.deleted_at IS NULL AND p.stage = 2 "
                 "ORDER BY p.updated_at DESC, p.id DESC LIMIT 200");
    INFO(column.toStdString());
    CHECK(column.contains(QStringLiteral("INDEX prospect_")));
}

TEST_CASE("a schema-2 file migrates to schema 3: the review reads two covering indexes",
          "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v2.sqlite"));
    const std::vector<storage::MigrationStep> v2{storage::migrations()[0],
                                                 storage::migrations()[1]};
    REQUIRE(v2.back().version == 2);
    {
        storage::DatabaseOptions options;
        options.migrations = &v2;
        auto db = storage::openDatabase(path, options);
        db->exec("INSERT INTO prospect(id, name, owner, stage, status, value_minor, created_at) "
                 "VALUES (1, 'Northwind', 'Dana', 2, 'active', 500, 1000)");
        db->exec("INSERT INTO stage_change(prospect_id, at, from_stage, to_stage, from_status, "
                 "to_status) VALUES (1, 2000, 1, 2, 'active', 'active')");
    }
    auto store = storage::openStore(path);
    CHECK(store->schemaVersion() == storage::latestVersion());
    CHECK(QFileInfo::exists(path + QStringLiteral(".pre-v%1.bak").arg(storage::latestVersion())));
    auto& db = store->connection();
    CHECK(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name IN "
                      "('prospect_review', 'stage_change_history')") == 2);
    CHECK(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = "
                      "'stage_change_prospect'") == 0);
    CHECK(db.queryInt("SELECT count(*) FROM stage_change") == 1);

    const QString prospects = plan(
        db,
        "SELECT p.id, p.owner, p.stage, p.status, p.value_minor, p.created_at, "
        "p.stage_entered_at, p.currency FROM prospect p WHERE p.deleted_at IS NULL AND (?5 = 1 OR "
        "p.owner IN (SELECT value FROM json_each(?4))) ORDER BY p.id");
    INFO(prospects.toStdString());
    CHECK(prospects.contains(QStringLiteral("COVERING INDEX prospect_review")));
    CHECK_FALSE(prospects.contains(QStringLiteral("TEMP B-TREE")));
    const QString history =
        plan(db, "SELECT c.prospect_id, c.id, c.at, c.from_stage, c.to_stage, "
                 "c.from_status = 'lost', c.to_status = 'lost' FROM stage_change c "
                 "WHERE c.at IS NOT NULL ORDER BY c.prospect_id, c.at, c.id");
    INFO(history.toStdString());
    CHECK(history.contains(QStringLiteral("COVERING INDEX stage_change_history")));
    CHECK_FALSE(history.contains(QStringLiteral("TEMP B-TREE")));
    const QString table =
        plan(db, "SELECT p.id FROM prospect p WHERE p.deleted_at IS NULL AND p.status = 'active' "
                 "ORDER BY p.name COLLATE NOCASE ASC, p.id ASC LIMIT 200");
    INFO(table.toStdString());
    CHECK(table.contains(QStringLiteral("INDEX prospect_status_name")));
    CHECK_FALSE(table.contains(QStringLiteral("TEMP B-TREE")));
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

TEST_CASE("a schema-3 file migrates to schema 4: money in ISO minor units, totals by currency "
          "from covering indexes, search by time",
          "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v3.sqlite"));
    const std::vector<storage::MigrationStep> v3{storage::migrations()[0], storage::migrations()[1],
                                                 storage::migrations()[2]};
    REQUIRE(v3.back().version == 3);
    {
        storage::DatabaseOptions options;
        options.migrations = &v3;
        auto db = storage::openDatabase(path, options);
        // As schema 3 stored them: every currency in hundredths (¥5,000 as 500000).
        db->exec("INSERT INTO prospect(id, name, owner, stage, status, value_minor, currency, "
                 "created_at) VALUES "
                 "(1, 'Kobe Steel', 'Aiko', 2, 'active', 500000, 'JPY', 1000), "
                 "(2, 'Gulf Trade', 'Omar', 2, 'active', 150, 'KWD', 2000), "
                 "(3, 'Northwind', 'Dana', 2, 'active', 4000000, 'USD', 3000), "
                 "(4, 'Seoul Odd', 'Min', 2, 'active', 149, 'KRW', 4000)");
        db->exec("INSERT INTO meeting(id, prospect_id, occurred_at, kind, stage_at_time, summary) "
                 "VALUES (1, 3, 1780000000, 'call', 2, 'Pricing call, late'), "
                 "(2, 3, 1700000000, 'call', 2, 'Pricing call, early')");
    }
    auto store = storage::openStore(path);
    REQUIRE(store->schemaVersion() == storage::latestVersion(storage::migrations()));
    CHECK(store->integrityProblems().isEmpty());
    CHECK(store->prospects().find(1)->value == core::Money{5000, QStringLiteral("JPY")});
    CHECK(store->prospects().find(2)->value == core::Money{1500, QStringLiteral("KWD")});
    CHECK(store->prospects().find(3)->value == core::Money{4000000, QStringLiteral("USD")});
    CHECK(store->prospects().find(4)->value.minor == 1); // ₩1.49 rounds to ₩1

    auto& db = store->connection();
    const QString review =
        plan(db, "SELECT p.id, p.owner, p.stage, p.status, p.value_minor, p.created_at, "
                 "p.stage_entered_at, p.currency FROM prospect p WHERE p.deleted_at IS NULL AND "
                 "(?5 = 1 OR p.owner IN (SELECT value FROM json_each(?4))) ORDER BY p.id");
    INFO(review.toStdString());
    CHECK(review.contains(QStringLiteral("COVERING INDEX prospect_review")));

    // The meeting written first but held later comes first.
    const auto hits = store->search().search(QStringLiteral("pricing"), 10);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].itemId == 1);
    CHECK(hits[1].itemId == 2);
}

TEST_CASE("the pre-upgrade copy of a file with % in its name keeps the name",
          "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("q%2.sqlite"));
    const std::vector<storage::MigrationStep> v1{storage::migrations().front()};
    {
        storage::DatabaseOptions options;
        options.migrations = &v1;
        storage::openDatabase(path, options);
    }
    auto store = storage::openStore(path);
    const int latest = storage::latestVersion(storage::migrations());
    CHECK(QFileInfo::exists(dir.path(QStringLiteral("q%2.sqlite.pre-v%1.bak").arg(latest))));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("q%1.sqlite.pre-v%1.bak").arg(latest))));
}

TEST_CASE("a schema-4 file migrates to schema 5: ids of deleted records are never handed out "
          "again, with rows, links, indexes and search kept",
          "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v4.sqlite"));
    QStringList indexesBefore;
    {
        auto db = openAtVersion(path, 4);
        db->exec("INSERT INTO prospect(id, name, stage, status, created_at) VALUES "
                 "(1, 'Northwind', 2, 'active', 1000)");
        db->exec("INSERT INTO contact(id, prospect_id, name, role) VALUES "
                 "(1, 1, 'Li Wei', 'executive'), (2, 1, 'Ana Ruiz', 'champion')");
        db->exec("INSERT INTO meeting(id, prospect_id, occurred_at, kind, stage_at_time, summary) "
                 "VALUES (1, 1, 1700000000, 'call', 2, 'Kickoff'), "
                 "(2, 1, 1780000000, 'call', 2, 'Pricing review')");
        db->exec("INSERT INTO insight(id, prospect_id, meeting_id, title) VALUES "
                 "(1, 1, 2, 'Basket size')");
        db->exec("INSERT INTO opportunity(id, prospect_id, title, lift_kind, "
                 "champion_contact_id, status) VALUES (1, 1, 'Loyalty', 'revenue', 2, 'idea')");
        db->exec("INSERT INTO stage_change(id, prospect_id, at, from_stage, to_stage, "
                 "from_status, to_status) VALUES (1, 1, 1000, 1, 2, 'active', 'active')");
        storage::Statement st = db->prepare(
            "SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name");
        while (st.step())
            indexesBefore << st.text(0);
    }
    auto store = storage::openStore(path);
    REQUIRE(store->schemaVersion() == storage::latestVersion(storage::migrations()));
    CHECK(QFileInfo::exists(path + QStringLiteral(".pre-v%1.bak").arg(store->schemaVersion())));
    CHECK(store->integrityProblems().isEmpty());
    auto& db = store->connection();
    CHECK(db.queryInt("SELECT count(*) FROM pragma_foreign_key_check") == 0);
    QStringList indexesAfter;
    {
        storage::Statement st = db.prepare(
            "SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name");
        while (st.step())
            indexesAfter << st.text(0);
    }
    // As before, with the triggers of schema 6, the index of schema 7, the close date
    // indexes of schema 8, the attachments' of schema 9 and the activity indexes of
    // schema 10 besides; schema 10 dropped the index of the prospect's next step.
    for (const char* later :
         {"meeting_last_delete", "meeting_last_insert", "meeting_last_update", "stage_change_moves",
          "close_change_at", "close_change_prospect", "prospect_expected_close",
          "attachment_data_request", "attachment_prospect", "activity_agenda", "activity_contact",
          "activity_next", "activity_prospect"})
        CHECK(indexesAfter.removeOne(QString::fromLatin1(later)));
    CHECK(indexesBefore.removeOne(QStringLiteral("prospect_next_due")));
    CHECK(indexesAfter == indexesBefore);
    CHECK(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%v5%'") == 0);

    // Rows and links as they were.
    CHECK(store->meetings().find(2)->summary == QStringLiteral("Pricing review"));
    CHECK(store->evidence().insights(1).front().meetingId == 2);
    CHECK(store->evidence().opportunities(1).front().championContactId == 2);
    CHECK(store->prospects().history(1).size() == 1);
    CHECK(store->search().search(QStringLiteral("pricing"), 10).size() == 1);

    // The highest ids, deleted, are not handed out again.
    store->meetings().remove(2);
    CHECK(store->evidence().insights(1).front().meetingId == core::kNoId);
    core::Meeting m = *store->meetings().find(1);
    m.id = core::kNoId;
    CHECK(store->meetings().add(m) == 3);
    core::Contact c = *store->prospects().findContact(2);
    store->removeRecord(core::RecordKind::Contact, 2);
    c.id = core::kNoId;
    CHECK(store->prospects().addContact(c) == 3);
    // The search triggers still follow the meetings.
    CHECK(store->search().search(QStringLiteral("pricing"), 10).empty());
    CHECK(store->search().search(QStringLiteral("kickoff"), 10).size() == 2);
}

TEST_CASE("a schema-5 file migrates to schema 6: each prospect keeps its latest meeting's time, "
          "and the review's prospects come from one covering index",
          "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v5.sqlite"));
    {
        auto db = openAtVersion(path, 5);
        db->exec("INSERT INTO prospect(id, name, owner, stage, status, created_at) VALUES "
                 "(1, 'Northwind', 'Dana', 2, 'active', 1000), "
                 "(2, 'Contoso', 'Dana', 1, 'active', 2000)");
        db->exec("INSERT INTO meeting(id, prospect_id, occurred_at, kind, stage_at_time, summary) "
                 "VALUES (1, 1, 1780000000, 'call', 2, 'Late'), "
                 "(2, 1, 1700000000, 'call', 2, 'Early'), (3, 1, NULL, 'call', 2, 'Undated')");
    }
    auto store = storage::openStore(path);
    REQUIRE(store->schemaVersion() == storage::latestVersion());
    CHECK(store->integrityProblems().isEmpty());
    std::map<core::Id, std::optional<qint64>> last;
    store->reports().prospects(
        {}, [&](const core::ReviewProspectRow& p) { last[p.id] = p.lastMeetingAt; });
    CHECK(last.at(1) == 1780000000);
    CHECK_FALSE(last.at(2));

    auto& db = store->connection();
    const QString review =
        plan(db, "SELECT p.id, p.owner, p.stage, p.status, p.value_minor, p.currency, "
                 "p.created_at, p.stage_entered_at, p.last_meeting_at FROM prospect p "
                 "WHERE p.deleted_at IS NULL");
    INFO(review.toStdString());
    CHECK(review.contains(QStringLiteral("COVERING INDEX prospect_review")));

    // A time kept wrong (written around the store) is a problem the check names.
    db.exec("UPDATE prospect SET last_meeting_at = 5 WHERE id = 2");
    REQUIRE(store->integrityProblems().size() == 1);
    CHECK(store->integrityProblems().front().contains(QStringLiteral("latest meeting")));
}

TEST_CASE("a schema-6 file migrates to schema 7: the review reads history from its range on, "
          "and the stage moves before it, each from a covering index",
          "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v6.sqlite"));
    {
        auto db = openAtVersion(path, 6);
        db->exec("INSERT INTO prospect(id, name, owner, stage, status, created_at) VALUES "
                 "(1, 'Northwind', 'Dana', 3, 'active', 1000)");
        // Into stage 2 at 2000, on hold at 3000, back at 4000, into stage 3 at 5000.
        db->exec("INSERT INTO stage_change(id, prospect_id, at, from_stage, to_stage, "
                 "from_status, to_status) VALUES "
                 "(1, 1, 2000, 1, 2, 'active', 'active'), (2, 1, 3000, 2, 2, 'active', 'on_hold'), "
                 "(3, 1, 4000, 2, 2, 'on_hold', 'active'), (4, 1, 5000, 2, 3, 'active', 'active')");
    }
    auto store = storage::openStore(path);
    REQUIRE(store->schemaVersion() == storage::latestVersion());

    // From 3500 on: every entry from then, and before it only the stage move.
    std::vector<core::Id> ids;
    store->reports().changes(3500, [&](const core::ReviewChangeRow& c) { ids.push_back(c.id); });
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<core::Id>{1, 3, 4});

    auto& db = store->connection();
    const QString moves = plan(db, "SELECT c.prospect_id, c.id, c.at, c.from_stage, c.to_stage, "
                                   "c.from_status, c.to_status FROM stage_change c "
                                   "WHERE c.from_stage != c.to_stage AND c.at < 3500");
    INFO(moves.toStdString());
    CHECK(moves.contains(QStringLiteral("COVERING INDEX stage_change_moves")));
    const QString range = plan(db, "SELECT c.prospect_id, c.id, c.at, c.from_stage, c.to_stage, "
                                   "c.from_status, c.to_status FROM stage_change c "
                                   "WHERE c.at >= 3500");
    INFO(range.toStdString());
    CHECK(range.contains(QStringLiteral("COVERING INDEX stage_change_at")));
}

TEST_CASE("a schema-8 file migrates to schema 9: prospects keep their data and take attachments",
          "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v8.sqlite"));
    {
        auto db = openAtVersion(path, 8);
        db->exec("INSERT INTO prospect(id, name, owner, stage, status, created_at) VALUES "
                 "(1, 'Northwind', 'Dana', 1, 'active', 1000)");
    }
    auto store = storage::openStore(path);
    REQUIRE(store->schemaVersion() == storage::latestVersion());
    CHECK(store->attachments().list(1).empty());
    core::AttachmentInfo a;
    a.prospectId = 1;
    a.name = QStringLiteral("data.csv");
    a.size = 3;
    a.id = store->attachments().add(a, QByteArrayLiteral("a,b"));
    CHECK(store->attachments().bytes(a.id) == QByteArrayLiteral("a,b"));
    CHECK(store->integrityProblems().isEmpty());
}
