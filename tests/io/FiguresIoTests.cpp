// Files that carry figures and text: backup errors with one JSON path notation,
// UTF-16 CSV, control characters in imports, days and minor units in the
// pipeline CSV.

#include "support/TestSupport.h"

#include "core/io/Backup.h"
#include "core/io/CrmImport.h"
#include "core/io/Csv.h"
#include "core/io/PipelineCsv.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

using namespace accord::core;
using nlohmann::json;

namespace {

json backupWith(const json& prospects, const json& criteria = json::array())
{
    return {{"format", "accord-backup"},
            {"version", 1},
            {"schema", 4},
            {"settings",
             {{"stale_days", {14, 21, 10}},
              {"probability_percent", {10, 30, 60, 100}},
              {"currency", "USD"}}},
            {"gate_criteria", criteria},
            {"prospects", prospects}};
}

json bundle(Id id)
{
    return {{"prospect",
             {{"id", id},
              {"name", "Prospect " + std::to_string(id)},
              {"stage", "informative"},
              {"status", "active"}}}};
}

json meeting(Id id)
{
    return {{"id", id}, {"occurred_at", "2026-03-14T09:30:00Z"}, {"summary", "Call"}};
}

/// The refusal of a backup: its path and message.
std::pair<QString, QString> refusal(const QByteArray& bytes)
{
    try {
        parseBackup(bytes);
    } catch (const ValidationError& e) {
        return {e.field(), e.message()};
    }
    return {QStringLiteral("(accepted)"), QString()};
}

std::pair<QString, QString> refusal(const json& j)
{
    return refusal(QByteArray::fromStdString(j.dump()));
}

/// One notation: $ then .key and [index], never "/".
bool onePathNotation(const QString& path)
{
    static const QRegularExpression notation(QStringLiteral("^\\$(\\.[a-z_]+|\\[\\d+\\])*$"));
    return notation.match(path).hasMatch();
}

} // namespace

TEST_CASE("restore errors name a JSON path in one notation", "[io][backup]")
{
    json j = backupWith(json::array({bundle(1)}));
    j["prospects"][0]["meetings"] = json::array({meeting(5)});
    j["prospects"][0]["meetings"][0]["occurred_at"] = "yesterday";
    const auto [path, message] = refusal(j);
    CHECK(path == QStringLiteral("$.prospects[0].meetings[0].occurred_at"));
    CHECK(message.contains(path));
    CHECK(onePathNotation(path));
}

TEST_CASE("repeated ids and dangling references are refused with their path", "[io][backup]")
{
    SECTION("a meeting id used by two prospects")
    {
        json a = bundle(1);
        json b = bundle(2);
        a["meetings"] = json::array({meeting(7)});
        b["meetings"] = json::array({meeting(8), meeting(7)});
        const auto [path, message] = refusal(backupWith(json::array({a, b})));
        CHECK(path == QStringLiteral("$.prospects[1].meetings[1].id"));
        CHECK(message.contains(QStringLiteral("twice")));
    }
    SECTION("a repeated prospect id")
    {
        const auto [path, message] = refusal(backupWith(json::array({bundle(3), bundle(3)})));
        CHECK(path == QStringLiteral("$.prospects[1].prospect.id"));
    }
    SECTION("an insight pointing at a meeting the prospect does not have")
    {
        json a = bundle(1);
        a["insights"] = json::array({{{"id", 1}, {"title", "Margins"}, {"meeting_id", 99}}});
        const auto [path, message] = refusal(backupWith(json::array({a})));
        CHECK(path == QStringLiteral("$.prospects[0].insights[0].meeting_id"));
        CHECK(message.contains(QStringLiteral("99")));
    }
    SECTION("an opportunity whose champion is not a contact of the prospect")
    {
        json a = bundle(1);
        a["opportunities"] =
            json::array({{{"id", 1}, {"title", "Bundle"}, {"champion_contact_id", 4}}});
        const auto [path, message] = refusal(backupWith(json::array({a})));
        CHECK(path == QStringLiteral("$.prospects[0].opportunities[0].champion_contact_id"));
    }
    SECTION("a tick on a criterion the backup lacks")
    {
        json a = bundle(1);
        a["gate_checks"] = json::array({{{"criterion_id", 42}, {"checked", true}}});
        const auto [path, message] = refusal(backupWith(json::array({a})));
        CHECK(path == QStringLiteral("$.prospects[0].gate_checks[0].criterion_id"));
    }
}

TEST_CASE("a number too large to read is refused with its path, not a library message",
          "[io][backup]")
{
    const QByteArray bytes = QByteArray::fromStdString(backupWith(json::array({bundle(1)})).dump())
                                 .replace("\"name\":", "\"lift\":1e400,\"name\":");
    const auto [path, message] = refusal(bytes);
    CAPTURE(message);
    CHECK(path == QStringLiteral("$.prospects[0].prospect.lift"));
    CHECK(message.contains(QStringLiteral("1e400")));
    CHECK_FALSE(message.contains(QStringLiteral("json.exception")));
    CHECK(onePathNotation(path));

    const auto [syntaxPath, syntax] = refusal(QByteArray("{\"format\": \"accord-backup\",\n"
                                                         " \"prospects\": [1, 2,, 3]}"));
    CAPTURE(syntax);
    CHECK(syntaxPath == QStringLiteral("$.prospects[2]"));
    CHECK(syntax.contains(QStringLiteral("line 2")));
    CHECK_FALSE(syntax.contains(QStringLiteral("json.exception")));
}

TEST_CASE("restore refuses a Partnership that is still active", "[io][backup]")
{
    json a = bundle(1);
    a["prospect"]["stage"] = "partnership";
    const auto [path, message] = refusal(backupWith(json::array({a})));
    CHECK(path == QStringLiteral("$.prospects[0].prospect.status"));
}

TEST_CASE("restore refuses NUL and control characters anywhere", "[io][backup]")
{
    json a = bundle(1);
    a["prospect"]["name"] = std::string("Acme\0Corp", 9);
    CHECK(refusal(backupWith(json::array({a}))).first ==
          QStringLiteral("$.prospects[0].prospect.name"));
    a = bundle(1);
    a["history"] = json::array(
        {{{"id", 1}, {"at", "2026-03-14T09:30:00Z"}, {"reason", std::string("moved\0", 6)}}});
    CHECK(refusal(backupWith(json::array({a}))).first ==
          QStringLiteral("$.prospects[0].history[0].reason"));
    a = bundle(1);
    a["prospect"]["owner"] = "Ana \x1b[31m";
    CHECK(refusal(backupWith(json::array({a}))).first ==
          QStringLiteral("$.prospects[0].prospect.owner"));
    json j = backupWith(json::array());
    j["setting_values"] = {{"pipeline_name", std::string("Team\0", 5)}};
    CHECK(refusal(j).first == QStringLiteral("$.setting_values.pipeline_name"));
}

TEST_CASE("restore refuses dates outside 1900-9999", "[io][backup]")
{
    json a = bundle(1);
    a["meetings"] = json::array({meeting(1)});
    a["meetings"][0]["occurred_at"] = "1899-12-31T23:00:00Z";
    CHECK(refusal(backupWith(json::array({a}))).first ==
          QStringLiteral("$.prospects[0].meetings[0].occurred_at"));
}

TEST_CASE("yen in a backup from before ISO minor units are read as yen", "[io][backup]")
{
    json a = bundle(1);
    a["prospect"]["value"] = {{"minor", 500000}, {"currency", "JPY"}};
    json b = bundle(2);
    b["prospect"]["value"] = {{"minor", 500000}, {"currency", "USD"}};
    json old = backupWith(json::array({a, b}));
    old["schema"] = 3;
    const BackupContents c = parseBackup(QByteArray::fromStdString(old.dump()));
    CHECK(c.prospects[0].prospect.value == Money{5000, QStringLiteral("JPY")});
    CHECK(c.prospects[1].prospect.value == Money{500000, QStringLiteral("USD")});
    old["schema"] = 4;
    CHECK(parseBackup(QByteArray::fromStdString(old.dump())).prospects[0].prospect.value.minor ==
          500000);
}

TEST_CASE("UTF-16 CSV with a byte order mark is read, little and big endian", "[io][csv]")
{
    const QString text = QStringLiteral("Name,Owner\r\nCafé Lumière,Zoë\r\n北京 🚀,Ana\r\n");
    for (bool bigEndian : {false, true}) {
        CAPTURE(bigEndian);
        QByteArray bytes = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
        for (QChar c : text) {
            const char16_t u = c.unicode();
            const char hi = static_cast<char>(u >> 8);
            const char lo = static_cast<char>(u & 0xFF);
            bytes.append(bigEndian ? hi : lo);
            bytes.append(bigEndian ? lo : hi);
        }
        const CsvTable t = readCsv(bytes);
        REQUIRE(t.rows.size() == 2);
        CHECK(t.header == QStringList{QStringLiteral("Name"), QStringLiteral("Owner")});
        CHECK(t.rows[0][0] == QStringLiteral("Café Lumière"));
        CHECK(t.rows[0][1] == QStringLiteral("Zoë"));
        CHECK(t.rows[1][0] == QStringLiteral("北京 🚀"));
    }
    try {
        readCsv(QByteArray("\xFF\xFEN\x00"
                           "a",
                           5));
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(e.message().contains(QStringLiteral("UTF-16LE")));
    }
}

TEST_CASE("a CSV import refuses control characters and names the line", "[io][import]")
{
    const CsvTable table = readCsv("Name,Owner\nNorthwind,Dana\nEvil\x1b[2J,Ravi\n");
    CsvImportOptions o;
    o.mapping = guessMapping(table.header);
    o.now = accord::test::referenceNow();
    o.zone = QTimeZone::utc();
    try {
        planCsvImport(table, o);
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(e.line() == 3);
        CHECK(e.message().contains(QStringLiteral("U+001B")));
    }
}

TEST_CASE("a CSV value with a euro sign is in euros", "[io][import]")
{
    const CsvTable table = readCsv("Name,Value\nNorthwind,€40k\nKobe,\"¥5,000\"\n");
    CsvImportOptions o;
    o.mapping = guessMapping(table.header);
    o.now = accord::test::referenceNow();
    o.zone = QTimeZone::utc();
    const CsvImportPlan plan = planCsvImport(table, o);
    REQUIRE(plan.bundles.size() == 2);
    CHECK(plan.bundles[0].prospect.value == Money{4000000, QStringLiteral("EUR")});
    CHECK(plan.bundles[1].prospect.value == Money{5000, QStringLiteral("JPY")});
}

TEST_CASE("the pipeline CSV counts days in stage as the board does, and yen without cents",
          "[io][csv]")
{
    ProspectRow row;
    row.prospect.id = 1;
    row.prospect.name = QStringLiteral("Kobe Steelworks");
    row.prospect.stageEnteredAt = QDateTime(QDate(2026, 1, 1), QTime(20, 0), Qt::UTC);
    row.prospect.value = Money{5000, QStringLiteral("JPY")};
    const QDateTime now(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC); // 61 days 14 hours
    const CsvTable t = readCsv(pipelineCsv({row}, now));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0][t.columnOf(QStringLiteral("Days in stage"))] == QStringLiteral("61"));
    CHECK(t.rows[0][t.columnOf(QStringLiteral("Value"))] == QStringLiteral("5000"));
    CHECK(minorToDecimal(1500, 3) == QStringLiteral("1.500"));
}

TEST_CASE("a header cell that starts with a byte order mark reads back as written", "[io][csv]")
{
    // Found by fuzz_csv_import: a BOM inside a header cell.
    const QByteArray bytes(
        "Record ID,Deal Name,Deal Stage,Amountrthwind - partnership,Appointment "
        "Scheduled,4000,02026-09-30,Dana Wh'tfield,2026-01-12,SalesDeal - ID, \xef\xbb\xbf"
        "eline,NoDeal - Title,Deal - Value,Deal - Currency,DeaWl - Stage,Deal - Status,Deal - "
        "Owner,Deal - Deal created,Deal - Expected close date,Organization - Name,Organization - "
        "Industry,Persoradersn",
        337);
    const CsvTable table = readCsv(bytes);
    const CsvTable again = readCsv(writeCsv(table.header, table.rows, {false, false}));
    CHECK(again.header == table.header);
    CHECK(table.header.contains(QStringLiteral("\uFEFFeline")));
}
