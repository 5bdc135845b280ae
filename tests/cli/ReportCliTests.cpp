// accord-cli report: the real binary on a small hand-made pipeline.

#include "CliRun.h"
#include "support/TestSupport.h"

#include "storage/SqliteStore.h"

#include <QProcess>

#include <nlohmann/json.hpp>

using nlohmann::json;
using namespace accord;
using namespace accord::core;

namespace {

using Run = accord::test::CliRun;

Run report(const QString& db, const QStringList& args)
{
    // Dates on the command line are local days: pin the zone.
    return accord::test::runCli(db, QStringList{QStringLiteral("report")} + args,
                                {{QStringLiteral("TZ"), QStringLiteral("UTC")}});
}

QDateTime utc(int m, int d)
{
    return QDateTime(QDate(2026, m, d), QTime(9, 0), Qt::UTC);
}

/// Two prospects: Kilo (Ana) created and advanced in May; Lima (Ben) lost in May.
void makePipeline(const QString& path)
{
    auto store = storage::openStore(path);
    auto add = [&](const QString& name, const QString& owner, Stage stage, Status status,
                   const QDateTime& created, const QDateTime& entered) {
        Prospect p;
        p.name = name;
        p.owner = owner;
        p.stage = stage;
        p.status = status;
        p.value.minor = 100000;
        p.createdAt = p.updatedAt = created;
        p.stageEnteredAt = entered;
        return store->prospects().add(p);
    };
    auto change = [&](Id id, const QDateTime& at, Stage from, Stage to, Status fromStatus,
                      Status toStatus) {
        StageChange c;
        c.prospectId = id;
        c.at = at;
        c.fromStage = from;
        c.toStage = to;
        c.fromStatus = fromStatus;
        c.toStatus = toStatus;
        store->prospects().addHistory(c);
    };
    const Id kilo = add(QStringLiteral("Kilo"), QStringLiteral("Ana"), Stage::Consulting,
                        Status::Active, utc(5, 4), utc(5, 14));
    change(kilo, utc(5, 14), Stage::Informative, Stage::Consulting, Status::Active, Status::Active);
    const Id lima = add(QStringLiteral("Lima"), QStringLiteral("Ben"), Stage::Informative,
                        Status::Lost, utc(3, 2), utc(3, 2));
    change(lima, utc(5, 20), Stage::Informative, Stage::Informative, Status::Active, Status::Lost);
}

} // namespace

TEST_CASE("report --json gives the range's movement and outcomes", "[cli][report]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("r.sqlite"));
    makePipeline(db);

    const Run run =
        report(db, {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                    QStringLiteral("2026-05-31"), QStringLiteral("--json")});
    REQUIRE(run.code == 0);
    const json j = json::parse(run.out.toStdString());
    CHECK(j.at("report_version") == 1);
    CHECK(j.at("range").at("from") == "2026-05-01T00:00:00Z");
    CHECK(j.at("range").at("to") == "2026-06-01T00:00:00Z"); // --to is an inclusive day
    CHECK(j.at("movement").at("new").at("count") == 1);
    CHECK(j.at("movement").at("advanced").at("count") == 1);
    CHECK(j.at("movement").at("lost").at("count") == 1);
    CHECK(j.at("outcomes").at("win_rate") == 0.0);
    CHECK(j.at("conversion").at(0).at("entered") == 1);
    CHECK(j.at("conversion").at(0).at("advanced_rate") == 1.0);
    CHECK(j.at("time_in_stage").at(0).at("left").at("median_days") == 10.0);
    CHECK(j.at("stages").at(1).at("count") == 1);
    CHECK(j.at("movement_by_week").size() == 5);
    CHECK(j.at("by_owner").size() == 2);

    const Run ben =
        report(db, {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                    QStringLiteral("2026-05-31"), QStringLiteral("--owner"), QStringLiteral("Ben"),
                    QStringLiteral("--json")});
    REQUIRE(ben.code == 0);
    const json b = json::parse(ben.out.toStdString());
    CHECK(b.at("owners_filter") == json::array({"Ben"}));
    CHECK(b.at("movement").at("new").at("count") == 0);
    CHECK(b.at("movement").at("lost").at("count") == 1);
    CHECK(b.at("by_owner").size() == 1);
}

TEST_CASE("report prints a readable review and refuses bad ranges", "[cli][report]")
{
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("r.sqlite"));
    makePipeline(db);

    const Run text = report(db, {QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                                 QStringLiteral("--to"), QStringLiteral("2026-05-31")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Review 2026-05-01 – 2026-05-31")));
    CHECK(text.out.contains(QStringLiteral("Conversion")));
    CHECK(text.out.contains(QStringLiteral("Stalled:")));
    CHECK(text.out.contains(QStringLiteral("Ana")));

    CHECK(report(db, {}).code == 0); // the last 90 days
    CHECK(report(db, {QStringLiteral("--from"), QStringLiteral("2026-06-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-05-01")})
              .code == 2);
    const Run bad = report(db, {QStringLiteral("--from"), QStringLiteral("someday")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("someday")));
    CHECK(report(db, {QStringLiteral("--stalled"), QStringLiteral("-3")}).code == 2);
}
