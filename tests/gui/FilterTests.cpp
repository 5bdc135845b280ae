// The filter bar and the window's loading: pages read their rows when shown,
// and every keystroke shows what the store holds, also while the list is
// still being read into memory on its own thread.

#include "GuiTestSupport.h"
#include "models/MeetingListModel.h"
#include "models/ProspectListModel.h"
#include "views/BoardView.h"
#include "views/FilterBar.h"
#include "views/MeetingsPage.h"
#include "views/ProspectTableView.h"

#include <QLineEdit>

using namespace accord;

namespace {

QStringList names(const QAbstractItemModel* model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, 0).data().toString();
    return out;
}

// What a column shows for the filter bar's filter, read by a store of its own.
QStringList expected(test::GuiFixture& f, core::Stage stage, int limit)
{
    auto store = test::GuiFixture::open(f.path);
    core::ProspectFilter filter = f.window->filterBar()->filter();
    filter.stage = stage;
    // The board's last column holds the signed prospects (BoardView::columnFilter).
    if (stage == core::Stage::Partnership && filter.status == core::Status::Active)
        filter.status = core::Status::Won;
    QStringList out;
    for (const auto& r :
         store->prospects().rows(filter, core::ProspectSort::Updated, false, limit, 0))
        out << r.prospect.name;
    return out;
}

} // namespace

TEST_CASE("the prospects table and the meetings page read their rows when first shown",
          "[gui][filter]")
{
    test::GuiFixture f(true);
    auto* table = f.window->prospectTable()->prospectModel();
    auto* meetings = f.window->meetingsPage()->model();
    CHECK(table->rowCount() == 0);
    CHECK(meetings->rowCount() == 0);
    CHECK(f.window->board()->columnModel(core::Stage::Informative)->rowCount() > 0);

    f.window->showPage(f.window->prospectTable());
    CHECK(table->rowCount() > 0);
    f.window->showPage(f.window->meetingsPage());
    CHECK(meetings->rowCount() > 0);
}

TEST_CASE("keystrokes while the list is read on its own thread show what the store holds",
          "[gui][filter]")
{
    test::GuiFixture f(true);
    auto* edit = f.window->filterBar()->textEdit();
    auto* board = f.window->board();
    auto check = [&] {
        for (core::Stage stage : core::kAllStages) {
            const auto* column = board->columnModel(stage);
            INFO("stage " << static_cast<int>(stage) << " filter '" << edit->text().toStdString()
                          << "'");
            CHECK(names(column) == expected(f, stage, column->rowCount()));
            const auto all = static_cast<int>(expected(f, stage, -1).size());
            CHECK(column->rowCount() >= std::min(10, all));
        }
    };
    // Starts reading everything on another thread; the keystroke comes at once.
    f.session->store().prospects().prepareTextFilter();
    QTest::keyClicks(edit, QStringLiteral("a"));
    check();
    QTest::keyClicks(edit, QStringLiteral("n"));
    check();

    // A rename here and a new prospect from another connection: the next
    // keystrokes see both, whether or not the list was read again meanwhile.
    const auto first = board->columnModel(core::Stage::Informative)->idAt(0);
    REQUIRE(first != core::kNoId);
    core::Prospect p = f.prospect(first);
    p.name = QStringLiteral("Zanzibar Imports");
    f.session->store().prospects().update(p);
    {
        auto other = test::GuiFixture::open(f.path);
        core::Prospect q;
        q.name = QStringLiteral("Zanzibar Two");
        q.owner = QStringLiteral("Dana");
        other->prospects().add(q);
    }
    f.session->notifyChanged();
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("zanz"));
    check();
    CHECK(names(board->columnModel(core::Stage::Informative)).size() == 2);
    f.session->store().prospects().prepareTextFilter();
    QTest::keyClick(edit, Qt::Key_Backspace);
    check();
    test::settle();
    edit->clear();
    check();
}
