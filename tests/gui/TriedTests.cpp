// The GUI as a new user tried it: hostile and long names, the board's keyboard,
// the dialogs' messages, the Meetings page's filter, search hits.

#include "GuiTestSupport.h"
#include "ProspectActions.h"
#include "dialogs/GateDialog.h"
#include "dialogs/LogMeetingDialog.h"
#include "dialogs/NewProspectDialog.h"
#include "dialogs/SearchDialog.h"
#include "models/EvidenceModels.h"
#include "models/MeetingListModel.h"
#include "models/MethodModels.h"
#include "models/ProspectListModel.h"
#include "models/SearchResultModel.h"
#include "views/BoardView.h"
#include "views/ConsultingTab.h"
#include "views/GapChart.h"
#include "views/InformativeTab.h"
#include "views/MeetingTimeline.h"
#include "views/MeetingsPage.h"
#include "views/ProspectDetailView.h"
#include "views/ProspectTableView.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QValueAxis>

using namespace accord;

namespace {

QString S(const char* s)
{
    return QString::fromUtf8(s);
}

const QString kHostile = S("<span style=\"color:red\">x</span><a href=y>z</a>");

/// True when `label` would draw its text as rich text (markup interpreted).
bool rendersRich(const QLabel* label)
{
    return label->textFormat() == Qt::RichText ||
           (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

/// Every label under `root` that interprets the hostile name's markup.
QStringList richLabelsWithName(QWidget* root)
{
    QStringList found;
    for (const QLabel* l : root->findChildren<QLabel*>())
        if (rendersRich(l) &&
            (l->text().contains(S("<span style")) || l->text().contains(S("<a href=y>"))))
            found << (l->objectName().isEmpty() ? QString::fromLatin1(l->metaObject()->className())
                                                : l->objectName());
    return found;
}

QAction* action(gui::MainWindow& w, const char* name)
{
    auto* a = w.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(a);
    return a;
}

void clickCard(gui::BoardView* board, core::Stage stage, core::Id id)
{
    QListView* view = board->columnView(stage);
    const QModelIndex at = board->columnModel(stage)->indexOfId(id);
    REQUIRE(at.isValid());
    view->scrollTo(at);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(at).center());
    test::settle();
}

int highlightedCards(gui::BoardView* board)
{
    int n = 0;
    for (core::Stage s : core::kAllStages)
        n += static_cast<int>(board->columnView(s)->selectionModel()->selectedIndexes().size());
    return n;
}

core::Id addInStage2(test::GuiFixture& f, const QString& name)
{
    const core::Id id = f.addProspect(name);
    f.session->service().moveStage(id, core::Stage::Consulting, S("Skipped for the test"),
                                   S("Tester"));
    f.session->notifyChanged();
    test::settle();
    return id;
}

} // namespace

TEST_CASE("no label of the main window or the detail view shows a name's markup as rich text",
          "[gui][text]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(kHostile, kHostile);
    core::Contact c;
    c.prospectId = id;
    c.name = kHostile;
    f.session->store().prospects().addContact(c);
    core::Meeting m;
    m.prospectId = id;
    m.occurredAt = f.session->now().addDays(-1);
    m.summary = kHostile;
    m.nextStep = kHostile;
    f.session->service().logMeeting(m);
    f.session->notifyChanged();
    f.window->board()->selectProspect(id);
    test::settle();
    CHECK(richLabelsWithName(f.window.get()).isEmpty());

    f.window->openProspect(id);
    test::settle();
    QTabWidget* tabs = f.window->detail()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        test::settle();
        INFO("tab " << tabs->tabText(i).toStdString());
        CHECK(richLabelsWithName(f.window.get()).join(S(", ")).toStdString() == "");
    }
    auto* name = f.window->findChild<QLabel*>(S("prospectName"));
    REQUIRE(name);
    CHECK(name->text() == kHostile); // shown as typed
}

TEST_CASE("a 130-character name neither widens the window nor squeezes the navigation",
          "[gui][text]")
{
    test::GuiFixture f;
    f.window->resize(1100, 700);
    test::settle();
    auto* nav = f.window->findChild<QWidget*>(S("navigation"));
    REQUIRE(nav);
    const int navWidth = nav->width();
    QString name;
    while (name.size() < 130)
        name += S("Consolidated Intercontinental Wholesale ");
    name = name.left(130);
    const core::Id id = f.addProspect(name);
    f.window->openProspect(id);
    test::settle();
    CHECK(f.window->width() <= 1100);
    CHECK(f.window->minimumSizeHint().width() <= 1100);
    CHECK(nav->width() >= navWidth);
    auto* header = f.window->findChild<QLabel*>(S("prospectName"));
    REQUIRE(header);
    CHECK(header->geometry().right() <= f.window->width());
    CHECK(header->toolTip().contains(S("Consolidated"))); // the whole name, on hover

    // The board and the table stay as wide as before too.
    f.window->showPage(f.window->board());
    f.window->board()->selectProspect(id);
    test::settle();
    CHECK(f.window->width() <= 1100);
    f.window->showPage(f.window->prospectTable());
    test::settle();
    CHECK(f.window->width() <= 1100);
    CHECK(nav->width() >= navWidth);
}

TEST_CASE("one card is highlighted on the board, and Ctrl+Shift+Right acts on it", "[gui][board]")
{
    test::GuiFixture f;
    const core::Id a = f.addProspect(S("Alpine Ski House"));
    const core::Id b = addInStage2(f, S("Blue Yonder Airlines"));
    gui::BoardView* board = f.window->board();
    clickCard(board, core::Stage::Informative, a);
    clickCard(board, core::Stage::Consulting, b);
    CHECK(highlightedCards(board) == 1);
    clickCard(board, core::Stage::Informative, a); // back to the first card
    CHECK(highlightedCards(board) == 1);
    CHECK(board->currentProspectId() == a);

    // The keyboard focus elsewhere (the filter box): the shortcut still acts on A.
    auto* filter = f.window->findChild<QLineEdit*>(S("filterText"));
    REQUIRE(filter);
    filter->setFocus();
    test::settle();
    action(*f.window, "actionAdvance")->trigger();
    test::settle();
    auto* dialog = f.window->findChild<gui::GateDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->prospectId() == a);
    dialog->reject();
    test::settle();

    // Ctrl+M, too, offers the highlighted card's prospect, chosen and selected.
    action(*f.window, "actionLogMeeting")->trigger();
    test::settle();
    auto* log = f.window->findChild<gui::LogMeetingDialog*>();
    REQUIRE(log);
    auto* picker = log->findChild<QLineEdit*>(S("prospectEdit"));
    REQUIRE(picker);
    CHECK(picker->text() == S("Alpine Ski House"));
    CHECK(picker->selectedText() == S("Alpine Ski House"));
    log->reject();
}

TEST_CASE("Move back is offered only where a prospect can move back", "[gui][board]")
{
    test::GuiFixture f;
    const core::Id first = f.addProspect(S("Coho Winery"));
    const core::Id second = addInStage2(f, S("Datum Corporation"));
    QAction* back = action(*f.window, "actionMoveBack");
    QAction* advance = action(*f.window, "actionAdvance");
    f.window->board()->selectProspect(first);
    test::settle();
    CHECK_FALSE(back->isEnabled());
    CHECK(advance->isEnabled());
    f.window->board()->selectProspect(second);
    test::settle();
    CHECK(back->isEnabled());
    f.window->openProspect(first);
    test::settle();
    CHECK_FALSE(back->isEnabled());
}

TEST_CASE("the Meetings page follows the status filter", "[gui]")
{
    test::GuiFixture f;
    const core::Id active = f.addProspect(S("Fourth Coffee"));
    const core::Id lost = f.addProspect(S("Graphic Design Institute"));
    for (core::Id id : {active, lost}) {
        core::Meeting m;
        m.prospectId = id;
        m.occurredAt = f.session->now().addDays(-3);
        m.summary = id == active ? S("Kick-off") : S("Last call");
        f.session->service().logMeeting(m);
    }
    f.session->service().changeStatus(lost, core::Status::Lost, S("Chose a rival"), S("Tester"));
    f.session->notifyChanged();
    f.window->showPage(f.window->meetingsPage());
    test::settle();
    gui::MeetingListModel* meetings = f.window->meetingsPage()->model();
    REQUIRE(meetings->rowCount() == 1); // the filter bar shows active prospects
    CHECK(meetings->index(0, gui::MeetingListModel::SummaryColumn).data().toString() ==
          S("Kick-off"));

    auto* status = f.window->findChild<QComboBox*>(S("statusFilter"));
    REQUIRE(status);
    status->setCurrentIndex(0); // any status
    test::settle();
    CHECK(meetings->rowCount() == 2);
}

TEST_CASE("the meeting timeline separates its parts with a middle dot, never Â·", "[gui][text]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("Humongous Insurance"));
    core::Meeting m;
    m.prospectId = id;
    m.occurredAt = f.session->now().addDays(-1);
    m.summary = S("Workshop");
    m.attendees = S("Ana Ruiz");
    m.nextStep = S("Send the figures");
    m.durationMinutes = 45;
    f.session->service().logMeeting(m);
    f.window->openProspect(id);
    test::settle();
    const QModelIndex first = f.window->detail()->timeline()->model()->index(0, 0);
    const QString details = first.data(gui::MeetingListModel::DetailsRole).toString();
    CHECK(details.contains(S(" · ")));
    CHECK_FALSE(details.contains(S("Â")));
}

TEST_CASE("no Latin-1 literal in the sources holds a character beyond ASCII", "[gui][text]")
{
    // QLatin1String("·") reads UTF-8 bytes as Latin-1 and shows "Â·": such text
    // must be a QStringLiteral.
    const QRegularExpression latin1(S(
        "(QLatin1String|QLatin1StringView|QLatin1Char|fromLatin1)\\s*\\(\\s*[\"']([^\"']*)[\"']"));
    QStringList offenders;
    QDirIterator it(S(ACCORD_SOURCE_DIR "/src"), {S("*.cpp"), S("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        ++files;
        const QString text = QString::fromUtf8(file.readAll());
        auto matches = latin1.globalMatch(text);
        while (matches.hasNext()) {
            const auto m = matches.next();
            for (QChar c : m.captured(2))
                if (c.unicode() > 0x7f) {
                    offenders << QStringLiteral("%1: %2").arg(file.fileName(), m.captured(0));
                    break;
                }
        }
    }
    CHECK(files > 50);
    CHECK(offenders.join(S("\n")).toStdString() == "");
}

TEST_CASE("a search hit shows the match in bold and the rest as typed, without brackets",
          "[gui][text]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("Lucerne Publishing"));
    core::Meeting m;
    m.prospectId = id;
    m.occurredAt = f.session->now().addDays(-1);
    m.summary = S("Budget review");
    m.notes = S("The <b>marketing</b> budget is tight & shrinking");
    f.session->service().logMeeting(m);
    f.session->notifyChanged();
    gui::SearchDialog* search = f.window->showSearch();
    QTest::keyClicks(search->searchEdit(), S("shrinking"));
    QTRY_VERIFY(search->findChild<QTreeView*>(S("searchResults"))->model()->rowCount() > 0);
    auto* model = search->findChild<QTreeView*>(S("searchResults"))->model();
    const QModelIndex hit = model->index(0, 0, model->index(0, 0));
    REQUIRE(hit.isValid());
    const QString shown = hit.data().toString();
    CHECK(shown.contains(S("shrinking")));
    CHECK_FALSE(shown.contains(S("[shrinking]")));
    const QString html = hit.data(gui::SearchResultModel::HtmlRole).toString();
    CHECK(html.contains(S("<b>shrinking</b>")));
    CHECK(html.contains(S("&lt;b&gt;marketing&lt;/b&gt;")));
    CHECK(html.contains(S("&amp;")));
    search->close();
}

TEST_CASE("the gap table's Their figure column shows the prospect's own figure", "[gui]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("Margie's Travel"));
    for (auto [value, source] : {std::pair{800000.0, core::MetricSource::Prospect},
                                 std::pair{1000000.0, core::MetricSource::Industry}}) {
        core::Metric metric;
        metric.prospectId = id;
        metric.name = S("Online revenue");
        metric.period = S("2025");
        metric.unit = S("USD");
        metric.value = value;
        metric.source = source;
        f.session->store().evidence().addMetric(metric);
    }
    f.window->openProspect(id);
    test::settle();
    auto* consulting = f.window->findChild<gui::ConsultingTab*>();
    REQUIRE(consulting);
    gui::GapModel* gaps = consulting->findChild<gui::GapModel*>();
    gaps->setProspect(id);
    REQUIRE(gaps->rowCount() == 1);
    int theirs = -1;
    int benchmark = -1;
    for (int c = 0; c < gaps->columnCount(); ++c) {
        const QString title = gaps->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        if (title == S("Their figure"))
            theirs = c;
        if (title.contains(S("Benchmark")) &&
            gaps->index(0, c).data().toString().contains(S("1,000,000")))
            benchmark = c;
    }
    REQUIRE(theirs >= 0);
    CHECK(gaps->index(0, theirs).data().toString().contains(S("800,000")));
    CHECK(benchmark >= 0); // the benchmark's figure sits under a benchmark heading
}

TEST_CASE("a validation message goes away once the field is fixed", "[gui]")
{
    test::GuiFixture f;
    action(*f.window, "actionNewProspect")->trigger();
    test::settle();
    auto* dialog = f.window->findChild<gui::NewProspectDialog*>();
    REQUIRE(dialog);
    dialog->accept(); // no name
    auto* error = dialog->findChild<QLabel*>(S("errorLabel"));
    REQUIRE(error);
    CHECK(error->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(S("nameEdit")), S("Nod Publishers"));
    CHECK_FALSE(error->isVisible());
    dialog->reject();

    // The meeting dialog too: a missing prospect, then one typed in.
    f.addProspect(S("Proseware"));
    action(*f.window, "actionLogMeeting")->trigger();
    test::settle();
    auto* log = f.window->findChild<gui::LogMeetingDialog*>();
    REQUIRE(log);
    log->findChild<QLineEdit*>(S("prospectEdit"))->clear();
    log->accept();
    auto* logError = log->findChild<QLabel*>(S("errorLabel"));
    REQUIRE(logError);
    CHECK(logError->isVisible());
    QTest::keyClicks(log->findChild<QLineEdit*>(S("prospectEdit")), S("Proseware"));
    QTest::keyClicks(log->findChild<QLineEdit*>(S("summaryEdit")), S("Intro call"));
    CHECK_FALSE(logError->isVisible());
    log->reject();
}

TEST_CASE("the gate dialog names each unmet criterion once and shows all of it", "[gui][board]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("School of Fine Art"));
    QMimeData mime;
    mime.setData(QString::fromLatin1(gui::ProspectListModel::kMimeType), QByteArray::number(id));
    f.window->board()
        ->columnModel(core::Stage::Consulting)
        ->dropMimeData(&mime, Qt::MoveAction, -1, 0, {});
    test::settle();
    auto* dialog = f.window->findChild<gui::GateDialog*>();
    REQUIRE(dialog);
    test::settle();
    QString all;
    for (const QLabel* l : dialog->findChildren<QLabel*>())
        all += l->text() + QLatin1Char('\n') + l->toolTip() + QLatin1Char('\n');
    for (const QListWidget* list : dialog->findChildren<QListWidget*>())
        for (int i = 0; i < list->count(); ++i)
            all += list->item(i)->text() + QLatin1Char('\n') + list->item(i)->toolTip() +
                   QLatin1Char('\n');
    const auto unmet = f.session->service().currentGate(id).unmet();
    REQUIRE_FALSE(unmet.empty());
    for (const auto& c : unmet) {
        INFO(c.criterion.label.toStdString());
        CHECK(all.count(c.criterion.label) == 1);
    }
    // Nothing is cut off: every wrapped label has the height its text needs.
    for (const QLabel* l : dialog->findChildren<QLabel*>())
        if (l->isVisible() && l->wordWrap())
            CHECK(l->height() >= l->heightForWidth(l->width()));
    dialog->reject();
}

TEST_CASE("a data request received last week can be entered", "[gui]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("Southridge Video"));
    core::DataRequest r;
    r.prospectId = id;
    r.item = S("Online revenue by month");
    r.requestedOn = f.session->now().toLocalTime().date();
    f.session->store().evidence().addDataRequest(r);
    f.window->openProspect(id);
    test::settle();
    auto* informative = f.window->findChild<gui::InformativeTab*>();
    REQUIRE(informative);
    gui::DataRequestModel* requests = informative->findChild<gui::DataRequestModel*>();
    REQUIRE(requests->rowCount() == 1);
    const QDate lastWeek = r.requestedOn.addDays(-7);
    CHECK(requests->setData(requests->index(0, gui::DataRequestModel::ReceivedColumn), lastWeek));
    test::settle();
    const auto stored = f.session->store().evidence().dataRequests(id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].receivedOn == lastWeek);
    CHECK(stored[0].status == core::DataRequestStatus::Received);
    CHECK(stored[0].requestedOn <= stored[0].receivedOn);
}

TEST_CASE("summaries exported to a folder keep accents and Arabic letters in their names",
          "[gui][text]")
{
    test::GuiFixture f;
    const core::Id rocket = f.addProspect(S("Rocket Migré Café"));
    const core::Id arabic = f.addProspect(S("شركة النور"));
    f.window->showPage(f.window->prospectTable());
    f.window->prospectTable()->selectAll();
    test::settle();
    const QString folder = f.dir.path(S("summaries"));
    REQUIRE(QDir().mkpath(folder));
    f.prompter.push(2); // Markdown
    f.prompter.push(folder);
    action(*f.window, "actionExportSummary")->trigger();
    const QStringList files = QDir(folder).entryList({S("*.md")}, QDir::Files, QDir::Name);
    CHECK(files.contains(QStringLiteral("%1-rocket-migré-café.md").arg(rocket)));
    CHECK(files.contains(QStringLiteral("%1-شركة-النور.md").arg(arabic)));
}

TEST_CASE("the demo's meeting notes never end a company name with two full stops", "[gui][text]")
{
    test::GuiFixture f(true);
    int checked = 0;
    for (const core::ProspectRow& row :
         f.session->store().prospects().rows({}, core::ProspectSort::Name, true, 1000, 0)) {
        for (const core::Meeting& m : f.session->store().meetings().forProspect(row.prospect.id)) {
            ++checked;
            INFO(m.notes.toStdString());
            static const QRegularExpression doubled(S("\\w\\.\\.(?!\\.)"));
            CHECK_FALSE(doubled.match(m.notes).hasMatch());
        }
    }
    CHECK(checked > 20);
}

// `gui_tests "[screenshots]"` writes docs/screenshots/board.png and detail.png
// (or to $ACCORD_SCREENSHOT_DIR).
TEST_CASE("screenshots of the board and a prospect on the demo pipeline", "[.][screenshots]")
{
    test::GuiFixture f(true);
    f.window->resize(1400, 850);
    const QString folder =
        qEnvironmentVariable("ACCORD_SCREENSHOT_DIR", QStringLiteral(ACCORD_SCREENSHOTS_DEFAULT));
    REQUIRE(QDir().mkpath(folder));
    auto* counts = f.window->findChild<QLabel*>(S("countLabel"));
    REQUIRE(counts);
    CHECK(QTest::qWaitFor([counts] { return !counts->text().isEmpty(); }, 2000));
    gui::BoardView* board = f.window->board();
    core::ProspectFilter consulting;
    consulting.stage = core::Stage::Consulting;
    consulting.status = core::Status::Active;
    const auto rows =
        f.session->store().prospects().rows(consulting, core::ProspectSort::Name, true, 5, 0);
    REQUIRE_FALSE(rows.empty());
    board->selectProspect(rows.front().prospect.id);
    test::settle();
    CHECK(f.window->grab().save(QDir(folder).filePath(S("board.png"))));
    f.window->openProspect(rows.front().prospect.id);
    test::settle();
    QTest::qWait(50);
    CHECK(f.window->grab().save(QDir(folder).filePath(S("detail.png"))));
}

TEST_CASE("a meeting's notes in a tool tip show as typed, not as markup", "[gui][text]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("Wingtip Toys"));
    core::Meeting m;
    m.prospectId = id;
    m.occurredAt = f.session->now().addDays(-1);
    m.summary = S("Call");
    m.notes = kHostile;
    f.session->service().logMeeting(m);
    f.window->openProspect(id);
    test::settle();
    const QString tip =
        f.window->detail()->timeline()->model()->index(0, 0).data(Qt::ToolTipRole).toString();
    CHECK_FALSE(tip.contains(S("<span style")));
    CHECK(tip.contains(S("&lt;span")));
}

TEST_CASE("the gap chart shows a metric's name, period and unit as typed, never as markup", "[gui]")
{
    core::Metric theirs;
    theirs.id = 1;
    theirs.name = QStringLiteral("<b>Revenue</b> & <a href=x>more</a>");
    theirs.period = QStringLiteral("<i>2025</i>");
    theirs.unit = QStringLiteral("<u>EUR</u>");
    theirs.value = 800000;
    core::Metric industry = theirs;
    industry.id = 2;
    industry.source = core::MetricSource::Industry;
    industry.value = 1000000;
    const std::vector<core::GapRow> rows = core::gapAnalysis({theirs, industry});
    REQUIRE(!rows.empty());

    gui::GapChart chart;
    chart.showMetric(rows, 0);
    // What Qt Charts draws is the title read as HTML: it must be the text as typed.
    const auto shown = [](const QString& html) {
        return QTextDocumentFragment::fromHtml(html).toPlainText();
    };
    CHECK(shown(chart.chart()->title()) ==
          QStringLiteral("<b>Revenue</b> & <a href=x>more</a>: theirs against the benchmarks"));
    const auto categoryAxes = chart.chart()->axes(Qt::Horizontal);
    REQUIRE(categoryAxes.size() == 1);
    const auto* categories = qobject_cast<QBarCategoryAxis*>(categoryAxes.first());
    REQUIRE(categories);
    REQUIRE(categories->count() == 1);
    CHECK(shown(categories->at(0)) ==
          QStringLiteral("<b>Revenue</b> & <a href=x>more</a>, <i>2025</i>"));
    const auto valueAxes = chart.chart()->axes(Qt::Vertical);
    REQUIRE(valueAxes.size() == 1);
    CHECK(shown(valueAxes.first()->titleText()).startsWith(QStringLiteral("<u>EUR</u>")));
}
