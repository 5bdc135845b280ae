// Close dates, the forecast and reasons in the app: the Review page's forecast
// chart, slipped list and losses per reason on the demo pipeline; the
// prospect's close date edited with undo and its slippage shown; a loss asks
// for a reason from the list; Settings → Reasons adds, renames and removes.

#include "GuiTestSupport.h"

#include "ProspectActions.h"
#include "dialogs/ReasonsPage.h"
#include "dialogs/SettingsDialog.h"
#include "review/ForecastPanel.h"
#include "review/ReviewPage.h"
#include "views/OverviewTab.h"
#include "views/ProspectDetailView.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

using namespace accord;
using gui::ForecastPanel;
using gui::ReviewPage;

namespace {

QString screenshotFolder()
{
    const QString folder =
        qEnvironmentVariable("ACCORD_SCREENSHOT_DIR", QStringLiteral(ACCORD_SCREENSHOTS_DEFAULT));
    REQUIRE(QDir().mkpath(folder));
    return folder;
}

} // namespace

TEST_CASE("the review shows the forecast by close date, the slipped list and losses per reason",
          "[gui][review][forecast]")
{
    test::GuiFixture f(true);
    ReviewPage* page = test::addReview(f);
    ForecastPanel* panel = page->forecastPanel();
    REQUIRE(panel);
    const core::Forecast forecast = panel->forecast();
    REQUIRE(forecast.periods.size() == 3);
    int dated = forecast.overdue.count;
    for (const core::ForecastPeriod& p : forecast.periods)
        dated += p.count;
    CHECK(dated > 10); // the demo's open prospects have dates over three quarters
    CHECK(test::barPixels(panel->forecastChart()) > 200);

    // A bar lists the prospects expected to close in its period.
    auto* series =
        static_cast<QAbstractBarSeries*>(panel->forecastChart()->chart()->series().at(0));
    const int first = forecast.overdue.count > 0 ? 1 : 0;
    emit series->barSets().at(0)->clicked(first);
    test::settle();
    const auto dialogs = page->findChildren<QDialog*>(QStringLiteral("drillDialog"));
    REQUIRE_FALSE(dialogs.isEmpty());
    CHECK(dialogs.last()->findChild<QListWidget*>(QStringLiteral("drillList"))->count() ==
          forecast.periods[0].count);
    dialogs.last()->close();

    // By month: six periods.
    auto* grain = panel->findChild<QComboBox*>(QStringLiteral("forecastGrain"));
    REQUIRE(grain);
    grain->setCurrentIndex(grain->findData(static_cast<int>(core::ForecastGrain::Month)));
    CHECK(panel->forecast().periods.size() == 6);

    // The slipped list: the demo moved some dates later lately; a row opens its prospect.
    REQUIRE_FALSE(panel->slipped().empty());
    QTableWidget* slipped = panel->slippedView();
    CHECK(slipped->rowCount() == static_cast<int>(panel->slipped().size()));
    CHECK(slipped->item(0, 0)->text() == panel->slipped().front().name);
    QSignalSpy opened(page, &ReviewPage::openRequested);
    emit slipped->itemActivated(slipped->item(0, 2));
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == panel->slipped().front().id);
    CHECK(f.window->detail()->prospectId() == panel->slipped().front().id);

    // Losses per reason and stage, as the report counts them.
    f.window->showPage(page);
    test::settle();
    const std::vector<core::ReasonLosses>& losses = page->report().lostByReason;
    REQUIRE_FALSE(losses.empty());
    QTableWidget* table = panel->lossesView();
    REQUIRE(table->rowCount() == static_cast<int>(losses.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const core::ReasonLosses& l = losses[static_cast<std::size_t>(row)];
        CHECK(table->item(row, 0)->text() == l.label);
        CHECK(table->item(row, 4)->text() == QString::number(l.total));
    }
    CHECK(test::barPixels(panel->lossChart()) > 50);
}

TEST_CASE("the overview edits the close date with undo and shows how far it slipped",
          "[gui][forecast]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(QStringLiteral("Northwind"));
    f.window->openProspect(id);
    test::settle();
    gui::OverviewTab* overview = f.window->detail()->overview();
    auto* has = overview->findChild<QCheckBox*>(QStringLiteral("hasCloseCheck"));
    auto* date = overview->findChild<QDateEdit*>(QStringLiteral("closeEdit"));
    auto* slippage = overview->findChild<QLabel*>(QStringLiteral("slippageLabel"));
    REQUIRE(has);
    REQUIRE(date);
    REQUIRE(slippage);
    CHECK_FALSE(has->isChecked());
    CHECK(slippage->text() == QStringLiteral("no close date set yet"));

    date->setDate(QDate(2027, 3, 31));
    has->setChecked(true); // saves
    CHECK(f.prospect(id).expectedClose == QDate(2027, 3, 31));
    date->setDate(QDate(2027, 5, 10));
    emit date->editingFinished();
    test::settle();
    CHECK(f.prospect(id).expectedClose == QDate(2027, 5, 10));
    CHECK(f.session->store().prospects().closeHistory(id).size() == 2);
    CHECK(slippage->text() == QStringLiteral("The close date moved later once, by 40 days."));

    f.session->undoStack()->undo();
    test::settle();
    CHECK(f.prospect(id).expectedClose == QDate(2027, 3, 31));
    CHECK(f.session->store().prospects().closeHistory(id).size() == 1);
    CHECK(slippage->text() == QStringLiteral("The close date never moved."));
    f.session->undoStack()->redo();
    CHECK(f.prospect(id).expectedClose == QDate(2027, 5, 10));
    CHECK(f.session->store().prospects().closeHistory(id).size() == 2);
}

TEST_CASE("marking a prospect lost asks for a reason from the list and a note", "[gui][reasons]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(QStringLiteral("Northwind"));
    f.prompter.push(3); // Competitor
    f.prompter.push(QStringLiteral("Went with their incumbent"));
    f.window->actions()->requestStatus(id, core::Status::Lost);
    test::settle();
    const core::Prospect lost = f.prospect(id);
    CHECK(lost.status == core::Status::Lost);
    CHECK(lost.reasonCode == QStringLiteral("competitor"));
    CHECK(lost.lostReason == QStringLiteral("Went with their incumbent"));

    // Cancelled at the list: nothing changes.
    const core::Id other = f.addProspect(QStringLiteral("Contoso"));
    f.prompter.push(-1);
    f.window->actions()->requestStatus(other, core::Status::Lost);
    test::settle();
    CHECK(f.prospect(other).status == core::Status::Active);
}

TEST_CASE("Settings → Reasons adds, renames and removes reasons; a removed one stays readable",
          "[gui][reasons]")
{
    test::GuiFixture f;
    auto dialog = std::make_unique<gui::SettingsDialog>(*f.session, f.window.get(), &f.prompter);
    gui::ReasonsPage* page = dialog->reasonsPage();
    REQUIRE(page);
    QTableWidget* table = page->table();
    REQUIRE(table->rowCount() == 7);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Price"));

    page->addReason(QStringLiteral("Budget frozen"));
    table->item(1, 0)->setText(QStringLiteral("Bad timing")); // renamed: key stays "timing"
    table->setCurrentCell(0, 0);
    page->removeSelected(); // Price
    dialog->accept();
    REQUIRE(dialog->result() == QDialog::Accepted);

    const std::vector<core::Reason>& reasons = f.session->pipelineSettings().reasons;
    const core::Reason* budget = core::findReason(reasons, QStringLiteral("budget_frozen"));
    REQUIRE(budget);
    CHECK(budget->label == QStringLiteral("Budget frozen"));
    CHECK(core::findReason(reasons, QStringLiteral("timing"))->label ==
          QStringLiteral("Bad timing"));
    CHECK(core::findReason(reasons, QStringLiteral("price")) == nullptr);
    CHECK(core::reasonLabel(reasons, QStringLiteral("price")) == QStringLiteral("Price"));
    CHECK(core::PipelineSettings::load(f.session->store().settings()).reasons == reasons);

    // Two reasons with one label keep the dialog open with the reason shown.
    dialog = std::make_unique<gui::SettingsDialog>(*f.session, f.window.get(), &f.prompter);
    page = dialog->reasonsPage();
    page->addReason(QStringLiteral("budget FROZEN"));
    dialog->accept();
    CHECK(dialog->result() != QDialog::Accepted);
    auto* error = page->findChild<QLabel*>(QStringLiteral("reasonsError"));
    REQUIRE(error);
    CHECK(error->isVisibleTo(page));
    CHECK(error->text().contains(QStringLiteral("budget FROZEN")));
}

// `gui_tests "[screenshots]"` writes docs/screenshots/review-forecast.png and
// settings-reasons.png (or to $ACCORD_SCREENSHOT_DIR).
TEST_CASE("screenshot of the review's forecast and reasons on the demo pipeline",
          "[.][screenshots]")
{
    test::GuiFixture f(true);
    ReviewPage* page = test::addReview(f);
    page->forecastPanel()->resize(1300, page->forecastPanel()->sizeHint().height());
    auto* scroll = page->findChild<QScrollArea*>(QStringLiteral("reviewScroll"));
    REQUIRE(scroll);
    scroll->ensureWidgetVisible(page->forecastPanel(), 0, 0);
    test::settle();
    CHECK(page->forecastPanel()->grab().save(
        QDir(screenshotFolder()).filePath(QStringLiteral("review-forecast.png"))));
}

TEST_CASE("screenshot of Settings → Reasons", "[.][screenshots]")
{
    test::GuiFixture f;
    gui::SettingsDialog dialog(*f.session, f.window.get(), &f.prompter);
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
    REQUIRE(tabs);
    tabs->setCurrentWidget(dialog.reasonsPage());
    dialog.resize(640, 480);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    test::settle();
    CHECK(dialog.grab().save(
        QDir(screenshotFolder()).filePath(QStringLiteral("settings-reasons.png"))));
}
