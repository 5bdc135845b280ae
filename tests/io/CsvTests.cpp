#include "IoTestData.h"
#include "support/TestSupport.h"

#include "core/io/Csv.h"

using namespace accord::core;
using accord::test::ioData;

namespace {

InputError csvError(const QByteArray& bytes, const CsvReadOptions& options = {})
{
    try {
        readCsv(bytes, options);
    } catch (const InputError& e) {
        return e;
    }
    FAIL("the file was accepted");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("a CSV written by Accord reads back cell for cell", "[io][csv]")
{
    const QStringList header{QStringLiteral("Name"), QStringLiteral("Notes"),
                             QStringLiteral("Empty")};
    const std::vector<QStringList> rows{
        {QStringLiteral("Contoso, Ltd"), QStringLiteral("He said \"hi\"\r\nand left"), QString()},
        {QStringLiteral("Café Lumière"), QStringLiteral("ünïcødé ✓ 日本"), QStringLiteral(" ")},
        {QStringLiteral("\"quoted\""), QStringLiteral("line\nbreak"), QStringLiteral(",")},
    };
    CsvWriteOptions noNeutralise;
    noNeutralise.neutralise = false;
    const QByteArray bytes = writeCsv(header, rows, noNeutralise);
    const CsvTable table = readCsv(bytes);
    CHECK(table.header == header);
    REQUIRE(table.rows.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        CHECK(table.rows[i] == rows[i]);
    CHECK(table.lines == std::vector<int>{2, 4, 5});
}

TEST_CASE("the CSV writer ends records with CRLF and quotes only where needed", "[io][csv]")
{
    const QByteArray bytes = writeCsv({QStringLiteral("a"), QStringLiteral("b")},
                                      {{QStringLiteral("plain"), QStringLiteral("x,y")},
                                       {QStringLiteral("say \"no\""), QString()}});
    CHECK(bytes == "a,b\r\nplain,\"x,y\"\r\n\"say \"\"no\"\"\",\r\n");
}

TEST_CASE("a cell that starts with U+FEFF reads back whole, even as the file's first cell",
          "[io][csv]")
{
    const QString first = QChar(0xFEFF) + QStringLiteral("Name");
    const QByteArray bytes =
        writeCsv({first, QStringLiteral("Owner")},
                 {{QChar(0xFEFF) + QStringLiteral("x"), QStringLiteral("y")}}, {false, false});
    const CsvTable table = readCsv(bytes, {});
    CHECK(table.header == QStringList{first, QStringLiteral("Owner")});
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].front() == QChar(0xFEFF) + QStringLiteral("x"));
}

TEST_CASE("cells a spreadsheet would run as formulas are neutralised", "[io][csv]")
{
    for (const char* cell : {"=SUM(A1:A9)", "+1 555 0100", "-2+3", "@SUM(1)", "\tcmd", "\rcmd",
                             "=HYPERLINK(\"http://x\",\"y\")"}) {
        const QString c = QString::fromUtf8(cell);
        CAPTURE(c);
        CHECK(neutraliseCsvCell(c) == QLatin1Char('\'') + c);
    }
    for (const char* cell : {"a=b", "Northwind", "", " =x", "1-2"})
        CHECK(neutraliseCsvCell(QString::fromUtf8(cell)) == QString::fromUtf8(cell));

    const QByteArray bytes =
        writeCsv({QStringLiteral("Name")}, {{QStringLiteral("=cmd|' /C calc'!A0")}});
    CHECK(bytes == "Name\r\n'=cmd|' /C calc'!A0\r\n");
    const CsvTable back = readCsv(bytes);
    CHECK(back.rows.at(0).at(0) == QStringLiteral("'=cmd|' /C calc'!A0"));
}

TEST_CASE("each malformed CSV file is refused naming its line and field", "[io][csv]")
{
    struct Case
    {
        const char* file;
        int line;
        const char* field;
        const char* says;
    };
    const Case cases[] = {
        {"malformed/unbalanced_quote.csv", 3, "Industry", "never closed"},
        {"malformed/truncated_in_quote.csv", 2, "Notes", "never closed"},
        {"malformed/too_many_fields.csv", 3, "column 4", "more fields than the header"},
        {"malformed/duplicate_headers.csv", 1, "Name", "appears twice"},
        {"malformed/not_utf8.csv", 3, "Name", "not valid UTF-8"},
        {"malformed/truncated_utf8.csv", 3, "Industry", "not valid UTF-8"},
        {"malformed/text_after_quote.csv", 2, "Industry", "after a closing quote"},
        {"malformed/empty.csv", 1, "header", "empty"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.file);
        const InputError e = csvError(ioData(QString::fromLatin1(c.file)));
        CHECK(e.line() == c.line);
        CHECK(e.field() == QString::fromLatin1(c.field));
        CHECK(e.message().contains(QString::fromLatin1(c.says)));
        CHECK(e.message().contains(QStringLiteral("Line %1").arg(c.line)));
    }
}

TEST_CASE("a field over 1 MB is refused and one of exactly 1 MB is read", "[io][csv]")
{
    const qsizetype mb = 1024 * 1024;
    QByteArray ok = "Name,Notes\nNorthwind," + QByteArray(mb, 'a') + "\n";
    CHECK(readCsv(ok).rows.at(0).at(1).size() == mb);

    const QByteArray unquoted = "Name,Notes\nNorthwind,ok\nContoso," + QByteArray(mb + 1, 'a');
    InputError e = csvError(unquoted);
    CHECK(e.line() == 3);
    CHECK(e.field() == QStringLiteral("Notes"));
    CHECK(e.message().contains(QStringLiteral("longer than")));

    const QByteArray quoted = "Name,Notes\n\"" + QByteArray(mb, 'b') + "\n\",x\n";
    e = csvError(quoted);
    CHECK(e.line() == 2);
    CHECK(e.field() == QStringLiteral("Name"));
}

TEST_CASE("valid oddities import - a BOM and CRLF and quoted commas and quotes and line breaks",
          "[io][csv]")
{
    const CsvTable t = readCsv(ioData(QStringLiteral("valid/bom_crlf_quotes.csv")));
    CHECK(t.header == QStringList{QStringLiteral("Name"), QStringLiteral("Owner"),
                                  QStringLiteral("Industry"), QStringLiteral("Notes")});
    REQUIRE(t.rows.size() == 3); // the blank line is skipped
    CHECK(t.rows[0][0] == QStringLiteral("Contoso, Ltd"));
    CHECK(t.rows[0][2] == QStringLiteral("Food \"&\" drink"));
    CHECK(t.rows[0][3] == QStringLiteral("Line one\r\nline two"));
    CHECK(t.rows[1][3].isEmpty());
    CHECK(t.rows[2][0] == QStringLiteral("Café Lumière"));
    CHECK(t.lines == std::vector<int>{2, 4, 6});

    const CsvTable lf = readCsv(ioData(QStringLiteral("valid/lf.csv")));
    CHECK(lf.rows.size() == 2);
    CHECK(lf.rows[1][2] == QStringLiteral("Food"));
    const CsvTable cr = readCsv(ioData(QStringLiteral("valid/cr_only.csv")));
    REQUIRE(cr.rows.size() == 2);
    CHECK(cr.rows[1][1] == QStringLiteral("Ravi"));
}

TEST_CASE("rows shorter than the header are padded and a trailing comma is an empty field",
          "[io][csv]")
{
    const CsvTable t = readCsv("a,b,c\n1\n2,3,\n");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0] == QStringList{QStringLiteral("1"), QString(), QString()});
    CHECK(t.rows[1] == QStringList{QStringLiteral("2"), QStringLiteral("3"), QString()});
    CHECK(t.columnOf(QStringLiteral(" B ")) == 1);
    CHECK(t.columnOf(QStringLiteral("d")) == -1);
}

TEST_CASE("a NUL byte in a CSV file is refused", "[io][csv]")
{
    const InputError e = csvError(QByteArray("Name\nNorth\0wind\n", 16));
    CHECK(e.line() == 2);
    CHECK(e.field() == QStringLiteral("Name"));
}
