// Changing a prospect's own fields from a script: edit, trash, restore.

#include "CommandArgs.h"

#include "core/Bundle.h"
#include "core/Parse.h"
#include "core/Validation.h"

namespace accord::cli {
namespace {

using nlohmann::json;
using namespace accord::core;

QStringList editOptions()
{
    return {opt("name"),    opt("owner"), opt("industry"), opt("segment"),
            opt("website"), opt("value"), opt("currency"), opt("tags")};
}

int editCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, editOptions(), {});
    const Prospect p = prospectArg(ctx, QStringLiteral("edit"), args);
    requireOneOf(args, QStringLiteral("edit"), editOptions());
    checkOwnerOption(ctx, args, Cli::tr("prospects"));
    ChangeSet written;
    Prospect after;
    QStringList tags;
    bool tagsChanged = false;
    // The fields and the tags: all of it or nothing.
    ctx.store().transaction([&] {
        after = ctx.service().editProspect(
            p.id,
            [&](Prospect& e) {
                textOption(args, "name", e.name);
                if (args.has(opt("owner")))
                    e.owner = args.value(opt("owner")).trimmed();
                textOption(args, "industry", e.industry);
                textOption(args, "segment", e.segment);
                textOption(args, "website", e.website);
                if (args.has(opt("value")) || args.has(opt("currency")))
                    e.value = moneyOptions(args, e.value);
            },
            &written);
        if (args.has(opt("tags"))) {
            tags = WorkspaceService::parseTags(args.value(opt("tags")));
            tagsChanged = tags != ctx.workspace().tags(p.id);
            if (tagsChanged)
                ctx.workspace().setTags(p.id, tags);
        }
    });
    json changed = changedKeys(written);
    if (tagsChanged)
        changed.push_back("tags");
    if (ctx.json()) {
        json j = toJson(after);
        j["changed"] = changed;
        j["tags"] = json::array();
        for (const QString& t : ctx.workspace().tags(p.id))
            j["tags"].push_back(utf8(t));
        printJson(ctx, j.dump(2));
        return kExitOk;
    }
    QStringList keys;
    for (const auto& k : changed)
        keys << QString::fromStdString(k.get<std::string>());
    if (keys.isEmpty())
        ctx.out() << Cli::tr("%1 (#%2) already holds that; nothing changed.")
                         .arg(after.name, QString::number(p.id))
                  << '\n';
    else
        ctx.out() << Cli::tr("Saved %1 (#%2): %3")
                         .arg(after.name, QString::number(p.id), keys.join(QStringLiteral(", ")))
                  << '\n';
    return kExitOk;
}

int trashCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    const Prospect p = prospectArg(ctx, QStringLiteral("trash"), args);
    ctx.service().trash(p.id);
    const Prospect after = requireProspect(ctx, p.id);
    if (ctx.json())
        printJson(ctx, json{{"id", p.id}, {"deleted_at", utf8(toIsoUtc(after.deletedAt))}}.dump());
    else
        ctx.out() << Cli::tr("Moved %1 (#%2) to the trash; accord-cli restore %2 takes it out "
                             "again.")
                         .arg(p.name, QString::number(p.id))
                  << '\n';
    return kExitOk;
}

int restoreCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    const Prospect p = prospectArg(ctx, QStringLiteral("restore"), args);
    ctx.service().restore(p.id);
    if (ctx.json())
        printJson(ctx, json{{"id", p.id}, {"deleted_at", nullptr}}.dump());
    else
        ctx.out() << Cli::tr("Restored %1 (#%2) from the trash.").arg(p.name, QString::number(p.id))
                  << '\n';
    return kExitOk;
}

} // namespace

void registerEditCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("edit"),
         QStringLiteral("edit ID [--name N] [--owner O] [--industry I] [--segment S] "
                        "[--website W] [--value V] [--currency C] [--tags \"a, b\"] [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Change a prospect's fields; only those given change (--tags \"\" "
                           "clears; plan and reschedule change activities)."),
         editCommand});
    registry.add({QStringLiteral("trash"), QStringLiteral("trash ID [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Move a prospect to the trash (list --trash shows it)."),
                  trashCommand});
    registry.add({QStringLiteral("restore"), QStringLiteral("restore ID [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli", "Take a prospect out of the trash."),
                  restoreCommand});
}

} // namespace accord::cli
