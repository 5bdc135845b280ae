#pragma once

// Small helpers shared by the suites: Catch2 printing of Qt strings, a fixed
// reference time, and a temporary folder per test.

#include "core/Types.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <ostream>

QT_BEGIN_NAMESPACE
std::ostream& operator<<(std::ostream& os, const QString& s);
std::ostream& operator<<(std::ostream& os, const QDate& d);
std::ostream& operator<<(std::ostream& os, const QDateTime& t);
QT_END_NAMESPACE

namespace accord::test {

/// 2026-06-15 12:00 UTC: the "now" of every test that needs one.
QDateTime referenceNow();

/// A temporary folder that lives as long as the object; path("x.sqlite") inside it.
class TempDir
{
public:
    TempDir();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

} // namespace accord::test
