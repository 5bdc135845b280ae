// Exit criteria from a script: check-criterion, gates.

#include "CommandArgs.h"

#include "core/Bundle.h"

namespace accord::cli {
namespace {

using nlohmann::json;
using namespace accord::core;

int checkCriterionCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("evidence")}, {opt("uncheck")});
    const Prospect p = prospectArg(ctx, QStringLiteral("check-criterion"), args, 2);
    const Id cid = secondIdArg(args, Cli::tr("criterion"));
    std::optional<GateCriterion> criterion;
    for (const GateCriterion& c : ctx.store().gates().criteria())
        if (c.id == cid)
            criterion = c;
    if (!criterion) {
        ctx.err() << "accord-cli check-criterion: "
                  << Cli::tr("there is no criterion %1 (accord-cli gates lists them).").arg(cid)
                  << '\n';
        return kExitNotFound;
    }
    if (args.flag(opt("uncheck")) && args.has(opt("evidence")))
        throw UsageError(Cli::tr("--evidence goes with a tick, not with --uncheck."));
    const GateCheck check = ctx.workspace().newGateCheck(
        p.id, cid, !args.flag(opt("uncheck")), args.value(opt("evidence")), ctx.userName());
    ctx.workspace().setGateCheck(check);

    const GateResult gate = ctx.service().gate(p.id, criterion->stage);
    if (ctx.json()) {
        printJson(ctx, json{{"prospect_id", p.id},
                            {"criterion_id", cid},
                            {"checked", check.checked},
                            {"gate",
                             {{"stage", static_cast<int>(gate.stage)},
                              {"met", gate.metCount()},
                              {"total", gate.total()}}}}
                           .dump(2));
    } else {
        ctx.out() << (check.checked ? Cli::tr("Ticked \"%1\" for %2. Gate of %3: %4/%5")
                                    : Cli::tr("Unticked \"%1\" for %2. Gate of %3: %4/%5"))
                         .arg(criterion->label, p.name, stageName(gate.stage),
                              QString::number(gate.metCount()), QString::number(gate.total()))
                  << '\n';
        if (!check.checked && criterion->rule != GateRule::Manual)
            for (const CriterionResult& r : gate.criteria)
                if (r.criterion.id == cid && r.met)
                    ctx.out() << "  " << Cli::tr("Still met automatically: %1").arg(r.why) << '\n';
    }
    return kExitOk;
}

int gatesCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("gates takes no arguments."));
    const auto criteria = ctx.store().gates().criteria();
    if (ctx.json()) {
        json array = json::array();
        for (const GateCriterion& c : criteria) {
            json j = toJson(c);
            j["rule_description"] = utf8(gateRuleDescription(c.rule));
            array.push_back(j);
        }
        printJson(ctx, array.dump(2));
        return kExitOk;
    }
    std::optional<Stage> current;
    for (const GateCriterion& c : criteria) {
        if (c.stage != current) {
            current = c.stage;
            ctx.out() << Cli::tr("To leave %1:").arg(stageName(c.stage)) << '\n';
        }
        ctx.out() << QStringLiteral("  %1").arg(c.id, 4) << "  " << c.label << "  ["
                  << (c.rule == GateRule::Manual
                          ? Cli::tr("by hand")
                          : Cli::tr("automatic: %1").arg(gateRuleDescription(c.rule)))
                  << "]\n";
    }
    return kExitOk;
}

} // namespace

void registerGateCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("check-criterion"),
         QStringLiteral("check-criterion ID CRITERION_ID [--evidence T] [--uncheck] [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Tick (or untick) a gate criterion by hand for a prospect."),
         checkCriterionCommand});
    registry.add({QStringLiteral("gates"), QStringLiteral("gates [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "List every stage's exit criteria with their ids and rules."),
                  gatesCommand});
}

} // namespace accord::cli
