// accord-cli figures: exchange rates, values with a currency, days in stage and
// the search count, on the real binary.

#include "CliRun.h"
#include "support/TestSupport.h"

#include "storage/SqliteStore.h"

#include <nlohmann/json.hpp>

using nlohmann::json;
using namespace accord;
using namespace accord::core;

namespace {

using Run = accord::test::CliRun;

Run cli(const QString& db, const QStringList& args)
{
    return accord::test::runCli(db, args, {{QStringLiteral("TZ"), QStringLiteral("UTC")}});
}

Id addProspect(storage::SqliteStore& store, const QString& name, qint64 minor,
               const QString& currency, const QDateTime& entered = {})
{
    Prospect p;
    p.name = name;
    p.owner = QStringLiteral("Ana");
    p.stage = Stage::Consulting;
    p.value = Money{minor, currency};
    p.createdAt = p.updatedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    p.stageEnteredAt = entered.isValid() ? entered : p.createdAt;
    return store.prospects().add(p);
}

} // namespace

TEST_CASE("set-rate and rates keep exchange rates; report --json converts and counts the rest",
          "[cli]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("rates.sqlite"));
    {
        auto store = storage::openStore(db);
        addProspect(*store, QStringLiteral("Dollar"), 100000, QStringLiteral("USD"));
        addProspect(*store, QStringLiteral("Euro"), 100000, QStringLiteral("EUR"));
        addProspect(*store, QStringLiteral("Yen"), 500000, QStringLiteral("JPY"));
    }
    const Run set =
        cli(db, {QStringLiteral("set-rate"), QStringLiteral("eur"), QStringLiteral("1.1")});
    CHECK(set.code == 0);
    CHECK(set.out.contains(QStringLiteral("1 EUR = 1.1 USD")));
    const Run rates = cli(db, {QStringLiteral("rates"), QStringLiteral("--json")});
    REQUIRE(rates.code == 0);
    CHECK(rates.parsed() == json{{"currency", "USD"}, {"rates", {{"EUR", 1.1}}}});

    const Run report = cli(db, {QStringLiteral("report"), QStringLiteral("--json")});
    REQUIRE(report.code == 0);
    const json open = report.parsed().at("open");
    CHECK(open.at("count") == 3);
    CHECK(open.at("value_minor") == 210000);
    CHECK(open.at("unconverted") == 1);
    const Run text = cli(db, {QStringLiteral("report")});
    CHECK(text.out.contains(QStringLiteral("1 open prospect is unconverted")));

    CHECK(cli(db, {QStringLiteral("set-rate"), QStringLiteral("USD"), QStringLiteral("2")}).code ==
          1);
    CHECK(
        cli(db, {QStringLiteral("set-rate"), QStringLiteral("EUR"), QStringLiteral("abc")}).code ==
        1);
    CHECK(cli(db, {QStringLiteral("set-rate"), QStringLiteral("EURO"), QStringLiteral("1")}).code ==
          1);
    CHECK(cli(db, {QStringLiteral("set-rate"), QStringLiteral("EUR")}).code == 2);

    CHECK(cli(db, {QStringLiteral("set-rate"), QStringLiteral("EUR"), QStringLiteral("--clear")})
              .code == 0);
    CHECK(
        cli(db, {QStringLiteral("rates"), QStringLiteral("--json")}).parsed().at("rates").empty());
    CHECK(cli(db, {QStringLiteral("report"), QStringLiteral("--json")})
              .parsed()
              .at("open")
              .at("unconverted") == 2);
}

TEST_CASE("add-prospect --value with a currency sign takes that currency, never dollars", "[cli]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("value.sqlite"));
    storage::openStore(db);
    const Run euro = cli(db, {QStringLiteral("add-prospect"), QStringLiteral("--name"),
                              QStringLiteral("Lumière"), QStringLiteral("--value"),
                              QStringLiteral("€40k"), QStringLiteral("--json")});
    REQUIRE(euro.code == 0);
    const QString id = QString::number(euro.parsed().at("id").get<long long>());
    const json shown = cli(db, {QStringLiteral("show"), id, QStringLiteral("--json")}).parsed();
    CHECK(shown.at("prospect").at("value") == json{{"minor", 4000000}, {"currency", "EUR"}});

    const Run yen =
        cli(db, {QStringLiteral("add-prospect"), QStringLiteral("--name"), QStringLiteral("Kobe"),
                 QStringLiteral("--value"), QStringLiteral("5000"), QStringLiteral("--currency"),
                 QStringLiteral("JPY"), QStringLiteral("--json")});
    REQUIRE(yen.code == 0);
    const QString yenId = QString::number(yen.parsed().at("id").get<long long>());
    CHECK(cli(db, {QStringLiteral("show"), yenId, QStringLiteral("--json")})
              .parsed()
              .at("prospect")
              .at("value") == json{{"minor", 5000}, {"currency", "JPY"}});

    const Run clash =
        cli(db, {QStringLiteral("add-prospect"), QStringLiteral("--name"), QStringLiteral("Clash"),
                 QStringLiteral("--value"), QStringLiteral("€40k"), QStringLiteral("--currency"),
                 QStringLiteral("USD")});
    CHECK(clash.code == 1);
    CHECK(clash.err.contains(QStringLiteral("EUR")));
    const Run huge =
        cli(db, {QStringLiteral("add-prospect"), QStringLiteral("--name"), QStringLiteral("Huge"),
                 QStringLiteral("--value"), QStringLiteral("92233720368547758")});
    CHECK(huge.code == 1);
    CHECK(huge.err.contains(QStringLiteral("too large")));
    const Run escape = cli(db, {QStringLiteral("add-prospect"), QStringLiteral("--name"),
                                QStringLiteral("Evil\x1b[31mRed")});
    CHECK(escape.code == 1);
    CHECK(escape.err.contains(QStringLiteral("U+001B")));
}

TEST_CASE("list counts days in stage as the board does: whole 24-hour days", "[cli]")
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.time() > QTime(23, 58))
        return; // the minute before midnight cannot tell the two definitions apart
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("days.sqlite"));
    {
        auto store = storage::openStore(db);
        // 62 calendar days ago, late in the day: 61 whole days and some hours.
        addProspect(*store, QStringLiteral("Late"), 0, QStringLiteral("USD"),
                    QDateTime(now.date().addDays(-62), QTime(23, 59, 30), Qt::UTC));
    }
    const json rows = cli(db, {QStringLiteral("list"), QStringLiteral("--json")}).parsed();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).at("days_in_stage") == 61);
}

TEST_CASE("search says how many matched beyond the page: 50 of 312 matches", "[cli]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("search.sqlite"));
    {
        auto store = storage::openStore(db);
        const Id pid = addProspect(*store, QStringLiteral("Quayside"), 0, QStringLiteral("USD"));
        store->transaction([&] {
            for (int i = 0; i < 312; ++i) {
                Meeting m;
                m.prospectId = pid;
                m.occurredAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(i * 60);
                m.summary = QStringLiteral("Warehouse review %1").arg(i);
                store->meetings().add(m);
            }
        });
    }
    const Run search = cli(db, {QStringLiteral("search"), QStringLiteral("warehouse")});
    REQUIRE(search.code == 0);
    CHECK(search.out.endsWith(QStringLiteral("50 of 312 matches\n")));
    // Newest first: the last meeting of the day heads the list.
    CHECK(search.out.section(u'\n', 0, 0).contains(QStringLiteral("review 311")));
    const Run few = cli(db, {QStringLiteral("search"), QStringLiteral("warehouse"),
                             QStringLiteral("--limit"), QStringLiteral("400")});
    CHECK(few.out.endsWith(QStringLiteral("312 matches\n")));
}

TEST_CASE("list, search and show never print control characters stored before the text rule",
          "[cli]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("escape.sqlite"));
    {
        auto store = storage::openStore(db);
        // Written straight to the store, as an older Accord let it in.
        const Id id =
            addProspect(*store, QStringLiteral("Evil\x1b[2J\x1b[31mRed"), 0, QStringLiteral("USD"));
        Prospect p = *store->prospects().find(id);
        p.owner = QStringLiteral("Ana\x1b]0;owned\x07");
        p.industry = QStringLiteral("Retail\x1b[5m");
        store->prospects().update(p);
        Activity next;
        next.prospectId = id;
        next.title = QStringLiteral("Call\x1b[8m");
        next.dueOn = QDate::currentDate();
        store->activities().add(next);
        store->prospects().setTags(id, {QStringLiteral("hot\x1b[1m")});
        Contact c;
        c.prospectId = id;
        c.name = QStringLiteral("Maria\x1b[2K");
        c.email = QStringLiteral("m@x.example\x1b[0m");
        store->prospects().addContact(c);
        Meeting m;
        m.prospectId = id;
        m.occurredAt = QDateTime::currentDateTimeUtc().addDays(-1);
        m.summary = QStringLiteral("Kick-off\x1b[31m");
        store->meetings().add(m);
    }
    const Run list = cli(db, {QStringLiteral("list")});
    REQUIRE(list.code == 0);
    CHECK_FALSE(list.out.contains(QChar(0x1b)));
    CHECK(list.out.contains(QStringLiteral("Evil\uFFFD[2J")));
    const Run search = cli(db, {QStringLiteral("search"), QStringLiteral("evil")});
    CHECK_FALSE(search.out.contains(QChar(0x1b)));
    const Run show = cli(db, {QStringLiteral("show"), QStringLiteral("1")});
    REQUIRE(show.code == 0);
    CHECK_FALSE(show.out.contains(QChar(0x1b)));
    CHECK_FALSE(show.out.contains(QChar(0x07)));
    CHECK(show.out.contains(QStringLiteral("Kick-off\uFFFD[31m")));
    CHECK(show.out.contains(QStringLiteral("Maria\uFFFD[2K")));
}

TEST_CASE("a currency code that is not one is refused with one sentence for a value and for a "
          "rate",
          "[cli]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(QStringLiteral("codes.sqlite")));
    const QString sentence =
        QStringLiteral("“EURO” is not a three-letter currency code such as EUR.");
    const Run value =
        cli(db, {QStringLiteral("add-prospect"), QStringLiteral("--name"), QStringLiteral("Euro"),
                 QStringLiteral("--value"), QStringLiteral("40000"), QStringLiteral("--currency"),
                 QStringLiteral("EURO")});
    CHECK(value.code == 1);
    CHECK(value.err.contains(sentence));
    const Run rate =
        cli(db, {QStringLiteral("set-rate"), QStringLiteral("EURO"), QStringLiteral("1.1")});
    CHECK(rate.code == 1);
    CHECK(rate.err.contains(sentence));
}
