// Stage 2 from a script: add-metric, edit-metric, remove-metric, gaps,
// add-opportunity, edit-opportunity, remove-opportunity.

#include "RecordCommands.h"

#include "core/Bundle.h"
#include "core/GapAnalysis.h"
#include "core/Parse.h"
#include "core/Validation.h"

#include <QLocale>

#include <cmath>

namespace accord::cli {
namespace {

using nlohmann::json;
using namespace accord::core;

json gapJson(const GapRow& r)
{
    auto number = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
    json benchmark = nullptr;
    if (r.benchmark)
        benchmark = {{"id", r.benchmark->id},
                     {"source", utf8(metricSourceKey(r.benchmark->source))},
                     {"value", r.benchmark->value},
                     {"unit", utf8(r.benchmark->unit)}};
    return {{"metric_id", r.prospect.id},
            {"name", utf8(r.prospect.name)},
            {"period", utf8(r.prospect.period)},
            {"unit", utf8(r.prospect.unit)},
            {"value", r.prospect.value},
            {"benchmark", benchmark},
            {"difference", number(r.difference)},
            {"percent", number(r.percent)},
            {"error", r.refused() ? json(utf8(r.error)) : json(nullptr)}};
}

QString gapLine(const GapRow& r)
{
    const QLocale locale;
    const QString head =
        QStringLiteral("%1 (%2): %3 %4")
            .arg(r.prospect.name,
                 r.prospect.period.isEmpty() ? QStringLiteral("—") : r.prospect.period,
                 locale.toString(r.prospect.value, 'g', 12), r.prospect.unit)
            .trimmed();
    if (!r.benchmark)
        return head + Cli::tr(" — no benchmark");
    const QString against = Cli::tr(" vs %1 %2")
                                .arg(metricSourceKey(r.benchmark->source),
                                     locale.toString(r.benchmark->value, 'g', 12));
    if (r.refused())
        return head + against + Cli::tr(" — refused: %1").arg(r.error);
    QString out =
        head + against + Cli::tr(" — difference %1").arg(locale.toString(*r.difference, 'g', 12));
    out += r.percent ? QStringLiteral(" (%1%)").arg(locale.toString(*r.percent, 'f', 1))
                     : Cli::tr(" (% undefined)");
    return out;
}

QStringList metricOptions()
{
    return {opt("name"), opt("value"), opt("unit"), opt("period"), opt("source")};
}

/// Sets the metric options given on `v`.
void applyMetricOptions(const Args& args, Metric& v)
{
    textOption(args, "name", v.name);
    if (args.has(opt("value"))) {
        bool ok = false;
        v.value = args.value(opt("value")).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v.value))
            throw ValidationError(
                QStringLiteral("value"),
                Cli::tr("\"%1\" is not a number (use digits and a dot, like 1250.5).")
                    .arg(args.value(opt("value"))));
    }
    if (args.has(opt("unit")))
        v.unit = args.value(opt("unit")).trimmed();
    if (args.has(opt("period")))
        v.period = args.value(opt("period")).trimmed();
    v.source = choiceOption<MetricSource>(args, "source").value_or(v.source);
}

int addMetricCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, metricOptions(), {});
    const Prospect p = prospectArg(ctx, QStringLiteral("add-metric"), args);
    if (!args.has(opt("name")) || !args.has(opt("value")))
        throw UsageError(Cli::tr("add-metric needs --name and --value."));
    Metric v;
    v.prospectId = p.id;
    applyMetricOptions(args, v);
    const Id id = ctx.workspace().add(v).front().id;
    printAdded(ctx, Cli::tr("metric"), id, p, toJson(v));
    if (!ctx.json()) {
        // Show where the new figure stands, so a script's log reads like the gap table.
        for (const GapRow& r : gapAnalysis(ctx.store().evidence().metrics(p.id)))
            if (r.prospect.id == id || (r.benchmark && r.benchmark->id == id))
                ctx.out() << "  " << gapLine(r) << '\n';
    }
    return kExitOk;
}

int gapsCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    const Prospect p = prospectArg(ctx, QStringLiteral("gaps"), args);
    const auto rows = gapAnalysis(ctx.store().evidence().metrics(p.id));
    if (ctx.json()) {
        json array = json::array();
        for (const GapRow& r : rows)
            array.push_back(gapJson(r));
        printJson(ctx, array.dump(2));
    } else {
        ctx.out() << Cli::tr("Gap table of %1").arg(p.name) << '\n';
        if (rows.empty())
            ctx.out()
                << "  "
                << Cli::tr("No prospect metrics yet (add-metric %1 --name … --value …)").arg(p.id)
                << '\n';
        for (const GapRow& r : rows)
            ctx.out() << "  " << gapLine(r) << '\n';
    }
    return kExitOk;
}

int editMetricCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, withProspectOption(metricOptions()), {});
    return editRecordCommand<Metric>(ctx, args, QStringLiteral("edit-metric"), Cli::tr("metric"),
                                     metricOptions(),
                                     [&](Metric& v) { applyMetricOptions(args, v); });
}

int removeMetricCommand(CliContext& ctx, const QStringList& argv)
{
    return removeRecordCommand<Metric>(ctx, argv, QStringLiteral("remove-metric"),
                                       Cli::tr("metric"));
}

QStringList opportunityOptions()
{
    return {opt("title"), opt("description"), opt("lift"), opt("champion"), opt("status")};
}

/// Sets the opportunity options given on `v`; a champion must be a contact of
/// the same prospect (--champion "" removes it).
void applyOpportunityOptions(CliContext& ctx, const Args& args, Opportunity& v)
{
    textOption(args, "title", v.title);
    textOption(args, "description", v.description);
    if (args.has(opt("lift"))) {
        const QString lift = args.value(opt("lift")).trimmed();
        bool ok = false;
        if (lift.endsWith(u'%')) {
            v.liftKind = LiftKind::Percent;
            v.liftValue = lift.chopped(1).trimmed().toDouble(&ok);
        } else if (const auto minor = parseMoneyMinor(lift)) {
            v.liftKind = LiftKind::Amount;
            v.liftValue = static_cast<double>(*minor);
            ok = true;
        }
        if (!ok)
            throw ValidationError(QStringLiteral("lift"),
                                  Cli::tr("\"%1\" is neither a percentage (12%) nor an amount "
                                          "(40000 or 40k).")
                                      .arg(lift));
    }
    if (args.has(opt("champion"))) {
        const QString text = args.value(opt("champion")).trimmed();
        v.championContactId = kNoId;
        if (!text.isEmpty()) {
            bool ok = false;
            const Id cid = text.toLongLong(&ok);
            const auto c = ok && cid > 0 ? ctx.store().prospects().findContact(cid) : std::nullopt;
            if (!c || c->prospectId != v.prospectId)
                throw NotFoundError(Cli::tr("%1 has no contact %2.")
                                        .arg(requireProspect(ctx, v.prospectId).name, text));
            v.championContactId = c->id;
        }
    }
    v.status = choiceOption<OpportunityStatus>(args, "status").value_or(v.status);
}

int addOpportunityCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, opportunityOptions(), {});
    const Prospect p = prospectArg(ctx, QStringLiteral("add-opportunity"), args);
    if (!args.has(opt("title")))
        throw UsageError(Cli::tr("add-opportunity needs --title."));
    Opportunity v;
    v.prospectId = p.id;
    applyOpportunityOptions(ctx, args, v);
    const Id id = ctx.workspace().add(v).front().id;
    printAdded(ctx, Cli::tr("opportunity"), id, p, toJson(v));
    return kExitOk;
}

int editOpportunityCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, withProspectOption(opportunityOptions()), {});
    return editRecordCommand<Opportunity>(
        ctx, args, QStringLiteral("edit-opportunity"), Cli::tr("opportunity"), opportunityOptions(),
        [&](Opportunity& v) { applyOpportunityOptions(ctx, args, v); });
}

int removeOpportunityCommand(CliContext& ctx, const QStringList& argv)
{
    return removeRecordCommand<Opportunity>(ctx, argv, QStringLiteral("remove-opportunity"),
                                            Cli::tr("opportunity"));
}

} // namespace

void registerConsultingCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("add-metric"),
         QStringLiteral("add-metric ID --name N --value X [--unit U] [--period P] "
                        "[--source prospect|industry|competitor] [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Record a figure of the prospect or a benchmark of it (stage 2)."),
         addMetricCommand});
    registry.add(
        {QStringLiteral("gaps"), QStringLiteral("gaps ID [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "The prospect's figures against the benchmarks of the same name "
                           "and period."),
         gapsCommand});
    registry.add({QStringLiteral("add-opportunity"),
                  QStringLiteral("add-opportunity ID --title T [--description D] [--lift 12% | "
                                 "--lift 40000] [--champion CONTACT_ID] "
                                 "[--status proposed|embraced|rejected] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Record a growth opportunity and who champions it (stage 2)."),
                  addOpportunityCommand});
    registry.add({QStringLiteral("edit-metric"),
                  QStringLiteral("edit-metric METRIC_ID [--name N] [--value X] [--unit U] "
                                 "[--period P] [--source S] [--prospect ID] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Change a figure or benchmark; only the fields given change."),
                  editMetricCommand});
    registry.add({QStringLiteral("remove-metric"),
                  QStringLiteral("remove-metric METRIC_ID [--prospect ID] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli", "Delete a figure or benchmark."),
                  removeMetricCommand});
    registry.add({QStringLiteral("edit-opportunity"),
                  QStringLiteral("edit-opportunity OPPORTUNITY_ID [--title T] [--description D] "
                                 "[--lift 12% | --lift 40000] [--champion CONTACT_ID|\"\"] "
                                 "[--status S] [--prospect ID] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Change a growth opportunity; only the fields given change."),
                  editOpportunityCommand});
    registry.add({QStringLiteral("remove-opportunity"),
                  QStringLiteral("remove-opportunity OPPORTUNITY_ID [--prospect ID] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli", "Delete a growth opportunity."),
                  removeOpportunityCommand});
}

} // namespace accord::cli
