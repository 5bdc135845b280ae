// Stage 2 from a script: add-metric, gaps, add-opportunity.

#include "CommandArgs.h"

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
        return head + QStringLiteral(" — no benchmark");
    const QString against = QStringLiteral(" vs %1 %2")
                                .arg(metricSourceKey(r.benchmark->source),
                                     locale.toString(r.benchmark->value, 'g', 12));
    if (r.refused())
        return head + against + QStringLiteral(" — refused: ") + r.error;
    QString out = head + against +
                  QStringLiteral(" — difference %1").arg(locale.toString(*r.difference, 'g', 12));
    out += r.percent ? QStringLiteral(" (%1%)").arg(locale.toString(*r.percent, 'f', 1))
                     : QStringLiteral(" (% undefined)");
    return out;
}

int addMetricCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("name"), opt("value"), opt("unit"), opt("period"), opt("source")},
                    {});
    const Prospect p = prospectArg(ctx, QStringLiteral("add-metric"), args);
    if (!args.has(opt("name")) || !args.has(opt("value")))
        throw UsageError(QStringLiteral("add-metric needs --name and --value."));
    Metric v;
    v.prospectId = p.id;
    v.name = args.value(opt("name"));
    bool ok = false;
    v.value = args.value(opt("value")).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v.value))
        throw ValidationError(
            QStringLiteral("value"),
            QStringLiteral("\"%1\" is not a number (use digits and a dot, like 1250.5).")
                .arg(args.value(opt("value"))));
    v.unit = args.value(opt("unit")).trimmed();
    v.period = args.value(opt("period")).trimmed();
    v.source = choiceOption<MetricSource>(args, "source").value_or(v.source);
    const Id id = ctx.workspace().add(v).front().id;
    printAdded(ctx, QStringLiteral("metric"), id, p, toJson(v));
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
        ctx.out() << "Gap table of " << p.name << '\n';
        if (rows.empty())
            ctx.out() << "  No prospect metrics yet (add-metric " << p.id
                      << " --name … --value …)\n";
        for (const GapRow& r : rows)
            ctx.out() << "  " << gapLine(r) << '\n';
    }
    return kExitOk;
}

int addOpportunityCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(
        argv, {opt("title"), opt("description"), opt("lift"), opt("champion"), opt("status")}, {});
    const Prospect p = prospectArg(ctx, QStringLiteral("add-opportunity"), args);
    if (!args.has(opt("title")))
        throw UsageError(QStringLiteral("add-opportunity needs --title."));
    Opportunity v;
    v.prospectId = p.id;
    v.title = args.value(opt("title"));
    v.description = args.value(opt("description"));
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
            throw ValidationError(
                QStringLiteral("lift"),
                QStringLiteral("\"%1\" is neither a percentage (12%) nor an amount "
                               "(40000 or 40k).")
                    .arg(lift));
    }
    if (const auto c = ownedOption(args, "champion", p, "contact",
                                   [&](Id id) { return ctx.store().prospects().findContact(id); }))
        v.championContactId = c->id;
    v.status = choiceOption<OpportunityStatus>(args, "status").value_or(v.status);
    const Id id = ctx.workspace().add(v).front().id;
    printAdded(ctx, QStringLiteral("opportunity"), id, p, toJson(v));
    return kExitOk;
}

} // namespace

void registerConsultingCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("add-metric"),
                  QStringLiteral("add-metric ID --name N --value X [--unit U] [--period P] "
                                 "[--source prospect|industry|competitor] [--json]"),
                  QStringLiteral("Record a figure of the prospect or a benchmark of it (stage 2)."),
                  addMetricCommand});
    registry.add({QStringLiteral("gaps"), QStringLiteral("gaps ID [--json]"),
                  QStringLiteral("The prospect's figures against the benchmarks of the same name "
                                 "and period."),
                  gapsCommand});
    registry.add({QStringLiteral("add-opportunity"),
                  QStringLiteral("add-opportunity ID --title T [--description D] [--lift 12% | "
                                 "--lift 40000] [--champion CONTACT_ID] "
                                 "[--status proposed|embraced|rejected] [--json]"),
                  QStringLiteral("Record a growth opportunity and who champions it (stage 2)."),
                  addOpportunityCommand});
}

} // namespace accord::cli
