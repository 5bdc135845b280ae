// Stage 3 from a script: set-worksheet, set-lever, add-tradable,
// edit-tradable, remove-tradable, win-win, set-agreement.

#include "RecordCommands.h"

#include "core/Bundle.h"
#include "core/Validation.h"
#include "core/WinWin.h"

namespace accord::cli {
namespace {

using nlohmann::json;
using namespace accord::core;

json winWinJson(const WinWinCheck& c)
{
    json warnings = json::array();
    for (const WinWinWarning& w : c.warnings)
        warnings.push_back({{"kind", utf8(winWinWarningKey(w.kind))},
                            {"lever", w.lever ? json(utf8(leverKey(*w.lever))) : json(nullptr)},
                            {"message", utf8(w.message)}});
    return {{"state", utf8(winWinStateKey(c.state))},
            {"ok", c.ok()},
            {"summary", utf8(c.summary)},
            {"warnings", warnings}};
}

void printWinWin(CliContext& ctx, const WinWinCheck& c)
{
    ctx.out() << Cli::tr("Win-win check: %1").arg(c.summary) << '\n';
    for (const WinWinWarning& w : c.warnings)
        ctx.out() << "  ! " << w.message << '\n';
}

/// Prints the worksheet's win-win check after a change to it.
int reportWorksheet(CliContext& ctx, const Prospect& p, const Negotiation& n)
{
    const WinWinCheck check = checkWinWin(n, ctx.store().evidence().tradables(p.id));
    if (ctx.json()) {
        printJson(
            ctx,
            json{{"prospect_id", p.id}, {"negotiation", toJson(n)}, {"win_win", winWinJson(check)}}
                .dump(2));
    } else {
        ctx.out() << Cli::tr("Saved the negotiation worksheet of %1").arg(p.name) << '\n';
        printWinWin(ctx, check);
    }
    return kExitOk;
}

int setWorksheetCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv,
                    {opt("our-batna"), opt("their-batna"), opt("their-interests"),
                     opt("our-interests"), opt("criteria"), opt("stance")},
                    {});
    const Prospect p = prospectArg(ctx, QStringLiteral("set-worksheet"), args);
    // Read, change and write in one write transaction, writing only the fields changed.
    const Negotiation n = ctx.workspace().editNegotiation(p.id, [&](Negotiation& edited) {
        textOption(args, "our-batna", edited.ourBatna);
        textOption(args, "their-batna", edited.theirBatna);
        textOption(args, "their-interests", edited.theirInterests);
        textOption(args, "our-interests", edited.ourInterests);
        textOption(args, "criteria", edited.objectiveCriteria);
        edited.stance = intOption(args, "stance", edited.stance);
    });
    return reportWorksheet(ctx, p, n);
}

int setLeverCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv,
                    {opt("lever"), opt("our-priority"), opt("their-priority"), opt("our-position"),
                     opt("their-position"), opt("our-concession"), opt("their-concession")},
                    {});
    const Prospect p = prospectArg(ctx, QStringLiteral("set-lever"), args);
    const auto which = leverFromKey(args.value(opt("lever")).trimmed().toLower());
    if (!which)
        throw UsageError(Cli::tr("set-lever needs --lever money, time, rights or risk."));
    const Negotiation n = ctx.workspace().editNegotiation(p.id, [&](Negotiation& edited) {
        for (LeverPosition& l : edited.levers) {
            if (l.lever != *which)
                continue;
            l.ourPriority = intOption(args, "our-priority", l.ourPriority);
            l.theirPriority = intOption(args, "their-priority", l.theirPriority);
            textOption(args, "our-position", l.ourPosition);
            textOption(args, "their-position", l.theirPosition);
            textOption(args, "our-concession", l.ourConcession);
            textOption(args, "their-concession", l.theirConcession);
        }
    });
    return reportWorksheet(ctx, p, n);
}

QStringList tradableOptions()
{
    return {opt("side"), opt("item"), opt("value"), opt("cost")};
}

/// Sets the tradable options given on `v`.
void applyTradableOptions(const Args& args, const QString& command, Tradable& v)
{
    if (args.has(opt("side"))) {
        const auto side = sideFromKey(args.value(opt("side")).trimmed().toLower());
        if (!side)
            throw UsageError(Cli::tr("%1 needs --side ours or theirs (whose item it is "
                                     "to give).")
                                 .arg(command));
        v.side = *side;
    }
    textOption(args, "item", v.item);
    textOption(args, "value", v.valueToOther);
    textOption(args, "cost", v.costToGive);
}

int addTradableCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, tradableOptions(), {});
    const Prospect p = prospectArg(ctx, QStringLiteral("add-tradable"), args);
    if (!args.has(opt("side")))
        throw UsageError(
            Cli::tr("add-tradable needs --side ours or theirs (whose item it is to give)."));
    if (!args.has(opt("item")))
        throw UsageError(Cli::tr("add-tradable needs --item."));
    Tradable v;
    v.prospectId = p.id;
    applyTradableOptions(args, QStringLiteral("add-tradable"), v);
    const Id id = ctx.workspace().add(v).front().id;
    printAdded(ctx, Cli::tr("tradable"), id, p, toJson(v));
    return kExitOk;
}

int editTradableCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, withProspectOption(tradableOptions()), {});
    return editRecordCommand<Tradable>(
        ctx, args, QStringLiteral("edit-tradable"), Cli::tr("tradable"), tradableOptions(),
        [&](Tradable& v) { applyTradableOptions(args, QStringLiteral("edit-tradable"), v); });
}

int removeTradableCommand(CliContext& ctx, const QStringList& argv)
{
    return removeRecordCommand<Tradable>(ctx, argv, QStringLiteral("remove-tradable"),
                                         Cli::tr("tradable"));
}

int winWinCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    const Prospect p = prospectArg(ctx, QStringLiteral("win-win"), args);
    const WinWinCheck c =
        checkWinWin(ctx.workspace().negotiation(p.id), ctx.store().evidence().tradables(p.id));
    printEither(
        ctx, [&] { return winWinJson(c); }, [&] { printWinWin(ctx, c); });
    return kExitOk;
}

int setAgreementCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("signed"), opt("summary")}, {opt("unsign")});
    Prospect p = prospectArg(ctx, QStringLiteral("set-agreement"), args);
    if (!args.has(opt("signed")) && !args.has(opt("summary")) && !args.flag(opt("unsign")))
        throw UsageError(Cli::tr("set-agreement needs --signed DATE, --summary TEXT or --unsign."));
    const auto signedOn = dateOption(args, "signed");
    // Read, change and write in one write transaction: only these two fields are
    // written, so a next step logged meanwhile stays. A partnership keeps its date
    // (the service refuses, pointing at reopen).
    p = ctx.service().editProspect(p.id, [&](Prospect& edited) {
        if (signedOn)
            edited.signedOn = *signedOn;
        if (args.flag(opt("unsign")))
            edited.signedOn = {};
        if (args.has(opt("summary")))
            edited.agreementSummary = args.value(opt("summary"));
    });
    if (ctx.json())
        printJson(ctx, json{{"id", p.id},
                            {"signed_on", p.signedOn.isValid()
                                              ? json(utf8(p.signedOn.toString(Qt::ISODate)))
                                              : json(nullptr)},
                            {"agreement_summary", utf8(p.agreementSummary)}}
                           .dump(2));
    else
        ctx.out() << (p.signedOn.isValid() ? Cli::tr("Agreement of %1: signed on %2")
                                                 .arg(p.name, p.signedOn.toString(Qt::ISODate))
                                           : Cli::tr("Agreement of %1: not signed").arg(p.name))
                  << '\n';
    return kExitOk;
}

} // namespace

void registerNegotiationCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("set-worksheet"),
         QStringLiteral("set-worksheet ID [--our-batna T] [--their-batna T] "
                        "[--their-interests T] [--our-interests T] [--criteria T] "
                        "[--stance 1-5] [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Fill the negotiation worksheet (stage 3); prints the win-win check."),
         setWorksheetCommand});
    registry.add({QStringLiteral("set-lever"),
                  QStringLiteral("set-lever ID --lever money|time|rights|risk [--our-priority 0-5] "
                                 "[--their-priority 0-5] [--our-position T] [--their-position T] "
                                 "[--our-concession T] [--their-concession T] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Set one negotiation lever; prints the win-win check."),
                  setLeverCommand});
    registry.add(
        {QStringLiteral("add-tradable"),
         QStringLiteral("add-tradable ID --side ours|theirs --item I [--value V] [--cost C] "
                        "[--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Record something one side has to give that the other values."),
         addTradableCommand});
    registry.add(
        {QStringLiteral("edit-tradable"),
         QStringLiteral("edit-tradable TRADABLE_ID [--side ours|theirs] [--item I] "
                        "[--value V] [--cost C] [--prospect ID] [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli", "Change a tradable; only the fields given change."),
         editTradableCommand});
    registry.add({QStringLiteral("remove-tradable"),
                  QStringLiteral("remove-tradable TRADABLE_ID [--prospect ID] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli", "Delete a tradable."),
                  removeTradableCommand});
    registry.add(
        {QStringLiteral("win-win"), QStringLiteral("win-win ID [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli", "The negotiation's win-win check and its warnings."),
         winWinCommand});
    registry.add({QStringLiteral("set-agreement"),
                  QStringLiteral("set-agreement ID [--signed D | --unsign] [--summary T] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Record the signed date and agreement summary (needed for "
                                    "Partnership)."),
                  setAgreementCommand});
}

} // namespace accord::cli
