#include "support/TestSupport.h"

#include "core/Parse.h"

using namespace accord::core;

TEST_CASE("dates are read in the documented forms", "[core]")
{
    const QDate expected(2026, 3, 14);
    CHECK(parseDate(QStringLiteral("2026-03-14")) == expected);
    CHECK(parseDate(QStringLiteral("14.03.2026")) == expected);
    CHECK(parseDate(QStringLiteral("03/14/2026")) == expected);
    CHECK(parseDate(QStringLiteral("14 Mar 2026")) == expected);
    CHECK(parseDate(QStringLiteral("Mar 14, 2026")) == expected);
    CHECK(parseDate(QStringLiteral(" 14 march 2026 ")) == expected);
}

TEST_CASE("impossible dates and garbage are refused", "[core]")
{
    for (const char* bad : {"2026-02-30", "2026-13-01", "2026-00-10", "2026-03-14x", "hello", "",
                            "2026-3-14", "14 Foo 2026", "31.04.2026", "2026-03-14 extra"}) {
        INFO(bad);
        CHECK_FALSE(parseDate(QString::fromUtf8(bad)).has_value());
    }
    CHECK(parseDate(QStringLiteral("2028-02-29")).has_value());
}

TEST_CASE("date-times are read in a zone and returned in UTC", "[core]")
{
    const QTimeZone berlin("Europe/Berlin");
    REQUIRE(berlin.isValid());
    const auto t = parseDateTime(QStringLiteral("2026-03-14 09:30"), berlin);
    REQUIRE(t);
    CHECK(toIsoUtc(*t) == u"2026-03-14T08:30:00Z");
    CHECK(toIsoUtc(*parseDateTime(QStringLiteral("2026-03-14T09:30:00Z"), berlin)) ==
          u"2026-03-14T09:30:00Z");
    CHECK(toIsoUtc(*parseDateTime(QStringLiteral("2026-03-14T09:30+02:00"), berlin)) ==
          u"2026-03-14T07:30:00Z");
    CHECK(toIsoUtc(*parseDateTime(QStringLiteral("2026-03-14"), QTimeZone::utc())) ==
          u"2026-03-14T00:00:00Z");
    CHECK_FALSE(parseDateTime(QStringLiteral("2026-03-14 25:00"), berlin));
    CHECK_FALSE(parseDateTime(QStringLiteral("2026-02-30 10:00"), berlin));
    CHECK_FALSE(parseDateTime(QStringLiteral("2026-03-14 10:00 tomorrow"), berlin));
}

TEST_CASE("ISO UTC timestamps round trip and reject other shapes", "[core]")
{
    const QDateTime t(QDate(2026, 6, 15), QTime(12, 0, 5), Qt::UTC);
    CHECK(toIsoUtc(t) == u"2026-06-15T12:00:05Z");
    CHECK(fromIsoUtc(toIsoUtc(t)) == t);
    CHECK(toIsoUtc(QDateTime()).isEmpty());
    CHECK_FALSE(fromIsoUtc(QStringLiteral("2026-06-15T12:00:05")));
    CHECK_FALSE(fromIsoUtc(QStringLiteral("2026-02-30T12:00:05Z")));
    CHECK_FALSE(fromIsoUtc(QStringLiteral("2026-06-15T12:00:05Z ")));
}

TEST_CASE("money is read with separators, symbols and k/M suffixes", "[core]")
{
    CHECK(parseMoneyMinor(QStringLiteral("40000")) == 4000000);
    CHECK(parseMoneyMinor(QStringLiteral("40,000.50")) == 4000050);
    CHECK(parseMoneyMinor(QStringLiteral("$40k")) == 4000000);
    CHECK(parseMoneyMinor(QStringLiteral("1.2M")) == 120000000);
    CHECK(parseMoneyMinor(QStringLiteral("€ 300")) == 30000);
    CHECK(parseMoneyMinor(QStringLiteral("300 £")) == 30000);
    CHECK(parseMoneyMinor(QStringLiteral("0.05")) == 5);
    CHECK(parseMoneyMinor(QStringLiteral("1.5k")) == 150000);
}

TEST_CASE("negative, malformed and overflowing money is refused", "[core]")
{
    for (const char* bad : {"-5", "$-5", "abc", "", "40,00", "1.234", "12k3", "1..2", "$",
                            "92233720368547758070", "99999999999999999M", "1,0000", "5 dollars"}) {
        INFO(bad);
        CHECK_FALSE(parseMoneyMinor(QString::fromUtf8(bad)).has_value());
    }
}

TEST_CASE("money is formatted for people", "[core]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(formatMoney(Money{4000000, QStringLiteral("USD")}, en) == u"$40,000");
    CHECK(formatMoney(Money{4000050, QStringLiteral("USD")}, en) == u"$40,000.50");
    CHECK(formatMoney(Money{30000, QStringLiteral("CHF")}, en).contains(u"CHF"));
    CHECK(formatMoneyShort(120000000, QStringLiteral("USD"), en) == u"$1.2M");
    CHECK(formatMoneyShort(4000000, QStringLiteral("USD"), en) == u"$40k");
    CHECK(formatMoneyShort(95000, QStringLiteral("EUR"), en) == u"€950");
    CHECK(formatMoneyShort(100000000, QStringLiteral("GBP"), en) == u"£1M");
}
