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
        throw UsageError(Cli::tr("set-close needs either --on DATE or --clear."));
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
        p.expectedClose.isValid() ? p.expectedClose.toString(Qt::ISODate) : Cli::tr("none");
    if (p.expectedClose == after.expectedClose)
        ctx.out() << (on.isValid()
                          ? Cli::tr("%1 (#%2) already closes on %3; nothing changed.")
                                .arg(p.name, QString::number(p.id), on.toString(Qt::ISODate))
                          : Cli::tr("%1 (#%2) already closes on no set date; nothing changed.")
                                .arg(p.name, QString::number(p.id)))
                  << '\n';
    else if (on.isValid())
        ctx.out() << Cli::tr("%1 (#%2) is expected to close on %3 (was %4); its close date %5.")
                         .arg(p.name, QString::number(p.id), on.toString(Qt::ISODate), was,
                              slippageText(slipped))
                  << '\n';
    else
        ctx.out() << Cli::tr("Cleared the expected close date of %1 (#%2) (was %3).")
                         .arg(p.name, QString::number(p.id), was)
                  << '\n';
    return kExitOk;
}

/// forecast: open prospects by the period of their expected close date.
int forecastCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("by"), opt("owner"), opt("periods")}, {});
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("forecast takes options only."));
    ForecastQuery q;
    const auto grain = grainFromKey(args.value(opt("by"), QStringLiteral("quarter")));
    if (!grain)
        throw UsageError(Cli::tr("--by takes month or quarter."));
    q.grain = *grain;
    q.periods = intOption(args, "periods", q.grain == ForecastGrain::Month ? 6 : 3);
    if (q.periods < 1 || q.periods > 36)
        throw UsageError(Cli::tr("--periods takes a number from 1 to 36."));
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
    const auto percent = [&](Stage s) { return QString::number(q.settings.probabilityFor(s)); };
    out << (q.grain == ForecastGrain::Month
                ? Cli::tr("Forecast by month from %1, %2 (weighted by stage: %3% / %4% / %5%)")
                : Cli::tr("Forecast by quarter from %1, %2 (weighted by stage: %3% / %4% / %5%)"))
               .arg(q.today.toString(Qt::ISODate),
                    q.owners.isEmpty() ? Cli::tr("all owners")
                                       : q.owners.join(QStringLiteral(", ")),
                    percent(Stage::Informative), percent(Stage::Consulting),
                    percent(Stage::Negotiation))
        << "\n\n";
    auto line = [&](const QString& label, int count, qint64 value, qint64 weighted,
                    const QString& won) {
        out << "  " << label.leftJustified(16) << QString::number(count).rightJustified(6)
            << money(value).rightJustified(11) << money(weighted).rightJustified(11)
            << won.rightJustified(16) << '\n';
    };
    out << Cli::tr("Expected close").leftJustified(18) << Cli::tr("Open").rightJustified(6)
        << Cli::tr("Value").rightJustified(11) << Cli::tr("Weighted").rightJustified(11)
        << Cli::tr("Won so far").rightJustified(16) << '\n';
    if (f.overdue.count > 0)
        line(Cli::tr("Overdue"), f.overdue.count, f.overdue.valueMinor, f.overdue.weightedMinor,
             QString());
    for (const ForecastPeriod& p : f.periods)
        line(periodLabel(p.start, q.grain), p.count, p.valueMinor, p.weightedMinor,
             p.wonCount == 0 ? QStringLiteral("—")
                             : QStringLiteral("%1 (%2)").arg(p.wonCount).arg(money(p.wonMinor)));
    out << '\n';
    if (f.undated > 0)
        out << Cli::tr("%n open prospect(s) ha(s/ve) no expected close date (%1); accord-cli "
                       "set-close ID --on DATE gives one.",
                       nullptr, static_cast<int>(f.undated))
                   .arg(money(f.undatedValueMinor))
            << '\n';
    const ForecastPeriod& now = f.periods.front();
    const auto slipped = slippedOf(ctx.store(), now.start.startOfDay().toUTC(),
                                   now.end.startOfDay().toUTC(), q.owners);
    if (slipped.empty()) {
        out << Cli::tr("No close date moved later in %1.").arg(periodLabel(now.start, q.grain))
            << '\n';
        return kExitOk;
    }
    out << Cli::tr("Moved later in %1:").arg(periodLabel(now.start, q.grain)) << '\n';
    for (const SlippedProspect& s : slipped)
        out << "  " << QString::number(s.id).leftJustified(6) << s.name.leftJustified(28)
            << s.owner.leftJustified(16)
            << Cli::tr("+%n days, now %1", nullptr, static_cast<int>(s.daysLater))
                   .arg(s.expectedClose.toString(Qt::ISODate))
            << '\n';
    return kExitOk;
}

} // namespace

void registerCloseCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("set-close"),
                  QStringLiteral("set-close ID (--on DATE | --clear) [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Set or clear a prospect's expected close date; each move is "
                                    "kept in its close date history."),
                  setCloseCommand});
    registry.add(
        {QStringLiteral("forecast"),
         QStringLiteral("forecast [--by month|quarter] [--periods N] [--owner O]… [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Open prospects by the month or quarter they are expected to "
                           "close: count, value, weighted value, won so far."),
         forecastCommand});
}

} // namespace accord::cli
