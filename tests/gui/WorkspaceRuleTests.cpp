// The workspace's rules as the GUI meets them: every edit goes through the
// real undo command and core::WorkspaceService, so the GUI refuses what the
// CLI refuses, with the same sentence.

#include "GuiTestSupport.h"
#include "models/EvidenceModels.h"
#include "views/InformativeTab.h"

#include <QSignalSpy>

using namespace accord;

namespace {

QString S(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

TEST_CASE("a requested date after the received date is refused in the table as the CLI refuses "
          "it",
          "[gui][workspace]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("Southridge Video"));
    const QDate today = f.session->now().toLocalTime().date();
    core::DataRequest r;
    r.prospectId = id;
    r.item = S("Online revenue by month");
    r.requestedOn = today.addDays(-7);
    r.status = core::DataRequestStatus::Received;
    r.receivedOn = today.addDays(-3);
    f.session->workspace().add(r);
    f.window->openProspect(id);
    test::settle();
    auto* informative = f.window->findChild<gui::InformativeTab*>();
    REQUIRE(informative);
    gui::DataRequestModel* requests = informative->findChild<gui::DataRequestModel*>();
    REQUIRE(requests->rowCount() == 1);

    QSignalSpy failed(f.session.get(), &gui::Session::commandFailed);
    CHECK_FALSE(
        requests->setData(requests->index(0, gui::DataRequestModel::RequestedColumn), today));
    test::settle();
    REQUIRE(failed.size() == 1);
    CHECK(failed.last().at(0).toString() ==
          S("The received date (%1) is before the requested date (%2).")
              .arg(r.receivedOn.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    const auto stored = f.session->store().evidence().dataRequests(id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].requestedOn == r.requestedOn);
    CHECK(stored[0].receivedOn == r.receivedOn);
    CHECK(f.session->undoStack()->count() == 0);
}
