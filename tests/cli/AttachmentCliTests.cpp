// End-to-end tests of accord-cli's attach, attachments, detach and
// save-attachment, and of attachments in a JSON backup.

#include "CliRun.h"
#include "support/TestSupport.h"

#include <QFile>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

using Run = accord::test::CliRun;
using accord::test::cli;
using accord::test::S;

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
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("attach, list, save and detach a file with every byte value", "[cli][attachments]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(S("a.sqlite")));
    REQUIRE(
        cli(db, {S("add-prospect"), S("--name"), S("Northwind"), S("--owner"), S("Dana")}).code ==
        0);
    REQUIRE(cli(db, {S("add-data-request"), S("1"), S("--item"), S("Online revenue")}).code == 0);

    QByteArray bytes;
    for (int i = 0; i < 3 * 256; ++i)
        bytes.append(static_cast<char>(i % 256));
    const QString source = dir.path(S("revenue 2025.bin"));
    writeFile(source, bytes);

    const Run attach = cli(db, {S("attach"), S("1"), source, S("--to"), S("data-request:1")});
    INFO(attach.err.toStdString());
    REQUIRE(attach.code == 0);
    CHECK(attach.out.contains(S("Attached revenue 2025.bin (768 bytes) to Northwind")));

    const Run list = cli(db, {S("--json"), S("attachments"), S("1")});
    REQUIRE(list.code == 0);
    const json rows = list.parsed();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].at("name") == "revenue 2025.bin");
    CHECK(rows[0].at("size") == 768);
    CHECK(rows[0].at("added_by") == "Test Runner");
    CHECK(rows[0].at("link") == "data-request:1");
    CHECK_FALSE(rows[0].contains("content_base64"));
    const QString id = QString::number(rows[0].at("id").get<qint64>());
    CHECK(cli(db, {S("attachments"), S("1")}).out.contains(S("data request 1")));

    const QString copy = dir.path(S("copy.bin"));
    REQUIRE(cli(db, {S("save-attachment"), id, S("-o"), copy}).code == 0);
    CHECK(fileBytes(copy) == bytes);
    // An existing file is kept unless --force.
    writeFile(copy, "mine");
    const Run again = cli(db, {S("save-attachment"), id, S("-o"), copy});
    CHECK(again.code == 1);
    CHECK(again.err.contains(S("exists already; give --force")));
    CHECK(fileBytes(copy) == "mine");
    REQUIRE(cli(db, {S("save-attachment"), id, S("-o"), copy, S("--force")}).code == 0);
    CHECK(fileBytes(copy) == bytes);

    REQUIRE(cli(db, {S("detach"), id}).code == 0);
    CHECK(cli(db, {S("--json"), S("attachments"), S("1")}).parsed().empty());
    CHECK(cli(db, {S("detach"), id}).code == 4);
    CHECK(cli(db, {S("save-attachment"), id, S("-o"), copy, S("--force")}).code == 4);
}

TEST_CASE("attach refuses an empty file, one over 25 MB, and a link to a request the prospect "
          "does not have, each with a sentence",
          "[cli][attachments]")
{
    accord::test::TempDir dir;
    const QString db = accord::test::createDatabase(dir.path(S("a.sqlite")));
    REQUIRE(
        cli(db, {S("add-prospect"), S("--name"), S("Northwind"), S("--owner"), S("Dana")}).code ==
        0);

    const QString empty = dir.path(S("empty.csv"));
    writeFile(empty, {});
    const Run none = cli(db, {S("attach"), S("1"), empty});
    CHECK(none.code == 1);
    CHECK(none.err.contains(S("empty.csv is empty")));

    const QString big = dir.path(S("huge.pdf"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(25LL * 1024 * 1024 + 1)); // sparse: nothing is written
    }
    const Run tooBig = cli(db, {S("attach"), S("1"), big});
    CHECK(tooBig.code == 1);
    CHECK(tooBig.err.contains(S("huge.pdf is 25.0 MB (")));
    CHECK(tooBig.err.contains(S("bytes); an attachment holds at most 25 MB (")));

    const QString small = dir.path(S("small.csv"));
    writeFile(small, "a,b\n");
    const Run badLink = cli(db, {S("attach"), S("1"), small, S("--to"), S("data-request:9")});
    CHECK(badLink.code == 1);
    CHECK(badLink.err.contains(S("no data request 9")));
    const Run oddLink = cli(db, {S("attach"), S("1"), small, S("--to"), S("contract")});
    CHECK(oddLink.code == 1);
    CHECK(oddLink.err.contains(S("use data-request:N or agreement")));
    CHECK(cli(db, {S("--json"), S("attachments"), S("1")}).parsed().empty());
    CHECK(cli(db, {S("attach"), S("1"), small, S("--to"), S("agreement")}).code == 0);
}

TEST_CASE("a JSON backup carries attachments and restores them byte for byte", "[cli][backup]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(S("a.sqlite"));
    REQUIRE(cli(db, {S("demo"), S("--prospects"), S("8")}).code == 0);
    QByteArray bytes(3 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < bytes.size(); i += 7)
        bytes[i] = static_cast<char>(i % 251);
    const QString source = dir.path(S("scan.bin"));
    writeFile(source, bytes);
    REQUIRE(cli(db, {S("attach"), S("2"), source}).code == 0);

    const QString first = dir.path(S("first.json"));
    REQUIRE(cli(db, {S("export"), S("backup"), S("-o"), first}).code == 0);
    const QString copy = dir.path(S("b.sqlite"));
    REQUIRE(cli(copy, {S("import"), S("backup"), first}).code == 0);
    const QString second = dir.path(S("second.json"));
    REQUIRE(cli(copy, {S("export"), S("backup"), S("-o"), second}).code == 0);
    CHECK(fileBytes(first) == fileBytes(second));

    const json files = cli(copy, {S("--json"), S("attachments"), S("2")}).parsed();
    REQUIRE(files.size() == 1);
    const QString saved = dir.path(S("saved.bin"));
    REQUIRE(cli(copy, {S("save-attachment"), QString::number(files[0].at("id").get<qint64>()),
                       S("-o"), saved})
                .code == 0);
    CHECK(fileBytes(saved) == bytes);

    // A backup whose content does not match its size is refused, naming where.
    QByteArray text = fileBytes(first);
    const qsizetype at = text.indexOf("\"size\": 3145728");
    REQUIRE(at > 0);
    text.replace(at, 15, "\"size\": 3145729");
    const QString bad = dir.path(S("bad.json"));
    writeFile(bad, text);
    const Run refused = cli(dir.path(S("c.sqlite")), {S("import"), S("backup"), bad});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(S("content_base64 holds 3145728 bytes, but the attachment's "
                                 "size says 3145729")));
}
