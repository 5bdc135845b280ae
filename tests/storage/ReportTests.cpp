// The rows the review is computed from, as SQLite streams them, and the review
// of a store end to end. The figures themselves are tested on hand-made rows in
// tests/core/ReviewFoldTests.cpp; the pipeline here is the same one.

#include "support/TestSupport.h"

#include "core/ReviewFold.h"
#include "storage/Sqlite.h"
#include "storage/SqliteStore.h"

#ifdef ACCORD_TEST_PG
#include "storage/pg/PgStore.h"
#include "support/PgTestServer.h"
#endif

#include <nlohmann/json.hpp>

#include <limits>

using namespace accord;
using namespace accord::core;

namespace {

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

#ifdef ACCORD_TEST_PG
/// A fresh database of the test cluster (storage_pg_tests).
struct EmptyStore
{
    test::PgTestDatabase server;
    std::unique_ptr<storage::pg::PgStore> store = storage::pg::PgStore::open(server.uri());
};
#else
/// A new file in its own temporary folder.
struct EmptyStore
{
    test::TempDir dir;
    std::unique_ptr<storage::SqliteStore> store =
        storage::openStore(dir.path(QStringLiteral("pipeline.sqlite")));
};
#endif

/// 2026-06-15 12:00 UTC (test::referenceNow) is "now"; the range is May 2026.
struct Fixture : EmptyStore
{
    std::map<QString, Id> ids;

    Id prospect(const QString& name, const QString& owner, qint64 value, const QDateTime& created,
                Stage stage, Status status, const QDateTime& entered, const QDateTime& deleted = {})
    {
        Prospect p;
        p.name = name;
        p.owner = owner;
        p.value.minor = value;
        p.createdAt = created;
        p.updatedAt = created;
        p.stage = stage;
        p.status = status;
        p.stageEnteredAt = entered;
        p.deletedAt = deleted;
        const Id id = store->prospects().add(p);
        ids[name] = id;
        return id;
    }
    void move(Id id, const QDateTime& at, Stage from, Stage to, Status fromStatus = Status::Active,
              Status toStatus = Status::Active, bool gateOverride = false)
    {
        StageChange c;
        c.prospectId = id;
        c.at = at;
        c.fromStage = from;
        c.toStage = to;
        c.fromStatus = fromStatus;
        c.toStatus = toStatus;
        c.gateOverride = gateOverride;
        c.reason = gateOverride ? QStringLiteral("skipped with a reason") : QString();
        store->prospects().addHistory(c);
    }
    void meet(Id id, const QDateTime& at, Stage stage)
    {
        Meeting m;
        m.prospectId = id;
        m.occurredAt = at;
        m.stageAtTime = stage;
        m.summary = QStringLiteral("call");
        store->meetings().add(m);
    }

    Fixture()
    {
        using S = Stage;
        using St = Status;
        // Alpha (Ana): 10 days in 1 before the range, 30 days in 2 ending 05-11; met 06-10.
        const Id alpha = prospect(QStringLiteral("Alpha"), QStringLiteral("Ana"), 1000,
                                  utc(2026, 4, 1), S::Negotiation, St::Active, utc(2026, 5, 11));
        move(alpha, utc(2026, 4, 11), S::Informative, S::Consulting);
        move(alpha, utc(2026, 5, 11), S::Consulting, S::Negotiation);
        meet(alpha, utc(2026, 6, 10), S::Negotiation);
        // Bravo (Ana): back and forward — 2→3 05-06, 3→2 05-16, 2→3 05-26; never met.
        const Id bravo = prospect(QStringLiteral("Bravo"), QStringLiteral("Ana"), 2000,
                                  utc(2026, 3, 1), S::Negotiation, St::Active, utc(2026, 5, 26));
        move(bravo, utc(2026, 4, 1), S::Informative, S::Consulting);
        move(bravo, utc(2026, 5, 6), S::Consulting, S::Negotiation);
        move(bravo, utc(2026, 5, 16), S::Negotiation, S::Consulting);
        move(bravo, utc(2026, 5, 26), S::Consulting, S::Negotiation);
        // Charlie (Ben): new 05-05, skipped stage 2 with an override on 05-15; met 06-14.
        const Id charlie = prospect(QStringLiteral("Charlie"), QStringLiteral("Ben"), 3000,
                                    utc(2026, 5, 5), S::Negotiation, St::Active, utc(2026, 5, 15));
        move(charlie, utc(2026, 5, 15), S::Informative, S::Negotiation, St::Active, St::Active,
             true);
        meet(charlie, utc(2026, 6, 14), S::Negotiation);
        // Delta (Ben): 1→2 on 05-10, lost in stage 2 on 05-20.
        const Id delta = prospect(QStringLiteral("Delta"), QStringLiteral("Ben"), 4000,
                                  utc(2026, 4, 20), S::Consulting, St::Lost, utc(2026, 5, 10));
        move(delta, utc(2026, 5, 10), S::Informative, S::Consulting);
        move(delta, utc(2026, 5, 20), S::Consulting, S::Consulting, St::Active, St::Lost);
        // Echo (Ana): won on 05-21 after 81 days in stage 3; created 2026-01-01 (140-day cycle).
        const Id echo = prospect(QStringLiteral("Echo"), QStringLiteral("Ana"), 5000,
                                 utc(2026, 1, 1), S::Partnership, St::Won, utc(2026, 5, 21));
        move(echo, utc(2026, 2, 1), S::Informative, S::Consulting);
        move(echo, utc(2026, 3, 1), S::Consulting, S::Negotiation);
        move(echo, utc(2026, 5, 21), S::Negotiation, S::Partnership, St::Active, St::Won);
        // Foxtrot (Ben): in stage 1 since 02-15, last met 05-01: 45 days quiet.
        const Id foxtrot = prospect(QStringLiteral("Foxtrot"), QStringLiteral("Ben"), 6000,
                                    utc(2026, 2, 15), S::Informative, St::Active, utc(2026, 2, 15));
        meet(foxtrot, utc(2026, 5, 1), S::Informative);
        // Golf (Ana): new 05-25, 1→2 on 05-28, on hold since 05-30.
        const Id golf = prospect(QStringLiteral("Golf"), QStringLiteral("Ana"), 7000,
                                 utc(2026, 5, 25), S::Consulting, St::OnHold, utc(2026, 5, 28));
        move(golf, utc(2026, 5, 28), S::Informative, S::Consulting);
        move(golf, utc(2026, 5, 30), S::Consulting, S::Consulting, St::Active, St::OnHold);
        // Hotel (Ben): in the trash — counts nowhere.
        const Id hotel =
            prospect(QStringLiteral("Hotel"), QStringLiteral("Ben"), 8000, utc(2026, 5, 2),
                     S::Consulting, St::Active, utc(2026, 5, 12), utc(2026, 6, 1));
        move(hotel, utc(2026, 5, 12), S::Informative, S::Consulting);
        // India (Ben): won before the range.
        const Id india = prospect(QStringLiteral("India"), QStringLiteral("Ben"), 9000,
                                  utc(2025, 12, 1), S::Partnership, St::Won, utc(2026, 3, 1));
        move(india, utc(2026, 1, 1), S::Informative, S::Consulting);
        move(india, utc(2026, 2, 1), S::Consulting, S::Negotiation);
        move(india, utc(2026, 3, 1), S::Negotiation, S::Partnership, St::Active, St::Won);
        // Juliet (Ana): created after the range, 10 days in stage 1 without a meeting.
        prospect(QStringLiteral("Juliet"), QStringLiteral("Ana"), 500, utc(2026, 6, 5),
                 S::Informative, St::Active, utc(2026, 6, 5));
    }

    ReportQuery query(QStringList owners = {}) const
    {
        ReportQuery q;
        q.from = utc(2026, 5, 1);
        q.to = utc(2026, 6, 1);
        q.now = test::referenceNow();
        q.owners = std::move(owners);
        return q;
    }
    std::vector<Id> of(std::initializer_list<const char*> names) const
    {
        std::vector<Id> out;
        for (const char* n : names)
            out.push_back(ids.at(QString::fromLatin1(n)));
        std::sort(out.begin(), out.end());
        return out;
    }
};

std::vector<QString> names(const std::vector<ReportProspect>& rows)
{
    std::vector<QString> out;
    for (const ReportProspect& r : rows)
        out.push_back(r.name);
    return out;
}

Drill drillOf(Drill::Kind kind, Stage stage, const QString& owner)
{
    Drill d;
    d.kind = kind;
    d.stage = stage;
    d.owner = owner;
    return d;
}

std::vector<ReviewProspectRow> prospectRows(Store& store, const QStringList& owners = {})
{
    std::vector<ReviewProspectRow> out;
    store.reports().prospects(owners, [&](const ReviewProspectRow& p) { out.push_back(p); });
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

std::vector<ReviewChangeRow> changeRows(Store& store, const QDateTime& since)
{
    std::vector<ReviewChangeRow> out;
    store.reports().changes(since.toSecsSinceEpoch(),
                            [&](const ReviewChangeRow& c) { out.push_back(c); });
    return out;
}

qint64 secs(const QDateTime& t)
{
    return t.toSecsSinceEpoch();
}

} // namespace

TEST_CASE("the prospect rows are every prospect outside the trash, as it is now",
          "[storage][report]")
{
    Fixture f;
    const auto rows = prospectRows(*f.store);
    REQUIRE(rows.size() == 9); // Hotel is in the trash
    const ReviewProspectRow& alpha = rows.front();
    CHECK(alpha.id == f.ids.at(QStringLiteral("Alpha")));
    CHECK(alpha.owner == QStringLiteral("Ana"));
    CHECK(alpha.stage == Stage::Negotiation);
    CHECK(alpha.status == Status::Active);
    CHECK(alpha.valueMinor == 1000);
    CHECK(alpha.currency == QStringLiteral("USD"));
    CHECK(alpha.createdAt == secs(utc(2026, 4, 1)));
    CHECK(alpha.stageEnteredAt == secs(utc(2026, 5, 11)));
    CHECK(alpha.lastMeetingAt == secs(utc(2026, 6, 10)));
    const ReviewProspectRow& bravo = rows[1];
    CHECK_FALSE(bravo.lastMeetingAt); // never met
    const ReviewProspectRow& delta = rows[3];
    CHECK(delta.status == Status::Lost);
    CHECK(rows[4].status == Status::Won);
    CHECK(rows[6].status == Status::OnHold);
    for (const ReviewProspectRow& r : rows)
        CHECK(r.id != f.ids.at(QStringLiteral("Hotel")));

    const auto ben = prospectRows(*f.store, {QStringLiteral("Ben")});
    std::vector<Id> benIds;
    for (const ReviewProspectRow& r : ben)
        benIds.push_back(r.id);
    CHECK(benIds == f.of({"Charlie", "Delta", "Foxtrot", "India"}));
    CHECK(prospectRows(*f.store, {QStringLiteral("Nobody")}).empty());
}

TEST_CASE("a prospect's last meeting follows meetings added, moved and removed",
          "[storage][report]")
{
    Fixture f;
    const Id foxtrot = f.ids.at(QStringLiteral("Foxtrot"));
    const Id juliet = f.ids.at(QStringLiteral("Juliet"));
    auto lastOf = [&](Id id) {
        for (const ReviewProspectRow& r : prospectRows(*f.store))
            if (r.id == id)
                return r.lastMeetingAt;
        return std::optional<qint64>();
    };
    CHECK(lastOf(foxtrot) == secs(utc(2026, 5, 1)));
    Meeting m;
    m.prospectId = foxtrot;
    m.occurredAt = utc(2026, 6, 1);
    m.summary = QStringLiteral("later call");
    m.id = f.store->meetings().add(m);
    CHECK(lastOf(foxtrot) == secs(utc(2026, 6, 1)));
    m.prospectId = juliet; // logged on the wrong prospect, moved
    f.store->meetings().update(m);
    CHECK(lastOf(foxtrot) == secs(utc(2026, 5, 1)));
    CHECK(lastOf(juliet) == secs(utc(2026, 6, 1)));
    f.store->meetings().remove(m.id);
    CHECK_FALSE(lastOf(juliet));
}

TEST_CASE("the history rows come from the range on with each prospect's last move before it, "
          "each once",
          "[storage][report]")
{
    Fixture f;
    auto rows = changeRows(*f.store, utc(2026, 5, 1));
    // Any order (the fold orders them); ordered here to compare.
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return std::tie(a.prospectId, a.at, a.id) < std::tie(b.prospectId, b.at, b.id);
    });
    CHECK(std::adjacent_find(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
              return a.id == b.id;
          }) == rows.end());
    auto of = [&](const char* name) {
        std::vector<qint64> out;
        for (const ReviewChangeRow& c : rows)
            if (c.prospectId == f.ids.at(QString::fromLatin1(name)))
                out.push_back(c.at);
        return out;
    };
    using V = std::vector<qint64>;
    // Each holds at least the entries from May on and its last stage move before May.
    auto holds = [](const V& all, const V& needed) {
        return std::includes(all.begin(), all.end(), needed.begin(), needed.end());
    };
    CHECK(holds(of("Alpha"), V{secs(utc(2026, 4, 11)), secs(utc(2026, 5, 11))}));
    CHECK(holds(of("Bravo"), V{secs(utc(2026, 4, 1)), secs(utc(2026, 5, 6)), secs(utc(2026, 5, 16)),
                               secs(utc(2026, 5, 26))}));
    CHECK(holds(of("Echo"), V{secs(utc(2026, 3, 1)), secs(utc(2026, 5, 21))}));
    CHECK(holds(of("India"), V{secs(utc(2026, 3, 1))}));
    CHECK(holds(of("Golf"), V{secs(utc(2026, 5, 28)), secs(utc(2026, 5, 30))}));
    const ReviewChangeRow* delta = nullptr;
    for (const ReviewChangeRow& c : rows)
        if (c.prospectId == f.ids.at(QStringLiteral("Delta")) && c.at == secs(utc(2026, 5, 20)))
            delta = &c;
    REQUIRE(delta);
    CHECK(delta->fromStage == Stage::Consulting);
    CHECK(delta->toStage == Stage::Consulting);
    CHECK(delta->fromStatus == Status::Active);
    CHECK(delta->toStatus == Status::Lost);
}

TEST_CASE("describe names prospects by name and leaves the trash out", "[storage][report]")
{
    Fixture f;
    const auto rows = f.store->reports().describe(f.of({"Golf", "Delta", "Hotel"}));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].name == QStringLiteral("Delta"));
    CHECK(rows[0].status == Status::Lost);
    CHECK(rows[0].stage == Stage::Consulting);
    CHECK(rows[1].owner == QStringLiteral("Ana"));
    CHECK(f.store->reports().describe({}).empty());
}

TEST_CASE("the review of a store: figures, drill-downs and the status bar's stalled count",
          "[storage][report]")
{
    Fixture f;
    ReviewService review(*f.store);
    const ReportQuery q = f.query();
    const nlohmann::json j = toJson(review.compute(q));
    CHECK(j.at("open").at("weighted_value_minor") == 6350);
    CHECK(j.at("stages").at(2).at("count") == 3);
    CHECK(j.at("time_in_stage").at(2).at("left").at("p75_days") == 63.25);
    CHECK(j.at("conversion").at(1).at("advanced_rate") == 0.3333);
    CHECK(j.at("movement").at("regressed").at("ids").size() == 1);
    CHECK(j.at("movement_by_week").at(3).at("won") == 1);
    CHECK(j.at("stalled").at("count") == 2);
    CHECK(j.at("stalled").at("prospects").at(0).at("name") == "Foxtrot");
    CHECK(j.at("stalled").at("prospects").at(1).at("last_meeting_at").is_null());
    CHECK(j.at("outcomes").at("cycle").at("median_days") == 140.0);
    CHECK(j.at("by_owner").at(1).at("lost") == 1);

    using V = std::vector<QString>;
    CHECK(names(review.drill(q, drillOf(Drill::Kind::Stalled, Stage::Informative, {}))) ==
          V{QStringLiteral("Foxtrot"), QStringLiteral("Bravo")});
    Drill moved = drillOf(Drill::Kind::Moved, Stage::Informative, {});
    moved.movement = Movement::Advanced; // the week of May 11
    moved.from = utc(2026, 5, 11);
    moved.to = utc(2026, 5, 18);
    CHECK(names(review.drill(q, moved)) == V{QStringLiteral("Alpha"), QStringLiteral("Charlie")});

    // The status bar's figure is the review's count.
    CHECK(f.store->prospects().stalledCount(q.now, q.settings) == 2);
    ReportQuery limited = q;
    limited.settings.staleDays[0] = 50; // Foxtrot's 45 days in stage 1 no longer count
    CHECK(f.store->prospects().stalledCount(limited.now, limited.settings) == 1);
    CHECK(review.compute(limited).stalledCount == 1);
}

#ifndef ACCORD_TEST_PG // SQLite's query plans
TEST_CASE("the review's rows come from indexes, not scans of the history or meetings",
          "[storage][report][file]")
{
    Fixture f;
    auto& db = f.store->connection();
    auto plan = [&](const char* sql) {
        storage::Statement st = db.prepare(std::string("EXPLAIN QUERY PLAN ") + sql);
        QString out;
        while (st.step())
            out += st.text(3) + u'\n';
        return out;
    };
    const QString exits = plan("SELECT 1 FROM stage_change c WHERE c.at >= 1 AND c.at < 2");
    CHECK(exits.contains(QStringLiteral("stage_change_at")));
    const QString last =
        plan("SELECT (SELECT MAX(m.occurred_at) FROM meeting m WHERE m.prospect_id = p.id) "
             "FROM prospect p");
    CHECK(last.contains(QStringLiteral("meeting_prospect")));
}
#endif

namespace {

/// Three open prospects in stage 2: $1,000, €1,000 and ¥500,000 (no rate for yen).
struct CurrencyFixture : EmptyStore
{

    void add(const char* name, qint64 minor, const char* currency)
    {
        Prospect p;
        p.name = QString::fromLatin1(name);
        p.owner = QStringLiteral("Ana");
        p.stage = Stage::Consulting;
        p.value = Money{minor, QString::fromLatin1(currency)};
        p.createdAt = p.updatedAt = p.stageEnteredAt = utc(2026, 5, 2);
        store->prospects().add(p);
    }
    ReportQuery query(const PipelineSettings& s) const
    {
        ReportQuery q;
        q.from = utc(2026, 5, 1);
        q.to = utc(2026, 6, 1);
        q.now = test::referenceNow();
        q.settings = s;
        return q;
    }
};

} // namespace

TEST_CASE("the board and the review convert currencies alike and count what has no rate",
          "[storage][report]")
{
    CurrencyFixture f;
    f.add("Dollar", 100000, "USD");
    f.add("Euro", 100000, "EUR");
    f.add("Yen", 500000, "JPY");
    PipelineSettings s;
    s.rates[QStringLiteral("EUR")] = 1.1;
    s.save(f.store->settings());
    const PipelineSettings loaded = PipelineSettings::load(f.store->settings());
    REQUIRE(loaded.rates.count(QStringLiteral("EUR")) == 1);

    // The board header of stage 2.
    const auto totals = f.store->prospects().totals({});
    CHECK(totals[1].count == 3);
    const MoneyTotal board = loaded.total(totals[1].sums);
    CHECK(board.minor == 210000);
    CHECK(board.unconverted == 1);

    // The review says the same.
    const PipelineReport r = ReviewService(*f.store).compute(f.query(loaded));
    CHECK(r.stage(Stage::Consulting).valueMinor == 210000);
    CHECK(r.stage(Stage::Consulting).unconverted == 1);

    PipelineSettings withYen = loaded;
    withYen.rates[QStringLiteral("JPY")] = 0.0067;
    CHECK(ReviewService(*f.store).compute(f.query(withYen)).openValueMinor == 210000 + 335000);
    CHECK(withYen.total(f.store->prospects().totals({})[1].sums).minor == 210000 + 335000);
}

TEST_CASE("totals of values no one could add in 64 bits never wrap", "[storage][report]")
{
    CurrencyFixture f;
    // As a file from before the bound could hold them: two values near 2^63.
    f.add("Huge A", 9'000'000'000'000'000'000, "USD");
    f.add("Huge B", 9'000'000'000'000'000'000, "USD");
    const PipelineSettings s;
    const auto totals = f.store->prospects().totals({});
    const MoneyTotal board = s.total(totals[1].sums);
    CHECK(board.minor == std::numeric_limits<qint64>::max());
    CHECK(board.overflow);
    const PipelineReport r = ReviewService(*f.store).compute(f.query(s));
    CHECK(r.openValueMinor > 0);
    CHECK(r.weightedMinor > 0);
    CHECK(r.stage(Stage::Consulting).valueMinor > 0);
}
