// Reading the pipeline from a script: list, show, search.

#include "CommandArgs.h"

#include "core/Activities.h"
#include "core/Bundle.h"
#include "core/Parse.h"
#include "core/Validation.h"
#include "core/Wording.h"

#include <QLocale>

namespace accord::cli {
namespace {

using nlohmann::json;
using namespace accord::core;

qint64 daysSince(const QDateTime& from, const QDateTime& now)
{
    return from.isValid() ? wholeDaysBetween(from, now) : -1;
}

QString pad(const QString& text, int width)
{
    const QString s = printableText(text); // no escape sequences from older data
    const QString cut = s.size() > width ? s.left(width - 1) + u'…' : s;
    return cut.leftJustified(width);
}

json gateJson(const GateResult& g)
{
    json criteria = json::array();
    for (const CriterionResult& c : g.criteria)
        criteria.push_back({{"id", c.criterion.id},
                            {"label", utf8(c.criterion.label)},
                            {"rule", utf8(gateRuleKey(c.criterion.rule))},
                            {"met", c.met},
                            {"automatic", c.automatic},
                            {"why", utf8(c.why)}});
    return {{"stage", static_cast<int>(g.stage)},
            {"met", g.metCount()},
            {"total", g.total()},
            {"criteria", criteria}};
}

int listCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv,
                    {QStringLiteral("stage"), QStringLiteral("owner"), QStringLiteral("status"),
                     QStringLiteral("industry"), QStringLiteral("text")},
                    {QStringLiteral("trash")});
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("list takes no positional arguments."));
    ProspectFilter filter = filterOptions(args);
    if (args.flag(QStringLiteral("trash")))
        filter.trash = ProspectFilter::Trash::Only;

    const QDateTime now = ctx.clock().now();
    const QLocale locale;
    const ActivityService activities(ctx.store(), ctx.clock());
    json array = json::array();
    if (!ctx.json())
        ctx.out() << pad(QStringLiteral("ID"), 6) << pad(Cli::tr("Name"), 28)
                  << pad(Cli::tr("Owner"), 16) << pad(Cli::tr("Stage"), 13)
                  << pad(Cli::tr("Status"), 9) << Cli::tr("Value").rightJustified(12)
                  << Cli::tr("Days").rightJustified(6) << "  " << Cli::tr("Gate") << '\n';
    constexpr int kPage = 1000;
    int shown = 0;
    for (int offset = 0;; offset += kPage) {
        const auto rows =
            ctx.store().prospects().rows(filter, ProspectSort::Stage, true, kPage, offset);
        for (const ProspectRow& r : rows) {
            const Prospect& p = r.prospect;
            if (ctx.json()) {
                array.push_back(
                    {{"id", p.id},
                     {"name", utf8(p.name)},
                     {"owner", utf8(p.owner)},
                     {"industry", utf8(p.industry)},
                     {"stage", static_cast<int>(p.stage)},
                     {"stage_name", utf8(stageKey(p.stage))},
                     {"status", utf8(statusKey(p.status))},
                     {"value", {{"minor", p.value.minor}, {"currency", utf8(p.value.currency)}}},
                     {"days_in_stage", daysSince(p.stageEnteredAt, now)},
                     {"last_meeting_at", r.lastMeetingAt.isValid()
                                             ? json(utf8(toIsoUtc(r.lastMeetingAt)))
                                             : json(nullptr)},
                     {"gate", {{"met", r.gateMet}, {"total", r.gateTotal}}},
                     {"next_activity",
                      r.nextActivity ? json{{"id", r.nextActivity->id},
                                            {"due", utf8(activityDueText(*r.nextActivity))},
                                            {"kind", utf8(activityKindKey(r.nextActivity->kind))},
                                            {"title", utf8(r.nextActivity->title)},
                                            {"state", utf8(activityStateKey(
                                                          activities.state(*r.nextActivity)))}}
                                     : json(nullptr)}});
            } else {
                ctx.out()
                    << pad(QString::number(p.id), 6) << pad(p.name, 28) << pad(p.owner, 16)
                    << pad(stageShortName(p.stage), 13) << pad(statusKey(p.status), 9)
                    << formatMoneyShort(p.value.minor, p.value.currency, locale).rightJustified(12)
                    << QString::number(daysSince(p.stageEnteredAt, now)).rightJustified(6) << "  "
                    << (r.gateTotal > 0 ? QStringLiteral("%1/%2").arg(r.gateMet).arg(r.gateTotal)
                                        : QStringLiteral("—"))
                    << '\n';
            }
            ++shown;
        }
        if (static_cast<int>(rows.size()) < kPage)
            break;
    }
    if (ctx.json())
        printJson(ctx, array.dump(2));
    else
        ctx.out() << Cli::tr("%n prospect(s)", nullptr, shown) << '\n';
    return kExitOk;
}

void printGate(CliContext& ctx, const GateResult& g)
{
    ctx.out() << Cli::tr("Gate to leave %1: %2/%3")
                     .arg(stageName(g.stage), QString::number(g.metCount()),
                          QString::number(g.total()))
              << '\n';
    for (const CriterionResult& c : g.criteria)
        ctx.out() << "  [" << (c.met ? 'x' : ' ') << "] " << c.criterion.label << " — " << c.why
                  << '\n';
}

int showCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    if (args.positional().size() != 1)
        throw UsageError(Cli::tr("show needs exactly one prospect id."));
    const Id id = parseIdArg(args.positional().first());
    const auto bundle = loadBundle(ctx.store(), id);
    if (!bundle) {
        ctx.err() << "accord-cli show: " << Cli::tr("there is no prospect %1.").arg(id) << '\n';
        return kExitNotFound;
    }
    const Prospect& p = bundle->prospect;
    const bool hasGate = p.stage != Stage::Partnership;
    const GateResult gate = hasGate ? ctx.service().currentGate(id) : GateResult{p.stage, {}};
    if (ctx.json()) {
        json j = toJson(*bundle);
        j["gate"] = hasGate ? gateJson(gate) : json(nullptr);
        j["days_in_stage"] = daysSince(p.stageEnteredAt, ctx.clock().now());
        printJson(ctx, j.dump(2));
        return kExitOk;
    }
    const QLocale locale;
    QTextStream& out = ctx.out();
    // Text stored before the text rule may hold control characters: none reach the terminal.
    const auto t = [](const QString& text) { return printableText(text); };
    out << t(p.name) << "  (#" << p.id << ")\n";
    // "  Label:    value", the values lined up after the longest label.
    const QStringList labels{Cli::tr("Stage:"),    Cli::tr("Status:"), Cli::tr("Owner:"),
                             Cli::tr("Industry:"), Cli::tr("Value:"),  Cli::tr("Website:"),
                             Cli::tr("Next:"),     Cli::tr("Tags:"),   Cli::tr("Signed:")};
    qsizetype width = 0;
    for (const QString& l : labels)
        width = std::max(width, l.size());
    const auto label = [&labels, width](qsizetype i) {
        return QStringLiteral("  ") + labels.at(i).leftJustified(width) + u' ';
    };
    out << label(0) << stageName(p.stage) << ", "
        << Cli::tr("%n days", nullptr,
                   static_cast<int>(daysSince(p.stageEnteredAt, ctx.clock().now())))
        << '\n';
    out << label(1) << statusName(p.status)
        << (p.status == Status::Lost && !p.lostReason.isEmpty()
                ? QStringLiteral(" — ") + t(p.lostReason)
                : QString())
        << '\n';
    out << label(2) << t(p.owner) << '\n';
    out << label(3) << t(p.industry)
        << (p.segment.isEmpty() ? QString() : QStringLiteral(" · ") + t(p.segment)) << '\n';
    out << label(4) << formatMoney(p.value, locale) << '\n';
    if (!p.website.isEmpty())
        out << label(5) << t(p.website) << '\n';
    if (const auto next = nextOpenActivity(bundle->activities)) {
        const ActivityService activities(ctx.store(), ctx.clock());
        out << label(6) << t(next->title) << " (" << activityDueText(*next) << ", "
            << activityStateName(activities.state(*next)).toLower() << ", #" << next->id << ")\n";
    }
    if (!bundle->tags.isEmpty())
        out << label(7) << t(bundle->tags.join(QStringLiteral(", "))) << '\n';
    if (p.signedOn.isValid())
        out << label(8) << p.signedOn.toString(Qt::ISODate) << " — " << t(p.agreementSummary)
            << '\n';
    if (hasGate) {
        out << '\n';
        printGate(ctx, gate);
    }
    if (!bundle->contacts.empty()) {
        out << '\n' << Cli::tr("Contacts") << '\n';
        for (const Contact& c : bundle->contacts)
            out << "  " << t(c.name)
                << (c.title.isEmpty() ? QString() : QStringLiteral(", ") + t(c.title)) << " ["
                << contactRoleName(c.role) << "]"
                << (c.email.isEmpty() ? QString() : QStringLiteral(" <%1>").arg(t(c.email)))
                << '\n';
    }
    if (!bundle->meetings.empty()) {
        out << '\n' << Cli::tr("Meetings (newest first)") << '\n';
        for (const Meeting& m : bundle->meetings)
            out << "  " << locale.toString(m.occurredAt.toLocalTime(), QLocale::ShortFormat) << "  "
                << meetingKindName(m.kind) << ": " << t(m.summary) << '\n';
    }
    if (!bundle->history.empty()) {
        out << '\n' << Cli::tr("History") << '\n';
        for (const StageChange& c : bundle->history) {
            out << "  " << c.at.toLocalTime().date().toString(Qt::ISODate) << "  ";
            if (c.fromStage != c.toStage)
                out << stageShortName(c.fromStage) << " → " << stageShortName(c.toStage);
            else
                out << statusName(c.fromStatus) << " → " << statusName(c.toStatus);
            out << ' ' << Cli::tr("by %1").arg(t(c.by));
            if (c.gateOverride)
                out << " (" << Cli::tr("gate override") << ')';
            if (!c.reason.isEmpty())
                out << ": " << t(c.reason);
            out << '\n';
        }
    }
    const auto count = [](std::size_t n) { return static_cast<int>(n); };
    out << '\n'
        << Cli::tr("Evidence:") << ' '
        << Cli::tr("%n insight(s)", nullptr, count(bundle->insights.size())) << ", "
        << Cli::tr("%n data request(s)", nullptr, count(bundle->dataRequests.size())) << ", "
        << Cli::tr("%n metric(s)", nullptr, count(bundle->metrics.size())) << ", "
        << Cli::tr("%n opportunit(y/ies)", nullptr, count(bundle->opportunities.size()));
    if (bundle->negotiation)
        out << ", " << Cli::tr("negotiation worksheet");
    out << '\n';
    return kExitOk;
}

QString hitKindKey(SearchHit::Kind k)
{
    switch (k) {
    case SearchHit::Kind::Prospect:
        return QStringLiteral("prospect");
    case SearchHit::Kind::Contact:
        return QStringLiteral("contact");
    case SearchHit::Kind::Meeting:
        return QStringLiteral("meeting");
    }
    return {};
}

int searchCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {QStringLiteral("limit")}, {});
    if (args.positional().isEmpty())
        throw UsageError(Cli::tr("search needs some text to look for."));
    const QString text = args.positional().join(u' ');
    bool ok = true;
    const int limit = args.value(QStringLiteral("limit"), QStringLiteral("50")).toInt(&ok);
    if (!ok || limit <= 0)
        throw UsageError(Cli::tr("--limit must be a positive number."));
    const auto hits = ctx.store().search().search(text, limit);
    if (ctx.json()) {
        json array = json::array();
        for (const SearchHit& h : hits)
            array.push_back(
                {{"kind", utf8(hitKindKey(h.kind))},
                 {"id", h.itemId},
                 {"prospect_id", h.prospectId},
                 {"prospect_name", utf8(h.prospectName)},
                 {"title", utf8(h.title)},
                 {"snippet", utf8(h.snippet)},
                 {"when", h.when.isValid() ? json(utf8(toIsoUtc(h.when))) : json(nullptr)}});
        printJson(ctx, array.dump(2));
        return kExitOk;
    }
    for (const SearchHit& h : hits)
        ctx.out() << pad(hitKindKey(h.kind), 9) << pad(QString::number(h.prospectId), 6)
                  << pad(h.prospectName, 24) << printableText(h.snippet.simplified()) << '\n';
    // "50 of 312 matches": the page shown and everything that matched (counted up to a cap).
    constexpr int kCountCap = 100000;
    const int total =
        std::max(static_cast<int>(hits.size()), ctx.store().search().count(text, kCountCap + 1));
    const QString all =
        total > kCountCap ? Cli::tr("more than %1").arg(kCountCap) : QString::number(total);
    if (static_cast<int>(hits.size()) < total)
        ctx.out() << Cli::tr("%1 of %2 matches").arg(QString::number(hits.size()), all) << '\n';
    else
        ctx.out() << Cli::tr("%n match(es)", nullptr, static_cast<int>(hits.size())) << '\n';
    return kExitOk;
}

} // namespace

void registerProspectCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("list"),
         QStringLiteral("list [--stage S] [--owner O]… [--status S] [--industry I] [--text T] "
                        "[--trash] [--json]"),
         QT_TRANSLATE_NOOP(
             "accord::cli::Cli",
             "List prospects with stage, status, value, days in stage and gate progress."),
         listCommand});
    registry.add({QStringLiteral("show"), QStringLiteral("show ID [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli", "Everything known about one prospect."),
                  showCommand});
    registry.add({QStringLiteral("search"), QStringLiteral("search TEXT [--limit N] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Search prospects, contacts and meeting text, newest first."),
                  searchCommand});
}

} // namespace accord::cli
