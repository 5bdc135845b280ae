#include "IoTestData.h"
#include "support/TestSupport.h"

#include "core/io/Backup.h"

using namespace accord::core;
using accord::test::ioData;

TEST_CASE("malformed backup files are refused naming the JSON path", "[io][backup]")
{
    struct Case
    {
        const char* file;
        const char* path;
        const char* says;
    };
    const Case cases[] = {
        {"backup/newer_version.json", "$.version", "newer"},
        {"backup/bad_prospect.json", "$.prospects[0]", ""},
        {"backup/truncated.json", "$", "not valid JSON"},
        {"backup/not_json.json", "$", "not valid JSON"},
        {"backup/wrong_format.json", "$.format", "not an Accord backup"},
        {"backup/bad_settings.json", "$.settings.stale_days", "list of 3"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.file);
        try {
            parseBackup(ioData(QString::fromLatin1(c.file)));
            FAIL("accepted");
        } catch (const ValidationError& e) {
            CAPTURE(e.message());
            CHECK(e.field().startsWith(QString::fromLatin1(c.path)));
            CHECK(e.message().contains(QString::fromLatin1(c.says)));
        }
    }
}

TEST_CASE("a backup from a newer schema is refused", "[io][backup]")
{
    const QByteArray bytes =
        R"({"format":"accord-backup","version":1,"schema":9,"settings":{"stale_days":[14,21,10],)"
        R"("probability_percent":[10,30,60,100],"currency":"USD"},"gate_criteria":[],"prospects":[]})";
    CHECK_NOTHROW(parseBackup(bytes, 0));
    CHECK_NOTHROW(parseBackup(bytes, 9));
    CHECK_THROWS_WITH(parseBackup(bytes, 3), Catch::Contains("schema 9"));
}

TEST_CASE("backup text is stable so parsing and writing again gives the same bytes", "[io][backup]")
{
    BackupContents c;
    c.schema = 4;
    c.criteria = defaultGateCriteria();
    Id next = 1;
    for (GateCriterion& g : c.criteria)
        g.id = next++;
    ProspectBundle b;
    b.prospect.id = 3;
    b.prospect.name = QStringLiteral("Café \"Lumière\"");
    b.prospect.createdAt = accord::test::referenceNow();
    b.prospect.updatedAt = accord::test::referenceNow();
    b.prospect.stageEnteredAt = accord::test::referenceNow();
    b.metrics.push_back(Metric{9, 3, QStringLiteral("Conversion"), 0.1, QStringLiteral("%"),
                               QStringLiteral("2025"), MetricSource::Prospect});
    c.prospects.push_back(b);
    const QByteArray first = backupToBytes(c);
    const QByteArray second = backupToBytes(parseBackup(first));
    CHECK(first == second);
    CHECK(first.startsWith("{\n  \"format\": \"accord-backup\""));
}
