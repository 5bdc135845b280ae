// The review figures on a hand-written pipeline whose every expected number is
// worked out by hand in the comments (docs/report.md has the definitions). The
// rows are made here, as a store would stream them: no database is involved.

#include "support/TestSupport.h"

#include "core/ReviewFold.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <map>

using namespace accord;
using namespace accord::core;

namespace {

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

std::optional<qint64> secsOf(const QDateTime& t)
{
    return t.isValid() ? std::optional<qint64>(t.toSecsSinceEpoch()) : std::nullopt;
}

/// A store's rows held in memory. changes() gives exactly what the interface
/// promises and no more: the entries from `since` on and each prospect's last
/// stage move before it.
class MemoryRows final : public ReportRows
{
public:
    struct Stored
    {
        ReviewProspectRow row;
        QString name;
        bool trashed = false;
    };
    std::map<Id, Stored> prospectRows;
    std::vector<ReviewChangeRow> changeRows;
    int prospectStreams = 0;
    /// The order changes() streams in: the interface allows any.
    enum class Order { ByProspect, ByTime, Reversed } order = Order::ByProspect;

    Id add(const Prospect& p)
    {
        const Id id = static_cast<Id>(prospectRows.size()) + 1;
        ReviewProspectRow r;
        r.id = id;
        r.owner = p.owner;
        r.stage = p.stage;
        r.status = p.status;
        r.valueMinor = p.value.minor;
        r.currency = p.value.currency;
        r.createdAt = secsOf(p.createdAt);
        r.stageEnteredAt = secsOf(p.stageEnteredAt);
        prospectRows[id] = {r, p.name, p.deletedAt.isValid()};
        return id;
    }
    void addChange(const StageChange& c)
    {
        changeRows.push_back({c.prospectId, static_cast<Id>(changeRows.size()) + 1,
                              c.at.toSecsSinceEpoch(), c.fromStage, c.toStage, c.fromStatus,
                              c.toStatus});
    }
    void addMeeting(Id prospect, const QDateTime& at)
    {
        auto& last = prospectRows.at(prospect).row.lastMeetingAt;
        last = std::max(last.value_or(at.toSecsSinceEpoch()), at.toSecsSinceEpoch());
    }

    void prospects(const QStringList& owners,
                   const std::function<void(const ReviewProspectRow&)>& row) override
    {
        ++prospectStreams;
        // Newest first: the fold must not depend on the order of prospects.
        for (auto it = prospectRows.rbegin(); it != prospectRows.rend(); ++it)
            if (!it->second.trashed && (owners.isEmpty() || owners.contains(it->second.row.owner)))
                row(it->second.row);
    }
    void forecastProspects(const QStringList& owners,
                           const std::function<void(const ForecastProspectRow&)>& row) override
    {
        for (const auto& [id, stored] : prospectRows)
            if (!stored.trashed && (owners.isEmpty() || owners.contains(stored.row.owner))) {
                ForecastProspectRow r;
                r.id = id;
                r.owner = stored.row.owner;
                r.stage = stored.row.stage;
                r.status = stored.row.status;
                r.valueMinor = stored.row.valueMinor;
                r.currency = stored.row.currency;
                row(r);
            }
    }
    void closeMoves(qint64, qint64, const std::function<void(const CloseMoveRow&)>&) override {}
    void changes(qint64 since, const std::function<void(const ReviewChangeRow&)>& row) override
    {
        std::vector<ReviewChangeRow> sorted = changeRows;
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
            return std::tie(a.prospectId, a.at, a.id) < std::tie(b.prospectId, b.at, b.id);
        });
        std::vector<ReviewChangeRow> out;
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            const ReviewChangeRow& c = sorted[i];
            bool lastMoveBefore = c.at < since && c.fromStage != c.toStage;
            for (std::size_t j = i + 1;
                 lastMoveBefore && j < sorted.size() && sorted[j].prospectId == c.prospectId &&
                 sorted[j].at < since;
                 ++j)
                lastMoveBefore = sorted[j].fromStage == sorted[j].toStage;
            if (c.at >= since || lastMoveBefore)
                out.push_back(c);
        }
        if (order == Order::ByTime)
            std::stable_sort(out.begin(), out.end(),
                             [](const auto& a, const auto& b) { return a.at < b.at; });
        else if (order == Order::Reversed)
            std::reverse(out.begin(), out.end());
        for (const ReviewChangeRow& c : out)
            row(c);
    }
    std::vector<ReportProspect> describe(const std::vector<Id>& ids) override
    {
        std::vector<ReportProspect> out;
        for (Id id : ids) {
            const auto found = prospectRows.find(id);
            if (found == prospectRows.end() || found->second.trashed)
                continue;
            const ReviewProspectRow& r = found->second.row;
            out.push_back(
                {id, found->second.name, r.owner, r.stage, r.status, r.valueMinor, r.currency, {}});
        }
        std::sort(out.begin(), out.end(), [](const ReportProspect& a, const ReportProspect& b) {
            const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a.id < b.id;
        });
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }
};

/// The review over in-memory rows, as ReviewService computes it over a store.
struct Review
{
    MemoryRows& rows;
    PipelineReport compute(const ReportQuery& q) { return computeReview(rows, q); }
    std::vector<ReportProspect> drill(const ReportQuery& q, const Drill& d)
    {
        return drillReview(rows, q, d);
    }
    std::vector<ReportProspect> describe(const std::vector<Id>& ids) { return rows.describe(ids); }
};

/// 2026-06-15 12:00 UTC (test::referenceNow) is "now"; the range is May 2026.
struct Fixture
{
    MemoryRows rows;
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
        const Id id = rows.add(p);
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
        rows.addChange(c);
    }
    void meet(Id id, const QDateTime& at, Stage stage)
    {
        Q_UNUSED(stage);
        rows.addMeeting(id, at);
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

std::vector<Id> sorted(std::vector<Id> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

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

void checkDistribution(const Distribution& d, int count, double median, double p75)
{
    CHECK(d.count == count);
    CHECK(d.median == Approx(median));
    CHECK(d.p75 == Approx(p75));
}

} // namespace

TEST_CASE("snapshot figures count open prospects per stage and weight their value",
          "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    const PipelineReport r = repo.compute(f.query());

    // Stage 1: Foxtrot 6000 + Juliet 500; 2: Golf (on hold; Delta is lost); 3: Alpha, Bravo,
    // Charlie; 4: Echo + India. Hotel is in the trash.
    CHECK(r.stage(Stage::Informative).count == 2);
    CHECK(r.stage(Stage::Informative).valueMinor == 6500);
    CHECK(r.stage(Stage::Informative).weightedMinor == 650);
    CHECK(r.stage(Stage::Consulting).count == 1);
    CHECK(r.stage(Stage::Consulting).onHold == 1);
    CHECK(r.stage(Stage::Consulting).weightedMinor == 2100);
    CHECK(r.stage(Stage::Negotiation).count == 3);
    CHECK(r.stage(Stage::Negotiation).valueMinor == 6000);
    CHECK(r.stage(Stage::Negotiation).weightedMinor == 3600);
    CHECK(r.stage(Stage::Partnership).count == 2);
    CHECK(r.stage(Stage::Partnership).valueMinor == 14000);
    CHECK(r.stage(Stage::Partnership).weightedMinor == 0);
    CHECK(r.openCount == 6);
    CHECK(r.openValueMinor == 19500);
    CHECK(r.weightedMinor == 6350);
}

TEST_CASE("time in stage: stays left within the range and open stays until now", "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    const PipelineReport r = repo.compute(f.query());

    // Left stage 1: Golf 3 d, Charlie 10 d (skipping 2), Delta 20 d.
    checkDistribution(r.timeInStage[0].left, 3, 10.0, 15.0);
    // Left stage 2: Bravo 35 d and 10 d (back and forward), Alpha 30 d.
    checkDistribution(r.timeInStage[1].left, 3, 30.0, 32.5);
    // Left stage 3: Bravo 10 d (moved back), Echo 81 d (won). Delta's loss is no move.
    checkDistribution(r.timeInStage[2].left, 2, 45.5, 63.25);
    // Open now: stage 1 Juliet 10.5 d, Foxtrot 120.5 d; 2 Golf 18.5 d;
    // 3 Bravo 20.5 d, Charlie 31.5 d, Alpha 35.5 d.
    checkDistribution(r.timeInStage[0].current, 2, 65.5, 93.0);
    checkDistribution(r.timeInStage[1].current, 1, 18.5, 18.5);
    checkDistribution(r.timeInStage[2].current, 3, 31.5, 33.5);
}

TEST_CASE("movement in the range names the prospects behind each number", "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    const PipelineReport r = repo.compute(f.query());

    CHECK(r.moved(Movement::New) == f.of({"Charlie", "Golf"}));
    CHECK(r.moved(Movement::Advanced) == f.of({"Alpha", "Bravo", "Charlie", "Delta", "Golf"}));
    CHECK(r.moved(Movement::Regressed) == f.of({"Bravo"}));
    CHECK(r.moved(Movement::Won) == f.of({"Echo"}));
    CHECK(r.moved(Movement::Lost) == f.of({"Delta"}));

    // May 2026 touches the weeks of Apr 27, May 4, 11, 18 and 25.
    REQUIRE(r.weeks.size() == 5);
    CHECK(r.weeks[0].weekStart == QDate(2026, 4, 27));
    CHECK(r.weeks[4].weekStart == QDate(2026, 5, 25));
    CHECK(r.weeks[0].counts == std::array<int, 5>{0, 0, 0, 0, 0});
    CHECK(r.weeks[1].counts == std::array<int, 5>{1, 2, 0, 0, 0}); // Charlie new; Bravo, Delta
    CHECK(r.weeks[2].counts == std::array<int, 5>{0, 2, 1, 0, 0}); // Alpha, Charlie; Bravo back
    CHECK(r.weeks[3].counts == std::array<int, 5>{0, 0, 0, 1, 1}); // Echo won, Delta lost
    CHECK(r.weeks[4].counts == std::array<int, 5>{1, 2, 0, 0, 0}); // Golf new; Bravo, Golf
}

TEST_CASE("stage-to-stage conversion follows who entered each stage in the range", "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    const PipelineReport r = repo.compute(f.query());

    const Conversion& c1 = r.conversion[0]; // created in May: Charlie (skipped to 3), Golf
    CHECK(sorted(c1.entered) == f.of({"Charlie", "Golf"}));
    CHECK(sorted(c1.advanced) == f.of({"Charlie", "Golf"}));
    CHECK(c1.lost.empty());
    CHECK(c1.advancedRate() == Approx(1.0));

    const Conversion& c2 = r.conversion[1]; // Bravo (back in 2, then on), Delta (lost), Golf
    CHECK(sorted(c2.entered) == f.of({"Bravo", "Delta", "Golf"}));
    CHECK(c2.advanced == f.of({"Bravo"}));
    CHECK(c2.lost == f.of({"Delta"}));
    CHECK(c2.open() == 1);
    CHECK(c2.advancedRate() == Approx(1.0 / 3.0));
    CHECK(c2.lostRate() == Approx(1.0 / 3.0));

    const Conversion& c3 = r.conversion[2]; // Alpha, Bravo, Charlie: none signed yet
    CHECK(sorted(c3.entered) == f.of({"Alpha", "Bravo", "Charlie"}));
    CHECK(c3.advanced.empty());
    CHECK(c3.lost.empty());
    CHECK(c3.open() == 3);
}

TEST_CASE("stalled lists active prospects quiet past their stage's threshold", "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    const PipelineReport r = repo.compute(f.query());

    // Foxtrot: last met 05-01, 45 days > 14. Bravo: never met, in stage 3 since 05-26:
    // 20 days > 10. Alpha (5 d), Charlie (1 d), Juliet (10 d ≤ 14) are fine; Golf is on hold.
    REQUIRE(r.stalledCount == 2);
    REQUIRE(r.stalled.size() == 2);
    CHECK(r.stalled[0].name == QStringLiteral("Foxtrot"));
    CHECK(r.stalled[0].daysQuiet == 45);
    CHECK(r.stalled[0].thresholdDays == 14);
    CHECK(r.stalled[0].lastMeetingAt == utc(2026, 5, 1));
    CHECK(r.stalled[1].name == QStringLiteral("Bravo"));
    CHECK(r.stalled[1].daysQuiet == 20);
    CHECK(r.stalled[1].thresholdDays == 10);
    CHECK_FALSE(r.stalled[1].lastMeetingAt.isValid());
    CHECK(r.stalled[1].quietSince == utc(2026, 5, 26));

    ReportQuery limited = f.query();
    limited.stalledLimit = 1;
    const PipelineReport one = repo.compute(limited);
    CHECK(one.stalledCount == 2);
    CHECK(one.stalled.size() == 1);
    limited.stalledLimit = 0;
    CHECK(repo.compute(limited).stalledCount == 2);
    limited.settings.staleDays[0] = 50; // Foxtrot's 45 days in stage 1 no longer count
    CHECK(repo.compute(limited).stalledCount == 1);
}

TEST_CASE("outcomes and the per-owner table", "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    const PipelineReport r = repo.compute(f.query());

    CHECK(r.won == 1);
    CHECK(r.lost == 1);
    REQUIRE(r.winRate());
    CHECK(*r.winRate() == Approx(0.5));
    CHECK(r.wonValueMinor == 5000);
    checkDistribution(r.cycle, 1, 140.0, 140.0); // Echo: 2026-01-01 → 05-21

    REQUIRE(r.owners.size() == 2);
    const OwnerFigures& ana = r.owners[0];
    CHECK(ana.owner == QStringLiteral("Ana"));
    CHECK(ana.open == 4); // Alpha, Bravo, Golf, Juliet
    CHECK(ana.openValueMinor == 10500);
    CHECK(ana.won == 1);
    CHECK(ana.lost == 0);
    checkDistribution(ana.cycle, 1, 140.0, 140.0);
    const OwnerFigures& ben = r.owners[1];
    CHECK(ben.owner == QStringLiteral("Ben"));
    CHECK(ben.open == 2); // Charlie, Foxtrot
    CHECK(ben.openValueMinor == 9000);
    CHECK(ben.won == 0);
    CHECK(ben.lost == 1);
    CHECK(ben.cycle.count == 0);
}

TEST_CASE("a single owner's report counts only that owner's prospects", "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    const PipelineReport r = repo.compute(f.query({QStringLiteral("Ben")}));

    CHECK(r.stage(Stage::Informative).count == 1); // Foxtrot
    CHECK(r.stage(Stage::Consulting).count == 0);
    CHECK(r.stage(Stage::Negotiation).count == 1); // Charlie
    CHECK(r.stage(Stage::Partnership).count == 1); // India
    CHECK(r.openValueMinor == 9000);
    CHECK(r.weightedMinor == 2400);
    CHECK(r.moved(Movement::New) == f.of({"Charlie"}));
    CHECK(r.moved(Movement::Advanced) == f.of({"Charlie", "Delta"}));
    CHECK(r.moved(Movement::Regressed).empty());
    CHECK(r.moved(Movement::Won).empty());
    CHECK(r.moved(Movement::Lost) == f.of({"Delta"}));
    checkDistribution(r.timeInStage[0].left, 2, 15.0, 17.5);
    CHECK(r.timeInStage[1].left.count == 0);
    CHECK(r.conversion[1].lost == f.of({"Delta"}));
    CHECK(r.stalledCount == 1);
    REQUIRE(r.owners.size() == 1);
    CHECK(r.owners[0].owner == QStringLiteral("Ben"));
    CHECK(*r.winRate() == Approx(0.0));

    const PipelineReport nobody = repo.compute(f.query({QStringLiteral("Nobody")}));
    CHECK(nobody.openCount == 0);
    CHECK(nobody.owners.empty());
    CHECK(nobody.stalledCount == 0);
}

TEST_CASE("an empty range has no flows but the same snapshot", "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    ReportQuery q = f.query();
    q.from = utc(2025, 1, 1);
    q.to = utc(2025, 2, 1);
    const PipelineReport r = repo.compute(q);

    for (Movement m : kAllMovements)
        CHECK(r.moved(m).empty());
    REQUIRE(r.weeks.size() == 5); // Dec 30 … Jan 27
    CHECK(r.weeks[0].weekStart == QDate(2024, 12, 30));
    for (const WeekMovement& w : r.weeks)
        CHECK(w.counts == std::array<int, 5>{});
    for (const Conversion& c : r.conversion)
        CHECK(c.entered.empty());
    for (const TimeInStage& t : r.timeInStage)
        CHECK(t.left.count == 0);
    CHECK_FALSE(r.winRate());
    CHECK(r.cycle.count == 0);
    CHECK(r.openCount == 6);
    CHECK(r.stalledCount == 2);

    q.to = q.from; // nothing at all
    CHECK(repo.compute(q).weeks.empty());
}

TEST_CASE("drill-downs list the prospects behind snapshot figures", "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    const ReportQuery q = f.query();
    using V = std::vector<QString>;
    CHECK(names(repo.drill(q, drillOf(Drill::Kind::Stage, Stage::Negotiation, {}))) ==
          V{QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie")});
    CHECK(names(repo.drill(q, drillOf(Drill::Kind::Stage, Stage::Partnership, {}))) ==
          V{QStringLiteral("Echo"), QStringLiteral("India")});
    CHECK(names(repo.drill(q, drillOf(Drill::Kind::Stalled, Stage::Informative, {}))) ==
          V{QStringLiteral("Foxtrot"), QStringLiteral("Bravo")});
    CHECK(names(repo.drill(
              q, drillOf(Drill::Kind::OwnerOpen, Stage::Informative, QStringLiteral("Ben")))) ==
          V{QStringLiteral("Charlie"), QStringLiteral("Foxtrot")});
    Drill left = drillOf(Drill::Kind::LeftStage, Stage::Consulting, {});
    CHECK(names(repo.drill(q, left)) == V{QStringLiteral("Alpha"), QStringLiteral("Bravo")});
    Drill moved = drillOf(Drill::Kind::Moved, Stage::Informative, {});
    moved.movement = Movement::New;
    CHECK(names(repo.drill(q, moved)) == V{QStringLiteral("Charlie"), QStringLiteral("Golf")});
    moved.movement = Movement::Advanced; // the week of May 11
    moved.from = utc(2026, 5, 11);
    moved.to = utc(2026, 5, 18);
    CHECK(names(repo.drill(q, moved)) == V{QStringLiteral("Alpha"), QStringLiteral("Charlie")});
    moved.movement = Movement::Lost;
    CHECK(repo.drill(q, moved).empty());

    const auto rows = repo.describe(f.of({"Golf", "Delta", "Hotel"})); // Hotel is in the trash
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].name == QStringLiteral("Delta"));
    CHECK(rows[0].status == Status::Lost);
    CHECK(rows[0].stage == Stage::Consulting);
    CHECK(rows[1].owner == QStringLiteral("Ana"));
    CHECK(repo.describe({}).empty());
}

TEST_CASE("the report JSON carries every figure under stable names", "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    const nlohmann::json j = toJson(repo.compute(f.query()));
    CHECK(j.at("report_version") == 1);
    CHECK(j.at("range").at("from") == "2026-05-01T00:00:00Z");
    CHECK(j.at("range").at("to") == "2026-06-01T00:00:00Z");
    CHECK(j.at("open").at("weighted_value_minor") == 6350);
    CHECK(j.at("stages").at(2).at("stage_name") == "negotiation");
    CHECK(j.at("stages").at(2).at("count") == 3);
    CHECK(j.at("time_in_stage").at(2).at("left").at("p75_days") == 63.25);
    CHECK(j.at("conversion").at(1).at("advanced_rate") == 0.3333);
    CHECK(j.at("movement").at("regressed").at("ids").size() == 1);
    CHECK(j.at("movement_by_week").at(3).at("won") == 1);
    CHECK(j.at("stalled").at("count") == 2);
    CHECK(j.at("stalled").at("prospects").at(1).at("last_meeting_at").is_null());
    CHECK(j.at("outcomes").at("win_rate") == 0.5);
    CHECK(j.at("outcomes").at("cycle").at("median_days") == 140.0);
    CHECK(j.at("by_owner").at(1).at("lost") == 1);
    CHECK(j.at("by_owner").at(1).at("cycle").at("median_days").is_null());
}

namespace {

/// Three open prospects in stage 2: $1,000, €1,000 and ¥500,000 (no rate for yen).
struct CurrencyFixture
{
    MemoryRows rows;

    void add(const char* name, qint64 minor, const char* currency)
    {
        Prospect p;
        p.name = QString::fromLatin1(name);
        p.owner = QStringLiteral("Ana");
        p.stage = Stage::Consulting;
        p.value = Money{minor, QString::fromLatin1(currency)};
        p.createdAt = p.updatedAt = p.stageEnteredAt = utc(2026, 5, 2);
        rows.add(p);
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

TEST_CASE("totals convert each currency to the pipeline currency and count what has no rate",
          "[core][report]")
{
    CurrencyFixture f;
    f.add("Dollar", 100000, "USD");
    f.add("Euro", 100000, "EUR");
    f.add("Yen", 500000, "JPY");
    PipelineSettings loaded;
    loaded.rates[QStringLiteral("EUR")] = 1.1;

    // The review and report --json say what the board's header says.
    Review repo{f.rows};
    const PipelineReport r = repo.compute(f.query(loaded));
    CHECK(r.stage(Stage::Consulting).valueMinor == 210000);
    CHECK(r.stage(Stage::Consulting).unconverted == 1);
    CHECK(r.openValueMinor == 210000);
    CHECK(r.openUnconverted == 1);
    CHECK(r.weightedMinor == 63000); // 30 %
    REQUIRE(r.owners.size() == 1);
    CHECK(r.owners[0].openValueMinor == 210000);
    CHECK(r.owners[0].openUnconverted == 1);
    const nlohmann::json j = toJson(r);
    CHECK(j.at("open").at("unconverted") == 1);
    CHECK(j.at("open").at("value_minor") == 210000);

    // With a rate for yen nothing is left out.
    PipelineSettings withYen = loaded;
    withYen.rates[QStringLiteral("JPY")] = 0.0067;
    const PipelineReport all = repo.compute(f.query(withYen));
    CHECK(all.openUnconverted == 0);
    CHECK(all.openValueMinor == 210000 + 335000);
}

TEST_CASE("totals of values no one could add in 64 bits never wrap", "[core][report]")
{
    CurrencyFixture f;
    // As a file from before the bound could hold them: two values near 2^63.
    f.add("Huge A", 9'000'000'000'000'000'000, "USD");
    f.add("Huge B", 9'000'000'000'000'000'000, "USD");
    const PipelineSettings s;
    Review repo{f.rows};
    const PipelineReport r = repo.compute(f.query(s));
    CHECK(r.openValueMinor > 0);
    CHECK(r.weightedMinor > 0);
    CHECK(r.stage(Stage::Consulting).valueMinor > 0);
}

TEST_CASE("drill-downs and stalled rows give each prospect's own currency", "[core][report]")
{
    CurrencyFixture f;
    f.add("Yen", 500000, "JPY");
    Review repo{f.rows};
    ReportQuery q = f.query(PipelineSettings{});
    const PipelineReport r = repo.compute(q);
    REQUIRE(r.stalled.size() == 1);
    CHECK(r.stalled[0].currency == QStringLiteral("JPY"));
    Drill d;
    d.kind = Drill::Kind::Stage;
    d.stage = Stage::Consulting;
    const auto rows = repo.drill(q, d);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].currency == QStringLiteral("JPY"));
}

namespace {

ReviewChangeRow change(Stage from, Stage to, Status fromStatus = Status::Active,
                       Status toStatus = Status::Active)
{
    ReviewChangeRow c;
    c.fromStage = from;
    c.toStage = to;
    c.fromStatus = fromStatus;
    c.toStatus = toStatus;
    return c;
}

} // namespace

TEST_CASE("each history entry counts as at most one movement, by precedence", "[core][report]")
{
    using S = Stage;
    using St = Status;
    CHECK(movementOf(change(S::Informative, S::Consulting)) == Movement::Advanced);
    CHECK(movementOf(change(S::Informative, S::Negotiation)) == Movement::Advanced);
    CHECK(movementOf(change(S::Negotiation, S::Consulting)) == Movement::Regressed);
    CHECK(movementOf(change(S::Partnership, S::Negotiation)) == Movement::Regressed);
    CHECK(movementOf(change(S::Negotiation, S::Partnership, St::Active, St::Won)) == Movement::Won);
    // Won before lost, lost before a stage move.
    CHECK(movementOf(change(S::Consulting, S::Partnership, St::Lost, St::Won)) == Movement::Won);
    CHECK(movementOf(change(S::Consulting, S::Informative, St::Active, St::Lost)) ==
          Movement::Lost);
    CHECK(movementOf(change(S::Consulting, S::Consulting, St::Active, St::Lost)) == Movement::Lost);
    // A status change within a stage other than a loss is no movement.
    CHECK_FALSE(movementOf(change(S::Consulting, S::Consulting, St::Active, St::OnHold)));
    CHECK_FALSE(movementOf(change(S::Consulting, S::Consulting, St::Lost, St::Active)));
    CHECK_FALSE(movementOf(change(S::Consulting, S::Consulting, St::Lost, St::Lost)));
    CHECK_FALSE(isStageMove(change(S::Consulting, S::Consulting, St::Active, St::Lost)));
    CHECK(isStageMove(change(S::Consulting, S::Informative)));
}

TEST_CASE("every movement's drill-down lists the prospects its figure counts", "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    const ReportQuery q = f.query();
    const PipelineReport r = repo.compute(q);
    for (Movement m : kAllMovements) {
        Drill d;
        d.kind = Drill::Kind::Moved;
        d.movement = m;
        INFO(movementKey(m).toStdString());
        CHECK(repo.drill(q, d) == repo.describe(r.moved(m)));
        // Week by week too: the week's drill-down has as many as the week's count.
        for (const WeekMovement& w : r.weeks) {
            d.from = w.weekStart.startOfDay(Qt::UTC);
            d.to = w.weekStart.addDays(7).startOfDay(Qt::UTC);
            CHECK(static_cast<int>(repo.drill(q, d).size()) == w.count(m));
        }
    }
}

TEST_CASE("a review reads the prospects once and needs no history before the range but the "
          "last move",
          "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    const PipelineReport r = repo.compute(f.query());
    CHECK(f.rows.prospectStreams == 1);
    // Alpha's stay in stage 2 began with its move on 04-11, before the range: known
    // from the last move before the range alone (MemoryRows gives nothing earlier).
    checkDistribution(r.timeInStage[1].left, 3, 30.0, 32.5);
}

TEST_CASE("the figures and drill-downs do not depend on the order history entries come in",
          "[core][report]")
{
    Fixture f;
    Review repo{f.rows};
    const nlohmann::json byProspect = toJson(repo.compute(f.query()));
    Drill d;
    d.kind = Drill::Kind::Moved;
    d.movement = Movement::Advanced;
    const auto advanced = repo.drill(f.query(), d);
    REQUIRE_FALSE(advanced.empty());
    for (auto order : {MemoryRows::Order::ByTime, MemoryRows::Order::Reversed}) {
        f.rows.order = order;
        CHECK(toJson(repo.compute(f.query())) == byProspect);
        CHECK(repo.drill(f.query(), d) == advanced);
    }
}
