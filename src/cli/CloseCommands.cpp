// Expected close dates from a script: set-close.

#include "CommandArgs.h"

#include "core/Bundle.h"
#include "core/CloseDates.h"
#include "core/Parse.h"

namespace accord::cli {
namespace {

using nlohmann::json;
using namespace accord::core;

json slippageJson(const Slippage& s)
{
    return json{{"moves", s.moves}, {"later", s.later}, {"days_later", s.daysLater}};
}

json dateJson(const QDate& d)
{
    return d.isValid() ? json(utf8(d.toString(Qt::ISODate))) : json(nullptr);
}

int setCloseCommand(CliContext& ctx, const QStringList& argv)
{
    const QString command = QStringLiteral("set-close");
    const Args args(argv, {opt("on")}, {opt("clear")});
    const Prospect p = prospectArg(ctx, command, args);
    if (args.has(opt("on")) == args.flag(opt("clear")))
        throw UsageError(QStringLiteral("set-close needs either --on DATE or --clear."));
    const QDate on = args.has(opt("on")) ? *dateOption(args, "on") : QDate();
    Prospect after;
    ctx.store().transaction([&] {
        after = ctx.service().editProspect(p.id, [&](Prospect& e) { e.expectedClose = on; });
    });
    const Slippage slipped = slippageOf(ctx.store().prospects().closeHistory(p.id));
    if (ctx.json()) {
        printJson(ctx, json{{"id", p.id},
                            {"name", utf8(p.name)},
                            {"expected_close", dateJson(after.expectedClose)},
                            {"previous", dateJson(p.expectedClose)},
                            {"slippage", slippageJson(slipped)}}
                           .dump(2));
        return kExitOk;
    }
    const QString was =
        p.expectedClose.isValid() ? p.expectedClose.toString(Qt::ISODate) : QStringLiteral("none");
    if (p.expectedClose == after.expectedClose)
        ctx.out() << p.name << " (#" << p.id << ") already closes "
                  << (on.isValid() ? QStringLiteral("on ") + on.toString(Qt::ISODate)
                                   : QStringLiteral("on no set date"))
                  << "; nothing changed.\n";
    else if (on.isValid())
        ctx.out() << p.name << " (#" << p.id << ") is expected to close on "
                  << on.toString(Qt::ISODate) << " (was " << was << "); its close date "
                  << slippageText(slipped) << ".\n";
    else
        ctx.out() << "Cleared the expected close date of " << p.name << " (#" << p.id << ") (was "
                  << was << ").\n";
    return kExitOk;
}

} // namespace

void registerCloseCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("set-close"),
                  QStringLiteral("set-close ID (--on DATE | --clear) [--json]"),
                  QStringLiteral("Set or clear a prospect's expected close date; each move is "
                                 "kept in its close date history."),
                  setCloseCommand});
}

} // namespace accord::cli
