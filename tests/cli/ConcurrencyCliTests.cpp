// Many accord-cli processes on one file at once: each read-change-write is one
// write transaction that writes only the columns it changes, so no command puts
// back what another just wrote. Also reopen and the partnership's signed date.

#include "CliRun.h"
#include "storage/SqliteStore.h"
#include "support/TestSupport.h"

#include <QProcess>

#include <memory>
#include <vector>

using accord::test::runCli;

namespace {

QString S(const char* s)
{
    return QString::fromUtf8(s);
}

/// A database with one prospect made through the store itself; returns its id.
QString makeProspect(const QString& db, const char* name, bool won = false)
{
    auto store = accord::storage::openStore(db);
    accord::core::Prospect p;
    p.name = S(name);
    p.owner = S("Dana");
    if (won) {
        p.stage = accord::core::Stage::Partnership;
        p.status = accord::core::Status::Won;
        p.signedOn = QDate(2026, 5, 4);
    }
    return QString::number(store->prospects().add(p));
}

/// Starts accord-cli ARGS on DB without waiting.
std::unique_ptr<QProcess> start(const QString& db, const QStringList& args)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(S("ACCORD_USER"), S("Test Runner"));
    p->setProcessEnvironment(env);
    p->start(S(ACCORD_CLI_PATH), QStringList{S("--db"), db} + args);
    return p;
}

} // namespace

TEST_CASE("log-meeting --next-step beside set-agreement processes: each next step is planned once",
          "[cli][concurrency]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(S("many.sqlite"));
    const QString id = makeProspect(db, "Fairhaven Foods");

    constexpr int kEach = 60;
    constexpr int kAtOnce = 12;
    std::vector<std::unique_ptr<QProcess>> running;
    int failures = 0;
    auto reap = [&](std::size_t keep) {
        while (running.size() > keep) {
            REQUIRE(running.front()->waitForFinished(120000));
            if (running.front()->exitCode() != 0) {
                ++failures;
                WARN(running.front()->readAllStandardError().toStdString());
            }
            running.erase(running.begin());
        }
    };
    for (int i = 1; i <= kEach; ++i) {
        running.push_back(start(db, {S("log-meeting"), id, S("--summary"), S("Call %1").arg(i),
                                     S("--next-step"), S("Step %1").arg(i)}));
        running.push_back(
            start(db, {S("set-agreement"), id, S("--summary"), S("Draft %1").arg(i)}));
        reap(kAtOnce);
    }
    reap(0);
    CHECK(failures == 0);

    // Each meeting's next step is one open activity, none lost, none twice.
    auto store = accord::storage::openStore(db);
    const auto meetings = store->meetings().forProspect(id.toLongLong());
    REQUIRE(meetings.size() == static_cast<std::size_t>(kEach));
    QStringList planned;
    for (const auto& a : store->activities().forProspect(id.toLongLong()))
        planned << a.title;
    planned.sort();
    QStringList expected;
    for (const auto& m : meetings)
        expected << m.nextStep;
    expected.sort();
    CHECK(planned == expected);
}

TEST_CASE("set-lever and set-worksheet processes at once keep every field each one set",
          "[cli][concurrency]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(S("levers.sqlite"));
    const QString id = makeProspect(db, "Fairhaven Foods");
    const QStringList levers{S("money"), S("time"), S("rights"), S("risk")};
    std::vector<std::unique_ptr<QProcess>> running;
    for (const QString& lever : levers)
        running.push_back(start(db, {S("set-lever"), id, S("--lever"), lever, S("--our-position"),
                                     S("Ours on ") + lever}));
    running.push_back(start(db, {S("set-worksheet"), id, S("--our-batna"), S("Stay as we are")}));
    running.push_back(start(db, {S("set-worksheet"), id, S("--their-batna"), S("Other partner")}));
    for (auto& p : running) {
        REQUIRE(p->waitForFinished(120000));
        CHECK(p->exitCode() == 0);
    }
    auto store = accord::storage::openStore(db);
    const auto n = store->evidence().negotiation(id.toLongLong());
    REQUIRE(n);
    CHECK(n->ourBatna == S("Stay as we are"));
    CHECK(n->theirBatna == S("Other partner"));
    for (const auto& l : n->levers)
        CHECK(l.ourPosition == S("Ours on ") + accord::core::leverKey(l.lever));
}

TEST_CASE("reopen corrects a won prospect with a reason in the history", "[cli][reopen]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(S("won.sqlite"));
    const QString id = makeProspect(db, "Fairhaven Foods", true);

    const auto noReason = runCli(db, {S("reopen"), id, S("--to"), S("3")});
    CHECK(noReason.code == 3);
    CHECK(noReason.err.contains(S("needs a reason")));

    const auto reopened = runCli(db, {S("reopen"), id, S("--to"), S("3"), S("--reason"),
                                      S("Signed by mistake"), S("--json")});
    INFO(reopened.err.toStdString());
    REQUIRE(reopened.code == 0);
    CHECK(reopened.parsed().at("stage") == 3);
    CHECK(reopened.parsed().at("status") == "active");

    auto store = accord::storage::openStore(db);
    const auto history = store->prospects().history(id.toLongLong());
    REQUIRE(history.size() == 1);
    CHECK(history[0].reason == S("Signed by mistake"));
    CHECK(history[0].fromStatus == accord::core::Status::Won);

    const auto again = runCli(db, {S("reopen"), id, S("--to"), S("2"), S("--reason"), S("x")});
    CHECK(again.code == 3); // active now: nothing to reopen
}

TEST_CASE("set-agreement --unsign on a won prospect is refused, pointing at reopen",
          "[cli][reopen]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(S("unsign.sqlite"));
    const QString id = makeProspect(db, "Fairhaven Foods", true);
    const auto r = runCli(db, {S("set-agreement"), id, S("--unsign")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(S("reopen")));
    {
        auto store = accord::storage::openStore(db);
        CHECK(store->prospects().find(id.toLongLong())->signedOn == QDate(2026, 5, 4));
    }
    // Once reopened, the date can go.
    REQUIRE(
        runCli(db, {S("reopen"), id, S("--to"), S("3"), S("--reason"), S("Not signed yet")}).code ==
        0);
    CHECK(runCli(db, {S("set-agreement"), id, S("--unsign")}).code == 0);
    auto store = accord::storage::openStore(db);
    CHECK_FALSE(store->prospects().find(id.toLongLong())->signedOn.isValid());
}

TEST_CASE("set-data-request processes on one request at once keep both the note and the status",
          "[cli][concurrency]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(S("requests.sqlite"));
    const QString id = makeProspect(db, "Fairhaven Foods");
    std::vector<QString> requests;
    {
        auto store = accord::storage::openStore(db);
        for (int i = 0; i < 12; ++i) {
            accord::core::DataRequest r;
            r.prospectId = id.toLongLong();
            r.item = S("Figure %1").arg(i);
            r.requestedOn = QDate(2026, 5, 1);
            requests.push_back(QString::number(store->evidence().addDataRequest(r)));
        }
    }
    std::vector<std::unique_ptr<QProcess>> running;
    for (const QString& rid : requests) {
        running.push_back(start(
            db, {S("set-data-request"), rid, S("--prospect"), id, S("--note"), S("Asked twice")}));
        running.push_back(start(
            db, {S("set-data-request"), rid, S("--prospect"), id, S("--status"), S("declined")}));
    }
    for (auto& p : running) {
        REQUIRE(p->waitForFinished(120000));
        CHECK(p->exitCode() == 0);
    }
    auto store = accord::storage::openStore(db);
    for (const auto& r : store->evidence().dataRequests(id.toLongLong())) {
        CHECK(r.note == S("Asked twice"));
        CHECK(r.status == accord::core::DataRequestStatus::Declined);
    }
}

TEST_CASE("set-agreement --summary works on a partnership that has no signed date", "[cli][reopen]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(S("undated.sqlite"));
    accord::core::Id id = accord::core::kNoId;
    {
        // As an import of "Partnership,Lost" without a date leaves it.
        auto store = accord::storage::openStore(db);
        accord::core::Prospect p;
        p.name = S("Fairhaven Foods");
        p.stage = accord::core::Stage::Partnership;
        p.status = accord::core::Status::Lost;
        id = store->prospects().add(p);
    }
    const auto r =
        runCli(db, {S("set-agreement"), QString::number(id), S("--summary"), S("Draft terms")});
    CHECK(r.code == 0);
    CHECK(r.err.isEmpty());
    auto store = accord::storage::openStore(db);
    CHECK(store->prospects().find(id)->agreementSummary == S("Draft terms"));
}
