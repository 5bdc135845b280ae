#pragma once

// The words accord-cli shows people go through Cli::tr(), so a translation
// loaded at start-up replaces them; what scripts read (--json, CSV, command
// and option names, usage lines) never does.

#include <QCoreApplication>

namespace accord::cli {

/// The translation context of accord-cli's own messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(accord::cli::Cli)
};

} // namespace accord::cli
