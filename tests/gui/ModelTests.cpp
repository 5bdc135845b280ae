// Every model under QAbstractItemModelTester, on the demo pipeline.

#include "GuiTestSupport.h"
#include "models/ContactModel.h"
#include "models/HistoryModel.h"
#include "models/MeetingListModel.h"
#include "models/ProspectListModel.h"
#include "models/SearchResultModel.h"

#include <QAbstractItemModelTester>

using namespace accord;
using Tester = QAbstractItemModelTester;

TEST_CASE("the prospect model loads in pages and passes the model tester", "[gui]")
{
    test::GuiFixture f(true);
    gui::ProspectListModel model(*f.session);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setPageSize(10);
    core::ProspectFilter all;
    model.setFilter(all);
    const int total = f.session->store().prospects().count(all);
    REQUIRE(total > 10);
    CHECK(model.rowCount() == 10);
    CHECK(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == total);

    model.sort(gui::ProspectListModel::NameColumn, Qt::AscendingOrder);
    REQUIRE(model.rowCount() >= 2);
    CHECK(QString::localeAwareCompare(model.index(0, 0).data().toString(),
                                      model.index(1, 0).data().toString()) <= 0);
    CHECK(model.index(0, 0).data(gui::ProspectListModel::IdRole).toLongLong() != core::kNoId);

    // An edit elsewhere reloads the rows in place.
    f.session->notifyChanged();
    CHECK(model.rowCount() >= 10);
}

TEST_CASE("meeting, contact, history and search models pass the model tester", "[gui]")
{
    test::GuiFixture f(true);
    core::ProspectFilter all;
    const auto rows =
        f.session->store().prospects().rows(all, core::ProspectSort::Name, true, 100, 0);
    REQUIRE_FALSE(rows.empty());
    core::Id withMeetings = core::kNoId;
    for (const auto& r : rows)
        if (r.meetingCount > 0)
            withMeetings = r.prospect.id;
    REQUIRE(withMeetings != core::kNoId);

    gui::MeetingListModel meetings(*f.session);
    Tester t1(&meetings, Tester::FailureReportingMode::Fatal);
    meetings.setProspect(core::kNoId);
    CHECK(meetings.rowCount() > 0);
    meetings.setProspect(withMeetings);
    REQUIRE(meetings.rowCount() > 0);
    // Newest first.
    for (int i = 1; i < meetings.rowCount(); ++i)
        CHECK(meetings.meetingAt(i - 1)->occurredAt >= meetings.meetingAt(i)->occurredAt);

    gui::ContactModel contacts(*f.session);
    Tester t2(&contacts, Tester::FailureReportingMode::Fatal);
    contacts.setProspect(withMeetings);
    CHECK(contacts.rowCount() ==
          static_cast<int>(f.session->store().prospects().contacts(withMeetings).size()));

    gui::HistoryModel history(*f.session);
    Tester t3(&history, Tester::FailureReportingMode::Fatal);
    history.setProspect(withMeetings);
    CHECK(history.rowCount() ==
          static_cast<int>(f.session->store().prospects().history(withMeetings).size()));

    gui::SearchResultModel search(*f.session);
    Tester t4(&search, Tester::FailureReportingMode::Fatal);
    search.search(rows.front().prospect.name);
    REQUIRE(search.rowCount() > 0);
    const QModelIndex group = search.index(0, 0);
    CHECK(group.data(gui::SearchResultModel::IsGroupRole).toBool());
    REQUIRE(search.rowCount(group) > 0);
    CHECK(search.index(0, 0, group).data(gui::SearchResultModel::ProspectIdRole).toLongLong() !=
          core::kNoId);
    search.search(QString());
    CHECK(search.rowCount() == 0);
}
