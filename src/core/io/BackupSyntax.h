#pragma once

// Reading a backup's JSON text. The document comes out as nlohmann::json
// parses it, but every error names the JSON path where it lies, in the one
// notation the backup's checks use ("$.prospects[3].contacts[0].email"): a
// syntax error (with its line and column), a number too large to read, or
// nesting deeper than any backup.

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace accord::core {

/// Throws ValidationError naming the path.
nlohmann::json parseBackupJson(const QByteArray& bytes);

/// Throws the ValidationError "Backup, <path>: <message>" for `path`.
[[noreturn]] void failBackup(const QString& path, const QString& message);

} // namespace accord::core
