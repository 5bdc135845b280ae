// The CSV importer's rules on real CSV text: separators, the order of numeric
// dates, deals of one organisation, CRM stage names, rows without a name and
// email addresses that are not ones.

#include "support/TestSupport.h"

#include "core/io/CrmImport.h"

using namespace accord::core;

namespace {

CsvImportOptions optionsFor(const CsvTable& table, DateOrder order = DateOrder::Auto)
{
    CsvImportOptions o;
    o.mapping = guessMapping(table.header);
    o.now = accord::test::referenceNow();
    o.zone = QTimeZone::utc();
    o.defaultOwner = QStringLiteral("Importer");
    o.dateOrder = order;
    return o;
}

CsvImportPlan planOf(const QByteArray& csv, DateOrder order = DateOrder::Auto)
{
    const CsvTable table = readCsv(csv);
    return planCsvImport(table, optionsFor(table, order));
}

const ProspectBundle& byName(const CsvImportPlan& plan, const char* name)
{
    for (const ProspectBundle& b : plan.bundles)
        if (b.prospect.name == QString::fromUtf8(name))
            return b;
    FAIL("no prospect named " << name);
    throw std::logic_error("unreachable");
}

bool anyWarning(const ImportReport& r, const QString& a, const QString& b = {})
{
    return std::any_of(r.warnings.begin(), r.warnings.end(),
                       [&](const QString& w) { return w.contains(a) && w.contains(b); });
}

} // namespace

TEST_CASE("a semicolon or tab separated file is read by its header's separator", "[io][import]")
{
    const CsvTable semi = readCsv("Company;Amount;Deal owner\r\n"
                                  "Northwind;\"40,000\";Dana\r\n"
                                  "\"Contoso; Foods\";120000;Ravi\r\n");
    CHECK(semi.separator == ';');
    REQUIRE(semi.header.size() == 3);
    REQUIRE(semi.rows.size() == 2);
    CHECK(semi.rows[1].at(0) == QStringLiteral("Contoso; Foods"));
    const CsvImportPlan plan = planCsvImport(semi, optionsFor(semi));
    CHECK(byName(plan, "Northwind").prospect.value.minor == 4000000);
    CHECK(byName(plan, "Contoso; Foods").prospect.owner == QStringLiteral("Ravi"));

    const CsvTable tabs = readCsv("Company\tAmount\tNotes\nNorthwind\t500\tone, two; three\n");
    CHECK(tabs.separator == '\t');
    REQUIRE(tabs.header.size() == 3);
    CHECK(tabs.rows.at(0).at(2) == QStringLiteral("one, two; three"));

    // A comma file whose header holds a semicolon inside quotes stays a comma file.
    const CsvTable commas = readCsv("\"Name; full\",Owner\nNorthwind,Dana\n");
    CHECK(commas.separator == ',');
    CHECK(commas.header == QStringList{QStringLiteral("Name; full"), QStringLiteral("Owner")});

    // Forced by the caller, a separator wins over what the header shows.
    CsvReadOptions forced;
    forced.separator = ',';
    CHECK(readCsv("a;b;c\n1;2;3\n", forced).header.size() == 1);
}

TEST_CASE("an ambiguous numeric date is refused without a date format, naming the line",
          "[io][import]")
{
    const QByteArray csv = "Company,Created\nNorthwind,2026-01-05\nContoso,01/02/2026\n";
    const CsvTable t = readCsv(csv);
    try {
        planCsvImport(t, optionsFor(t));
        FAIL("the ambiguous date was accepted");
    } catch (const InputError& e) {
        CHECK(e.line() == 3);
        CHECK(e.field() == QStringLiteral("Created"));
        CHECK(e.message().contains(QStringLiteral("01/02/2026")));
        CHECK(e.message().contains(QStringLiteral("DMY")));
    }
    CHECK(byName(planOf(csv, DateOrder::DMY), "Contoso").prospect.createdAt.date() ==
          QDate(2026, 2, 1));
    CHECK(byName(planOf(csv, DateOrder::MDY), "Contoso").prospect.createdAt.date() ==
          QDate(2026, 1, 2));
    // Year-first files read their slashed dates either way; a year-last date is not one of them.
    CHECK(
        byName(planOf("Company,Created\nNorthwind,2026/03/04 10:15\n", DateOrder::YMD), "Northwind")
            .prospect.createdAt == QDateTime(QDate(2026, 3, 4), QTime(10, 15), QTimeZone::utc()));
    CHECK_THROWS_WITH(planOf(csv, DateOrder::YMD), Catch::Contains("Line 3"));
    // In a fixed order a date that does not exist in it is refused.
    CHECK_THROWS_WITH(planOf("Company,Created\nNorthwind,13/30/2026\n", DateOrder::MDY),
                      Catch::Contains("is not a date"));
    CHECK(dateOrderFromKey(QStringLiteral("dmy")) == DateOrder::DMY);
    CHECK_FALSE(dateOrderFromKey(QStringLiteral("DDMM")).has_value());
}

TEST_CASE("the file's own unambiguous dates decide how its other numeric dates read",
          "[io][import]")
{
    // 30/01 reads only day first, so 01/02 in the same file is 1 February.
    const CsvImportPlan dmy = planOf("Company,Created,Due date\n"
                                     "Northwind,01/02/2026,\n"
                                     "Contoso,2026-01-05,30/01/2027\n");
    CHECK(dmy.report.dateOrder == DateOrder::DMY);
    CHECK(byName(dmy, "Northwind").prospect.createdAt.date() == QDate(2026, 2, 1));
    CHECK(byName(dmy, "Contoso").activities.at(0).dueOn == QDate(2027, 1, 30));

    const CsvImportPlan mdy = planOf("Company,Created\nNorthwind,01/02/2026\nContoso,1/30/2026\n");
    CHECK(mdy.report.dateOrder == DateOrder::MDY);
    CHECK(byName(mdy, "Northwind").prospect.createdAt.date() == QDate(2026, 1, 2));

    // A file that shows both orders is refused, naming both lines.
    CHECK_THROWS_WITH(planOf("Company,Created\nNorthwind,30/01/2026\nContoso,01/30/2026\n"),
                      Catch::Contains("Line 2") && Catch::Contains("line 3"));
    // A date that is the same both ways needs no order.
    CHECK(byName(planOf("Company,Created\nNorthwind,05.05.2026\n"), "Northwind")
              .prospect.createdAt.date() == QDate(2026, 5, 5));
}

TEST_CASE("rows of one organisation add up their deals and list them in the imported notes",
          "[io][import]")
{
    const CsvImportPlan plan = planOf("Deal - Title,Organization - Name,Deal - Value,"
                                      "Deal - Currency,Deal - Notes\n"
                                      "Northwind expansion,Northwind,\"40,000\",USD,Met at fair\n"
                                      "Northwind renewal,northwind,10000,USD,\n"
                                      "Northwind Europe,Northwind,5000,EUR,\n"
                                      "Contoso pilot,Contoso,7000,USD,\n");
    CHECK(plan.report.prospects == 2);
    CHECK(plan.report.mergedDeals == 2);
    const ProspectBundle& northwind = byName(plan, "Northwind");
    // Euros are not added to dollars: listed, and warned about.
    CHECK(northwind.prospect.value == Money{5000000, QStringLiteral("USD")});
    CHECK(anyWarning(plan.report, QStringLiteral("Line 4"), QStringLiteral("EUR")));
    REQUIRE(northwind.meetings.size() == 1);
    const QString notes = northwind.meetings[0].notes;
    CHECK(notes.startsWith(QStringLiteral("Met at fair")));
    CHECK(notes.contains(QStringLiteral("Northwind expansion")));
    CHECK(notes.contains(QStringLiteral("Northwind renewal")));
    CHECK(notes.contains(QStringLiteral("Northwind Europe")));
    CHECK(notes.contains(QStringLiteral("(line 4)")));
    // A prospect of one deal keeps its value and gets no list.
    CHECK(byName(plan, "Contoso").prospect.value.minor == 700000);
    CHECK(byName(plan, "Contoso").meetings.empty());
    CHECK(plan.report.text(true).contains(QStringLiteral("2 deal(s)")));

    // Without notes of its own the list is a notes entry by itself.
    const CsvImportPlan bare = planOf("Deal Name,Company,Amount\nA,Fabrikam,100\nB,Fabrikam,250\n");
    REQUIRE(byName(bare, "Fabrikam").meetings.size() == 1);
    CHECK(byName(bare, "Fabrikam").prospect.value.minor == 35000);
    CHECK(byName(bare, "Fabrikam").meetings[0].summary == QStringLiteral("Imported notes"));
    CHECK(bare.report.notes == 1);

    // Deals that add up past what Accord takes are refused on the row that tips it over.
    CHECK_THROWS_WITH(planOf("Company,Amount\nBig,900000000000\nBig,900000000000\n"),
                      Catch::Contains("Line 3") && Catch::Contains("add up"));
}

TEST_CASE("Pipedrive's default stages and HubSpot's lifecycle stages are known", "[io][import]")
{
    const CsvImportPlan pipedrive = planOf("Company,Stage\n"
                                           "A,Qualified\nB,Contact Made\nC,Demo Scheduled\n"
                                           "D,Needs Defined\nE,Proposal Made\n"
                                           "F,Negotiations Started\n");
    CHECK(pipedrive.report.unknownStages == 0);
    CHECK(byName(pipedrive, "A").prospect.stage == Stage::Informative);
    CHECK(byName(pipedrive, "B").prospect.stage == Stage::Informative);
    CHECK(byName(pipedrive, "C").prospect.stage == Stage::Consulting);
    CHECK(byName(pipedrive, "D").prospect.stage == Stage::Consulting);
    CHECK(byName(pipedrive, "E").prospect.stage == Stage::Negotiation);
    CHECK(byName(pipedrive, "F").prospect.stage == Stage::Negotiation);

    const CsvImportPlan hubspot = planOf("Company name,Lifecycle Stage\n"
                                         "A,subscriber\nB,lead\nC,marketingqualifiedlead\n"
                                         "D,Sales Qualified Lead\nE,opportunity\nF,customer\n"
                                         "G,evangelist\nH,other\n");
    CHECK(hubspot.report.unknownStages == 0);
    for (const char* early : {"A", "B", "C", "D", "H"}) {
        CHECK(byName(hubspot, early).prospect.stage == Stage::Informative);
        CHECK(byName(hubspot, early).prospect.status == Status::Active);
    }
    CHECK(byName(hubspot, "E").prospect.stage == Stage::Consulting);
    CHECK(byName(hubspot, "F").prospect.stage == Stage::Partnership);
    CHECK(byName(hubspot, "F").prospect.status == Status::Won);
    CHECK(byName(hubspot, "G").prospect.status == Status::Won);
}

TEST_CASE("a row without a name is skipped with a warning and the rest imports", "[io][import]")
{
    const CsvImportPlan plan = planOf("Name,Owner\nNorthwind,Dana\n   ,Ravi\nContoso,Ana\n");
    CHECK(plan.report.prospects == 2);
    CHECK(plan.report.skippedRows == 1);
    CHECK(anyWarning(plan.report, QStringLiteral("Line 3"), QStringLiteral("skipped")));
    CHECK(plan.report.text(true).contains(QStringLiteral("1 row(s) skipped")));
}

TEST_CASE("an invalid email address is warned about and left out of the imported contact",
          "[io][import]")
{
    const CsvImportPlan plan = planOf("Company,Contact Name,Email,Phone\n"
                                      "Northwind,Maria Anders,maria at northwind,\n"
                                      "Contoso,,jan@,\n"
                                      "Fabrikam,,bad address,+1 555 0100\n"
                                      "Litware,Ana,ana@litware.example,\n");
    CHECK(plan.report.prospects == 4);
    const ProspectBundle& northwind = byName(plan, "Northwind");
    REQUIRE(northwind.contacts.size() == 1);
    CHECK(northwind.contacts[0].name == QStringLiteral("Maria Anders"));
    CHECK(northwind.contacts[0].email.isEmpty());
    CHECK(anyWarning(plan.report, QStringLiteral("Line 2"), QStringLiteral("without it")));
    // Nothing else names the contact: no contact, and the warning says so.
    CHECK(byName(plan, "Contoso").contacts.empty());
    CHECK(anyWarning(plan.report, QStringLiteral("Line 3"), QStringLiteral("no contact")));
    REQUIRE(byName(plan, "Fabrikam").contacts.size() == 1);
    CHECK(byName(plan, "Fabrikam").contacts[0].name == QStringLiteral("+1 555 0100"));
    CHECK(byName(plan, "Litware").contacts.at(0).email == QStringLiteral("ana@litware.example"));
    CHECK(plan.report.contacts == 3);
}
