#pragma once

// Reading the io test corpus (tests/data/io).

#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

namespace accord::test {

inline QString ioDataPath(const QString& relative)
{
    return QStringLiteral(ACCORD_IO_TEST_DATA "/") + relative;
}

inline QByteArray ioData(const QString& relative)
{
    QFile f(ioDataPath(relative));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace accord::test
