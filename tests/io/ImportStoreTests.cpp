#include "IoTestData.h"
#include "support/TestSupport.h"

#include "core/io/CrmImport.h"
#include "storage/SqliteStore.h"

#include <QDir>

using namespace accord::core;
using accord::storage::SqliteStore;

namespace {

int prospectCount(Store& store)
{
    ProspectFilter all;
    all.trash = ProspectFilter::Trash::Include;
    return store.prospects().count(all);
}

CsvImportPlan plan(const QByteArray& bytes)
{
    const CsvTable table = readCsv(bytes);
    CsvImportOptions o;
    o.mapping = guessMapping(table.header);
    o.now = accord::test::referenceNow();
    return planCsvImport(table, o);
}

} // namespace

TEST_CASE("a CRM import lands in one transaction with its contacts", "[io][import][storage]")
{
    accord::test::TempDir dir;
    auto store = SqliteStore::open(dir.path(QStringLiteral("a.sqlite")));
    const CsvImportPlan p = plan(accord::test::ioData(QStringLiteral("crm/pipedrive_deals.csv")));
    const std::vector<Id> ids = applyImport(*store, p);
    REQUIRE(ids.size() == 5);
    CHECK(prospectCount(*store) == 5);
    const auto northwind = store->prospects().find(ids[0]);
    REQUIRE(northwind);
    CHECK(northwind->name == QStringLiteral("Northwind Traders"));
    CHECK(store->prospects().contacts(ids[0]).size() == 1);
}

TEST_CASE("every malformed CSV file is refused with the database unchanged",
          "[io][import][storage]")
{
    accord::test::TempDir dir;
    auto store = SqliteStore::open(dir.path(QStringLiteral("a.sqlite")));
    applyImport(*store, plan("Name,Owner\nExisting,Dana\n"));
    const qint64 before = prospectCount(*store);
    const QStringList files = QDir(accord::test::ioDataPath(QStringLiteral("malformed")))
                                  .entryList({QStringLiteral("*.csv")}, QDir::Files);
    REQUIRE(files.size() >= 10);
    for (const QString& f : files) {
        CAPTURE(f);
        try {
            applyImport(*store, plan(accord::test::ioData(QStringLiteral("malformed/") + f)));
            FAIL("accepted");
        } catch (const InputError& e) {
            CHECK(e.line() >= 1);
            CHECK(!e.field().isEmpty());
        }
        CHECK(prospectCount(*store) == before);
    }
}
