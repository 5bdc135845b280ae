#include "IoTestData.h"
#include "support/TestSupport.h"

#include "core/io/Backup.h"

using namespace accord::core;
using accord::test::ioData;

namespace {

/// A bundle of one prospect with the times every stored prospect has.
ProspectBundle storedProspect(Id id, const QString& name)
{
    ProspectBundle b;
    b.prospect.id = id;
    b.prospect.name = name;
    b.prospect.createdAt = accord::test::referenceNow();
    b.prospect.updatedAt = accord::test::referenceNow();
    b.prospect.stageEnteredAt = accord::test::referenceNow();
    return b;
}

} // namespace

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
    ProspectBundle b = storedProspect(3, QStringLiteral("Café \"Lumière\""));
    b.metrics.push_back(Metric{9, 3, QStringLiteral("Conversion"), 0.1, QStringLiteral("%"),
                               QStringLiteral("2025"), MetricSource::Prospect});
    c.prospects.push_back(b);
    const QByteArray first = backupToBytes(c);
    const QByteArray second = backupToBytes(parseBackup(first));
    CHECK(first == second);
    CHECK(first.startsWith("{\n  \"format\": \"accord-backup\""));
}

TEST_CASE("a backup row that names a meeting or contact its prospect does not have is refused at "
          "that row",
          "[io][backup]")
{
    BackupContents c;
    ProspectBundle b = storedProspect(3, QStringLiteral("Northwind"));
    Contact contact;
    contact.id = 5;
    contact.prospectId = 3;
    contact.name = QStringLiteral("Ana Ruiz");
    b.contacts.push_back(contact);
    Insight insight;
    insight.id = 7;
    insight.prospectId = 3;
    insight.title = QStringLiteral("Checkout drop-off");
    b.insights.push_back(insight);
    Opportunity opportunity;
    opportunity.id = 8;
    opportunity.prospectId = 3;
    opportunity.title = QStringLiteral("Faster reorders");
    opportunity.championContactId = 5;
    b.opportunities.push_back(opportunity);
    c.prospects.push_back(b);
    CHECK_NOTHROW(parseBackup(backupToBytes(c)));

    const auto refusedAt = [&c](const char* field, const char* says) {
        try {
            parseBackup(backupToBytes(c));
            FAIL("accepted");
        } catch (const ValidationError& e) {
            CHECK(e.field() == QLatin1String(field));
            CHECK(e.message().contains(QLatin1String(says)));
        }
    };
    SECTION("an insight presented at a meeting that is not there")
    {
        c.prospects[0].insights[0].meetingId = 40;
        refusedAt("$.prospects[0].insights[0].meeting_id", "meeting 40");
    }
    SECTION("an opportunity whose champion is not a contact of the prospect")
    {
        c.prospects[0].opportunities[0].championContactId = 41;
        refusedAt("$.prospects[0].opportunities[0].champion_contact_id", "contact 41");
    }
}

TEST_CASE("a backup's attachment content is checked: bad base64, a size that does not match, "
          "an empty or too large file, a link to a request the prospect does not have",
          "[io][backup]")
{
    BackupContents contents;
    ProspectBundle b = storedProspect(1, QStringLiteral("Northwind"));
    Attachment a;
    a.info = {
        7, 1, QStringLiteral("data.bin"), 5, QStringLiteral("dana"), accord::test::referenceNow(),
        {}};
    a.bytes = QByteArray("\0a\0b\xff", 5);
    b.attachments.push_back(a);
    contents.prospects.push_back(b);
    const QByteArray good = backupToBytes(contents);
    const BackupContents parsed = parseBackup(good);
    REQUIRE(parsed.prospects.at(0).attachments.size() == 1);
    CHECK(parsed.prospects[0].attachments[0] == a);
    CHECK(backupToBytes(parsed) == good);
    const QByteArray encoded = a.bytes.toBase64();
    REQUIRE(good.contains("\"content_base64\": \"" + encoded + "\""));

    struct Case
    {
        QByteArray from;
        QByteArray to;
        const char* path;
        const char* says;
    };
    const Case cases[] = {
        {"\"content_base64\": \"" + encoded + "\"", "\"content_base64\": \"AGEAYv*=\"",
         "$.prospects[0].attachments[0].content_base64", "not valid base64"},
        {"\"size\": 5", "\"size\": 6", "$.prospects[0].attachments[0].content_base64",
         "holds 5 bytes, but the attachment's size says 6"},
        {"\"size\": 5", "\"size\": 0", "$.prospects[0].attachments[0].size", "is empty"},
        {"\"size\": 5", "\"size\": 26214401", "$.prospects[0].attachments[0].size",
         "at most 25 MB"},
        {"\"link\": \"\"", "\"link\": \"data-request:3\"", "$.prospects[0].attachments[0].link",
         "data request 3"},
        {"\"content_base64\": \"" + encoded + "\",", "", "$.prospects[0].attachments[0]",
         "missing"},
        {"\"name\": \"data.bin\"", "\"name\": \"\"", "$.prospects[0].attachments[0].name",
         "needs a file name"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.to.toStdString());
        QByteArray text = good;
        REQUIRE(text.contains(c.from));
        text.replace(c.from, c.to);
        try {
            parseBackup(text);
            FAIL("accepted");
        } catch (const ValidationError& e) {
            CAPTURE(e.field());
            CAPTURE(e.message());
            CHECK(e.field().startsWith(QString::fromLatin1(c.path)));
            CHECK(e.message().contains(QString::fromLatin1(c.says)));
        }
    }
}
