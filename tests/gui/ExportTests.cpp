// File → Export…, Back up…, Restore… and the Import CSV wizard, driven through
// the real actions and pages with the queue prompter answering the pickers.

#include "ExportActions.h"
#include "GuiTestSupport.h"
#include "core/Bundle.h"
#include "core/io/Backup.h"
#include "core/io/PipelineCsv.h"
#include "dialogs/ImportValueTable.h"
#include "dialogs/ImportWizard.h"
#include "models/ProspectListModel.h"
#include "storage/Migrations.h"
#include "storage/SqliteStore.h"
#include "support/AudienceData.h"
#include "support/NoFileCopyStore.h"
#include "views/FilterBar.h"
#include "views/ProspectTableView.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>

using namespace accord;
using gui::ImportWizard;

namespace {

QString S(const char* s)
{
    return QString::fromUtf8(s);
}

void trigger(gui::MainWindow& w, const char* name)
{
    auto* a = w.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(a);
    a->trigger();
    test::settle();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeText(const QString& path, const char* text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

int prospectCount(test::GuiFixture& f)
{
    return f.session->store().prospects().count({});
}

QStringList prospectNames(test::GuiFixture& f)
{
    QStringList out;
    for (const auto& r :
         f.session->store().prospects().rows({}, core::ProspectSort::Name, true, 1000, 0))
        out << r.prospect.name;
    return out;
}

/// A HubSpot-style deal export.
const char* const kHubspotCsv =
    "Company name,Deal owner,Industry,Amount,Deal Stage,Create Date,Contact,Email\r\n"
    "Northwind Traders,Dana,Retail,40000,Qualified to buy,2026-01-15,Ana Ruiz,"
    "ana@northwind.example\r\n"
    "\"Contoso, Retail\",Sam,Retail,12000,Appointment scheduled,2026-02-03,Ben Ko,"
    "ben@contoso.example\r\n";

/// Opens the wizard through File → Import CSV… and loads `csv`.
ImportWizard* openWizard(test::GuiFixture& f, const QString& csv)
{
    trigger(*f.window, "actionImportCsv");
    auto* wizard = f.window->findChild<ImportWizard*>();
    REQUIRE(wizard);
    REQUIRE(wizard->isVisible());
    REQUIRE(wizard->currentId() == ImportWizard::FilePage);
    wizard->fileEdit()->setText(csv);
    return wizard;
}

} // namespace

TEST_CASE("exporting the pipeline writes a CSV of the filtered prospects with a header", "[gui]")
{
    test::GuiFixture f;
    f.addProspect(S("Northwind Traders"));
    f.addProspect(S("Contoso Retail"));
    f.addProspect(S("=cmd|' /C calc'!A0"));
    const QString path = f.dir.path(S("pipeline.csv"));

    f.prompter.push(path);
    trigger(*f.window, "actionExportPipeline");
    const QString csv = QString::fromUtf8(readAll(path));
    const QStringList lines = csv.split(S("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == core::pipelineCsvHeader().join(u','));
    CHECK(csv.contains(S("Northwind Traders")));
    CHECK(csv.contains(S("Contoso Retail")));
    CHECK(csv.contains(S("'=cmd"))); // neutralised, not a live formula

    // Only the rows of the current filter.
    auto* edit = f.window->findChild<QLineEdit*>(S("filterText"));
    REQUIRE(edit);
    QTest::keyClicks(edit, S("North"));
    const QString filtered = f.dir.path(S("north")); // no suffix: .csv is added
    f.prompter.push(filtered);
    trigger(*f.window, "actionExportPipeline");
    const QString north = QString::fromUtf8(readAll(filtered + S(".csv")));
    CHECK(north.split(S("\r\n"), Qt::SkipEmptyParts).size() == 2);
    CHECK(north.contains(S("Northwind Traders")));
    CHECK_FALSE(north.contains(S("Contoso")));
}

TEST_CASE("a cancelled file picker writes nothing", "[gui]")
{
    test::GuiFixture f;
    f.addProspect(S("Northwind Traders"));
    trigger(*f.window, "actionExportPipeline"); // the queue is empty: cancel
    CHECK(QDir(f.dir.path(S("."))).entryList({S("*.csv")}, QDir::Files).isEmpty());
    CHECK(f.prompter.asked() == QStringList{S("Export pipeline")});
}

TEST_CASE("the calendar export writes an iCalendar file", "[gui]")
{
    test::GuiFixture f(true);
    const QString path = f.dir.path(S("meetings.ics"));
    f.prompter.push(path);
    trigger(*f.window, "actionExportCalendar");
    const QByteArray ics = readAll(path);
    CHECK(ics.startsWith("BEGIN:VCALENDAR"));
    // One event per meeting of the prospects the current filter shows.
    qsizetype meetings = 0;
    for (const auto& r : f.session->store().prospects().rows(
             f.window->filterBar()->filter(), core::ProspectSort::Name, true, 1000, 0))
        meetings +=
            static_cast<qsizetype>(f.session->store().meetings().forProspect(r.prospect.id).size());
    REQUIRE(meetings > 0);
    CHECK(ics.count("UID:meeting-") == meetings);
}

TEST_CASE("exporting the selected prospects' summaries writes one file each", "[gui]")
{
    test::GuiFixture f;
    const core::Id a = f.addProspect(S("Northwind Traders"));
    f.addProspect(S("<script>alert(1)</script>"));

    // One prospect: the format follows the file name.
    f.window->openProspect(a);
    const QString html = f.dir.path(S("northwind.html"));
    f.prompter.push(html);
    trigger(*f.window, "actionExportSummary");
    const QString page = QString::fromUtf8(readAll(html));
    CHECK(page.contains(S("Northwind Traders")));

    // Several selected in the table: a format, a folder, one file each.
    f.window->showPage(f.window->prospectTable());
    f.window->prospectTable()->selectAll();
    REQUIRE(f.window->prospectTable()->selectedProspectIds().size() == 2);
    const QString folder = f.dir.path(S("summaries"));
    REQUIRE(QDir().mkpath(folder));
    f.prompter.push(2); // Markdown
    f.prompter.push(folder);
    trigger(*f.window, "actionExportSummary");
    const QStringList files = QDir(folder).entryList({S("*.md")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 2);
    const QStringList northwind = files.filter(S("northwind-traders"));
    REQUIRE(northwind.size() == 1);
    CHECK(QString::fromUtf8(readAll(QDir(folder).filePath(northwind.first())))
              .contains(S("Northwind Traders")));
}

TEST_CASE("the customer summary action writes a summary without the internal fields", "[gui]")
{
    test::GuiFixture f;
    core::ProspectBundle b = test::audienceBundle();
    b.gateChecks.clear();
    core::saveBundle(f.session->store(), b);
    f.window->openProspect(b.prospect.id);

    const QString customer = f.dir.path(S("customer.md"));
    f.prompter.push(customer);
    trigger(*f.window, "actionExportCustomerSummary");
    const QString text = QString::fromUtf8(readAll(customer));
    CHECK(text.contains(S("Northwind Traders")));
    for (const test::AudienceWord& w : test::kLeftOutWords) {
        INFO(w.what);
        CHECK_FALSE(text.contains(QLatin1String(w.word)));
    }
    CHECK(text.contains(S("Qkagreedterms")));

    // The plain action stays the internal summary.
    const QString internal = f.dir.path(S("internal.md"));
    f.prompter.push(internal);
    trigger(*f.window, "actionExportSummary");
    CHECK(QString::fromUtf8(readAll(internal)).contains(S("Qzourbatna")));
}

TEST_CASE("importing a CSV through the wizard creates its prospects and refreshes the views",
          "[gui]")
{
    test::GuiFixture f;
    const QString csv = f.dir.path(S("hubspot.csv"));
    writeText(csv, kHubspotCsv);
    auto* wizard = openWizard(f, csv);

    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::PreviewPage);
    auto* preview = wizard->findChild<QTableView*>(S("importPreview"));
    REQUIRE(preview);
    CHECK(preview->model()->rowCount() == 2);
    CHECK(preview->model()->index(1, 0).data().toString() == S("Contoso, Retail"));

    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    CHECK(wizard->mappingCombo(core::ImportField::Name)->currentText() == S("Company name"));
    CHECK(wizard->mappingCombo(core::ImportField::Owner)->currentText() == S("Deal owner"));
    CHECK(wizard->mappingCombo(core::ImportField::ContactEmail)->currentText() == S("Email"));
    // The user edits the guess: owners are not taken from the file.
    wizard->mappingCombo(core::ImportField::Owner)->setCurrentIndex(0);

    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::ValuesPage);
    CHECK(wizard->valueTable()->values() ==
          QStringList{S("Qualified to buy"), S("Appointment scheduled")});
    CHECK(wizard->valueTable()->unrecognisedCount() == 0);

    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DryRunPage);
    auto* summary = wizard->findChild<QLabel*>(S("importPlanSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(S("2 prospect")));
    CHECK(wizard->findChild<QTableWidget*>(S("importPlanTable"))->rowCount() == 2);
    CHECK(prospectCount(f) == 0); // a dry run writes nothing

    QAbstractButton* finish = wizard->button(QWizard::FinishButton);
    REQUIRE(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    test::settle();

    CHECK(prospectNames(f) == QStringList{S("Contoso, Retail"), S("Northwind Traders")});
    for (const auto& r :
         f.session->store().prospects().rows({}, core::ProspectSort::Name, true, 10, 0))
        CHECK(r.prospect.owner == S("Tester")); // the edited mapping was used
    CHECK(f.window->prospectTable()->prospectModel()->rowCount() == 2);
}

TEST_CASE("the wizard's value table maps the file's stages; an unknown one goes to stage 1 and "
          "is reported",
          "[gui][import]")
{
    test::GuiFixture f;
    const QString csv = f.dir.path(S("stages.csv"));
    writeText(csv, "Company name,Deal Stage,Deal Status\n"
                   "Northwind Traders,Discovery Call,open\n"
                   "Contoso Retail,Negotiation,open\n"
                   "Fabrikam,Weird Stage,\n"
                   "Litware,discovery  call ,\n");
    auto* wizard = openWizard(f, csv);
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::ValuesPage);

    // One row per distinct value (compared as the import compares them), stage column first.
    gui::ImportValueTable* table = wizard->valueTable();
    REQUIRE(table->values() ==
            QStringList{S("Discovery Call"), S("Negotiation"), S("Weird Stage"), S("open")});
    CHECK(table->stageCombo(S("Negotiation"))->currentData().toInt() ==
          static_cast<int>(core::Stage::Negotiation));
    CHECK(table->statusCombo(S("open"))->currentData().toInt() ==
          static_cast<int>(core::Status::Active));
    CHECK(table->isUnrecognised(S("Discovery Call")));
    CHECK(table->isUnrecognised(S("Weird Stage")));
    auto* note = wizard->findChild<QLabel*>(S("importValueNote3"));
    REQUIRE(note);
    CHECK(note->text().contains(S("Not recognised")));
    CHECK(note->text().contains(S("stage 1")));
    CHECK(table->summaryText().contains(S("2 not recognised")));

    // The user says what "Discovery Call" means, from the keyboard: two steps down is stage 2.
    QComboBox* discovery = table->stageCombo(S("Discovery Call"));
    discovery->setFocus();
    QTest::keyClick(discovery, Qt::Key_Down);
    QTest::keyClick(discovery, Qt::Key_Down);
    CHECK(discovery->currentData().toInt() == static_cast<int>(core::Stage::Consulting));
    CHECK_FALSE(table->isUnrecognised(S("Discovery Call")));
    CHECK(table->summaryText().contains(S("1 not recognised")));

    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DryRunPage);
    // Back and on again keeps the choice.
    wizard->back();
    REQUIRE(wizard->currentId() == ImportWizard::ValuesPage);
    CHECK(table->stageCombo(S("Discovery Call"))->currentData().toInt() ==
          static_cast<int>(core::Stage::Consulting));
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DryRunPage);

    // The dry run reports the unknown value, and only it.
    CHECK(wizard->findChild<QLabel*>(S("importPlanSummary"))
              ->text()
              .contains(S("1 row(s) had a stage or status Accord does not know")));
    const QString warnings = wizard->findChild<QPlainTextEdit*>(S("importWarnings"))->toPlainText();
    CHECK(warnings.contains(S("\"Weird Stage\"")));
    CHECK(warnings.contains(S("stage 1")));
    CHECK_FALSE(warnings.contains(S("Discovery Call")));

    QAbstractButton* finish = wizard->button(QWizard::FinishButton);
    REQUIRE(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    test::settle();

    std::map<QString, core::Stage> stages;
    for (const auto& r :
         f.session->store().prospects().rows({}, core::ProspectSort::Name, true, 10, 0))
        stages[r.prospect.name] = r.prospect.stage;
    CHECK(stages ==
          std::map<QString, core::Stage>{{S("Contoso Retail"), core::Stage::Negotiation},
                                         {S("Fabrikam"), core::Stage::Informative},
                                         {S("Litware"), core::Stage::Consulting},
                                         {S("Northwind Traders"), core::Stage::Consulting}});
}

TEST_CASE("the value step is skipped when neither a stage nor a status column is mapped",
          "[gui][import]")
{
    test::GuiFixture f;
    const QString csv = f.dir.path(S("stages.csv"));
    writeText(csv, "Company name,Deal Stage\n"
                   "Northwind Traders,Weird Stage\n");
    auto* wizard = openWizard(f, csv);
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    wizard->mappingCombo(core::ImportField::Stage)->setCurrentIndex(0); // not imported
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DryRunPage);
    CHECK(wizard->findChild<QPlainTextEdit*>(S("importWarnings"))->toPlainText().isEmpty());
    wizard->back();
    CHECK(wizard->currentId() == ImportWizard::MappingPage);
}

TEST_CASE("a CSV with a bad date is refused on the dry run naming the line; nothing is written",
          "[gui]")
{
    test::GuiFixture f;
    f.addProspect(S("Existing Co"));
    const QString csv = f.dir.path(S("bad-date.csv"));
    writeText(csv, "Company name,Create Date\n"
                   "Northwind Traders,2026-01-15\n"
                   "Contoso Retail,2026-02-30\n");
    auto* wizard = openWizard(f, csv);
    wizard->next();
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DryRunPage);
    auto* error = wizard->findChild<QLabel*>(S("importPlanError"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().contains(S("Line 3")));
    CHECK(error->text().contains(S("Create Date")));
    CHECK_FALSE(wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->accept(); // even forced, nothing is written
    test::settle();
    CHECK(prospectNames(f) == QStringList{S("Existing Co")});
}

TEST_CASE("a malformed CSV is refused on the first page with the line named", "[gui]")
{
    test::GuiFixture f;
    const QString csv = f.dir.path(S("broken.csv"));
    writeText(csv, "Company name,Owner\n"
                   "Northwind Traders,Dana\n"
                   "\"Contoso Retail,Sam\n");
    auto* wizard = openWizard(f, csv);
    wizard->next();
    CHECK(wizard->currentId() == ImportWizard::FilePage);
    auto* error = wizard->findChild<QLabel*>(S("importFileError"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().contains(S("Line 3")));
    CHECK(wizard->errorText() == error->text());
    CHECK(prospectCount(f) == 0);

    // A missing file is refused the same way.
    wizard->fileEdit()->setText(f.dir.path(S("nowhere.csv")));
    wizard->next();
    CHECK(wizard->currentId() == ImportWizard::FilePage);
    CHECK_FALSE(error->text().isEmpty());
}

TEST_CASE("a JSON backup restores into a new database that can be opened", "[gui]")
{
    test::GuiFixture f(true);
    const int before = f.session->store().prospects().count(
        core::ProspectFilter{{}, {}, {}, {}, {}, {}, core::ProspectFilter::Trash::Include});
    REQUIRE(before > 0);
    const QString json = f.dir.path(S("backup.json"));
    f.prompter.push(json);
    trigger(*f.window, "actionBackUp");
    REQUIRE(QFileInfo::exists(json));

    // Into an existing file: refused, nothing touched.
    f.prompter.push(json);
    f.prompter.push(f.path);
    trigger(*f.window, "actionRestoreBackup");
    CHECK(f.prompter.asked().last().contains(S("already exists")));

    const QString target = f.dir.path(S("restored.sqlite"));
    f.prompter.push(json);
    f.prompter.push(target);
    f.prompter.push(true); // open it now
    trigger(*f.window, "actionRestoreBackup");
    CHECK(f.session->store().location() == target);
    CHECK(f.session->store().prospects().count(core::ProspectFilter{
              {}, {}, {}, {}, {}, {}, core::ProspectFilter::Trash::Include}) == before);
}

TEST_CASE("Back up… to a .sqlite file makes an openable copy of the database", "[gui]")
{
    test::GuiFixture f;
    f.addProspect(S("Northwind Traders"));
    const QString copy = f.dir.path(S("copy.sqlite"));
    f.prompter.push(copy);
    trigger(*f.window, "actionBackUp");
    REQUIRE(QFileInfo::exists(copy));
    auto store = test::GuiFixture::open(copy);
    CHECK(store->prospects().count({}) == 1);
}

TEST_CASE("a store that cannot copy itself into a file is backed up as JSON only", "[gui]")
{
    test::GuiFixture f;
    f.addProspect(S("Northwind Traders"));
    f.session->replaceStore(
        std::make_unique<test::NoFileCopyStore>(test::GuiFixture::open(f.path)));
    const QString copy = f.dir.path(S("copy.sqlite"));
    f.prompter.push(copy);
    trigger(*f.window, "actionBackUp");
    CHECK_FALSE(QFileInfo::exists(copy));
    REQUIRE_FALSE(f.prompter.asked().isEmpty());
    CHECK(f.prompter.asked().last().contains(S("can only be backed up as JSON")));

    const QString json = f.dir.path(S("backup.json"));
    f.prompter.push(json);
    trigger(*f.window, "actionBackUp");
    REQUIRE(QFileInfo::exists(json));
    const core::BackupContents contents = core::parseBackup(readAll(json));
    CHECK(contents.schema == storage::latestVersion());
    REQUIRE(contents.prospects.size() == 1);
    CHECK(contents.prospects[0].prospect.name == S("Northwind Traders"));
}

// `gui_tests "[screenshots]"` writes docs/screenshots/import.png (or to $ACCORD_SCREENSHOT_DIR).
TEST_CASE("screenshot of the import wizard's mapping page", "[.][screenshots]")
{
    test::GuiFixture f;
    const QString csv = f.dir.path(S("pipedrive-deals.csv"));
    writeText(csv, "Deal - Title,Organization - Name,Deal - Owner,Deal - Value,Deal - Currency,"
                   "Deal - Stage,Deal - Status,Person - Name,Person - Email,Deal - Expected close "
                   "date,Deal - Next activity subject\n"
                   "Fleet renewal,Northwind Traders,Dana Reyes,48000,EUR,Qualified,open,Ana Ruiz,"
                   "ana@northwind.example,2026-07-01,Send data request\n"
                   "Store pilot,Contoso Retail,Sam Okafor,12000,USD,Contact Made,open,Ben Ko,"
                   "ben@contoso.example,2026-06-20,Book workshop\n");
    auto* wizard = openWizard(f, csv);
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    wizard->resize(820, 640);
    test::settle();
    const QString folder =
        qEnvironmentVariable("ACCORD_SCREENSHOT_DIR", QStringLiteral(ACCORD_SCREENSHOTS_DEFAULT));
    REQUIRE(QDir().mkpath(folder));
    CHECK(wizard->grab().save(QDir(folder).filePath(S("import.png"))));
}

// `gui_tests "[screenshots]"` writes docs/screenshots/import-values.png.
TEST_CASE("screenshot of the import wizard's value table", "[.][screenshots]")
{
    test::GuiFixture f;
    const QString csv = f.dir.path(S("pipedrive-deals.csv"));
    writeText(csv, "Organization - Name,Deal - Owner,Deal - Value,Deal - Stage,Deal - Status\n"
                   "Northwind Traders,Dana Reyes,48000,Qualified,open\n"
                   "Contoso Retail,Sam Okafor,12000,Contact Made,open\n"
                   "Fabrikam,Dana Reyes,30000,Demo Scheduled,open\n"
                   "Litware,Sam Okafor,22000,Proposal Made,open\n"
                   "Adventure Works,Dana Reyes,61000,Negotiations Started,open\n"
                   "Tailspin Toys,Sam Okafor,9000,Pilot running,open\n"
                   "Wide World Importers,Dana Reyes,75000,Negotiations Started,won\n"
                   "Proseware,Sam Okafor,5000,Contact Made,lost\n"
                   "Alpine Ski House,Dana Reyes,18000,Qualified,open\n"
                   "Coho Winery,Sam Okafor,14000,Lead In,open\n"
                   "Fourth Coffee,Dana Reyes,8000,Demo Scheduled,deleted\n");
    auto* wizard = openWizard(f, csv);
    wizard->next();
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::ValuesPage);
    QComboBox* qualified = wizard->valueTable()->stageCombo(S("Qualified"));
    REQUIRE(qualified);
    qualified->setCurrentIndex(qualified->findData(static_cast<int>(core::Stage::Informative)));
    wizard->resize(820, 580);
    test::settle();
    const QString folder =
        qEnvironmentVariable("ACCORD_SCREENSHOT_DIR", QStringLiteral(ACCORD_SCREENSHOTS_DEFAULT));
    REQUIRE(QDir().mkpath(folder));
    CHECK(wizard->grab().save(QDir(folder).filePath(S("import-values.png"))));
}

TEST_CASE("exports and backups onto the open database's -wal/-shm are refused", "[gui]")
{
    test::GuiFixture f;
    f.addProspect(S("Northwind Traders"));
    const QStringList targets{f.path + S("-wal"), f.path + S("-shm")};
    for (const QString& target : targets) {
        for (const char* action :
             {"actionExportPipeline", "actionExportCalendar", "actionBackUp"}) {
            if (!f.window->findChild<QAction*>(QString::fromLatin1(action)))
                continue;
            const qsizetype asked = f.prompter.asked().size();
            f.prompter.push(target);
            trigger(*f.window, action);
            INFO(action << " " << target.toStdString());
            REQUIRE(f.prompter.asked().size() > asked);
            CHECK(f.prompter.asked().last().contains(S("is the open database")));
        }
    }
    CHECK(prospectCount(f) == 1);
    auto* store = dynamic_cast<storage::SqliteStore*>(&f.session->store());
    REQUIRE(store);
    CHECK(store->integrityProblems().isEmpty());
}

TEST_CASE("the wizard refuses an ambiguous date until the date format says how it reads, and "
          "shows the import's warnings",
          "[gui][import]")
{
    test::GuiFixture f;
    const QString csv = f.dir.path(S("dates.csv"));
    writeText(csv, "Company name;Create Date;Email\n"
                   "Northwind Traders;01/02/2026;not an address\n"
                   ";2026-01-15;\n");
    auto* wizard = openWizard(f, csv);
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    QComboBox* format = wizard->dateFormatCombo();
    REQUIRE(format);
    CHECK(format->objectName() == S("importDateFormat"));
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DryRunPage);
    auto* error = wizard->findChild<QLabel*>(S("importPlanError"));
    CHECK(error->text().contains(S("Line 2")));
    CHECK(error->text().contains(S("01/02/2026")));
    CHECK_FALSE(wizard->button(QWizard::FinishButton)->isEnabled());

    wizard->back();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    format->setCurrentIndex(format->findData(static_cast<int>(core::DateOrder::DMY)));
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DryRunPage);
    CHECK_FALSE(error->isVisible());
    const QString warnings = wizard->findChild<QPlainTextEdit*>(S("importWarnings"))->toPlainText();
    CHECK(warnings.contains(S("not an address")));
    CHECK(warnings.contains(S("Line 3")));
    CHECK(wizard->findChild<QLabel*>(S("importPlanSummary"))->text().contains(S("skipped")));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    test::settle();
    const auto rows =
        f.session->store().prospects().rows({}, core::ProspectSort::Name, true, 10, 0);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].prospect.createdAt.date() == QDate(2026, 2, 1));
}
