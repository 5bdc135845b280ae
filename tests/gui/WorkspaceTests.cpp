// The method's workspaces in the GUI: the Informative, Consulting and
// Negotiation tabs, the live win-win check, and the gate criteria editor.

#include "GuiTestSupport.h"
#include "models/EvidenceModels.h"
#include "models/MethodModels.h"
#include "views/ConsultingTab.h"
#include "views/GapChart.h"
#include "views/GateCriteriaPage.h"
#include "views/InformativeTab.h"
#include "views/NegotiationTab.h"
#include "views/ProspectDetailView.h"
#include "views/WorkspaceWidgets.h"
#include "views/Workspaces.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include <sqlite3.h>

using namespace accord;
using Tester = QAbstractItemModelTester;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

QString S(const char* s)
{
    return QString::fromUtf8(s);
}

/// The window with the three workspaces added and `id` open on `tab`.
gui::MethodWorkspaces openWorkspaces(test::GuiFixture& f, core::Id id)
{
    // The window has its workspaces already: use those, do not add a second set.
    gui::MethodWorkspaces w;
    w.informative = f.window->detail()->findChild<gui::InformativeTab*>();
    w.consulting = f.window->detail()->findChild<gui::ConsultingTab*>();
    w.negotiation = f.window->detail()->findChild<gui::NegotiationTab*>();
    if (!w.informative || !w.consulting || !w.negotiation)
        w = gui::addMethodWorkspaces(*f.window->detail(), *f.session);
    f.window->openProspect(id);
    test::settle();
    return w;
}

void show(test::GuiFixture& f, QWidget* tab)
{
    f.window->detail()->tabs()->setCurrentWidget(tab);
    test::settle();
}

/// Types into a table cell the way a user does: F2, the text, Enter.
void typeIntoCell(QTableView* view, const QModelIndex& index, const QString& text)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget* editor = view->focusWidget();
    REQUIRE(editor);
    REQUIRE(editor != view);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->selectAll();
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor))
        spin->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    test::settle();
}

/// Types into a worksheet field and leaves it (that is when it saves).
void typeAndLeave(QWidget* field, QWidget* next, const QString& text)
{
    field->setFocus();
    QTest::keyClicks(field, text);
    next->setFocus();
    test::settle();
}

} // namespace

TEST_CASE("stage-1 evidence entered in the Informative tab meets the gate, and undo takes it back",
          "[gui][workspace]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("Northwind Wholesale"));
    core::Meeting m;
    m.prospectId = id;
    m.occurredAt = f.session->now().addDays(-2);
    m.summary = S("Market outlook presentation");
    f.session->service().logMeeting(m);
    const auto w = openWorkspaces(f, id);
    show(f, w.informative);
    Tester insightTester(w.informative->findChild<gui::InsightModel*>(),
                         Tester::FailureReportingMode::Fatal);
    Tester requestTester(w.informative->findChild<gui::DataRequestModel*>(),
                         Tester::FailureReportingMode::Fatal);

    auto* combo = child<QComboBox>(w.informative, "insightMeetingCombo");
    CHECK(combo->currentText().contains(S("Market outlook presentation"))); // the latest meeting
    QTest::keyClicks(child<QLineEdit>(w.informative, "insightTitleEdit"),
                     S("B2B buyers research online first"));
    QTest::mouseClick(child<QPushButton>(w.informative, "addInsightButton"), Qt::LeftButton);
    test::settle();
    auto insights = f.session->store().evidence().insights(id);
    REQUIRE(insights.size() == 1);
    CHECK(insights[0].meetingId != core::kNoId);
    typeAndLeave(child<gui::CommitTextEdit>(w.informative, "insightBodyEdit"),
                 child<QLineEdit>(w.informative, "insightTitleEdit"),
                 S("Their buyers compare suppliers online before they call an agent."));
    CHECK(f.session->store().evidence().insights(id)[0].body.startsWith(S("Their buyers")));

    auto* item = child<QComboBox>(w.informative, "dataRequestItemCombo");
    CHECK(item->findText(S("Abandoned carts")) >= 0);   // the presets
    item->setCurrentText(S("Online revenue by month")); // or free text
    QTest::mouseClick(child<QPushButton>(w.informative, "addDataRequestButton"), Qt::LeftButton);
    test::settle();
    REQUIRE(w.informative->findChild<gui::DataRequestModel*>()->rowCount() == 1);
    auto* requests = child<QTableView>(w.informative, "dataRequestTable");
    requests->selectRow(0);
    QTest::mouseClick(child<QPushButton>(w.informative, "markReceivedButton"), Qt::LeftButton);
    test::settle();
    const auto stored = f.session->store().evidence().dataRequests(id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].item == S("Online revenue by month"));
    CHECK(stored[0].status == core::DataRequestStatus::Received);
    CHECK(stored[0].receivedOn.isValid());

    auto* gate = child<QGroupBox>(w.informative, "gatePanel1");
    CHECK(gate->title().contains(S("3 of 3")));
    CHECK(f.session->service().gate(id, core::Stage::Informative).allMet());
    auto* criteria = child<QListWidget>(gate, "gateCriteriaList");
    REQUIRE(criteria->count() == 3);
    CHECK(criteria->item(2)->text().contains(S("met automatically")));

    QUndoStack* undo = f.session->undoStack();
    undo->undo(); // received → requested
    test::settle();
    CHECK(gate->title().contains(S("2 of 3")));
    undo->undo(); // the request
    undo->undo(); // the body
    undo->undo(); // the insight
    test::settle();
    CHECK(f.session->store().evidence().insights(id).empty());
    CHECK(w.informative->findChild<gui::InsightModel*>()->rowCount() == 0);
    undo->redo(); // the insight comes back with its id
    test::settle();
    REQUIRE(f.session->store().evidence().insights(id).size() == 1);
    CHECK(f.session->store().evidence().insights(id)[0].id == insights[0].id);
}

TEST_CASE("the Consulting tab lines metrics up with benchmarks, charts them and names a champion",
          "[gui][workspace]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("Contoso Supply"));
    core::Contact c;
    c.prospectId = id;
    c.name = S("Ravi Patel");
    c.title = S("COO");
    f.session->store().prospects().addContact(c);
    const auto w = openWorkspaces(f, id);
    show(f, w.consulting);
    Tester metricTester(w.consulting->findChild<gui::MetricModel*>(),
                        Tester::FailureReportingMode::Fatal);
    Tester gapTester(w.consulting->findChild<gui::GapModel*>(),
                     Tester::FailureReportingMode::Fatal);
    Tester oppTester(w.consulting->findChild<gui::OpportunityModel*>(),
                     Tester::FailureReportingMode::Fatal);

    auto* name = child<QComboBox>(w.consulting, "metricNameCombo");
    auto* value = child<QLineEdit>(w.consulting, "metricValueEdit");
    auto* unit = child<QLineEdit>(w.consulting, "metricUnitEdit");
    auto* source = child<QComboBox>(w.consulting, "metricSourceCombo");
    auto add = [&](const char* v, const char* u, int src) {
        name->setCurrentText(S("Online revenue"));
        child<QLineEdit>(w.consulting, "metricPeriodEdit")->setText(S("2025"));
        unit->setText(S(u));
        value->setText(S(v));
        source->setCurrentIndex(src);
        QTest::mouseClick(child<QPushButton>(w.consulting, "addMetricButton"), Qt::LeftButton);
        test::settle();
    };
    add("800000", "USD", 0);
    add("1000000", "USD", 1);
    add("1.5", "MUSD", 2); // a competitor figure in another unit

    gui::GapModel* gaps = w.consulting->findChild<gui::GapModel*>();
    REQUIRE(gaps->rowCount() == 2);
    CHECK(gaps->index(0, gui::GapModel::PercentColumn).data().toString().contains(S("-20")));
    CHECK(gaps->index(1, gui::GapModel::DifferenceColumn).data().toString() == S("units differ"));
    CHECK(gaps->index(1, 0).data(gui::ErrorRole).toString().contains(S("MUSD")));
    const auto& bars = w.consulting->findChild<gui::GapChart*>()->bars();
    REQUIRE(bars.size() == 2); // theirs and the industry; the refused figure stays off the axis
    CHECK(bars[0].second == Approx(800000));
    CHECK(bars[1].second == Approx(1000000));

    // Fixing the unit in the metrics table lines the competitor up too.
    auto* metrics = child<QTableView>(w.consulting, "metricTable");
    typeIntoCell(
        metrics,
        w.consulting->findChild<gui::MetricModel*>()->index(2, gui::MetricModel::UnitColumn),
        S("USD"));
    CHECK(gaps->index(1, 0).data(gui::ErrorRole).toString().isEmpty());
    typeIntoCell(
        metrics,
        w.consulting->findChild<gui::MetricModel*>()->index(2, gui::MetricModel::ValueColumn),
        S("1500000"));
    CHECK(gaps->index(1, gui::GapModel::PercentColumn).data().toString().contains(S("-46.7")));
    CHECK(w.consulting->findChild<gui::GapChart*>()->bars().size() == 3);

    auto* champion = child<QComboBox>(w.consulting, "opportunityChampionCombo");
    REQUIRE(champion->count() == 2);
    champion->setCurrentIndex(1);
    QTest::keyClicks(child<QLineEdit>(w.consulting, "opportunityTitleEdit"),
                     S("A product mix their competitors lack"));
    QTest::keyClicks(child<QLineEdit>(w.consulting, "opportunityLiftEdit"), S("12%"));
    QTest::mouseClick(child<QPushButton>(w.consulting, "addOpportunityButton"), Qt::LeftButton);
    test::settle();
    const auto opps = f.session->store().evidence().opportunities(id);
    REQUIRE(opps.size() == 1);
    CHECK(opps[0].liftKind == core::LiftKind::Percent);
    CHECK(opps[0].liftValue == Approx(12));
    CHECK(opps[0].championContactId != core::kNoId);
    CHECK(w.consulting->findChild<gui::OpportunityModel*>()
              ->index(0, gui::OpportunityModel::ChampionColumn)
              .data()
              .toString()
              .contains(S("Ravi Patel")));
    CHECK(f.session->service().gate(id, core::Stage::Consulting).allMet());

    // A lift nobody can read is refused with a message, and nothing is written.
    QTest::keyClicks(child<QLineEdit>(w.consulting, "opportunityTitleEdit"),
                     S("Reorder reminders"));
    QTest::keyClicks(child<QLineEdit>(w.consulting, "opportunityLiftEdit"), S("a lot"));
    QTest::mouseClick(child<QPushButton>(w.consulting, "addOpportunityButton"), Qt::LeftButton);
    test::settle();
    CHECK(f.session->store().evidence().opportunities(id).size() == 1);
    auto* error = child<QLabel>(w.consulting, "workspaceError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(S("a lot")));
}

TEST_CASE("filling the worksheet makes the win-win warning appear and clear as you edit",
          "[gui][workspace]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("Litware Parts"));
    const auto w = openWorkspaces(f, id);
    show(f, w.negotiation);
    Tester leverTester(w.negotiation->findChild<gui::LeverModel*>(),
                       Tester::FailureReportingMode::Fatal);
    Tester tradableTester(w.negotiation->findChild<gui::TradableModel*>(),
                          Tester::FailureReportingMode::Fatal);
    auto* summary = child<QLabel>(w.negotiation, "winWinSummary");
    auto* warnings = child<QLabel>(w.negotiation, "winWinWarnings");
    CHECK(summary->text().contains(S("Not judged yet")));
    CHECK_FALSE(warnings->isVisible());

    auto* theirInterests = child<gui::CommitTextEdit>(w.negotiation, "theirInterestsEdit");
    auto* ourBatna = child<gui::CommitTextEdit>(w.negotiation, "ourBatnaEdit");
    auto* theirBatna = child<gui::CommitTextEdit>(w.negotiation, "theirBatnaEdit");
    typeAndLeave(theirInterests, ourBatna, S("Protect field sales commissions"));
    typeAndLeave(ourBatna, theirBatna, S("Sell through the distributor"));
    typeAndLeave(theirBatna, theirInterests, S("Build in-house"));
    auto* stance = child<QSlider>(w.negotiation, "stanceSlider");
    stance->setFocus();
    QTest::keyClick(stance, Qt::Key_Left); // 3 → 2
    test::settle();
    auto n = f.session->store().evidence().negotiation(id);
    REQUIRE(n);
    CHECK(n->theirInterests == S("Protect field sales commissions"));
    CHECK(n->ourBatna == S("Sell through the distributor"));
    CHECK(n->theirBatna == S("Build in-house"));
    CHECK(n->stance == 2);
    CHECK(child<QLabel>(w.negotiation, "stanceLabel")->text().contains(S("Accommodating")));

    // Money is top for both sides and only we give on it: two warnings.
    auto* levers = child<QTableView>(w.negotiation, "leverTable");
    gui::LeverModel* model = w.negotiation->findChild<gui::LeverModel*>();
    const int money = static_cast<int>(core::Lever::Money);
    const int time = static_cast<int>(core::Lever::Time);
    REQUIRE(model->setData(model->index(money, gui::LeverModel::OurPriorityColumn), 5));
    REQUIRE(model->setData(model->index(money, gui::LeverModel::TheirPriorityColumn), 5));
    typeIntoCell(levers, model->index(money, gui::LeverModel::OurPositionColumn), S("List price"));
    typeIntoCell(levers, model->index(money, gui::LeverModel::OurConcessionColumn),
                 S("10% off the first year"));
    CHECK(w.negotiation->winWin().has(core::WinWinWarningKind::OnlyWeConcede));
    CHECK(w.negotiation->winWin().has(core::WinWinWarningKind::SingleLeverContest));
    CHECK(summary->text().contains(S("2 warnings")));
    CHECK(warnings->isVisible());
    CHECK(warnings->text().contains(S("Only we have conceded")));
    CHECK(warnings->text().contains(S("top priority for both sides")));

    // A tradable of theirs shows up as the thing to ask for.
    child<QComboBox>(w.negotiation, "tradableSideCombo")->setCurrentIndex(1);
    QTest::keyClicks(child<QLineEdit>(w.negotiation, "tradableItemEdit"), S("A public case study"));
    QTest::mouseClick(child<QPushButton>(w.negotiation, "addTradableButton"), Qt::LeftButton);
    test::settle();
    CHECK(warnings->text().contains(S("A public case study")));

    // They give on another lever: both warnings clear.
    typeIntoCell(levers, model->index(time, gui::LeverModel::TheirConcessionColumn),
                 S("Three-year term"));
    CHECK(w.negotiation->winWin().ok());
    CHECK(summary->text().contains(S("Win-win")));
    CHECK_FALSE(warnings->isVisible());

    // Undo brings the warning back; redo clears it again.
    f.session->undoStack()->undo(); // their concession
    test::settle();
    CHECK(summary->text().contains(S("warning")));
    f.session->undoStack()->redo();
    test::settle();
    CHECK(w.negotiation->winWin().ok());
}

TEST_CASE("signing the agreement in the Negotiation tab lets the prospect reach Partnership",
          "[gui][workspace]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("Fabrikam Tools"));
    const auto w = openWorkspaces(f, id);
    show(f, w.negotiation);
    auto* summary = child<gui::CommitTextEdit>(w.negotiation, "agreementSummaryEdit");
    typeAndLeave(summary, child<gui::CommitTextEdit>(w.negotiation, "ourBatnaEdit"),
                 S("Three-year platform agreement"));
    child<QCheckBox>(w.negotiation, "signedCheck")->setChecked(true);
    test::settle();
    const core::Prospect p = f.prospect(id);
    CHECK(p.agreementSummary == S("Three-year platform agreement"));
    CHECK(p.signedOn.isValid());
    f.session->undoStack()->undo();
    test::settle();
    CHECK_FALSE(f.prospect(id).signedOn.isValid());
    CHECK_FALSE(child<QCheckBox>(w.negotiation, "signedCheck")->isChecked());
}

TEST_CASE("every workspace model passes the model tester on the demo pipeline", "[gui][workspace]")
{
    test::GuiFixture f(true);
    core::ProspectFilter negotiation;
    negotiation.stage = core::Stage::Negotiation;
    const auto rows =
        f.session->store().prospects().rows(negotiation, core::ProspectSort::Name, true, 100, 0);
    REQUIRE_FALSE(rows.empty());
    core::Id richest = rows.front().prospect.id;
    for (const auto& r : rows)
        if (f.session->store().evidence().negotiation(r.prospect.id))
            richest = r.prospect.id;
    const auto w = openWorkspaces(f, richest);
    std::vector<std::unique_ptr<Tester>> testers;
    for (QAbstractItemModel* m : std::initializer_list<QAbstractItemModel*>{
             w.informative->findChild<gui::InsightModel*>(),
             w.informative->findChild<gui::DataRequestModel*>(),
             w.consulting->findChild<gui::MetricModel*>(),
             w.consulting->findChild<gui::GapModel*>(),
             w.consulting->findChild<gui::OpportunityModel*>(),
             w.negotiation->findChild<gui::LeverModel*>(),
             w.negotiation->findChild<gui::TradableModel*>()})
        testers.push_back(std::make_unique<Tester>(m, Tester::FailureReportingMode::Fatal));
    CHECK(w.informative->findChild<gui::InsightModel*>()->rowCount() > 0);
    CHECK(w.consulting->findChild<gui::MetricModel*>()->rowCount() > 0);
    CHECK(w.consulting->findChild<gui::GapModel*>()->rowCount() > 0);
    CHECK(w.negotiation->findChild<gui::LeverModel*>()->rowCount() == 4);

    // Walk the pipeline: every prospect loads into every model without a complaint.
    core::ProspectFilter all;
    for (const auto& r :
         f.session->store().prospects().rows(all, core::ProspectSort::Name, true, 200, 0))
        f.window->openProspect(r.prospect.id);
    test::settle();

    // Edits, undo and redo through each table.
    gui::MetricModel* metrics = w.consulting->findChild<gui::MetricModel*>();
    if (metrics->rowCount() > 0) {
        REQUIRE(metrics->setData(metrics->index(0, gui::MetricModel::ValueColumn), 123.5));
        f.session->undoStack()->undo();
        f.session->undoStack()->redo();
        CHECK(metrics->index(0, gui::MetricModel::ValueColumn).data(Qt::EditRole).toDouble() ==
              Approx(123.5));
        REQUIRE(metrics->removeItem(0));
        f.session->undoStack()->undo();
    }
}

TEST_CASE("the gate criteria editor adds, renames, reorders, removes and restores defaults, all "
          "undoable",
          "[gui][workspace]")
{
    test::GuiFixture f;
    gui::GateCriteriaPage page(*f.session);
    page.show();
    gui::GateCriteriaModel* model = page.findChild<gui::GateCriteriaModel*>();
    auto* view = page.findChild<QTableView*>(QStringLiteral("gateCriteriaTable"));
    REQUIRE(view);
    Tester tester(model, Tester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 3);
    const auto labels = [&] {
        QStringList out;
        for (const auto& c : f.session->store().gates().criteria())
            if (c.stage == core::Stage::Informative)
                out << c.label;
        return out;
    };
    const QStringList defaults = labels();

    QTest::keyClicks(child<QLineEdit>(&page, "newCriterionEdit"), S("Their CFO saw the numbers"));
    QTest::mouseClick(child<QPushButton>(&page, "addCriterionButton"), Qt::LeftButton);
    test::settle();
    REQUIRE(model->rowCount() == 4);
    CHECK(labels().last() == S("Their CFO saw the numbers"));
    CHECK(model->criteria().back().rule == core::GateRule::Manual);

    typeIntoCell(view, model->index(3, gui::GateCriteriaModel::LabelColumn),
                 S("Their CFO has seen the numbers"));
    CHECK(labels().last() == S("Their CFO has seen the numbers"));

    view->setCurrentIndex(model->index(3, 0));
    QTest::mouseClick(child<QPushButton>(&page, "moveCriterionUpButton"), Qt::LeftButton);
    test::settle();
    CHECK(labels().at(2) == S("Their CFO has seen the numbers"));
    CHECK(view->currentIndex().row() == 2);

    REQUIRE(model->setData(model->index(0, gui::GateCriteriaModel::RuleColumn),
                           static_cast<int>(core::GateRule::Manual)));
    CHECK(f.session->store().gates().criteria().front().rule == core::GateRule::Manual);

    view->setCurrentIndex(model->index(1, 0));
    QTest::mouseClick(child<QPushButton>(&page, "removeCriterionButton"), Qt::LeftButton);
    test::settle();
    CHECK(model->rowCount() == 3);

    // The hand-checked criterion can be ticked for a prospect.
    const core::Id id = f.addProspect(S("Adatum"));
    CHECK(f.session->service().gate(id, core::Stage::Informative).metCount() == 0);

    auto* stage = child<QComboBox>(&page, "gateStageCombo");
    stage->setCurrentIndex(2);
    CHECK(model->rowCount() == 5); // Negotiation's defaults
    stage->setCurrentIndex(0);

    QTest::mouseClick(child<QPushButton>(&page, "restoreCriteriaButton"), Qt::LeftButton);
    test::settle();
    CHECK(labels() == defaults);
    f.session->undoStack()->undo(); // back to the edited list
    test::settle();
    CHECK(labels().size() == 3);
    CHECK(labels().contains(S("Their CFO has seen the numbers")));
    for (int i = 0; i < 5; ++i)
        f.session->undoStack()->undo(); // remove, rule, move, rename, add
    test::settle();
    CHECK(labels() == defaults);
    CHECK(model->rowCount() == 3);
}

TEST_CASE("a criterion checked by hand is ticked from the stage's gate panel", "[gui][workspace]")
{
    test::GuiFixture f;
    auto criteria = f.session->store().gates().criteria();
    std::vector<core::GateCriterion> informative;
    for (const auto& c : criteria)
        if (c.stage == core::Stage::Informative)
            informative.push_back(c);
    core::GateCriterion manual;
    manual.stage = core::Stage::Informative;
    manual.position = static_cast<int>(informative.size());
    manual.label = S("Their CFO saw the numbers");
    informative.push_back(manual);
    f.session->store().gates().replaceCriteria(core::Stage::Informative, informative);
    const core::Id id = f.addProspect(S("Adatum"));
    const auto w = openWorkspaces(f, id);
    show(f, w.informative);
    auto* list = child<QListWidget>(w.informative, "gateCriteriaList");
    REQUIRE(list->count() == 4);
    QListWidgetItem* item = list->item(3);
    CHECK(item->flags().testFlag(Qt::ItemIsUserCheckable));
    CHECK_FALSE(list->item(0)->flags().testFlag(Qt::ItemIsUserCheckable));
    item->setCheckState(Qt::Checked);
    test::settle();
    CHECK(f.session->service().gate(id, core::Stage::Informative).metCount() == 1);
    CHECK(child<QGroupBox>(w.informative, "gatePanel1")->title().contains(S("1 of 4")));
    f.session->undoStack()->undo();
    test::settle();
    CHECK(f.session->service().gate(id, core::Stage::Informative).metCount() == 0);
}

namespace {

/// Runs `sql` on the file through a connection of its own, as another program would.
void runOnFile(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("a table damaged underneath the app leaves an empty view and tells the user what could "
          "not be read and why, until it can be read again",
          "[gui][workspace]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("Northwind Wholesale"));
    core::Insight insight;
    insight.prospectId = id;
    insight.title = S("B2B buyers research online first");
    insight.sharedOn = f.session->now().date();
    f.session->store().evidence().addInsight(insight);
    const auto w = openWorkspaces(f, id);
    show(f, w.informative);
    REQUIRE(w.informative->findChild<gui::InsightModel*>()->rowCount() == 1);
    auto* banner = child<QLabel>(f.window.get(), "readErrorBanner");
    auto* line = child<QLabel>(w.informative, "workspaceError");
    CHECK(banner->isHidden());
    CHECK(line->isHidden());

    // Another program damages the file: the insights' table is gone.
    runOnFile(f.path, "ALTER TABLE insight RENAME TO insight_elsewhere");
    f.session->poll(); // what the app does every second
    test::settle();
    CHECK(w.informative->findChild<gui::InsightModel*>()->rowCount() == 0);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(S("could not be read: The database reported an error")));
    CHECK(line->isVisible());
    CHECK(line->text() == banner->text());

    // Repaired: the next check finds everything readable and the messages go.
    runOnFile(f.path, "ALTER TABLE insight_elsewhere RENAME TO insight");
    f.session->poll();
    test::settle();
    CHECK(w.informative->findChild<gui::InsightModel*>()->rowCount() == 1);
    CHECK(banner->isHidden());
    CHECK(line->isHidden());
}

// Not run by default: `gui_tests "[screenshots]"` writes the workspace pictures of
// the demo pipeline to $ACCORD_SCREENSHOT_DIR (default docs/screenshots).
TEST_CASE("screenshots of the three workspaces on the demo pipeline", "[.][screenshots]")
{
    test::GuiFixture f(true);
    f.window->resize(1360, 900);
    const QString folder =
        qEnvironmentVariable("ACCORD_SCREENSHOT_DIR", QStringLiteral(ACCORD_SCREENSHOTS_DEFAULT));
    REQUIRE(QDir().mkpath(folder));
    core::ProspectFilter negotiation;
    negotiation.stage = core::Stage::Negotiation;
    negotiation.status = core::Status::Active;
    core::Id best = core::kNoId;
    std::size_t bestScore = 0;
    for (const auto& r :
         f.session->store().prospects().rows(negotiation, core::ProspectSort::Name, true, 100, 0)) {
        auto& e = f.session->store().evidence();
        const std::size_t score =
            e.insights(r.prospect.id).size() + e.dataRequests(r.prospect.id).size() +
            e.metrics(r.prospect.id).size() + e.opportunities(r.prospect.id).size() +
            e.tradables(r.prospect.id).size() + (e.negotiation(r.prospect.id) ? 10 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = r.prospect.id;
        }
    }
    REQUIRE(best != core::kNoId);
    const auto w = openWorkspaces(f, best);
    const std::pair<QWidget*, const char*> shots[] = {{w.informative, "informative.png"},
                                                      {w.consulting, "consulting.png"},
                                                      {w.negotiation, "negotiation.png"}};
    auto* counts = f.window->findChild<QLabel*>(QStringLiteral("countLabel"));
    REQUIRE(counts);
    CHECK(QTest::qWaitFor([counts] { return !counts->text().isEmpty(); }, 2000));
    for (const auto& [tab, file] : shots) {
        show(f, tab);
        QTest::qWait(50);
        CHECK(f.window->grab().save(folder + QLatin1Char('/') + QLatin1String(file)));
    }
}
