// The close date rules: which change makes a history entry, and how slippage
// is counted from the entries.

#include "core/CloseDates.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace accord::core;

namespace {

CloseChange move(const QDate& from, const QDate& to)
{
    CloseChange c;
    c.fromDate = from;
    c.toDate = to;
    return c;
}

} // namespace

TEST_CASE("a change of the close date makes a history entry, any other edit none", "[core]")
{
    Prospect before;
    before.id = 7;
    before.expectedClose = QDate(2026, 3, 31);
    Prospect after = before;
    after.name = QStringLiteral("Renamed");
    const QDateTime now(QDate(2026, 2, 1), QTime(10, 0), QTimeZone::utc());
    CHECK_FALSE(closeChangeOf(before, after, QStringLiteral("Dana"), now));

    after.expectedClose = QDate(2026, 4, 30);
    const auto c = closeChangeOf(before, after, QStringLiteral("Dana"), now);
    REQUIRE(c);
    CHECK(c->prospectId == 7);
    CHECK(c->fromDate == QDate(2026, 3, 31));
    CHECK(c->toDate == QDate(2026, 4, 30));
    CHECK(c->by == QStringLiteral("Dana"));
    CHECK(c->at == now);

    after.expectedClose = QDate();
    const auto cleared = closeChangeOf(before, after, {}, now);
    REQUIRE(cleared);
    CHECK_FALSE(cleared->toDate.isValid());
}

TEST_CASE("slippage counts the moves to a later date and the days they add up to", "[core]")
{
    CHECK(slippageOf({}) == Slippage{});
    CHECK(slippageText(slippageOf({})) == QStringLiteral("never moved"));

    // First set, later by 31, earlier by 10, cleared, set again, later by 10.
    const std::vector<CloseChange> history{
        move(QDate(), QDate(2026, 3, 1)),
        move(QDate(2026, 3, 1), QDate(2026, 4, 1)),
        move(QDate(2026, 4, 1), QDate(2026, 3, 22)),
        move(QDate(2026, 3, 22), QDate()),
        move(QDate(), QDate(2026, 5, 1)),
        move(QDate(2026, 5, 1), QDate(2026, 5, 11)),
    };
    const Slippage s = slippageOf(history);
    CHECK(s.moves == 3);
    CHECK(s.later == 2);
    CHECK(s.daysLater == 41);
    CHECK(slippageText(s) == QStringLiteral("moved later 2 times, 41 days in all"));
    CHECK(slippageText(slippageOf({history[0], history[1]})) ==
          QStringLiteral("moved later once, by 31 days"));
    CHECK(slippageText(slippageOf({history[2]})) == QStringLiteral("moved once, never later"));
}
