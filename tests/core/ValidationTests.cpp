#include "support/TestSupport.h"

#include "core/Validation.h"

#include <QLocale>

#include <limits>

using namespace accord::core;

namespace {

Prospect goodProspect()
{
    Prospect p;
    p.name = QStringLiteral("Halvorsen Tools");
    return p;
}

Meeting goodMeeting()
{
    Meeting m;
    m.prospectId = 1;
    m.occurredAt = accord::test::referenceNow();
    m.summary = QStringLiteral("Intro call");
    m.durationMinutes = 30;
    return m;
}

template <typename T> QString failureField(const T& value)
{
    try {
        validate(value);
    } catch (const ValidationError& e) {
        CHECK_FALSE(e.message().isEmpty());
        return e.field();
    }
    return {};
}

} // namespace

TEST_CASE("a prospect needs a non-blank name within the length limit", "[core]")
{
    CHECK_NOTHROW(validate(goodProspect()));
    Prospect p = goodProspect();
    p.name = QStringLiteral("   ");
    CHECK(failureField(p) == u"name");
    p.name = QString(kMaxNameLength, QLatin1Char('x'));
    CHECK_NOTHROW(validate(p));
    p.name += QLatin1Char('x');
    CHECK(failureField(p) == u"name");
}

TEST_CASE("odd but legitimate text passes unchanged", "[core]")
{
    const QStringList names{QStringLiteral("O'Brien & \"Sons\""), QStringLiteral("Café 🚀 Supplies"),
                            QStringLiteral("شركة التوريد"),
                            QStringLiteral("'); DROP TABLE prospect;--"),
                            QStringLiteral("<b>bold</b>")};
    for (const QString& name : names) {
        Prospect p = goodProspect();
        p.name = name;
        CHECK_NOTHROW(validate(p));
        CHECK(p.name == name);
        Meeting m = goodMeeting();
        m.notes = name;
        CHECK_NOTHROW(validate(m));
    }
}

TEST_CASE("long texts over the limit are refused with the field and the limit named", "[core]")
{
    Meeting m = goodMeeting();
    m.notes = QString(kMaxLongText, QLatin1Char('n'));
    CHECK_NOTHROW(validate(m));
    m.notes = QString(10'000'000, QLatin1Char('n'));
    try {
        validate(m);
        FAIL("no error");
    } catch (const ValidationError& e) {
        const QLocale locale;
        CHECK(e.field() == u"notes");
        CHECK(e.message() == QStringLiteral("Notes are too long: %1 characters (the limit is %2).")
                                 .arg(locale.toString(10'000'000), locale.toString(kMaxLongText)));
    }
    Prospect p = goodProspect();
    p.agreementSummary = QString(kMaxLongText + 1, QLatin1Char('a'));
    CHECK(failureField(p) == u"agreement_summary");
    Contact c;
    c.name = QStringLiteral("Maya");
    c.title = QString(kMaxShortText + 1, QLatin1Char('t'));
    CHECK(failureField(c) == u"title");
}

TEST_CASE("emails are checked loosely and only when given", "[core]")
{
    Contact c;
    c.name = QStringLiteral("Maya Lindgren");
    CHECK_NOTHROW(validate(c));
    c.email = QStringLiteral("maya@northwind.example");
    CHECK_NOTHROW(validate(c));
    for (const char* bad : {"maya", "maya @x.example", "@x.example", "maya@"}) {
        c.email = QString::fromUtf8(bad);
        CHECK(failureField(c) == u"email");
    }
    c.name.clear();
    c.email.clear();
    CHECK(failureField(c) == u"name");
}

TEST_CASE("a meeting needs a prospect, a valid time, a summary and a sane duration", "[core]")
{
    CHECK_NOTHROW(validate(goodMeeting()));
    Meeting m = goodMeeting();
    m.prospectId = kNoId;
    CHECK(failureField(m) == u"prospect_id");
    m = goodMeeting();
    m.occurredAt = QDateTime();
    CHECK(failureField(m) == u"occurred_at");
    m = goodMeeting();
    m.summary = QStringLiteral(" \n");
    CHECK(failureField(m) == u"summary");
    m = goodMeeting();
    m.durationMinutes = 1441;
    CHECK(failureField(m) == u"duration_minutes");
    m.durationMinutes = -1;
    CHECK(failureField(m) == u"duration_minutes");
    m.durationMinutes = 1440;
    CHECK_NOTHROW(validate(m));
}

TEST_CASE("stance, priorities, metric values and money stay in range", "[core]")
{
    Negotiation n;
    CHECK_NOTHROW(validate(n));
    n.stance = 6;
    CHECK(failureField(n) == u"stance");
    n.stance = 0;
    CHECK(failureField(n) == u"stance");
    n = Negotiation{};
    n.levers[2].theirPriority = 6;
    CHECK(failureField(n) == u"their_priority");
    n = Negotiation{};
    n.levers.pop_back();
    CHECK(failureField(n) == u"levers");

    Metric metric;
    metric.name = QStringLiteral("Online revenue");
    metric.value = std::numeric_limits<double>::quiet_NaN();
    CHECK(failureField(metric) == u"value");
    metric.value = std::numeric_limits<double>::infinity();
    CHECK(failureField(metric) == u"value");
    metric.value = -3.5;
    CHECK_NOTHROW(validate(metric));

    Prospect p = goodProspect();
    p.value.minor = -1;
    CHECK(failureField(p) == u"value");
    p.value = Money{100, QStringLiteral("usd")};
    CHECK(failureField(p) == u"currency");
    p.value = Money{100, QStringLiteral("EUR")};
    p.website.clear();
    CHECK_NOTHROW(validate(p));
}

TEST_CASE("the other records need their title or item", "[core]")
{
    CHECK(failureField(Insight{}) == u"title");
    CHECK(failureField(DataRequest{}) == u"item");
    CHECK(failureField(Opportunity{}) == u"title");
    CHECK(failureField(Tradable{}) == u"item");
    GateCriterion c;
    CHECK(failureField(c) == u"label");
    c.label = QStringLiteral("Reference call done");
    CHECK_NOTHROW(validate(c));
    c.stage = Stage::Partnership;
    CHECK(failureField(c) == u"stage");
}

TEST_CASE("a value and the pipeline settings refuse a currency code with the same sentence",
          "[core]")
{
    const QString sentence =
        QStringLiteral("“usd” is not a three-letter currency code such as EUR.");
    Prospect p;
    p.name = QStringLiteral("Northwind");
    p.value = Money{100, QStringLiteral("usd")};
    try {
        validate(p);
        FAIL("a value in \"usd\" was accepted");
    } catch (const ValidationError& e) {
        CHECK(e.field() == QStringLiteral("currency"));
        CHECK(e.message() == sentence);
    }
    try {
        validateCurrencyCode(QStringLiteral("usd"), QStringLiteral("rate.usd"));
        FAIL("\"usd\" was taken for a currency code");
    } catch (const ValidationError& e) {
        CHECK(e.field() == QStringLiteral("rate.usd"));
        CHECK(e.message() == sentence);
    }
    CHECK_NOTHROW(validateCurrencyCode(QStringLiteral("USD")));
}
