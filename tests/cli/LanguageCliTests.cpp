// accord-cli in German: help, tables and errors follow the user's language;
// what --json prints does not.

#include "CliRun.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace accord::test;

namespace {

const QList<std::pair<QString, QString>> kGerman{
    {QStringLiteral("LANGUAGE"), QStringLiteral("de")},
    {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}};

} // namespace

TEST_CASE("accord-cli speaks German to a German user", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(S("pipeline.accord"));
    REQUIRE(runCli(db, {S("demo")}).code == 0);

    const CliRun help = runCli(db, {S("--help")}, kGerman);
    CHECK(help.code == 0);
    CHECK(help.out.startsWith(S("Aufruf: accord-cli")));
    CHECK(help.out.contains(S("\nBefehle:\n")));
    // Usage lines are command syntax and stay as they are.
    CHECK(help.out.contains(S("  add-contact ID --name N")));

    const CliRun list = runCli(db, {S("list")}, kGerman);
    CHECK(list.code == 0);
    CHECK(list.out.section(u'\n', 0, 0).contains(S("Verantwortlich")));

    const CliRun missing = runCli(db, {S("show"), S("9999")}, kGerman);
    CHECK(missing.code == 4);
    CHECK(missing.err.contains(S("Interessent 9999 existiert nicht.")));

    // A core rule's refusal arrives in German too.
    const CliRun english = runCli(db, {S("add-prospect"), S("--name"), S("  ")});
    const CliRun refused = runCli(db, {S("add-prospect"), S("--name"), S("  ")}, kGerman);
    CHECK(refused.code == english.code);
    CHECK(refused.err.contains(S("Der Name ist erforderlich.")));

    // Summaries for people: German words, money and dates.
    const QString md = dir.filePath(S("summary.md"));
    REQUIRE(runCli(db, {S("export"), S("summary"), S("1"), S("--format"), S("md"), S("-o"), md},
                   kGerman)
                .code == 0);
    QFile file(md);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString summary = QString::fromUtf8(file.readAll());
    CHECK(summary.contains(S("Einzigartig informativ")));
    CHECK(summary.contains(S("215.000")));
    CHECK(summary.contains(QRegularExpression(S("Angelegt:\\*\\* \\d\\d\\.\\d\\d\\.20\\d\\d\n"))));
}

TEST_CASE("what --json and the CSV export print is the same in every language", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(S("pipeline.accord"));
    REQUIRE(runCli(db, {S("demo")}).code == 0);
    for (const QStringList& args :
         {QStringList{S("--json"), S("list")}, QStringList{S("--json"), S("show"), S("1")},
          QStringList{S("--json"), S("report"), S("--from"), S("2026-01-01"), S("--to"),
                      S("2026-12-31")},
          QStringList{S("--json"), S("gates")}, QStringList{S("--json"), S("forecast")},
          QStringList{S("export"), S("pipeline")}}) {
        INFO(args.join(u' ').toStdString());
        const CliRun english = runCli(db, args);
        const CliRun german = runCli(db, args, kGerman);
        CHECK(english.code == 0);
        CHECK(german.code == 0);
        if (args.front() != u"--json") {
            CHECK(german.out == english.out);
            continue;
        }
        // The same JSON, but for the second each run was made in.
        nlohmann::json a = english.parsed();
        nlohmann::json b = german.parsed();
        if (a.is_object() && b.is_object()) {
            a.erase("generated_at");
            b.erase("generated_at");
        }
        INFO(german.out.toStdString());
        CHECK(a == b);
    }
}
