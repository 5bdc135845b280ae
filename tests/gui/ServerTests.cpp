// The window on a real team server (the test run's PostgreSQL cluster, a fresh
// database per test): live updates through the store's change socket, the
// server's login as the user, and a lost connection.

#include "GuiTestSupport.h"
#include "StoreLocator.h"
#include "TeamServerLocations.h"
#include "commands/Commands.h"
#include "models/ProspectListModel.h"
#include "storage/StoreLocation.h"
#include "storage/pg/Pg.h"
#include "support/PgTestServer.h"
#include "views/BoardView.h"

#include <QLabel>
#include <QSignalSpy>

using namespace accord;

namespace {
core::Prospect prospect(const QString& name)
{
    core::Prospect p;
    p.name = name;
    p.owner = QStringLiteral("ravi");
    p.industry = QStringLiteral("Retail");
    return p;
}

QStringList names(const QAbstractItemModel* model)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, 0).data().toString();
    return out;
}

/// A window on the server, polling too seldom to matter: changes must come
/// through the change socket.
struct ServerWindow
{
    ServerWindow()
        : locator([](const QString& at) { return storage::openStoreAt(at); }, &locations),
          session(storage::openStoreAt(db.uri()))
    {
        session.setPollInterval(3'600'000);
        window = std::make_unique<gui::MainWindow>(session, prompter, locator);
        window->show();
    }
    ~ServerWindow() { window.reset(); }
    gui::ProspectListModel* column(core::Stage stage) const
    {
        return window->board()->columnModel(stage);
    }

    test::PgTestDatabase db;
    app::TeamServerLocations locations;
    gui::StoreLocator locator;
    gui::QueuePrompter prompter;
    gui::Session session;
    std::unique_ptr<gui::MainWindow> window;
};
} // namespace

TEST_CASE("the board shows a colleague's change on the team server within a second",
          "[gui][server]")
{
    ServerWindow w;
    REQUIRE(w.session.store().changeSocket() >= 0);
    CHECK(w.column(core::Stage::Informative)->rowCount() == 0);

    auto colleague = storage::openStoreAt(w.db.uri());
    const core::Id id = colleague->prospects().add(prospect(QStringLiteral("Contoso Pharma")));
    CHECK(QTest::qWaitFor(
        [&] {
            return names(w.column(core::Stage::Informative))
                .contains(QStringLiteral("Contoso Pharma"));
        },
        1000));

    core::Prospect renamed = *colleague->prospects().find(id);
    renamed.name = QStringLiteral("Contoso Health");
    colleague->prospects().update(renamed);
    CHECK(QTest::qWaitFor(
        [&] {
            return names(w.column(core::Stage::Informative)) ==
                   QStringList{QStringLiteral("Contoso Health")};
        },
        1000));
}

TEST_CASE("on the team server the window names the server and the user is the server's login",
          "[gui][server]")
{
    ServerWindow w;
    const QString login = w.session.store().userLogin();
    REQUIRE_FALSE(login.isEmpty());
    CHECK(w.session.userName() == login);
    CHECK(w.window->windowTitle().startsWith(QStringLiteral("Team server: ") + login + u'@'));
    CHECK(w.window->windowTitle().endsWith(u'/' + w.db.name() + QStringLiteral(" — Accord")));
}

TEST_CASE("after a lost connection to the team server one sentence says so and the next action "
          "works",
          "[gui][server]")
{
    ServerWindow w;
    const core::Id id =
        w.session.service().addProspect(prospect(QStringLiteral("Northwind Traders")));
    w.session.notifyChanged();
    QSignalSpy failed(&w.session, &gui::Session::commandFailed);

    // The server ends the window's session, as a restart would. The window
    // notices, connects again and sees what a colleague changed meanwhile.
    auto admin = storage::pg::Connection::open(w.db.uri());
    admin->exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()");
    auto colleague = storage::openStoreAt(w.db.uri());
    colleague->prospects().add(prospect(QStringLiteral("Fabrikam")));
    CHECK(QTest::qWaitFor(
        [&] {
            return names(w.column(core::Stage::Informative)).contains(QStringLiteral("Fabrikam"));
        },
        1000));

    auto logMeeting = [&](const QString& summary) {
        core::Meeting m;
        m.prospectId = id;
        m.occurredAt = w.session.now();
        m.summary = summary;
        return w.session.execute(gui::makeLogMeeting(w.session, m));
    };
    // The first try may be the one that finds the connection gone: it says so
    // in one sentence, and the one after it works.
    if (!logMeeting(QStringLiteral("Call after the restart"))) {
        REQUIRE(failed.size() == 1);
        CHECK(failed.first().first().toString().startsWith(
            QStringLiteral("The connection to the team server was lost")));
        CHECK(logMeeting(QStringLiteral("Call after the restart")));
    }
    CHECK(failed.size() <= 1);
    CHECK(w.session.store().meetings().forProspect(id).size() == 1);
    CHECK(w.window->findChild<QLabel*>(QStringLiteral("readErrorBanner"))->isHidden());

    // Live updates come through the new connection's socket.
    colleague->prospects().add(prospect(QStringLiteral("Tailspin Toys")));
    CHECK(QTest::qWaitFor(
        [&] {
            return names(w.column(core::Stage::Informative))
                .contains(QStringLiteral("Tailspin Toys"));
        },
        1000));
}
