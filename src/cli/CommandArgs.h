#pragma once

// What the command files share beyond Cli.h: the prospect named on the command
// line, dates and whole numbers read from options, and the line or JSON that
// says what was added.

#include "Cli.h"
#include "core/EnumTraits.h"

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
/// of them, else UsageError); NotFoundError when there is none.
core::Prospect prospectArg(CliContext& ctx, const QString& command, const Args& args,
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

/// "a, b or c".
QString orList(const QStringList& words);

/// Reads a UTF-8 text file (notes too long for a command line); ValidationError
/// naming `option` when it cannot.
QString readTextFile(const QString& path, const QString& option = QStringLiteral("notes-file"));
/// --value (and --currency) as money: "€40k" is euros and must agree with
/// --currency; `fallback` when --value is absent (its currency replaced by
/// --currency when given).
core::Money moneyOptions(const Args& args, const core::Money& fallback);
/// The meeting options log-meeting and edit-meeting share (--when, --kind,
/// --duration, --summary, --notes, --notes-file, --attendees, --shared,
/// --learned, --next-step, --due), set on `m` where given.
void meetingOptions(const Args& args, core::Meeting& m);
/// The options meetingOptions reads.
QStringList meetingOptionNames();
/// On a team server a rep's prospects are their own: --owner naming anyone
/// else is refused with one sentence before the server is asked.
void checkOwnerOption(CliContext& ctx, const Args& args, const QString& what);
/// The record id a command names (exactly one positional argument, a
/// positive number), else UsageError naming `what`.
core::Id recordIdArg(const Args& args, const QString& command, const QString& what);
/// Unless one of `options` is given, UsageError: "COMMAND needs --a, --b or --c."
void requireOneOf(const Args& args, const QString& command, const QStringList& options);
/// The keys of the fields a change set wrote to its first record.
nlohmann::json changedKeys(const core::ChangeSet& written);

/// Option --NAME as the E whose key it is (any case, spaces around ignored);
/// nullopt when absent, UsageError listing the keys when it is none of them.
template <typename E> std::optional<E> choiceOption(const Args& args, const char* name)
{
    const QString key = opt(name);
    if (!args.has(key))
        return std::nullopt;
    if (const auto v = core::EnumTraits<E>::fromKey(args.value(key).trimmed().toLower()))
        return v;
    throw UsageError(Cli::tr("Unknown %1 \"%2\": use %3.")
                         .arg(key, args.value(key), orList(core::EnumTraits<E>::keys())));
}

/// Option --NAME as the id of a `what` (meeting, contact) of prospect `p`,
/// looked up with `find`; nullopt when absent, NotFoundError when `p` has none
/// with that id.
template <typename Find>
auto ownedOption(const Args& args, const char* name, const core::Prospect& p, const QString& what,
                 Find find) -> decltype(find(core::Id{}))
{
    const QString key = opt(name);
    if (!args.has(key))
        return std::nullopt;
    bool ok = false;
    const core::Id id = args.value(key).toLongLong(&ok);
    if (auto found = ok ? find(id) : std::nullopt; found && found->prospectId == p.id)
        return found;
    throw NotFoundError(Cli::tr("%1 has no %2 %3.").arg(p.name, what, args.value(key)));
}

/// The filter options --stage, --status, --owner (repeated), --industry,
/// --tag and --text, as far as the command takes them.
core::ProspectFilter filterOptions(const Args& args);

/// Under --json prints what `json` makes (dumped with `indent`, -1 for one
/// line), else runs `text`.
void printEither(CliContext& ctx, const std::function<nlohmann::json()>& json,
                 const std::function<void()>& text, int indent = 2);

/// "Added WHAT ID to PROSPECT", or `j` with its id under --json.
void printAdded(CliContext& ctx, const QString& what, core::Id id, const core::Prospect& p,
                nlohmann::json j);

} // namespace accord::cli
