// Figures people read: money bounds and minor units, currency conversion,
// checked totals, days in stage, date bounds and the text rule.

#include "support/TestSupport.h"

#include "core/Money.h"
#include "core/Parse.h"
#include "core/PipelineSettings.h"
#include "core/Validation.h"

#include <QLocale>
#include <QTimeZone>

#include <limits>

using namespace accord::core;

namespace {

Prospect named(const QString& name)
{
    Prospect p;
    p.name = name;
    return p;
}

QString refusal(const Prospect& p)
{
    try {
        validate(p);
    } catch (const ValidationError& e) {
        return e.field();
    }
    return QStringLiteral("(accepted)");
}

} // namespace

TEST_CASE("a value above 10^12 major units is refused, in every currency", "[core][money]")
{
    Prospect p = named(QStringLiteral("Big"));
    p.value = Money{kMaxMoneyMajor * 100, QStringLiteral("USD")};
    CHECK(refusal(p) == QStringLiteral("(accepted)"));
    p.value.minor += 1;
    CHECK(refusal(p) == QStringLiteral("value"));
    p.value = Money{std::numeric_limits<qint64>::max(), QStringLiteral("USD")};
    CHECK(refusal(p) == QStringLiteral("value"));
    // Yen have no minor unit: 10^12 yen is 10^12 minor units.
    p.value = Money{kMaxMoneyMajor + 1, QStringLiteral("JPY")};
    CHECK(refusal(p) == QStringLiteral("value"));
}

TEST_CASE("minor units follow ISO 4217: yen have none, dinars three", "[core][money]")
{
    CHECK(minorDigits(QStringLiteral("USD")) == 2);
    CHECK(minorDigits(QStringLiteral("JPY")) == 0);
    CHECK(minorDigits(QStringLiteral("KWD")) == 3);
    CHECK(minorDigits(QStringLiteral("BHD")) == 3);
    CHECK(parseMoney(QStringLiteral("¥5,000"), QStringLiteral("USD")) ==
          Money{5000, QStringLiteral("JPY")});
    CHECK(parseMoney(QStringLiteral("5000"), QStringLiteral("JPY")) ==
          Money{5000, QStringLiteral("JPY")});
    CHECK_FALSE(parseMoney(QStringLiteral("5000.5"), QStringLiteral("JPY")).has_value());
    CHECK(parseMoney(QStringLiteral("1.5 KWD"), QStringLiteral("USD")) ==
          Money{1500, QStringLiteral("KWD")});
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    CHECK(formatMoney(Money{5000, QStringLiteral("JPY")}, en) == QStringLiteral("¥5,000"));
    CHECK(formatMoneyShort(40000, QStringLiteral("JPY"), en) == QStringLiteral("¥40k"));
    CHECK(formatMoney(Money{1500, QStringLiteral("KWD")}, en).contains(QStringLiteral("1.500")));
}

TEST_CASE("a value written with a currency symbol or code is in that currency", "[core][money]")
{
    CHECK(parseMoney(QStringLiteral("€40k"), QStringLiteral("USD")) ==
          Money{4000000, QStringLiteral("EUR")});
    CHECK(parseMoney(QStringLiteral("40k EUR"), QStringLiteral("USD")) ==
          Money{4000000, QStringLiteral("EUR")});
    CHECK(parseMoney(QStringLiteral("£1.2M"), QStringLiteral("USD")) ==
          Money{120000000, QStringLiteral("GBP")});
    CHECK(parseMoney(QStringLiteral("40k"), QStringLiteral("CHF")) ==
          Money{4000000, QStringLiteral("CHF")});
    CHECK(currencyNamedIn(QStringLiteral("€40k")) == QStringLiteral("EUR"));
    CHECK_FALSE(currencyNamedIn(QStringLiteral("40k")).has_value());
    // The cents-only reader refuses what would silently become dollars.
    CHECK_FALSE(parseMoneyMinor(QStringLiteral("¥5000")).has_value());
}

TEST_CASE("totals convert with exchange rates and count what has no rate", "[core][money]")
{
    PipelineSettings s;
    s.currency = QStringLiteral("USD");
    s.rates[QStringLiteral("EUR")] = 1.1;
    CurrencySums sums;
    sums.add(QStringLiteral("USD"), 100000);    // $1,000
    sums.add(QStringLiteral("EUR"), 100000);    // €1,000 = $1,100
    sums.add(QStringLiteral("JPY"), 500000, 2); // no rate: left out, 2 prospects
    const MoneyTotal t = s.total(sums);
    CHECK(t.minor == 210000);
    CHECK(t.count == 2);
    CHECK(t.unconverted == 2);
    CHECK_FALSE(t.overflow);

    s.rates[QStringLiteral("JPY")] = 0.0067;
    const MoneyTotal all = s.total(sums);
    CHECK(all.unconverted == 0);
    CHECK(all.minor == 210000 + 335000); // ¥500,000 × 0.0067 = $3,350
}

TEST_CASE("sums never wrap: they stop at the largest number and say so", "[core][money]")
{
    const qint64 max = std::numeric_limits<qint64>::max();
    CurrencySum sum{QStringLiteral("USD")};
    sum.add(max - 10);
    sum.add(max - 10);
    CHECK(sum.minor == max);
    CHECK(sum.overflow);
    CHECK(sum.count == 2);

    CurrencySum parts{QStringLiteral("USD")};
    parts.addParts(3, 5, 1);
    CHECK(parts.minor == (qint64{3} << 32) + 5);

    PipelineSettings s;
    const MoneyTotal t = s.total(std::vector<CurrencySum>{sum});
    CHECK(t.minor > 0);
    CHECK(t.overflow);
    CHECK(percentOf(max, 60) > 0);
}

TEST_CASE("exchange rates are read and written as plain decimals", "[core][money]")
{
    CHECK(PipelineSettings::parseRate(QStringLiteral("1.08")) == 1.08);
    CHECK(PipelineSettings::parseRate(QStringLiteral(" 0.0067 ")) == 0.0067);
    for (const char* bad : {"0", "-1", "abc", "1e5", "", "inf", "nan", "2000000000"}) {
        INFO(bad);
        CHECK_FALSE(PipelineSettings::parseRate(QString::fromLatin1(bad)).has_value());
    }
    CHECK(PipelineSettings::formatRate(1.08) == QStringLiteral("1.08"));
    CHECK(PipelineSettings::formatRate(0.00004) == QStringLiteral("0.00004"));
    CHECK(PipelineSettings::parseRate(PipelineSettings::formatRate(0.00004)) == 0.00004);
}

TEST_CASE("days in stage are whole 24-hour days, however midnight falls", "[core]")
{
    const QDateTime entered(QDate(2026, 1, 1), QTime(20, 0), Qt::UTC);
    // 61 days and 14 hours later, but 62 calendar days.
    const QDateTime now(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
    CHECK(entered.daysTo(now) == 62);
    CHECK(wholeDaysBetween(entered, now) == 61);
    CHECK(wholeDaysBetween(now, entered) == 0);
    CHECK(wholeDaysBetween(QDateTime(), now) == 0);
}

TEST_CASE("dates are bound to the years 1900-9999 after converting to UTC", "[core]")
{
    const QTimeZone newYork("America/New_York");
    REQUIRE(newYork.isValid());
    // 23:59 in New York on the last day of 9999 is year 10000 in UTC.
    CHECK_FALSE(parseDateTime(QStringLiteral("9999-12-31 23:59"), newYork).has_value());
    CHECK_FALSE(parseDateTime(QStringLiteral("9999-12-31T23:59:00-05:00")).has_value());
    CHECK(parseDateTime(QStringLiteral("9999-12-31 18:00"), newYork).has_value());
    CHECK_FALSE(parseDate(QStringLiteral("1899-12-31")).has_value());
    CHECK(parseDate(QStringLiteral("1900-01-01")).has_value());
    CHECK_FALSE(fromIsoUtc(QStringLiteral("1899-12-31T23:59:59Z")).has_value());

    Meeting m;
    m.prospectId = 1;
    m.summary = QStringLiteral("Call");
    m.occurredAt = QDateTime(QDate(9999, 12, 31), QTime(23, 59), newYork);
    CHECK_THROWS_AS(validate(m), ValidationError);
    m.occurredAt = QDateTime(QDate(1850, 1, 1), QTime(9, 0), Qt::UTC);
    CHECK_THROWS_AS(validate(m), ValidationError);
}

TEST_CASE("offsets beyond +14:00 are refused", "[core]")
{
    CHECK_FALSE(parseDateTime(QStringLiteral("2026-03-14T09:30:00+14:30")).has_value());
    CHECK_FALSE(parseDateTime(QStringLiteral("2026-03-14T09:30:00-14:30")).has_value());
    CHECK(parseDateTime(QStringLiteral("2026-03-14T09:30:00+14:00")).has_value());
    CHECK(parseDateTime(QStringLiteral("2026-03-14T09:30:00+05:45")).has_value());
}

TEST_CASE("a Partnership is won (or lost), and a won prospect is a Partnership", "[core]")
{
    Prospect p = named(QStringLiteral("Fairhaven Foods"));
    p.stage = Stage::Partnership;
    p.status = Status::Active;
    CHECK(refusal(p) == QStringLiteral("status"));
    p.status = Status::OnHold;
    CHECK(refusal(p) == QStringLiteral("status"));
    p.status = Status::Won;
    CHECK(refusal(p) == QStringLiteral("(accepted)"));
    p.status = Status::Lost;
    CHECK(refusal(p) == QStringLiteral("(accepted)"));
    p.stage = Stage::Negotiation;
    p.status = Status::Won;
    CHECK(refusal(p) == QStringLiteral("status"));
}

TEST_CASE("control characters are refused; tabs and line breaks only in multi-line text", "[core]")
{
    CHECK(refusal(named(QStringLiteral("Acme \x1b[31mRED"))) == QStringLiteral("name"));
    CHECK(refusal(named(QString::fromUtf16(u"Acme\u0000", 5))) == QStringLiteral("name"));
    CHECK(refusal(named(QString::fromUtf16(u"Acme\u009b31m"))) == QStringLiteral("name"));
    CHECK(refusal(named(QStringLiteral("Acme\tTools"))) == QStringLiteral("name"));
    CHECK(refusal(named(QStringLiteral("Acme\nTools"))) == QStringLiteral("name"));
    CHECK(refusal(named(QStringLiteral("Café Ω 🚀"))) == QStringLiteral("(accepted)"));

    Prospect p = named(QStringLiteral("Acme"));
    p.agreementSummary = QStringLiteral("Line one\r\nLine two\n\tindented");
    CHECK(refusal(p) == QStringLiteral("(accepted)"));
    p.agreementSummary = QStringLiteral("Bell\x07");
    CHECK(refusal(p) == QStringLiteral("agreement_summary"));
    p.agreementSummary = QStringLiteral("bare\rreturn");
    CHECK(refusal(p) == QStringLiteral("agreement_summary"));
    p.agreementSummary = QString::fromUtf16(u"nul\u0000", 4);
    CHECK(refusal(p) == QStringLiteral("agreement_summary"));

    Meeting m;
    m.prospectId = 1;
    m.occurredAt = accord::test::referenceNow();
    m.summary = QStringLiteral("Call");
    m.notes = QStringLiteral("Erase \x1b[2J the screen");
    CHECK_THROWS_AS(validate(m), ValidationError);
    CHECK(forbiddenCharacterAt(QStringLiteral("ab\x1b"), true) == 2);
    CHECK(forbiddenCharacterAt(QStringLiteral("a\tb\nc"), true) == -1);
}
