// The method's workspaces in core: the win-win check and the gap table.

#include "support/TestSupport.h"

#include "core/GapAnalysis.h"
#include "core/WinWin.h"

using namespace accord::core;

namespace {

LeverPosition& lever(Negotiation& n, Lever l)
{
    return n.levers.at(static_cast<std::size_t>(l));
}

Tradable tradable(Side side, const QString& item)
{
    Tradable t;
    t.prospectId = 1;
    t.side = side;
    t.item = item;
    return t;
}

Negotiation discussed()
{
    Negotiation n;
    n.prospectId = 1;
    for (auto& l : n.levers) {
        l.ourPosition = QStringLiteral("our view");
        l.theirPosition = QStringLiteral("their view");
    }
    return n;
}

Metric metric(const QString& name, double value, MetricSource source,
              const QString& unit = QStringLiteral("USD"),
              const QString& period = QStringLiteral("2025"))
{
    Metric m;
    m.prospectId = 1;
    m.name = name;
    m.value = value;
    m.unit = unit;
    m.period = period;
    m.source = source;
    return m;
}

} // namespace

TEST_CASE("an empty worksheet is not judged and raises no warning", "[core][winwin]")
{
    const WinWinCheck c = checkWinWin(Negotiation{});
    CHECK(c.state == WinWinState::NotStarted);
    CHECK(c.warnings.empty());
    CHECK_FALSE(c.ok());
    CHECK_FALSE(c.summary.isEmpty());
}

TEST_CASE("levers discussed without any concession warn that nobody has conceded", "[core][winwin]")
{
    const WinWinCheck c = checkWinWin(discussed());
    CHECK(c.state == WinWinState::Warning);
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0].kind == WinWinWarningKind::NoConcessions);
    CHECK(c.warnings[0].message.contains(QStringLiteral("neither side")));
}

TEST_CASE("concessions only on our side warn and suggest what they could give", "[core][winwin]")
{
    Negotiation n = discussed();
    lever(n, Lever::Money).ourConcession = QStringLiteral("10% off the first year");
    lever(n, Lever::Time).ourConcession = QStringLiteral("Launch in six weeks");

    WinWinCheck c = checkWinWin(n);
    REQUIRE(c.has(WinWinWarningKind::OnlyWeConcede));
    CHECK_FALSE(c.has(WinWinWarningKind::OnlyTheyConcede));
    CHECK(c.warnings[0].message.contains(QStringLiteral("Money")));
    CHECK(c.warnings[0].message.contains(QStringLiteral("Time")));
    CHECK(c.ourConcessions == std::vector<Lever>{Lever::Money, Lever::Time});

    const Tradable theirs = tradable(Side::Theirs, QStringLiteral("A public case study"));
    const Tradable ours = tradable(Side::Ours, QStringLiteral("Extra training days"));
    c = checkWinWin(n, {ours, theirs});
    CHECK(c.warnings[0].message.contains(QStringLiteral("A public case study")));
    CHECK_FALSE(c.warnings[0].message.contains(QStringLiteral("Extra training days")));
}

TEST_CASE("concessions only on their side warn and suggest what we could offer", "[core][winwin]")
{
    Negotiation n = discussed();
    lever(n, Lever::Rights).theirConcession = QStringLiteral("Exclusive for two years");
    const Tradable ours = tradable(Side::Ours, QStringLiteral("Extra training days"));
    const WinWinCheck c = checkWinWin(n, {ours});
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0].kind == WinWinWarningKind::OnlyTheyConcede);
    CHECK(c.warnings[0].message.contains(QStringLiteral("Rights")));
    CHECK(c.warnings[0].message.contains(QStringLiteral("Extra training days")));
}

TEST_CASE("blank concessions do not count as concessions", "[core][winwin]")
{
    Negotiation n = discussed();
    lever(n, Lever::Money).ourConcession = QStringLiteral("   ");
    lever(n, Lever::Risk).theirConcession = QStringLiteral("Shared liability cap");
    const WinWinCheck c = checkWinWin(n);
    CHECK(c.has(WinWinWarningKind::OnlyTheyConcede));
    CHECK(c.ourConcessions.empty());
}

TEST_CASE("concessions on both sides over several levers are a win-win", "[core][winwin]")
{
    Negotiation n = discussed();
    lever(n, Lever::Money).ourPriority = 5;
    lever(n, Lever::Money).theirPriority = 5;
    lever(n, Lever::Money).ourConcession = QStringLiteral("Volume discount");
    lever(n, Lever::Time).theirConcession = QStringLiteral("Three-year term");
    const WinWinCheck c = checkWinWin(n);
    CHECK(c.ok());
    CHECK(c.state == WinWinState::Balanced);
    CHECK(c.warnings.empty());
}

TEST_CASE("one lever top for both sides while no other lever moves is a contest", "[core][winwin]")
{
    Negotiation n = discussed();
    lever(n, Lever::Money).ourPriority = 5;
    lever(n, Lever::Money).theirPriority = 4;
    lever(n, Lever::Time).ourPriority = 2;
    lever(n, Lever::Time).theirPriority = 3;
    // Both sides give something, but only on money.
    lever(n, Lever::Money).ourConcession = QStringLiteral("5% off");
    lever(n, Lever::Money).theirConcession = QStringLiteral("Pay upfront");

    WinWinCheck c = checkWinWin(n);
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0].kind == WinWinWarningKind::SingleLeverContest);
    REQUIRE(c.warnings[0].lever == Lever::Money);
    CHECK(c.warnings[0].message.contains(QStringLiteral("Money")));
    CHECK(c.warnings[0].message.contains(QStringLiteral("Risk")));
    CHECK(c.state == WinWinState::Warning);

    SECTION("a concession on another lever, by either side, clears it")
    {
        lever(n, Lever::Risk).theirConcession = QStringLiteral("They carry the migration risk");
        c = checkWinWin(n);
        CHECK(c.ok());
    }
    SECTION("different top levers are no contest")
    {
        lever(n, Lever::Time).theirPriority = 5;
        c = checkWinWin(n);
        CHECK(c.ok());
    }
    SECTION("priorities alone, with nothing discussed, still flag the contest")
    {
        Negotiation fresh;
        lever(fresh, Lever::Rights).ourPriority = 3;
        lever(fresh, Lever::Rights).theirPriority = 3;
        c = checkWinWin(fresh);
        REQUIRE(c.warnings.size() == 1);
        CHECK(c.warnings[0].kind == WinWinWarningKind::SingleLeverContest);
        CHECK(c.warnings[0].lever == Lever::Rights);
    }
}

TEST_CASE("a one-sided contest raises both warnings at once", "[core][winwin]")
{
    Negotiation n = discussed();
    lever(n, Lever::Money).ourPriority = 5;
    lever(n, Lever::Money).theirPriority = 5;
    lever(n, Lever::Money).ourConcession = QStringLiteral("20% off");
    const WinWinCheck c = checkWinWin(n);
    CHECK(c.has(WinWinWarningKind::OnlyWeConcede));
    CHECK(c.has(WinWinWarningKind::SingleLeverContest));
    CHECK(c.summary.contains(QStringLiteral("2")));
}

TEST_CASE("top priority levers follow ties and ignore unset priorities", "[core][winwin]")
{
    Negotiation n;
    CHECK(topPriorityLevers(n, Side::Ours).empty());
    lever(n, Lever::Time).ourPriority = 4;
    lever(n, Lever::Risk).ourPriority = 4;
    lever(n, Lever::Money).ourPriority = 1;
    CHECK(topPriorityLevers(n, Side::Ours) == std::vector<Lever>{Lever::Time, Lever::Risk});
    CHECK(topPriorityLevers(n, Side::Theirs).empty());
}

TEST_CASE("the gap table lines up prospect figures with same-name same-period benchmarks",
          "[core][gap]")
{
    const std::vector<Metric> metrics{
        metric(QStringLiteral("Online revenue"), 800'000, MetricSource::Prospect),
        metric(QStringLiteral(" online REVENUE "), 1'000'000, MetricSource::Industry),
        metric(QStringLiteral("Online revenue"), 1'200'000, MetricSource::Competitor),
        metric(QStringLiteral("Online revenue"), 5, MetricSource::Industry, QStringLiteral("USD"),
               QStringLiteral("2024")), // other period: not a benchmark of this figure
        metric(QStringLiteral("Conversion rate"), 2.5, MetricSource::Competitor,
               QStringLiteral("%")),
    };
    const auto rows = gapAnalysis(metrics);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].benchmark->source == MetricSource::Industry);
    CHECK(rows[0].difference == Approx(-200'000));
    CHECK(*rows[0].percent == Approx(-20.0));
    CHECK_FALSE(rows[0].refused());
    CHECK(rows[1].benchmark->source == MetricSource::Competitor);
    CHECK(*rows[1].difference == Approx(-400'000));
    CHECK(*rows[1].percent == Approx(-33.3333));
}

TEST_CASE("a prospect figure without a benchmark gives a row with no benchmark", "[core][gap]")
{
    const auto rows = gapAnalysis({metric(QStringLiteral("Unique visits"), 40'000,
                                          MetricSource::Prospect, QStringLiteral("visits"))});
    REQUIRE(rows.size() == 1);
    CHECK_FALSE(rows[0].benchmark.has_value());
    CHECK_FALSE(rows[0].difference.has_value());
    CHECK_FALSE(rows[0].percent.has_value());
    CHECK_FALSE(rows[0].refused());
}

TEST_CASE("a zero on either side leaves the percentage undefined, never inf or NaN", "[core][gap]")
{
    SECTION("zero benchmark")
    {
        const auto rows =
            gapAnalysis({metric(QStringLiteral("Returns"), 12, MetricSource::Prospect),
                         metric(QStringLiteral("Returns"), 0, MetricSource::Industry)});
        REQUIRE(rows.size() == 1);
        CHECK(*rows[0].difference == Approx(12));
        CHECK_FALSE(rows[0].percent.has_value());
    }
    SECTION("zero prospect value")
    {
        const auto rows =
            gapAnalysis({metric(QStringLiteral("Returns"), 0, MetricSource::Prospect),
                         metric(QStringLiteral("Returns"), 30, MetricSource::Competitor)});
        REQUIRE(rows.size() == 1);
        CHECK(*rows[0].difference == Approx(-30));
        CHECK_FALSE(rows[0].percent.has_value());
    }
    SECTION("a negative benchmark divides by its magnitude")
    {
        const GapRow r =
            compareMetric(metric(QStringLiteral("Margin"), -5, MetricSource::Prospect),
                          metric(QStringLiteral("Margin"), -10, MetricSource::Industry));
        CHECK(*r.percent == Approx(50.0)); // 5 points better than a −10 benchmark
    }
}

TEST_CASE("mismatched units are refused with a message and no numbers", "[core][gap]")
{
    const Metric p = metric(QStringLiteral("Online revenue"), 800, MetricSource::Prospect,
                            QStringLiteral("kUSD"));
    const Metric b = metric(QStringLiteral("Online revenue"), 1'000'000, MetricSource::Industry,
                            QStringLiteral("USD"));
    const Metric c = metric(QStringLiteral("Online revenue"), 900, MetricSource::Competitor,
                            QStringLiteral(" kusd "));
    CHECK_THROWS_AS(compareMetric(p, b), ValidationError);
    const auto rows = gapAnalysis({p, b, c});
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].refused());
    CHECK(rows[0].error.contains(QStringLiteral("kUSD")));
    CHECK(rows[0].error.contains(QStringLiteral("USD")));
    CHECK_FALSE(rows[0].difference.has_value());
    CHECK_FALSE(rows[0].percent.has_value());
    CHECK_FALSE(rows[1].refused()); // same unit despite case and spaces
    CHECK(*rows[1].difference == Approx(-100));

    const Metric unitless =
        metric(QStringLiteral("Online revenue"), 1, MetricSource::Industry, QString());
    CHECK_THROWS_AS(compareMetric(p, unitless), ValidationError);
}

TEST_CASE("the data-request presets are the method's four items", "[core]")
{
    CHECK(dataRequestPresets() ==
          QStringList{QStringLiteral("Online revenue"), QStringLiteral("Number of orders"),
                      QStringLiteral("Abandoned carts"), QStringLiteral("Unique visits")});
}
