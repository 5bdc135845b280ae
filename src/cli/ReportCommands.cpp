// report: the sales lead's review of the pipeline (docs/report.md).

#include "CommandArgs.h"

#include "core/Parse.h"
#include "core/Report.h"
#include "core/ReviewFold.h"

#include <QLocale>

#include <nlohmann/json.hpp>

namespace accord::cli {
namespace {

using namespace accord::core;

constexpr int kDefaultDays = 90;

QString pad(const QString& s, int width)
{
    const QString cut = s.size() > width ? s.left(width - 1) + u'…' : s;
    return cut.leftJustified(width);
}

QString right(const QString& s, int width)
{
    return s.rightJustified(width);
}

/// A date is a whole local day: --from starts at its midnight, --to ends at the
/// next one. A time (or an ISO timestamp) is taken exactly.
QDateTime parseBound(const QString& option, const QString& text, bool end)
{
    if (const auto day = parseDate(text)) {
        const QDate d = end ? day->addDays(1) : *day;
        return d.startOfDay().toUTC();
    }
    if (const auto t = parseDateTime(text))
        return *t;
    throw UsageError(Cli::tr("--%1 \"%2\" is not a date such as 2026-03-31.").arg(option, text));
}

QString days(const Distribution& d, double value)
{
    return d.count > 0 ? QString::number(value, 'f', 1) : QStringLiteral("—");
}

QString percent(std::optional<double> share)
{
    return share ? QStringLiteral("%1%").arg(qRound(*share * 100.0)) : QStringLiteral("—");
}

void printText(CliContext& ctx, const PipelineReport& r)
{
    const QLocale locale;
    const QString& currency = r.query.settings.currency;
    auto money = [&](qint64 minor) { return formatMoneyShort(minor, currency, locale); };
    QTextStream& out = ctx.out();

    out << Cli::tr("Review %1 – %2, %3 (pipeline as of %4)")
               .arg(r.query.from.toLocalTime().date().toString(Qt::ISODate),
                    r.query.to.addSecs(-1).toLocalTime().date().toString(Qt::ISODate),
                    r.query.owners.isEmpty() ? Cli::tr("all owners")
                                             : r.query.owners.join(QStringLiteral(", ")),
                    toIsoUtc(r.query.now))
        << "\n\n";

    out << pad(Cli::tr("Pipeline now"), 28) << right(Cli::tr("Count"), 7)
        << right(Cli::tr("Value"), 10) << right(Cli::tr("Prob."), 7)
        << right(Cli::tr("Weighted"), 10) << '\n';
    for (const StageFigures& s : r.stages) {
        const bool won = s.stage == Stage::Partnership;
        out << "  "
            << pad(QStringLiteral("%1 %2")
                           .arg(static_cast<int>(s.stage))
                           .arg(stageShortName(s.stage)) +
                       (won ? Cli::tr(" (won)") : QString()),
                   26)
            << right(QString::number(s.count), 7) << right(money(s.valueMinor), 10)
            << right(won ? QString() : QStringLiteral("%1%").arg(s.probabilityPercent), 7)
            << right(won ? QString() : money(s.weightedMinor), 10) << '\n';
    }
    out << "  " << pad(Cli::tr("Open (stages 1–3)"), 26) << right(QString::number(r.openCount), 7)
        << right(money(r.openValueMinor), 10) << right(QString(), 7)
        << right(money(r.weightedMinor), 10) << '\n';
    if (r.openUnconverted > 0)
        out << "  "
            << Cli::tr("%n open prospect(s) (is/are) unconverted (no exchange rate to %1; see "
                       "accord-cli rates) and left out of the values.",
                       nullptr, static_cast<int>(r.openUnconverted))
                   .arg(currency)
            << '\n';
    out << '\n';

    out << pad(Cli::tr("Days in stage"), 28) << right(Cli::tr("Left"), 6)
        << right(Cli::tr("Median"), 8) << right(Cli::tr("p75"), 8) << right(Cli::tr("Open"), 7)
        << right(Cli::tr("Median"), 8) << right(Cli::tr("p75"), 8) << '\n';
    for (const TimeInStage& t : r.timeInStage)
        out << "  " << pad(stageShortName(t.stage), 26) << right(QString::number(t.left.count), 6)
            << right(days(t.left, t.left.median), 8) << right(days(t.left, t.left.p75), 8)
            << right(QString::number(t.current.count), 7)
            << right(days(t.current, t.current.median), 8)
            << right(days(t.current, t.current.p75), 8) << '\n';
    out << '\n';

    out << pad(Cli::tr("Conversion"), 28) << right(Cli::tr("Entered"), 8) << right(Cli::tr("On"), 6)
        << right(Cli::tr("Lost"), 6) << right(Cli::tr("Open"), 6) << right(Cli::tr("On %"), 7)
        << right(Cli::tr("Lost %"), 8) << '\n';
    for (const Conversion& c : r.conversion) {
        const bool any = !c.entered.empty();
        out << "  " << pad(stageShortName(c.stage), 26)
            << right(QString::number(c.entered.size()), 8)
            << right(QString::number(c.advanced.size()), 6)
            << right(QString::number(c.lost.size()), 6) << right(QString::number(c.open()), 6)
            << right(percent(any ? std::optional(c.advancedRate()) : std::nullopt), 7)
            << right(percent(any ? std::optional(c.lostRate()) : std::nullopt), 8) << '\n';
    }
    out << '\n';

    out << Cli::tr("Movement:");
    for (Movement m : kAllMovements)
        out << ' ' << movementName(m).toLower() << ' ' << r.moved(m).size()
            << (m == Movement::Lost ? "" : " ·");
    out << '\n';
    out << Cli::tr("Outcomes: won %1 (%2), lost %3, win rate %4, median cycle %5")
               .arg(QString::number(r.won), money(r.wonValueMinor), QString::number(r.lost),
                    percent(r.winRate()),
                    r.cycle.count > 0 ? Cli::tr("%1 days").arg(r.cycle.median, 0, 'f', 1)
                                      : QStringLiteral("—"))
        << "\n\n";

    out << Cli::tr("Stalled: %1").arg(r.stalledCount);
    if (static_cast<int>(r.stalled.size()) < r.stalledCount)
        out << ' ' << Cli::tr("(%1 longest quiet shown)").arg(r.stalled.size());
    out << '\n';
    for (const StalledProspect& s : r.stalled)
        out << "  " << pad(QString::number(s.id), 7) << pad(s.name, 28) << pad(s.owner, 16)
            << pad(stageShortName(s.stage), 13)
            << Cli::tr("%1 days quiet (stale after %2)")
                   .arg(QString::number(s.daysQuiet), QString::number(s.thresholdDays))
            << (s.lastMeetingAt.isValid() ? QString() : Cli::tr(", never met in this stage"))
            << '\n';
    out << '\n';

    out << pad(Cli::tr("By owner"), 28) << right(Cli::tr("Open"), 6) << right(Cli::tr("Value"), 10)
        << right(Cli::tr("Won"), 5) << right(Cli::tr("Lost"), 6) << right(Cli::tr("Cycle"), 8)
        << '\n';
    for (const OwnerFigures& o : r.owners)
        out << "  " << pad(o.owner.isEmpty() ? Cli::tr("(no owner)") : o.owner, 26)
            << right(QString::number(o.open), 6) << right(money(o.openValueMinor), 10)
            << right(QString::number(o.won), 5) << right(QString::number(o.lost), 6)
            << right(days(o.cycle, o.cycle.median), 8) << '\n';
}

int reportCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv,
                    {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("owner"),
                     QStringLiteral("stalled")},
                    {});
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("report takes options only."));

    ReportQuery q;
    q.now = ctx.clock().now();
    q.to = args.has(QStringLiteral("to"))
               ? parseBound(QStringLiteral("to"), args.value(QStringLiteral("to")), true)
               : q.now;
    q.from = args.has(QStringLiteral("from"))
                 ? parseBound(QStringLiteral("from"), args.value(QStringLiteral("from")), false)
                 : q.to.addDays(-kDefaultDays);
    if (q.from >= q.to)
        throw UsageError(Cli::tr("--from must lie before --to."));
    q.owners = args.values(QStringLiteral("owner"));
    if (args.has(QStringLiteral("stalled"))) {
        const QString text = args.value(QStringLiteral("stalled"));
        bool ok = false;
        q.stalledLimit = text == u"all" ? -1 : text.toInt(&ok);
        if (text != u"all" && (!ok || q.stalledLimit < 0))
            throw UsageError(Cli::tr("--stalled takes a number of rows or \"all\"."));
    }

    q.settings = PipelineSettings::load(ctx.store().settings());
    const PipelineReport report = ReviewService(ctx.store()).compute(q);
    printEither(
        ctx, [&] { return toJson(report); }, [&] { printText(ctx, report); });
    return kExitOk;
}

/// set-rate CODE RATE | set-rate CODE --clear: the exchange rate to the pipeline currency.
int setRateCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {QStringLiteral("clear")});
    const bool clear = args.flag(QStringLiteral("clear"));
    if (args.positional().size() != (clear ? 1 : 2))
        throw UsageError(Cli::tr("set-rate needs a currency code and a rate, such as "
                                 "set-rate EUR 1.08 (or set-rate EUR --clear)."));
    const QString code = args.positional().at(0).trimmed().toUpper();
    std::optional<double> rate;
    if (!clear) {
        rate = PipelineSettings::parseRate(args.positional().at(1));
        if (!rate)
            throw ValidationError(QStringLiteral("rate"),
                                  Cli::tr("\"%1\" is not an exchange rate: write a number "
                                          "such as 1.08 (from 0.000000001 to 1000000000).")
                                      .arg(args.positional().at(1)));
    }
    ctx.store().transaction(
        [&] { PipelineSettings::saveRate(ctx.store().settings(), code, rate); });
    const PipelineSettings settings = PipelineSettings::load(ctx.store().settings());
    if (ctx.json())
        printJson(ctx, nlohmann::json{{"currency", code.toStdString()},
                                      {"rate", rate ? nlohmann::json(*rate) : nlohmann::json()},
                                      {"pipeline_currency", settings.currency.toStdString()}}
                           .dump());
    else if (rate)
        ctx.out() << "1 " << code << " = " << PipelineSettings::formatRate(*rate) << ' '
                  << settings.currency << '\n';
    else
        ctx.out()
            << Cli::tr("%1 has no exchange rate now: its prospects stay out of totals.").arg(code)
            << '\n';
    return kExitOk;
}

/// rates: the exchange rates to the pipeline currency.
int ratesCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("rates takes no arguments."));
    const PipelineSettings settings = PipelineSettings::load(ctx.store().settings());
    if (ctx.json()) {
        nlohmann::json rates = nlohmann::json::object();
        for (const auto& [code, rate] : settings.rates)
            rates[code.toStdString()] = rate;
        printJson(
            ctx,
            nlohmann::json{{"currency", settings.currency.toStdString()}, {"rates", rates}}.dump(
                2));
        return kExitOk;
    }
    ctx.out() << Cli::tr("Pipeline currency: %1").arg(settings.currency) << '\n';
    if (settings.rates.empty())
        ctx.out() << Cli::tr("No exchange rates: prospects in other currencies stay out of totals.")
                  << '\n';
    for (const auto& [code, rate] : settings.rates)
        ctx.out() << "1 " << code << " = " << PipelineSettings::formatRate(rate) << ' '
                  << settings.currency << '\n';
    return kExitOk;
}

} // namespace

void registerReportCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("set-rate"),
                  QStringLiteral("set-rate CODE RATE | set-rate CODE --clear [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Set (or clear) what one unit of a currency is worth in the "
                                    "pipeline currency; totals convert with it."),
                  setRateCommand});
    registry.add({QStringLiteral("rates"), QStringLiteral("rates [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli", "The exchange rates totals convert with."),
                  ratesCommand});
    registry.add(
        {QStringLiteral("report"),
         QStringLiteral("report [--from DATE --to DATE] [--owner O]… [--stalled N|all] [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "The review: pipeline per stage, time in stage, conversion, movement, "
                           "stalled prospects and owners (default: the last 90 days)."),
         reportCommand});
}

} // namespace accord::cli
