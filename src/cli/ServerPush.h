#pragma once

// server push: a local pipeline moved into an empty team server.

#include <QStringList>

namespace accord::cli {

class CliContext;

/// `server push FILE.sqlite --owner-map "Full Name=login,…"` (docs/team-server.md).
int serverPush(CliContext& ctx, const QStringList& argv);

} // namespace accord::cli
