// Files on a prospect from a script: attach, attachments, detach,
// save-attachment (docs/cli.md). The rules (size, name, link) are core's
// AttachmentService's; files are read and written whole, once.

#include "CommandArgs.h"

#include "core/Attachment.h"
#include "core/Parse.h"
#include "core/io/FileIo.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace accord::cli {
namespace {

using namespace accord::core;

nlohmann::json infoJson(const AttachmentInfo& a)
{
    nlohmann::json j{{"id", a.id},
                     {"prospect_id", a.prospectId},
                     {"name", utf8(a.name)},
                     {"size", a.size},
                     {"added_by", utf8(a.addedBy)},
                     {"added_at", a.addedAt.isValid() ? nlohmann::json(utf8(toIsoUtc(a.addedAt)))
                                                      : nlohmann::json(nullptr)},
                     {"link", utf8(attachmentLinkKey(a.link))}};
    if (a.link.kind == AttachmentLink::Kind::DataRequest)
        j["data_request_id"] = a.link.dataRequestId;
    return j;
}

/// "data request 12", "agreement", "" for people.
QString linkText(const AttachmentLink& link)
{
    switch (link.kind) {
    case AttachmentLink::Kind::None:
        break;
    case AttachmentLink::Kind::DataRequest:
        return Cli::tr("data request %1").arg(link.dataRequestId);
    case AttachmentLink::Kind::Agreement:
        return Cli::tr("agreement");
    }
    return {};
}

AttachmentInfo requireAttachment(CliContext& ctx, Id id)
{
    const auto info = ctx.store().attachments().find(id);
    if (!info)
        throw NotFoundError(Cli::tr("No attachment with id %1.").arg(id));
    return *info;
}

Id attachmentIdArg(const Args& args, const QString& command)
{
    if (args.positional().size() != 1)
        throw UsageError(Cli::tr("%1 needs one attachment id.").arg(command));
    return parseIdArg(args.positional().front());
}

int attachCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("to")}, {});
    if (args.positional().size() != 2)
        throw UsageError(Cli::tr("attach needs a prospect id and a file."));
    const Prospect p = requireProspect(ctx, parseIdArg(args.positional().at(0)));
    const QString path = args.positional().at(1);
    const AttachmentLink link = parseAttachmentLink(args.value(opt("to")));
    // The size is checked before the file is read: a file too large is never loaded.
    const QFileInfo file(path);
    if (!file.isFile())
        throw ValidationError(QStringLiteral("file"),
                              Cli::tr("%1 is not a file that can be read.").arg(path));
    checkAttachmentSize(attachmentName(path), file.size());
    const QByteArray bytes = readWholeFile(path, kMaxAttachmentBytes);
    AttachmentService service(ctx.store(), ctx.clock());
    const AttachmentInfo a = service.add(p.id, path, bytes, link, ctx.userName());
    if (ctx.json()) {
        printJson(ctx, infoJson(a).dump(2));
    } else {
        ctx.out() << Cli::tr("Attached %1 (%2) to %3 as attachment %4.")
                         .arg(a.name, formatAttachmentSize(a.size), p.name, QString::number(a.id))
                  << '\n';
    }
    return kExitOk;
}

int attachmentsCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    if (args.positional().size() != 1)
        throw UsageError(Cli::tr("attachments needs a prospect id."));
    const Prospect p = requireProspect(ctx, parseIdArg(args.positional().front()));
    const std::vector<AttachmentInfo> list = ctx.store().attachments().list(p.id);
    if (ctx.json()) {
        nlohmann::json out = nlohmann::json::array();
        for (const AttachmentInfo& a : list)
            out.push_back(infoJson(a));
        printJson(ctx, out.dump(2));
        return kExitOk;
    }
    if (list.empty()) {
        ctx.out() << Cli::tr("%1 has no attachments.").arg(p.name) << '\n';
        return kExitOk;
    }
    ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(QStringLiteral("ID"), -5)
                     .arg(Cli::tr("Name"), -28)
                     .arg(Cli::tr("Size"), 9)
                     .arg(Cli::tr("Added by"), -14)
                     .arg(Cli::tr("Added (UTC)"), -16)
                     .arg(Cli::tr("Link"));
    for (const AttachmentInfo& a : list)
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(a.id, -5)
                         .arg(a.name, -28)
                         .arg(formatAttachmentSize(a.size), 9)
                         .arg(a.addedBy, -14)
                         .arg(a.addedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), -16)
                         .arg(linkText(a.link))
                         .trimmed()
                  << '\n';
    return kExitOk;
}

int detachCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    const Id id = attachmentIdArg(args, QStringLiteral("detach"));
    requireAttachment(ctx, id);
    const Attachment removed = AttachmentService(ctx.store(), ctx.clock()).remove(id);
    if (ctx.json())
        printJson(ctx, infoJson(removed.info).dump(2));
    else
        ctx.out()
            << Cli::tr("Removed attachment %1 (%2).").arg(QString::number(id), removed.info.name)
            << '\n';
    return kExitOk;
}

int saveAttachmentCommand(CliContext& ctx, const QStringList& argv)
{
    QStringList expanded = argv;
    for (QString& a : expanded)
        if (a == u"-o")
            a = QStringLiteral("--output");
    const Args args(expanded, {opt("output")}, {opt("force")});
    const Id id = attachmentIdArg(args, QStringLiteral("save-attachment"));
    const QString output = args.value(opt("output"));
    if (output.isEmpty())
        throw UsageError(Cli::tr("save-attachment needs -o FILE."));
    const AttachmentInfo info = requireAttachment(ctx, id);
    if (QFileInfo::exists(output) && !args.flag(opt("force")))
        throw ValidationError(
            QStringLiteral("output"),
            Cli::tr("%1 exists already; give --force to replace it.").arg(output));
    writeFileAtomically(output, ctx.store().attachments().bytes(id));
    if (!ctx.json())
        ctx.out() << Cli::tr("Saved %1 (%2) to %3.")
                         .arg(info.name, formatAttachmentSize(info.size), output)
                  << '\n';
    else
        printJson(ctx, infoJson(info).dump(2));
    return kExitOk;
}

} // namespace

void registerAttachmentCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("attach"),
                  QStringLiteral("attach ID FILE [--to data-request:N|agreement] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Keep a file (up to 25 MB) on a prospect, optionally linked to "
                                    "a data request or the agreement."),
                  attachCommand});
    registry.add({QStringLiteral("attachments"), QStringLiteral("attachments ID [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "List a prospect's files: name, size, who added them and when, "
                                    "link."),
                  attachmentsCommand});
    registry.add({QStringLiteral("detach"), QStringLiteral("detach ATTACHMENT_ID [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli", "Remove a file from its prospect."),
                  detachCommand});
    registry.add(
        {QStringLiteral("save-attachment"),
         QStringLiteral("save-attachment ATTACHMENT_ID -o FILE [--force]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Write a file kept on a prospect to FILE (never over an existing "
                           "file without --force)."),
         saveAttachmentCommand});
}

} // namespace accord::cli
