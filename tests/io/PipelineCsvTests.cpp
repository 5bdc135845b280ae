#include "support/TestSupport.h"

#include "core/io/PipelineCsv.h"

#include <QTimeZone>

using namespace accord::core;

TEST_CASE("the pipeline CSV has one row per prospect with the documented columns", "[io][csv]")
{
    const QDateTime now = accord::test::referenceNow();
    ProspectRow row;
    row.prospect.id = 7;
    row.prospect.name = QStringLiteral("=HYPERLINK(\"http://evil\")");
    row.prospect.owner = QStringLiteral("Dana");
    row.prospect.industry = QStringLiteral("Retail, online");
    row.prospect.segment = QStringLiteral("Mid-market");
    row.prospect.stage = Stage::Consulting;
    row.prospect.value = Money{4000050, QStringLiteral("EUR")};
    row.prospect.stageEnteredAt = now.addDays(-12);
    row.nextActivity = Activity{};
    row.nextActivity->title = QStringLiteral("-send deck");
    row.nextActivity->dueOn = QDate(2026, 6, 20);
    row.nextActivity->dueMinute = 9 * 60 + 30;
    row.lastMeetingAt = QDateTime(QDate(2026, 6, 1), QTime(9, 30), QTimeZone::utc());
    row.gateMet = 2;
    row.gateTotal = 3;

    const QByteArray bytes = pipelineCsv({row}, now);
    const CsvTable t = readCsv(bytes);
    CHECK(t.header == pipelineCsvHeader());
    REQUIRE(t.rows.size() == 1);
    const QStringList& r = t.rows[0];
    CHECK(r[0] == QStringLiteral("7"));
    CHECK(r[1] == QStringLiteral("'=HYPERLINK(\"http://evil\")"));
    CHECK(r[3] == QStringLiteral("Retail, online"));
    CHECK(r[5] == stageName(Stage::Consulting));
    CHECK(r[6] == statusName(Status::Active));
    CHECK(r[7] == QStringLiteral("40000.50"));
    CHECK(r[8] == QStringLiteral("EUR"));
    CHECK(r[9] == QStringLiteral("12"));
    CHECK(r[10] == QStringLiteral("2026-06-01T09:30:00Z"));
    CHECK(r[11] == QStringLiteral("'-send deck"));
    CHECK(r[12] == QStringLiteral("2026-06-20 09:30"));
    CHECK(r[13] == QStringLiteral("2 of 3"));
    CHECK(bytes.endsWith("\r\n"));
}

TEST_CASE("money in the pipeline CSV is a plain decimal", "[io][csv]")
{
    CHECK(minorToDecimal(0) == QStringLiteral("0.00"));
    CHECK(minorToDecimal(5) == QStringLiteral("0.05"));
    CHECK(minorToDecimal(-150) == QStringLiteral("-1.50"));
    CHECK(minorToDecimal(123456789) == QStringLiteral("1234567.89"));
}
