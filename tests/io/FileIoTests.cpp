#include "support/TestSupport.h"

#include "core/io/FileIo.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

TEST_CASE("a pipe or a device given as the output is written to, not replaced", "[io][file]")
{
    accord::test::TempDir dir;
    const QString fifo = dir.path(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    // The reader on the other end, as `accord-cli export … -o >(gzip)` has one;
    // opened first (without waiting for a writer), read once the export is done.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    writeFileAtomically(fifo, "exported bytes");
    char buffer[64] = {};
    const ssize_t got = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    CHECK(QByteArray(buffer, static_cast<int>(std::max<ssize_t>(got, 0))) == "exported bytes");
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(fifo).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode)); // still the pipe, not a file renamed over it
    CHECK(QDir(dir.path({})).entryList(QDir::Files | QDir::System) ==
          QStringList{QStringLiteral("pipe")});
}
