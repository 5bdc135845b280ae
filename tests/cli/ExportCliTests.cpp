// End-to-end tests of accord-cli's export, import and backup commands.

#include "CliRun.h"
#include "support/AudienceData.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

using Run = accord::test::CliRun;

Run cli(const QString& db, const QStringList& args)
{
    return accord::test::runCli(db, args);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

std::size_t prospectCount(const QString& db)
{
    const Run list = cli(db, {QStringLiteral("--json"), QStringLiteral("list")});
    REQUIRE(list.code == 0);
    return json::parse(list.out.toStdString()).size();
}

} // namespace

TEST_CASE(
    "export backup then import it into a new database then export again gives identical files",
    "[cli][backup]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("a.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("demo")}).code == 0);
    const QString first = dir.path(QStringLiteral("first.json"));
    REQUIRE(
        cli(db, {QStringLiteral("export"), QStringLiteral("backup"), QStringLiteral("-o"), first})
            .code == 0);

    const QString copy = dir.path(QStringLiteral("b.sqlite"));
    const Run restore = cli(copy, {QStringLiteral("import"), QStringLiteral("backup"), first});
    REQUIRE(restore.code == 0);
    const QString second = dir.path(QStringLiteral("second.json"));
    REQUIRE(cli(copy,
                {QStringLiteral("export"), QStringLiteral("backup"), QStringLiteral("-o"), second})
                .code == 0);
    CHECK(fileBytes(first) == fileBytes(second));

    // Restoring again into the now full copy is refused and changes nothing.
    const Run again = cli(copy, {QStringLiteral("import"), QStringLiteral("backup"), first});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("empty database")));
    REQUIRE(cli(copy,
                {QStringLiteral("export"), QStringLiteral("backup"), QStringLiteral("-o"), second})
                .code == 0);
    CHECK(fileBytes(first) == fileBytes(second));
}

TEST_CASE("import csv dry run writes nothing and a bad file exits 1 naming line and field",
          "[cli][import]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("a.sqlite"));
    const QString csv = dir.path(QStringLiteral("crm.csv"));
    writeFile(csv, "Deal Name,Company name,Deal Stage,Amount,Deal owner,Create Date\n"
                   "Pilot,Northwind Traders,Contract Sent,\"40,000\",Dana,2026-01-12\n"
                   "Rollout,Contoso,Discovery Call,120000,Ravi,14.03.2026\n");
    const Run dry = cli(
        db, {QStringLiteral("import"), QStringLiteral("csv"), csv, QStringLiteral("--dry-run")});
    REQUIRE(dry.code == 0);
    CHECK(dry.out.contains(QStringLiteral("Would create 2 prospect(s)")));
    CHECK(dry.out.contains(QStringLiteral("Discovery Call")));
    CHECK_FALSE(QFileInfo::exists(db)); // a dry run does not even create the file

    const Run done =
        cli(db, {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("csv"), csv,
                 QStringLiteral("--stage-map"), QStringLiteral("Discovery Call=2")});
    REQUIRE(done.code == 0);
    const json report = json::parse(done.out.toStdString());
    CHECK(report.at("prospects") == 2);
    CHECK(report.at("unknown_stages") == 0);
    CHECK(report.at("mapping").at("name") == "Company name");
    CHECK(prospectCount(db) == 2);

    const QString bad = dir.path(QStringLiteral("bad.csv"));
    writeFile(bad, "Name,Created\nFabrikam,2026-02-28\nTailspin,2026-02-30\n");
    const Run refused = cli(db, {QStringLiteral("import"), QStringLiteral("csv"), bad});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("Line 3")));
    CHECK(refused.err.contains(QStringLiteral("Created")));
    CHECK(prospectCount(db) == 2);

    const Run unknown = cli(db, {QStringLiteral("import"), QStringLiteral("csv"), csv,
                                 QStringLiteral("--map"), QStringLiteral("colour=Amount")});
    CHECK(unknown.code == 1);
    CHECK(prospectCount(db) == 2);
}

TEST_CASE("export summaries and pipeline CSV and calendar and a SQLite backup", "[cli][export]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("a.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("demo"), QStringLiteral("--prospects"), QStringLiteral("6")})
                .code == 0);
    const Run list = cli(db, {QStringLiteral("--json"), QStringLiteral("list")});
    const json rows = json::parse(list.out.toStdString());
    REQUIRE(!rows.empty());
    const QString id = QString::number(rows.at(0).at("id").get<qint64>());
    const QString name = QString::fromStdString(rows.at(0).at("name").get<std::string>());

    const QString html = dir.path(QStringLiteral("one.html"));
    REQUIRE(cli(db, {QStringLiteral("export"), QStringLiteral("summary"), id, QStringLiteral("-o"),
                     html})
                .code == 0);
    CHECK(QString::fromUtf8(fileBytes(html)).contains(name.toHtmlEscaped()));

    const QString md = cli(db, {QStringLiteral("export"), QStringLiteral("summary"), id,
                                QStringLiteral("--format"), QStringLiteral("md")})
                           .out;
    CHECK(md.startsWith(QStringLiteral("# ")));

    const QString pdfs = dir.path(QStringLiteral("pdfs"));
    const Run all =
        cli(db, {QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("--all"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdfs});
    REQUIRE(all.code == 0);
    CHECK(all.err.contains(QStringLiteral("Writing summaries")));
    const QStringList files = QDir(pdfs).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    CHECK(files.size() == static_cast<qsizetype>(rows.size()));
    for (const QString& f : files)
        CHECK(fileBytes(QDir(pdfs).filePath(f)).startsWith("%PDF-"));

    const Run missing = cli(db, {QStringLiteral("export"), QStringLiteral("summary"),
                                 QStringLiteral("999999"), QStringLiteral("-o"), html});
    CHECK(missing.code == 4);

    const Run csv = cli(db, {QStringLiteral("export"), QStringLiteral("pipeline")});
    REQUIRE(csv.code == 0);
    CHECK(csv.out.startsWith(QStringLiteral("ID,Name,Owner,")));
    CHECK(csv.out.count(QStringLiteral("\r\n")) >= static_cast<qsizetype>(rows.size()) + 1);

    const Run ics = cli(db, {QStringLiteral("export"), QStringLiteral("ics")});
    REQUIRE(ics.code == 0);
    CHECK(ics.out.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    CHECK(ics.out.contains(QStringLiteral("UID:meeting-")));

    const QString copy = dir.path(QStringLiteral("copy.sqlite"));
    REQUIRE(cli(db, {QStringLiteral("backup"), QStringLiteral("-o"), copy}).code == 0);
    CHECK(cli(copy, {QStringLiteral("check")}).code == 0);
    CHECK(prospectCount(copy) == rows.size());
}

TEST_CASE("export summary --audience customer leaves the internal fields out of every format",
          "[cli][export]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("a.sqlite"));
    {
        auto store = accord::storage::openStore(db);
        accord::core::ProspectBundle b = accord::test::audienceBundle();
        b.gateChecks.clear(); // the store's criteria are the defaults (no hand tick)
        accord::core::saveBundle(*store, b);
    }
    const auto textOf = [&](const QString& format, const QString& audience) {
        const QString path = dir.path(QStringLiteral("%1-%2.%3").arg(audience, format, format));
        const Run run =
            cli(db, {QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("1"),
                     QStringLiteral("--format"), format, QStringLiteral("--audience"), audience,
                     QStringLiteral("-o"), path});
        REQUIRE(run.code == 0);
        if (format != u"pdf")
            return QString::fromUtf8(fileBytes(path));
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), path, QStringLiteral("-")});
        REQUIRE(p.waitForFinished(30000));
        REQUIRE(p.exitCode() == 0);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    for (const char* format : {"md", "html", "json", "pdf"}) {
        INFO(format);
        const QString customer = textOf(QString::fromLatin1(format), QStringLiteral("customer"));
        const QString internal = textOf(QString::fromLatin1(format), QStringLiteral("internal"));
        const QString flatCustomer = accord::test::withoutSpace(customer);
        const QString flatInternal = accord::test::withoutSpace(internal);
        for (const accord::test::AudienceWord& w : accord::test::kLeftOutWords) {
            const QLatin1String word(w.word);
            if (word == QLatin1String("Qztickevidence") || word == QLatin1String("Qztickedby"))
                continue;
            INFO(w.what);
            CHECK_FALSE(flatCustomer.contains(word, Qt::CaseInsensitive));
            CHECK(flatInternal.contains(word));
        }
        for (const accord::test::AudienceWord& w : accord::test::kKeptWords) {
            INFO(w.what);
            CHECK(flatCustomer.contains(QLatin1String(w.word)));
        }
    }

    // Internal stays the default; an unknown audience is a usage error.
    const QString md =
        cli(db, {QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("1"),
                 QStringLiteral("--format"), QStringLiteral("md")})
            .out;
    CHECK(md.contains(QStringLiteral("Qzourbatna")));
    const Run bad = cli(db, {QStringLiteral("export"), QStringLiteral("summary"),
                             QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("md"),
                             QStringLiteral("--audience"), QStringLiteral("press")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("Unknown audience \"press\"")));
}
