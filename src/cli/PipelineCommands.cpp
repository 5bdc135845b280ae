// Changing the pipeline from a script: add-prospect, log-meeting, advance,
// set-status, reopen.

#include "CommandArgs.h"

#include "core/Activities.h"
#include "core/Parse.h"
#include "core/PipelineSettings.h"
#include "core/Validation.h"

namespace accord::cli {
namespace {

using nlohmann::json;
using namespace accord::core;

int addProspectCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv,
                    {QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("industry"),
                     QStringLiteral("segment"), QStringLiteral("website"), QStringLiteral("value"),
                     QStringLiteral("currency"), QStringLiteral("next-step"),
                     QStringLiteral("due")},
                    {});
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("add-prospect takes options only (--name …)."));
    if (!args.has(QStringLiteral("name")))
        throw UsageError(Cli::tr("add-prospect needs --name."));
    Prospect p;
    p.name = args.value(QStringLiteral("name"));
    p.owner = args.value(QStringLiteral("owner"), ctx.userName());
    // On a team server a rep's prospects are their own (the server's row-level
    // security refuses anything else); say so before asking it.
    checkOwnerOption(ctx, args, Cli::tr("new prospects"));
    p.industry = args.value(QStringLiteral("industry"));
    p.segment = args.value(QStringLiteral("segment"));
    p.website = args.value(QStringLiteral("website"));
    p.value = moneyOptions(args, Money{0, PipelineSettings::load(ctx.store().settings()).currency});
    // A next step is the prospect's first planned activity: a task due on --due,
    // else today; both in one transaction.
    const QString nextStep = args.value(QStringLiteral("next-step")).trimmed();
    const std::optional<QDate> due = dateOption(args, "due");
    if (due && nextStep.isEmpty())
        throw UsageError(Cli::tr("--due is the next step's: give --next-step too."));
    Id id = kNoId;
    ctx.store().transaction([&] {
        id = ctx.service().addProspect(p);
        if (!nextStep.isEmpty()) {
            Activity a;
            a.prospectId = id;
            a.kind = ActivityKind::Task;
            a.title = nextStep;
            a.dueOn = due ? *due : ActivityService(ctx.store(), ctx.clock()).today();
            ActivityService(ctx.store(), ctx.clock()).plan(a);
        }
    });
    if (ctx.json())
        printJson(ctx, json{{"id", id}}.dump());
    else
        ctx.out() << Cli::tr("Added prospect %1: %2").arg(QString::number(id), p.name) << '\n';
    return kExitOk;
}

int logMeetingCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, meetingOptionNames(), {});
    const Id id = prospectArg(ctx, QStringLiteral("log-meeting"), args).id;
    Meeting m;
    m.prospectId = id;
    m.occurredAt = ctx.clock().now();
    meetingOptions(args, m);
    m.loggedBy = ctx.userName();
    const Id meetingId = ctx.service().logMeeting(m);
    const Prospect p = requireProspect(ctx, id);
    const bool gateMet = p.stage != Stage::Partnership && ctx.service().currentGate(id).allMet();
    if (ctx.json()) {
        printJson(ctx, json{{"id", meetingId}, {"prospect_id", id}, {"gate_met", gateMet}}.dump());
    } else {
        ctx.out() << Cli::tr("Logged meeting %1 with %2").arg(QString::number(meetingId), p.name)
                  << '\n';
        if (gateMet && p.stage != Stage::Partnership && p.status == Status::Active)
            ctx.out() << Cli::tr("The gate of %1 is met: accord-cli advance %2 --to %3")
                             .arg(stageName(p.stage), QString::number(id),
                                  QString::number(static_cast<int>(p.stage) + 1))
                      << '\n';
    }
    return kExitOk;
}

int reportDecision(CliContext& ctx, const QString& what, const MoveDecision& d)
{
    if (d.allowed())
        return kExitOk;
    ctx.err() << "accord-cli " << what << ": " << d.message << '\n';
    for (const CriterionResult& c : d.unmet)
        ctx.err() << "  "
                  << Cli::tr("unmet (%1): %2 — %3")
                         .arg(stageShortName(c.criterion.stage), c.criterion.label, c.why)
                  << '\n';
    if (d.verdict == MoveVerdict::NeedsReason)
        ctx.err() << (d.backward
                          ? Cli::tr("Give --reason \"…\" to move anyway; it is recorded.")
                          : Cli::tr("Give --reason \"…\" to move anyway; it is recorded as a "
                                    "gate override."))
                  << '\n';
    return kExitGateRefused;
}

/// The prospect a move names (one id and --to, else `usage`); NotFoundError
/// when there is none.
Id movedProspect(CliContext& ctx, const QString& command, const Args& args, const QString& usage)
{
    if (args.positional().size() != 1 || !args.has(QStringLiteral("to")))
        throw UsageError(usage);
    return prospectArg(ctx, command, args).id;
}

int advanceCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {QStringLiteral("to"), QStringLiteral("reason")}, {});
    const Id id = movedProspect(ctx, QStringLiteral("advance"), args,
                                Cli::tr("advance needs a prospect id and --to STAGE."));
    const Stage to = parseStageArg(args.value(QStringLiteral("to")));
    const MoveDecision d =
        ctx.service().moveStage(id, to, args.value(QStringLiteral("reason")), ctx.userName());
    if (const int code = reportDecision(ctx, QStringLiteral("advance"), d); code != kExitOk)
        return code;
    const Prospect p = requireProspect(ctx, id);
    if (ctx.json())
        printJson(ctx, json{{"id", id},
                            {"stage", static_cast<int>(p.stage)},
                            {"status", utf8(statusKey(p.status))},
                            {"gate_override", d.gateOverride}}
                           .dump());
    else
        ctx.out() << (d.gateOverride ? Cli::tr("%1 is now in %2 (gate override recorded)")
                                     : Cli::tr("%1 is now in %2"))
                         .arg(p.name, stageName(p.stage))
                  << '\n';
    return kExitOk;
}

int setStatusCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {QStringLiteral("to"), QStringLiteral("reason"), opt("reason-code")}, {});
    const Id id = movedProspect(ctx, QStringLiteral("set-status"), args,
                                Cli::tr("set-status needs a prospect id and --to STATUS."));
    const auto status = statusFromKey(args.value(QStringLiteral("to")));
    if (!status)
        throw UsageError(Cli::tr("Unknown status \"%1\": use active, on_hold or lost.")
                             .arg(args.value(QStringLiteral("to"))));
    if (args.has(opt("reason-code")) && *status != Status::Lost)
        throw UsageError(Cli::tr("--reason-code goes with --to lost."));
    const MoveDecision d =
        ctx.service().changeStatus(id, *status, args.value(QStringLiteral("reason")),
                                   ctx.userName(), nullptr, args.value(opt("reason-code")));
    if (const int code = reportDecision(ctx, QStringLiteral("set-status"), d); code != kExitOk)
        return code;
    const Prospect p = requireProspect(ctx, id);
    if (ctx.json())
        printJson(ctx, json{{"id", id},
                            {"status", utf8(statusKey(p.status))},
                            {"reason_code",
                             p.reasonCode.isEmpty() ? json(nullptr) : json(utf8(p.reasonCode))}}
                           .dump());
    else if (!p.reasonCode.isEmpty())
        ctx.out() << Cli::tr("%1 is now %2 (%3)")
                         .arg(p.name, statusName(p.status),
                              reasonLabel(PipelineSettings::load(ctx.store().settings()).reasons,
                                          p.reasonCode))
                  << '\n';
    else
        ctx.out() << Cli::tr("%1 is now %2").arg(p.name, statusName(p.status)) << '\n';
    return kExitOk;
}

int reopenCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {QStringLiteral("to"), QStringLiteral("reason")}, {});
    const Id id =
        movedProspect(ctx, QStringLiteral("reopen"), args,
                      Cli::tr("reopen needs a prospect id, --to STAGE and --reason TEXT."));
    const Stage to = parseStageArg(args.value(QStringLiteral("to")));
    const MoveDecision d =
        ctx.service().reopen(id, to, args.value(QStringLiteral("reason")), ctx.userName());
    if (!d.allowed()) {
        ctx.err() << "accord-cli reopen: " << d.message << '\n';
        if (d.verdict == MoveVerdict::NeedsReason)
            ctx.err() << Cli::tr("Give --reason \"…\"; it is recorded in the stage history.")
                      << '\n';
        return kExitGateRefused;
    }
    const Prospect p = requireProspect(ctx, id);
    if (ctx.json())
        printJson(ctx, json{{"id", id},
                            {"stage", static_cast<int>(p.stage)},
                            {"status", utf8(statusKey(p.status))}}
                           .dump());
    else
        ctx.out() << Cli::tr("%1 is active again in %2").arg(p.name, stageName(p.stage)) << '\n';
    return kExitOk;
}

} // namespace

void registerPipelineCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("add-prospect"),
         QStringLiteral("add-prospect --name N [--owner O] [--industry I] [--segment S] "
                        "[--website W] [--value V] [--currency C] [--next-step T] [--due D]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli", "Add a prospect in stage 1 (Uniquely Informative)."),
         addProspectCommand});
    registry.add(
        {QStringLiteral("log-meeting"),
         QStringLiteral("log-meeting ID --summary S [--when T] [--kind K] [--duration MIN] "
                        "[--attendees A] [--notes N | --notes-file F] [--shared S] [--learned L] "
                        "[--next-step T] [--due D]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Log a meeting; says when the stage's gate is now met."),
         logMeetingCommand});
    registry.add(
        {QStringLiteral("advance"), QStringLiteral("advance ID --to STAGE [--reason TEXT]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Move a prospect to another stage (exit 3 with the unmet criteria "
                           "when a reason is needed)."),
         advanceCommand});
    registry.add(
        {QStringLiteral("set-status"),
         QStringLiteral("set-status ID --to active|on_hold|lost [--reason-code CODE] "
                        "[--reason TEXT] [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Put a prospect on hold, reopen it, or mark it lost (a reason code from "
                           "the pipeline's list, a note, or both)."),
         setStatusCommand});
    registry.add(
        {QStringLiteral("reopen"), QStringLiteral("reopen ID --to 1|2|3 --reason TEXT [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Reopen a won or lost prospect, active again in a stage of 1-3; "
                           "recorded in the stage history."),
         reopenCommand});
}

} // namespace accord::cli
