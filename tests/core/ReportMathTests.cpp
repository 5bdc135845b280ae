// The pure helpers of the review: percentiles and UTC weeks.

#include "support/TestSupport.h"

#include "core/Report.h"

using namespace accord::core;

TEST_CASE("percentile interpolates between closest ranks", "[core][report]")
{
    CHECK(percentile({}, 0.5) == 0.0);
    CHECK(percentile({7.0}, 0.5) == 7.0);
    CHECK(percentile({7.0}, 0.75) == 7.0);
    CHECK(percentile({1.0, 2.0, 3.0, 4.0}, 0.5) == Approx(2.5));
    CHECK(percentile({1.0, 2.0, 3.0, 4.0}, 0.75) == Approx(3.25));
    CHECK(percentile({10.5, 120.5}, 0.75) == Approx(93.0));
    CHECK(percentile({3.0, 10.0, 20.0}, 0.5) == Approx(10.0));
    CHECK(percentile({3.0, 10.0, 20.0}, 0.75) == Approx(15.0));
    CHECK(percentile({1.0, 2.0}, 0.0) == 1.0);
    CHECK(percentile({1.0, 2.0}, 1.0) == 2.0);
    CHECK(percentile({1.0, 2.0}, 7.0) == 2.0); // clamped
}

TEST_CASE("weeks start on Monday in UTC", "[core][report]")
{
    CHECK(weekStartOf(QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC)) == QDate(2026, 4, 27));
    CHECK(weekStartOf(QDateTime(QDate(2026, 5, 4), QTime(0, 0), Qt::UTC)) == QDate(2026, 5, 4));
    CHECK(weekStartOf(QDateTime(QDate(2026, 5, 10), QTime(23, 59), Qt::UTC)) == QDate(2026, 5, 4));
}

TEST_CASE("win rate is undefined until something closed", "[core][report]")
{
    PipelineReport r;
    CHECK_FALSE(r.winRate());
    r.won = 3;
    r.lost = 1;
    CHECK(*r.winRate() == Approx(0.75));
}

TEST_CASE("conversion shares are of those that entered", "[core][report]")
{
    Conversion c;
    CHECK(c.advancedRate() == 0.0);
    c.entered = {1, 2, 3, 4};
    c.advanced = {1};
    c.lost = {2, 3};
    CHECK(c.advancedRate() == Approx(0.25));
    CHECK(c.lostRate() == Approx(0.5));
    CHECK(c.open() == 1);
}
