// The Review page on the demo pipeline: charts draw, models behave, numbers
// drill down to prospects that open, the dashboard exports as PDF.

#include "GuiTestSupport.h"

#include "review/ReviewModels.h"
#include "review/ReviewPage.h"
#include "views/ProspectDetailView.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace accord;
using gui::ReviewPage;

namespace {

QDialog* drillDialog(ReviewPage* page)
{
    test::settle();
    const auto dialogs = page->findChildren<QDialog*>(QStringLiteral("drillDialog"));
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

} // namespace

TEST_CASE("the review charts draw bars and its tables pass the model tester", "[gui][review]")
{
    test::GuiFixture f(true);
    ReviewPage* page = test::addReview(f);
    const core::PipelineReport r = page->report(); // a copy: the page replaces its own
    REQUIRE(r.openCount > 0);

    CHECK(test::barPixels(page->stageChart()) > 200);
    CHECK(test::barPixels(page->timeChart()) > 100);
    CHECK(test::barPixels(page->movementChart()) > 50);

    QAbstractItemModelTester stalled(page->stalledModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester owners(page->ownerModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester conversion(page->conversionModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page->stalledModel()->rowCount() == static_cast<int>(r.stalled.size()));
    CHECK(page->ownerModel()->rowCount() == static_cast<int>(r.owners.size()));
    CHECK(page->conversionModel()->rowCount() == 3);

    // One owner: the table shrinks to that owner; a refresh through the filters keeps
    // the testers quiet.
    const QString owner = r.owners.front().owner;
    page->setOwner(owner);
    test::settle();
    REQUIRE(page->report().owners.size() == 1);
    CHECK(page->ownerModel()->index(0, gui::OwnerModel::OwnerColumn).data().toString() == owner);
    CHECK(page->report().openCount < r.openCount);

    page->setRange(ReviewPage::Range::ThisWeek);
    CHECK(page->report().weeks.size() <= 2);
    page->setCustomRange(QDate(2000, 1, 1), QDate(2000, 1, 31)); // nothing happened then
    for (core::Movement m : core::kAllMovements)
        CHECK(page->report().moved(m).empty());
}

TEST_CASE("a tile lists the prospects behind it and one opens in its detail", "[gui][review]")
{
    test::GuiFixture f(true);
    ReviewPage* page = test::addReview(f);
    const int stalled = page->report().stalledCount;
    REQUIRE(stalled > 0);

    auto* tile = page->findChild<QPushButton*>(QStringLiteral("stalledTile"));
    REQUIRE(tile);
    CHECK(tile->text().contains(QString::number(stalled)));
    tile->click();
    QDialog* dialog = drillDialog(page);
    REQUIRE(dialog);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("drillList"));
    REQUIRE(list);
    CHECK(list->count() == stalled);
    const QString first = list->item(0)->text();
    CHECK(first.startsWith(page->report().stalled.front().name));

    QSignalSpy opened(page, &ReviewPage::openRequested);
    list->setCurrentRow(0);
    emit list->itemActivated(list->item(0));
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == page->report().stalled.front().id);
    CHECK(f.window->currentPage() == f.window->detail());
    CHECK(f.window->detail()->prospectId() == page->report().stalled.front().id);
}

TEST_CASE("clicking a stage bar lists that stage's open prospects", "[gui][review]")
{
    test::GuiFixture f(true);
    ReviewPage* page = test::addReview(f);
    auto* series = static_cast<QAbstractBarSeries*>(page->stageChart()->chart()->series().at(0));
    QBarSet* set = series->barSets().at(0);
    emit set->clicked(3); // the top bar: stage 1 (the funnel is drawn bottom-up)
    QDialog* dialog = drillDialog(page);
    REQUIRE(dialog);
    CHECK(dialog->findChild<QListWidget*>(QStringLiteral("drillList"))->count() ==
          page->report().stage(core::Stage::Informative).count);
}

TEST_CASE("the status bar counts the stalled prospects the review lists", "[gui][review]")
{
    test::GuiFixture f(true);
    ReviewPage* page = test::addReview(f);
    const int stalled = page->report().stalledCount;
    REQUIRE(stalled > 0);
    auto* label = f.window->findChild<QLabel*>(QStringLiteral("countLabel"));
    REQUIRE(label);
    const QString expected = QStringLiteral("%1 stalled").arg(QLocale().toString(stalled));
    const bool shown = QTest::qWaitFor([&] { return label->text().endsWith(expected); }, 2000);
    INFO(label->text().toStdString());
    CHECK(shown);
}

TEST_CASE("the dashboard exports as a PDF with its charts", "[gui][review]")
{
    test::GuiFixture f(true);
    ReviewPage* page = test::addReview(f);
    const QString pdf = f.dir.path(QStringLiteral("review.pdf"));
    page->exportPdf(pdf);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(file.size() > 20'000); // the three charts are in it
}

TEST_CASE("the PDF's figures come from the report, not from the page's buttons", "[gui][review]")
{
    test::GuiFixture f(true);
    ReviewPage* page = test::addReview(f);
    auto* won = page->findChild<QPushButton*>(QStringLiteral("wonTile"));
    REQUIRE(won);
    won->setText(QStringLiteral("Painted over\nnothing"));
    const QString html = page->pdfContent().tilesHtml;
    CHECK_FALSE(html.contains(QStringLiteral("Painted over")));
    CHECK(html.contains(QStringLiteral("<small>Won</small><br><b>%1 · ").arg(page->report().won)));
    CHECK(html.contains(QStringLiteral("<b>%1</b>").arg(page->report().stalledCount)));
}

TEST_CASE("Export PDF asks for a file through the prompter and reports a failure there",
          "[gui][review]")
{
    test::GuiFixture f(true);
    ReviewPage* page = test::addReview(f);
    const QString pdf = f.dir.path(QStringLiteral("asked.pdf"));
    f.prompter.push(pdf);
    page->findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->click();
    CHECK(QFile::exists(pdf));
    REQUIRE(f.prompter.asked().size() == 1);

    f.prompter.push(f.dir.path(QStringLiteral("no/such/folder/review.pdf")));
    page->findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->click();
    REQUIRE(f.prompter.asked().size() == 3); // the file, then the failure
    CHECK(f.prompter.asked().last().contains(QStringLiteral("could not be written")));
}

// `gui_tests "[screenshots]"` writes docs/screenshots/review.png (or to $ACCORD_SCREENSHOT_DIR).
TEST_CASE("screenshot of the review dashboard on the demo pipeline", "[.][screenshots]")
{
    test::GuiFixture f(true);
    test::addReview(f);
    const QString folder =
        qEnvironmentVariable("ACCORD_SCREENSHOT_DIR", QStringLiteral(ACCORD_SCREENSHOTS_DEFAULT));
    REQUIRE(QDir().mkpath(folder));
    CHECK(f.window->grab().save(QDir(folder).filePath(QStringLiteral("review.png"))));
}

TEST_CASE("the review PDF lays an Arabic owner's name out in its own cell", "[gui][review]")
{
    test::GuiFixture f(true);
    const QString owner = QStringLiteral("فاطمة الزهراء");
    // A few open prospects of an owner whose name is written right to left.
    for (int i = 0; i < 3; ++i)
        f.addProspect(QStringLiteral("Tailwind Toys %1").arg(i + 1), owner, 2'500'000);
    ReviewPage* page = test::addReview(f);
    const QString pdf =
        qEnvironmentVariable("ACCORD_REVIEW_PDF", f.dir.path(QStringLiteral("review.pdf")));
    page->exportPdf(pdf);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
}
