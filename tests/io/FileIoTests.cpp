#include "support/TestSupport.h"

#include "core/io/FileIo.h"

#include <QDir>
#include <QFile>

using namespace accord::core;

TEST_CASE("files are written whole or not at all", "[io][file]")
{
    accord::test::TempDir dir;
    const QString path = dir.path(QStringLiteral("out.csv"));
    writeFileAtomically(path, "first");
    writeFileAtomically(path, "second version");
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "second version");
    CHECK(readWholeFile(path) == "second version");

    CHECK_THROWS_AS(writeFileAtomically(dir.path(QStringLiteral("missing/out.csv")), "x"),
                    StoreError);
    QDir(dir.path({})).mkdir(QStringLiteral("folder"));
    CHECK_THROWS_WITH(writeFileAtomically(dir.path(QStringLiteral("folder")), "x"),
                      Catch::Contains("folder"));
    CHECK_THROWS_AS(readWholeFile(dir.path(QStringLiteral("nothing.csv"))), ValidationError);
    // No temporary files are left behind.
    CHECK(QDir(dir.path({})).entryList(QDir::Files) == QStringList{QStringLiteral("out.csv")});
}
