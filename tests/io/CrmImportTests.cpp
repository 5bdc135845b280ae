#include "IoTestData.h"
#include "support/TestSupport.h"

#include "core/io/CrmImport.h"

using namespace accord::core;
using accord::test::ioData;

namespace {

CsvImportOptions optionsFor(const CsvTable& table)
{
    CsvImportOptions o;
    o.mapping = guessMapping(table.header);
    o.now = accord::test::referenceNow();
    o.zone = QTimeZone::utc();
    o.defaultOwner = QStringLiteral("Importer");
    return o;
}

InputError planError(const QByteArray& csv)
{
    const CsvTable table = readCsv(csv);
    try {
        planCsvImport(table, optionsFor(table));
    } catch (const InputError& e) {
        return e;
    }
    FAIL("the import was accepted");
    throw std::logic_error("unreachable");
}

const ProspectBundle& byName(const CsvImportPlan& plan, const char* name)
{
    for (const ProspectBundle& b : plan.bundles)
        if (b.prospect.name == QString::fromUtf8(name))
            return b;
    FAIL("no prospect named " << name);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("Pipedrive deal export headers are recognised", "[io][import]")
{
    const CsvTable t = readCsv(ioData(QStringLiteral("crm/pipedrive_deals.csv")));
    const ColumnMapping m = guessMapping(t.header);
    CHECK(m.headerFor(ImportField::Name) == QStringLiteral("Organization - Name"));
    CHECK(m.headerFor(ImportField::Owner) == QStringLiteral("Deal - Owner"));
    CHECK(m.headerFor(ImportField::Value) == QStringLiteral("Deal - Value"));
    CHECK(m.headerFor(ImportField::Currency) == QStringLiteral("Deal - Currency"));
    CHECK(m.headerFor(ImportField::Stage) == QStringLiteral("Deal - Stage"));
    CHECK(m.headerFor(ImportField::Status) == QStringLiteral("Deal - Status"));
    CHECK(m.headerFor(ImportField::Industry) == QStringLiteral("Organization - Industry"));
    CHECK(m.headerFor(ImportField::Created) == QStringLiteral("Deal - Deal created"));
    CHECK(m.headerFor(ImportField::ContactName) == QStringLiteral("Person - Name"));
    CHECK(m.headerFor(ImportField::ContactEmail) == QStringLiteral("Person - Email"));
    CHECK(m.headerFor(ImportField::ContactPhone) == QStringLiteral("Person - Phone"));
    CHECK(m.headerFor(ImportField::NextStep) == QStringLiteral("Deal - Next activity subject"));
    CHECK(m.headerFor(ImportField::NextStepDue) == QStringLiteral("Deal - Next activity date"));

    const CsvImportPlan plan = planCsvImport(t, optionsFor(t));
    CHECK(plan.report.prospects == 5);
    CHECK(plan.report.contacts == 2);
    const ProspectBundle& northwind = byName(plan, "Northwind Traders");
    CHECK(northwind.prospect.value == Money{4000000, QStringLiteral("USD")});
    CHECK(northwind.prospect.stage == Stage::Informative);
    CHECK(northwind.prospect.owner == QStringLiteral("Dana Whitfield"));
    CHECK(northwind.prospect.nextStep == QStringLiteral("Send benchmark deck"));
    CHECK(northwind.prospect.nextStepDue == QDate(2026, 6, 20));
    CHECK(northwind.prospect.createdAt ==
          QDateTime(QDate(2026, 1, 12), QTime(9, 30), QTimeZone::utc()));
    REQUIRE(northwind.contacts.size() == 1);
    CHECK(northwind.contacts[0].email == QStringLiteral("maria@northwind.example"));
    CHECK(byName(plan, "Contoso Foods").prospect.stage == Stage::Consulting);
    CHECK(byName(plan, "Contoso Foods").prospect.value.currency == QStringLiteral("EUR"));
    CHECK(byName(plan, "Litware Inc").prospect.stage == Stage::Negotiation);
    CHECK(byName(plan, "Fabrikam").prospect.stage == Stage::Partnership);
    CHECK(byName(plan, "Fabrikam").prospect.status == Status::Won);

    // "Qualified Lead" is not in the value table: stage 1, and the report says so.
    const ProspectBundle& tailspin = byName(plan, "Tailspin Toys");
    CHECK(tailspin.prospect.stage == Stage::Informative);
    CHECK(tailspin.prospect.status == Status::Lost);
    CHECK(plan.report.unknownStages == 1);
    REQUIRE(plan.report.warnings.size() == 1);
    CHECK(plan.report.warnings[0].contains(QStringLiteral("Line 6")));
    CHECK(plan.report.warnings[0].contains(QStringLiteral("Qualified Lead")));
    CHECK(plan.report.text(true).contains(QStringLiteral("Would create 5 prospect(s)")));
    CHECK(plan.report.text(true).contains(QStringLiteral("stage 1")));
}

TEST_CASE("HubSpot deal and company export headers are recognised", "[io][import]")
{
    const CsvTable deals = readCsv(ioData(QStringLiteral("crm/hubspot_deals.csv")));
    const ColumnMapping m = guessMapping(deals.header);
    CHECK(m.headerFor(ImportField::Name) == QStringLiteral("Associated Company"));
    CHECK(m.headerFor(ImportField::Owner) == QStringLiteral("Deal owner"));
    CHECK(m.headerFor(ImportField::Value) == QStringLiteral("Amount"));
    CHECK(m.headerFor(ImportField::Stage) == QStringLiteral("Deal Stage"));
    CHECK(m.headerFor(ImportField::Created) == QStringLiteral("Create Date"));
    CHECK(m.headerFor(ImportField::ExpectedClose) == QStringLiteral("Close Date"));
    CHECK_FALSE(m.has(ImportField::NextStepDue)); // a close date is no next step
    CHECK(m.headerFor(ImportField::Notes) == QStringLiteral("Deal Description"));

    // "03/02/2026" reads both ways and no other date of the file tells which.
    CHECK_THROWS_WITH(planCsvImport(deals, optionsFor(deals)),
                      Catch::Contains("Line 3") && Catch::Contains("03/02/2026"));
    CsvImportOptions monthFirst = optionsFor(deals);
    monthFirst.dateOrder = DateOrder::MDY;
    const CsvImportPlan plan = planCsvImport(deals, monthFirst);
    CHECK(plan.report.prospects == 4);
    CHECK(plan.report.notes == 1);
    CHECK(plan.report.unknownStages == 0);
    CHECK(byName(plan, "Contoso Foods").prospect.stage == Stage::Consulting);
    CHECK(byName(plan, "Contoso Foods").prospect.createdAt.date() == QDate(2026, 3, 2));
    CHECK(byName(plan, "Litware Inc").prospect.stage == Stage::Negotiation);
    CHECK(byName(plan, "Fabrikam").prospect.status == Status::Won);
    CHECK(byName(plan, "Northwind Traders").prospect.expectedClose == QDate(2026, 9, 30));
    CHECK_FALSE(byName(plan, "Northwind Traders").prospect.nextStepDue.isValid());
    REQUIRE(byName(plan, "Northwind Traders").closeChanges.size() == 1);
    CHECK(byName(plan, "Northwind Traders").closeChanges[0].toDate == QDate(2026, 9, 30));
    CHECK(byName(plan, "Northwind Traders").meetings.at(0).notes ==
          QStringLiteral("First call went well"));

    const CsvTable companies = readCsv(ioData(QStringLiteral("crm/hubspot_companies.csv")));
    const ColumnMapping c = guessMapping(companies.header);
    CHECK(c.headerFor(ImportField::Name) == QStringLiteral("Company name"));
    CHECK(c.headerFor(ImportField::Owner) == QStringLiteral("Company owner"));
    CHECK(c.headerFor(ImportField::Website) == QStringLiteral("Website URL"));
    CHECK(c.headerFor(ImportField::Segment) == QStringLiteral("Type"));
    CHECK(planCsvImport(companies, optionsFor(companies)).report.prospects == 2);
}

TEST_CASE("Salesforce opportunity and account export headers are recognised", "[io][import]")
{
    const CsvTable t = readCsv(ioData(QStringLiteral("crm/salesforce_opportunities.csv")));
    const ColumnMapping m = guessMapping(t.header);
    CHECK(m.headerFor(ImportField::Name) == QStringLiteral("Account Name"));
    CHECK(m.headerFor(ImportField::Owner) == QStringLiteral("Opportunity Owner"));
    CHECK(m.headerFor(ImportField::Value) == QStringLiteral("Amount"));
    CHECK(m.headerFor(ImportField::Stage) == QStringLiteral("Stage"));
    CHECK(m.headerFor(ImportField::Created) == QStringLiteral("Created Date"));
    CHECK(m.headerFor(ImportField::NextStep) == QStringLiteral("Next Step"));
    CHECK(m.headerFor(ImportField::ExpectedClose) == QStringLiteral("Close Date"));

    const CsvImportPlan plan = planCsvImport(t, optionsFor(t));
    CHECK(plan.report.prospects == 5);
    CHECK(byName(plan, "Northwind Traders").prospect.value.minor == 4000000);
    CHECK(byName(plan, "Northwind Traders").prospect.createdAt.date() == QDate(2026, 1, 12));
    CHECK(byName(plan, "Contoso Foods").prospect.stage == Stage::Consulting);
    CHECK(byName(plan, "Contoso Foods").prospect.expectedClose == QDate(2026, 8, 15));
    CHECK(byName(plan, "Contoso Foods").prospect.nextStep.isEmpty()); // no step was named
    CHECK(byName(plan, "Litware Inc").prospect.stage == Stage::Negotiation);
    CHECK(byName(plan, "Fabrikam").prospect.status == Status::Won);
    CHECK(byName(plan, "Tailspin Toys").prospect.status == Status::Lost);
    CHECK(!byName(plan, "Tailspin Toys").prospect.lostReason.isEmpty());

    const CsvTable accounts = readCsv(ioData(QStringLiteral("crm/salesforce_accounts.csv")));
    const ColumnMapping a = guessMapping(accounts.header);
    CHECK(a.headerFor(ImportField::Name) == QStringLiteral("Account Name"));
    CHECK(a.headerFor(ImportField::Owner) == QStringLiteral("Account Owner"));
    CHECK(a.headerFor(ImportField::Segment) == QStringLiteral("Account Type"));
}

TEST_CASE("a --map spec overrides the guess and unmaps a field and refuses unknown names",
          "[io][import]")
{
    const QStringList header{QStringLiteral("Company"), QStringLiteral("Rep"),
                             QStringLiteral("Deal Name"), QStringLiteral("Notes, internal")};
    ColumnMapping m = guessMapping(header);
    CHECK(m.headerFor(ImportField::Name) == QStringLiteral("Company"));
    CHECK(!m.has(ImportField::Owner));
    m = applyMappingSpec(QStringLiteral("owner=rep, notes=Notes, internal,name=Deal Name"), header,
                         m);
    CHECK(m.headerFor(ImportField::Owner) == QStringLiteral("Rep"));
    CHECK(m.headerFor(ImportField::Notes) == QStringLiteral("Notes, internal"));
    CHECK(m.headerFor(ImportField::Name) == QStringLiteral("Deal Name"));
    m = applyMappingSpec(QStringLiteral("owner="), header, m);
    CHECK(!m.has(ImportField::Owner));
    CHECK(applyMappingSpec(m.toSpec(), header, {}).columns == m.columns);

    CHECK_THROWS_WITH(applyMappingSpec(QStringLiteral("colour=Rep"), header, m),
                      Catch::Contains("not an Accord field"));
    CHECK_THROWS_WITH(applyMappingSpec(QStringLiteral("owner=Salesperson"), header, m),
                      Catch::Contains("no column \"Salesperson\""));
    CHECK(importFieldFromKey(QStringLiteral("next-step-due")) == ImportField::NextStepDue);
}

TEST_CASE("an edited value table maps another tool's stages", "[io][import]")
{
    const CsvTable t = readCsv("Name,Stage\nNorthwind,Discovery Call\nContoso,Closed Won\n");
    CsvImportOptions o = optionsFor(t);
    CHECK(planCsvImport(t, o).report.unknownStages == 1);
    o.values.set(QStringLiteral("  discovery   CALL "), ValueMeaning{Stage::Consulting, {}});
    const CsvImportPlan plan = planCsvImport(t, o);
    CHECK(plan.report.unknownStages == 0);
    CHECK(byName(plan, "Northwind").prospect.stage == Stage::Consulting);
    CHECK(byName(plan, "Contoso").prospect.stage == Stage::Partnership);
}

TEST_CASE("bad values in an import name the line and the CSV column", "[io][import]")
{
    InputError e = planError(ioData(QStringLiteral("malformed/bad_date.csv")));
    CHECK(e.line() == 3);
    CHECK(e.field() == QStringLiteral("Created"));
    CHECK(e.message().contains(QStringLiteral("2026-02-30")));

    e = planError(ioData(QStringLiteral("malformed/bad_money.csv")));
    CHECK(e.line() == 3);
    CHECK(e.field() == QStringLiteral("Value"));

    e = planError("Name,Currency\nNorthwind,dollars\n");
    CHECK(e.line() == 2);
    CHECK(e.field() == QStringLiteral("Currency"));

    e = planError("Owner,Industry\nDana,Retail\n");
    CHECK(e.message().contains(QStringLiteral("name=HEADER")));
}

TEST_CASE("rows of the same organisation become one prospect", "[io][import]")
{
    const CsvTable t = readCsv("Company,Contact Name,Email\n"
                               "Northwind,Maria,maria@northwind.example\n"
                               "northwind,Jan,jan@northwind.example\n"
                               ",,\n");
    const CsvImportPlan plan = planCsvImport(t, optionsFor(t));
    CHECK(plan.report.prospects == 1);
    CHECK(plan.report.contacts == 2);
    CHECK(plan.report.skippedRows == 1);
    CHECK(plan.bundles.at(0).contacts.size() == 2);
    CHECK(plan.bundles.at(0).prospect.owner == QStringLiteral("Importer"));
}
