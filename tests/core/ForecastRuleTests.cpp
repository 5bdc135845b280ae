// The forecast's rules on rows given by hand: periods, weighting by stage,
// won so far, overdue and undated prospects; the slipped list; losses per
// reason and stage; the reason list's rules.

#include "core/Forecast.h"
#include "core/Reasons.h"
#include "core/Validation.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace accord::core;

namespace {

/// Rows from memory, as a store would stream them.
class FakeRows final : public ReportRows
{
public:
    std::vector<ForecastProspectRow> prospectsRows;
    std::vector<CloseMoveRow> moves;
    void prospects(const QStringList&,
                   const std::function<void(const ReviewProspectRow&)>&) override
    {}
    void changes(qint64, const std::function<void(const ReviewChangeRow&)>&) override {}
    std::vector<ReportProspect> describe(const std::vector<Id>& ids) override
    {
        std::vector<ReportProspect> out;
        for (const ForecastProspectRow& r : prospectsRows)
            if (std::find(ids.begin(), ids.end(), r.id) != ids.end())
                out.push_back({r.id, QStringLiteral("P%1").arg(r.id), r.owner, r.stage, r.status,
                               r.valueMinor, r.currency, r.reasonCode});
        return out;
    }
    void forecastProspects(const QStringList& owners,
                           const std::function<void(const ForecastProspectRow&)>& row) override
    {
        for (const ForecastProspectRow& r : prospectsRows)
            if (owners.isEmpty() || owners.contains(r.owner))
                row(r);
    }
    void closeMoves(qint64 from, qint64 to,
                    const std::function<void(const CloseMoveRow&)>& row) override
    {
        for (const CloseMoveRow& m : moves)
            if (m.at >= from && m.at < to)
                row(m);
    }
    void add(Id id, Stage stage, Status status, qint64 value, const QDate& close,
             const QString& owner = QStringLiteral("Dana"),
             const QString& currency = QStringLiteral("USD"))
    {
        ForecastProspectRow r;
        r.id = id;
        r.owner = owner;
        r.stage = stage;
        r.status = status;
        r.valueMinor = value;
        r.currency = currency;
        r.expectedClose = close;
        prospectsRows.push_back(r);
    }
};

ForecastQuery quarterQuery()
{
    ForecastQuery q;
    q.today = QDate(2026, 12, 2);
    q.grain = ForecastGrain::Quarter;
    q.periods = 3;
    return q;
}

} // namespace

TEST_CASE("the forecast puts open prospects in the quarter of their close date, weighted by stage",
          "[core][forecast]")
{
    FakeRows rows;
    rows.add(1, Stage::Informative, Status::Active, 100'000, QDate(2026, 12, 20));
    rows.add(2, Stage::Negotiation, Status::Active, 200'000, QDate(2026, 10, 1)); // this quarter
    rows.add(3, Stage::Consulting, Status::OnHold, 50'000, QDate(2027, 2, 28));
    rows.add(4, Stage::Consulting, Status::Active, 70'000, QDate(2027, 6, 30));
    rows.add(5, Stage::Negotiation, Status::Active, 90'000, QDate(2027, 7, 1)); // beyond
    rows.add(6, Stage::Consulting, Status::Active, 10'000, QDate(2026, 9, 30)); // overdue
    rows.add(7, Stage::Informative, Status::Active, 40'000, QDate());           // undated
    rows.add(8, Stage::Negotiation, Status::Lost, 999'000, QDate(2026, 11, 1)); // not open
    rows.add(9, Stage::Partnership, Status::Won, 300'000, QDate(2026, 12, 31));
    rows.prospectsRows.back().signedOn = QDate(2026, 11, 15); // won in Q4 by its signing
    rows.add(10, Stage::Partnership, Status::Won, 500'000, QDate(2027, 1, 5)); // no signed date
    rows.add(11, Stage::Informative, Status::Active, 80'000, QDate(2027, 1, 2),
             QStringLiteral("Ravi"),
             QStringLiteral("EUR")); // no rate: unconverted

    const Forecast f = computeForecast(rows, quarterQuery());
    REQUIRE(f.periods.size() == 3);
    CHECK(f.periods[0].start == QDate(2026, 10, 1));
    CHECK(f.periods[0].end == QDate(2027, 1, 1));
    CHECK(f.periods[2].start == QDate(2027, 4, 1));
    CHECK(periodLabel(f.periods[1].start, ForecastGrain::Quarter) == QStringLiteral("2027 Q1"));

    // Q4: #1 (10 %) and #2 (60 %), and #9 won in it.
    CHECK(f.periods[0].count == 2);
    CHECK(f.periods[0].ids == std::vector<Id>{1, 2});
    CHECK(f.periods[0].valueMinor == 300'000);
    CHECK(f.periods[0].weightedMinor == 10'000 + 120'000);
    CHECK(f.periods[0].wonCount == 1);
    CHECK(f.periods[0].wonMinor == 300'000);
    // Q1: #3 on hold (30 %), #11 without a rate; #10 won by its close date.
    CHECK(f.periods[1].count == 2);
    CHECK(f.periods[1].valueMinor == 50'000);
    CHECK(f.periods[1].weightedMinor == 15'000);
    CHECK(f.periods[1].unconverted == 1);
    CHECK(f.periods[1].wonCount == 1);
    CHECK(f.periods[1].wonMinor == 500'000);
    CHECK(f.periods[2].ids == std::vector<Id>{4});
    CHECK(f.overdue.ids == std::vector<Id>{6});
    CHECK(f.overdue.weightedMinor == 3'000);
    CHECK(f.undated == 1);
    CHECK(f.undatedValueMinor == 40'000);

    const nlohmann::json j = toJson(f);
    CHECK(j.at("by") == "quarter");
    CHECK(j.at("periods")[1].at("period") == "2027 Q1");
    CHECK(j.at("periods")[1].at("end") == "2027-03-31");
    CHECK(j.at("periods")[0].at("weighted_value_minor") == 130'000);
    CHECK(j.at("overdue").at("before") == "2026-10-01");
}

TEST_CASE("a monthly forecast for one owner counts only theirs, month by month", "[core][forecast]")
{
    FakeRows rows;
    rows.add(1, Stage::Negotiation, Status::Active, 100'000, QDate(2026, 12, 31));
    rows.add(2, Stage::Negotiation, Status::Active, 100'000, QDate(2027, 1, 1));
    rows.add(3, Stage::Negotiation, Status::Active, 100'000, QDate(2027, 1, 1),
             QStringLiteral("Ravi"));
    ForecastQuery q = quarterQuery();
    q.grain = ForecastGrain::Month;
    q.periods = 2;
    q.owners = {QStringLiteral("Dana")};
    q.settings.probabilityPercent = {10, 30, 50, 100};
    const Forecast f = computeForecast(rows, q);
    REQUIRE(f.periods.size() == 2);
    CHECK(periodLabel(f.periods[0].start, ForecastGrain::Month) == QStringLiteral("Dec 2026"));
    CHECK(f.periods[0].ids == std::vector<Id>{1});
    CHECK(f.periods[1].ids == std::vector<Id>{2});
    CHECK(f.periods[1].weightedMinor == 50'000);
}

TEST_CASE("the slipped list holds the prospects whose date moved later in the period",
          "[core][forecast]")
{
    FakeRows rows;
    rows.add(1, Stage::Consulting, Status::Active, 1, QDate(2027, 2, 1));
    rows.add(2, Stage::Consulting, Status::Active, 1, QDate(2027, 1, 1));
    rows.add(3, Stage::Consulting, Status::Active, 1, QDate(2027, 1, 1));
    const qint64 day = 86400;
    const qint64 start = QDate(2026, 11, 1).startOfDay(Qt::UTC).toSecsSinceEpoch();
    rows.moves = {
        {1, start + day, QDate(2026, 12, 1), QDate(2026, 12, 21)},
        {1, start + 5 * day, QDate(2026, 12, 21), QDate(2027, 2, 1)},
        {2, start + 2 * day, QDate(2027, 2, 1), QDate(2027, 1, 1)}, // earlier: not a slip
        {3, start - day, QDate(2026, 12, 1), QDate(2027, 1, 1)},    // before the period
        {3, start + 3 * day, QDate(), QDate(2027, 1, 1)},           // first set: not a slip
    };
    const auto slipped = slippedBetween(rows, QDate(2026, 11, 1).startOfDay(Qt::UTC),
                                        QDate(2026, 12, 1).startOfDay(Qt::UTC), {});
    REQUIRE(slipped.size() == 1);
    CHECK(slipped[0].id == 1);
    CHECK(slipped[0].moves == 2);
    CHECK(slipped[0].daysLater == 20 + 42);
    CHECK(slipped[0].expectedClose == QDate(2027, 2, 1));
}

TEST_CASE("losses are counted per reason and the stage they were lost in", "[core][forecast]")
{
    FakeRows rows;
    rows.add(1, Stage::Informative, Status::Lost, 1, QDate());
    rows.prospectsRows.back().reasonCode = QStringLiteral("price");
    rows.add(2, Stage::Negotiation, Status::Lost, 1, QDate());
    rows.prospectsRows.back().reasonCode = QStringLiteral("price");
    rows.add(3, Stage::Consulting, Status::Lost, 1, QDate());
    rows.prospectsRows.back().reasonCode = QStringLiteral("gone_bust"); // not in the list
    rows.add(4, Stage::Consulting, Status::Lost, 1, QDate());           // no code
    rows.add(5, Stage::Consulting, Status::Active, 1, QDate());         // reopened since
    rows.add(6, Stage::Consulting, Status::Lost, 1, QDate());
    rows.prospectsRows.back().reasonCode = QStringLiteral("timing"); // lost before the range
    PipelineSettings settings;
    const auto losses = lossesByReason(rows, {1, 2, 3, 4, 5}, settings);
    REQUIRE(losses.size() == 3);
    CHECK(losses[0].code == QStringLiteral("price"));
    CHECK(losses[0].label == QStringLiteral("Price"));
    CHECK(losses[0].total == 2);
    CHECK(losses[0].in(Stage::Informative) == 1);
    CHECK(losses[0].in(Stage::Negotiation) == 1);
    CHECK(losses[1].label == QStringLiteral("gone_bust"));
    CHECK(losses[2].code.isEmpty());
    CHECK(losses[2].in(Stage::Consulting) == 1);
}

TEST_CASE("the reason list: defaults, keys from labels, validation, lookup by key or label",
          "[core][reasons]")
{
    const std::vector<Reason> defaults = defaultReasons();
    QStringList keys;
    for (const Reason& r : defaults)
        keys << r.key;
    CHECK(keys == QStringList{QStringLiteral("price"), QStringLiteral("timing"),
                              QStringLiteral("no_decision"), QStringLiteral("competitor"),
                              QStringLiteral("no_fit"), QStringLiteral("champion_left"),
                              QStringLiteral("other")});
    CHECK(reasonsFromText(reasonsText(defaults)) == defaults);
    CHECK(reasonsFromText(QStringLiteral("not json")) == defaults);
    CHECK(reasonKeyFor(QStringLiteral("  Budget — frozen! ")) == QStringLiteral("budget_frozen"));

    CHECK(findReason(defaults, QStringLiteral("NO DECISION"))->key ==
          QStringLiteral("no_decision"));
    CHECK(findReason(defaults, QStringLiteral("champion_left"))->label ==
          QStringLiteral("Champion left"));
    CHECK(findReason(defaults, QStringLiteral("weather")) == nullptr);

    std::vector<Reason> edited = defaults;
    edited[0].retired = true; // removed: still read, no longer chosen
    CHECK(findReason(edited, QStringLiteral("price")) == nullptr);
    CHECK(reasonLabel(edited, QStringLiteral("price")) == QStringLiteral("Price"));
    CHECK(reasonLabel(edited, QStringLiteral("unknown_code")) == QStringLiteral("unknown_code"));
    CHECK(requireReason(edited, QStringLiteral("Timing")) == QStringLiteral("timing"));
    try {
        requireReason(edited, QStringLiteral("price"));
        FAIL("a retired reason was taken");
    } catch (const ValidationError& e) {
        CHECK(e.message() ==
              QStringLiteral("There is no reason “price”; the pipeline knows timing, "
                             "no_decision, competitor, no_fit, champion_left or "
                             "other."));
    }
    edited.push_back({QStringLiteral("timing"), QStringLiteral("Later"), false});
    CHECK_THROWS_AS(validateReasons(edited), ValidationError);
    edited.back() = {QStringLiteral("later"), QStringLiteral("timing"), false};
    CHECK_THROWS_AS(validateReasons(edited), ValidationError); // a label twice, any case
    edited.back() = {QStringLiteral("Bad Key"), QStringLiteral("Fine"), false};
    CHECK_THROWS_AS(validateReasons(edited), ValidationError);
    edited.back() = {QStringLiteral("later"), QStringLiteral("Later"), false};
    CHECK_NOTHROW(validateReasons(edited));
}
