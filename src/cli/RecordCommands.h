#pragma once

// Editing and removing what hangs off a prospect (contacts, meetings, evidence)
// from a script: each command names the record by its id, the workspace service
// reads, changes and writes it in one write transaction (only the fields given
// change), and the output says what was written.

#include "CommandArgs.h"

#include "core/Bundle.h"

#include <functional>

namespace accord::cli {

/// `COMMAND RECORD_ID [options] [--prospect ID]`: reads the record, lets
/// `change` set the options given and writes what differs. NotFoundError when
/// there is no `what` with that id (of that prospect); UsageError when none of
/// `options` is given.
template <typename T>
int editRecordCommand(CliContext& ctx, const Args& args, const QString& command,
                      const QString& what, const QStringList& options,
                      const std::function<void(T&)>& change)
{
    const core::Id id = recordIdArg(args, command, what);
    requireOneOf(args, command, options);
    std::optional<core::Id> prospectId;
    if (args.has(opt("prospect")))
        prospectId = parseIdArg(args.value(opt("prospect")));
    core::ChangeSet written;
    const auto after = ctx.workspace().editRecord<T>(id, prospectId, change, &written);
    if (!after)
        throw NotFoundError(Cli::tr("there is no %1 %2.").arg(what, QString::number(id)));
    const core::Prospect p = requireProspect(ctx, after->prospectId);
    const nlohmann::json changed = changedKeys(written);
    if (ctx.json()) {
        nlohmann::json j = core::toJson(*after);
        j["id"] = id;
        j["prospect_id"] = p.id;
        j["changed"] = changed;
        printJson(ctx, j.dump(2));
    } else if (changed.empty()) {
        ctx.out() << Cli::tr("The %1 %2 of %3 already holds that; nothing changed.")
                         .arg(what, QString::number(id), p.name)
                  << '\n';
    } else {
        QStringList keys;
        for (const auto& k : changed)
            keys << QString::fromStdString(k.get<std::string>());
        ctx.out() << Cli::tr("Saved %1 %2 of %3 (%4)")
                         .arg(what, QString::number(id), p.name, keys.join(QStringLiteral(", ")))
                  << '\n';
    }
    return kExitOk;
}

/// `COMMAND RECORD_ID [--prospect ID]`: deletes the record, with the links
/// other records had to it.
template <typename T>
int removeRecordCommand(CliContext& ctx, const QStringList& argv, const QString& command,
                        const QString& what)
{
    const Args args(argv, {opt("prospect")}, {});
    const core::Id id = recordIdArg(args, command, what);
    std::optional<core::Id> prospectId;
    if (args.has(opt("prospect")))
        prospectId = parseIdArg(args.value(opt("prospect")));
    const auto found = ctx.workspace().find<T>(id, prospectId);
    if (!found)
        throw NotFoundError(Cli::tr("there is no %1 %2.").arg(what, QString::number(id)));
    const core::Prospect p = requireProspect(ctx, found->prospectId);
    ctx.workspace().remove(core::recordKindOf<T>(), id);
    if (ctx.json())
        printJson(ctx, nlohmann::json{{"id", id}, {"prospect_id", p.id}, {"removed", true}}.dump());
    else
        ctx.out() << Cli::tr("Removed %1 %2 from %3").arg(what, QString::number(id), p.name)
                  << '\n';
    return kExitOk;
}

/// The options every edit command takes besides its fields.
inline QStringList withProspectOption(QStringList options)
{
    options << opt("prospect");
    return options;
}

} // namespace accord::cli
