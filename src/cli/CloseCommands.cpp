// Expected close dates from a script: set-close, and what closes when: forecast.

#include "CommandArgs.h"

#include "core/Bundle.h"
#include "core/CloseDates.h"
#include "core/Forecast.h"
#include "core/Parse.h"
#include "core/PipelineSettings.h"

#include <QLocale>

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

/// forecast: open prospects by the period of their expected close date.
int forecastCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("by"), opt("owner"), opt("periods")}, {});
    if (!args.positional().isEmpty())
        throw UsageError(QStringLiteral("forecast takes options only."));
    ForecastQuery q;
    const auto grain = grainFromKey(args.value(opt("by"), QStringLiteral("quarter")));
    if (!grain)
        throw UsageError(QStringLiteral("--by takes month or quarter."));
    q.grain = *grain;
    q.periods = intOption(args, "periods", q.grain == ForecastGrain::Month ? 6 : 3);
    if (q.periods < 1 || q.periods > 36)
        throw UsageError(QStringLiteral("--periods takes a number from 1 to 36."));
    q.today = ctx.clock().now().toLocalTime().date();
    q.owners = args.values(opt("owner"));
    q.settings = PipelineSettings::load(ctx.store().settings());
    const Forecast f = forecastOf(ctx.store(), q);
    if (ctx.json()) {
        printJson(ctx, toJson(f).dump(2));
        return kExitOk;
    }
    const QLocale locale;
    auto money = [&](qint64 minor) { return formatMoneyShort(minor, q.settings.currency, locale); };
    QTextStream& out = ctx.out();
    out << "Forecast by " << grainKey(q.grain) << " from " << q.today.toString(Qt::ISODate) << ", "
        << (q.owners.isEmpty() ? QStringLiteral("all owners") : q.owners.join(QStringLiteral(", ")))
        << " (weighted by stage: " << q.settings.probabilityFor(Stage::Informative) << "% / "
        << q.settings.probabilityFor(Stage::Consulting) << "% / "
        << q.settings.probabilityFor(Stage::Negotiation) << "%)\n\n";
    auto line = [&](const QString& label, int count, qint64 value, qint64 weighted,
                    const QString& won) {
        out << "  " << label.leftJustified(16) << QString::number(count).rightJustified(6)
            << money(value).rightJustified(11) << money(weighted).rightJustified(11)
            << won.rightJustified(16) << '\n';
    };
    out << QStringLiteral("Expected close").leftJustified(18)
        << QStringLiteral("Open").rightJustified(6) << QStringLiteral("Value").rightJustified(11)
        << QStringLiteral("Weighted").rightJustified(11)
        << QStringLiteral("Won so far").rightJustified(16) << '\n';
    if (f.overdue.count > 0)
        line(QStringLiteral("Overdue"), f.overdue.count, f.overdue.valueMinor,
             f.overdue.weightedMinor, QString());
    for (const ForecastPeriod& p : f.periods)
        line(periodLabel(p.start, q.grain), p.count, p.valueMinor, p.weightedMinor,
             p.wonCount == 0 ? QStringLiteral("—")
                             : QStringLiteral("%1 (%2)").arg(p.wonCount).arg(money(p.wonMinor)));
    out << '\n';
    if (f.undated > 0)
        out << f.undated << (f.undated == 1 ? " open prospect has" : " open prospects have")
            << " no expected close date (" << money(f.undatedValueMinor)
            << "); accord-cli set-close ID --on DATE gives one.\n";
    const ForecastPeriod& now = f.periods.front();
    const auto slipped = slippedOf(ctx.store(), now.start.startOfDay().toUTC(),
                                   now.end.startOfDay().toUTC(), q.owners);
    if (slipped.empty()) {
        out << "No close date moved later in " << periodLabel(now.start, q.grain) << ".\n";
        return kExitOk;
    }
    out << "Moved later in " << periodLabel(now.start, q.grain) << ":\n";
    for (const SlippedProspect& s : slipped)
        out << "  " << QString::number(s.id).leftJustified(6) << s.name.leftJustified(28)
            << s.owner.leftJustified(16) << "+" << s.daysLater << " days, now "
            << s.expectedClose.toString(Qt::ISODate) << '\n';
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
    registry.add(
        {QStringLiteral("forecast"),
         QStringLiteral("forecast [--by month|quarter] [--periods N] [--owner O]… [--json]"),
         QStringLiteral("Open prospects by the month or quarter they are expected to "
                        "close: count, value, weighted value, won so far."),
         forecastCommand});
}

} // namespace accord::cli
