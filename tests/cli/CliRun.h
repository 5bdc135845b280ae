#pragma once

// Runs the real accord-cli binary on a database and collects what it printed.

#include "storage/SqliteStore.h"

#include <QProcess>
#include <QStringList>
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <utility>

namespace accord::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    nlohmann::json parsed() const { return nlohmann::json::parse(out.toStdString()); }
};

/// Creates an empty pipeline at `path` (accord-cli creates none outside demo and import).
inline QString createDatabase(const QString& path)
{
    storage::openStore(path);
    return path;
}

/// `accord-cli --db DB ARGS…` as "Test Runner", in English whatever the
/// tester's own language, with extra environment entries.
inline CliRun runCli(const QString& db, const QStringList& args,
                     const QList<std::pair<QString, QString>>& extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACCORD_USER"), QStringLiteral("Test Runner"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const auto& [key, value] : extraEnv)
        env.insert(key, value);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACCORD_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// A literal as a QString, for argument lists.
inline QString S(const char* s)
{
    return QString::fromUtf8(s);
}

/// `accord-cli --db DB ARGS…` in English.
inline CliRun cli(const QString& db, const QStringList& args)
{
    return runCli(db, args);
}

/// `accord-cli --db DB ARGS… --json`, which must succeed: what it printed, parsed.
inline nlohmann::json ok(const QString& db, QStringList args)
{
    args.append(S("--json"));
    const CliRun r = cli(db, args);
    INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.parsed();
}

} // namespace accord::test
