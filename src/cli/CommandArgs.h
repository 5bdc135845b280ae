#pragma once

// What the command files share beyond Cli.h: the prospect named on the command
// line, dates and whole numbers read from options, and the line or JSON that
// says what was added.

#include "Cli.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace accord::cli {

inline std::string utf8(const QString& s)
{
    return s.toStdString();
}

inline QString opt(const char* name)
{
    return QString::fromLatin1(name);
}

/// The prospect named by the first positional argument (exactly `positionals`
/// of them, else UsageError); nullopt, after saying so, when there is none.
std::optional<core::Prospect> prospectArg(CliContext& ctx, const QString& command, const Args& args,
                                          qsizetype positionals = 1);
/// The second positional argument as an id of a `what` (UsageError when not one).
core::Id secondIdArg(const Args& args, const QString& what);
/// The prospect `id`; ValidationError when there is none.
core::Prospect requireProspect(CliContext& ctx, core::Id id);

/// Option --NAME as a date (ValidationError when it is not one); nullopt when absent.
std::optional<QDate> dateOption(const Args& args, const char* name);
/// Sets `field` to option --NAME when it is given.
void textOption(const Args& args, const char* name, QString& field);
/// Option --NAME as a whole number, `fallback` when absent.
int intOption(const Args& args, const char* name, int fallback);

/// "Added WHAT ID to PROSPECT", or `j` with its id under --json.
void printAdded(CliContext& ctx, const QString& what, core::Id id, const core::Prospect& p,
                nlohmann::json j);

} // namespace accord::cli
