// The method's workspaces from a script: add-insight, add-data-request,
// set-data-request, add-metric, gaps, add-opportunity, set-worksheet, set-lever,
// add-tradable, win-win, set-agreement, check-criterion, gates.

#include "Cli.h"

#include "core/Bundle.h"
#include "core/GapAnalysis.h"
#include "core/Parse.h"
#include "core/Validation.h"
#include "core/WinWin.h"

#include <QLocale>

#include <nlohmann/json.hpp>

#include <cmath>

namespace accord::cli {
namespace {

using nlohmann::json;
using namespace accord::core;

std::string utf8(const QString& s)
{
    return s.toStdString();
}

QString opt(const char* name)
{
    return QString::fromLatin1(name);
}

/// The prospect named by the first positional argument; nullopt (after saying so) when missing.
std::optional<Prospect> prospectArg(CliContext& ctx, const QString& command, const Args& args,
                                    qsizetype positionals = 1)
{
    if (args.positional().size() != positionals)
        throw UsageError(
            positionals == 1
                ? QStringLiteral("%1 needs exactly one prospect id.").arg(command)
                : QStringLiteral("%1 needs a prospect id and one more id.").arg(command));
    const Id id = parseIdArg(args.positional().first());
    auto p = ctx.store().prospects().find(id);
    if (!p)
        ctx.err() << "accord-cli " << command << ": there is no prospect " << id << ".\n";
    return p;
}

QDate today(CliContext& ctx)
{
    return ctx.clock().now().toLocalTime().date();
}

std::optional<QDate> dateOption(const Args& args, const char* name)
{
    const QString key = opt(name);
    if (!args.has(key))
        return std::nullopt;
    const auto d = parseDate(args.value(key));
    if (!d)
        throw ValidationError(
            key, QStringLiteral("\"%1\" is not a date (use YYYY-MM-DD).").arg(args.value(key)));
    return d;
}

int intOption(const Args& args, const char* name, int fallback)
{
    const QString key = opt(name);
    if (!args.has(key))
        return fallback;
    bool ok = false;
    const int v = args.value(key).trimmed().toInt(&ok);
    if (!ok)
        throw ValidationError(key, QStringLiteral("--%1 must be a whole number (it is \"%2\").")
                                       .arg(key, args.value(key)));
    return v;
}

Id secondIdArg(const Args& args, const QString& what)
{
    bool ok = false;
    const Id id = args.positional().at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(QStringLiteral("\"%1\" is not a %2 id (a positive number).")
                             .arg(args.positional().at(1), what));
    return id;
}

void printAdded(CliContext& ctx, const QString& what, Id id, const Prospect& p, json j)
{
    if (ctx.json()) {
        j["id"] = id;
        printJson(ctx, j.dump(2));
    } else {
        ctx.out() << "Added " << what << ' ' << id << " to " << p.name << '\n';
    }
}

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
    ctx.out() << "Win-win check: " << c.summary << '\n';
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
        ctx.out() << "Saved the negotiation worksheet of " << p.name << '\n';
        printWinWin(ctx, check);
    }
    return kExitOk;
}

Negotiation loadNegotiation(CliContext& ctx, Id prospectId)
{
    auto n = ctx.store().evidence().negotiation(prospectId);
    if (n)
        return *n;
    Negotiation fresh;
    fresh.prospectId = prospectId;
    return fresh;
}

// ---- stage 1 ---------------------------------------------------------------------------------

int addInsightCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("title"), opt("body"), opt("source"), opt("date"), opt("meeting")},
                    {});
    const auto p = prospectArg(ctx, QStringLiteral("add-insight"), args);
    if (!p)
        return kExitNotFound;
    if (!args.has(opt("title")))
        throw UsageError(QStringLiteral("add-insight needs --title."));
    Insight v;
    v.prospectId = p->id;
    v.title = args.value(opt("title"));
    v.body = args.value(opt("body"));
    v.source = args.value(opt("source"));
    if (args.has(opt("meeting"))) {
        bool ok = false;
        const Id mid = args.value(opt("meeting")).toLongLong(&ok);
        const auto m = ok ? ctx.store().meetings().find(mid) : std::nullopt;
        if (!m || m->prospectId != p->id) {
            ctx.err() << "accord-cli add-insight: " << p->name << " has no meeting "
                      << args.value(opt("meeting")) << ".\n";
            return kExitNotFound;
        }
        v.meetingId = m->id;
        v.sharedOn = m->occurredAt.toLocalTime().date(); // presented at that meeting
    }
    if (const auto d = dateOption(args, "date"))
        v.sharedOn = *d;
    if (!v.sharedOn.isValid())
        v.sharedOn = today(ctx);
    validate(v);
    const Id id = ctx.store().evidence().addInsight(v);
    printAdded(ctx, QStringLiteral("insight"), id, *p, toJson(v));
    return kExitOk;
}

DataRequestStatus statusOption(const Args& args, DataRequestStatus fallback)
{
    if (!args.has(opt("status")))
        return fallback;
    const auto s = dataRequestStatusFromKey(args.value(opt("status")).trimmed().toLower());
    if (!s)
        throw UsageError(
            QStringLiteral("Unknown status \"%1\": use requested, received or declined.")
                .arg(args.value(opt("status"))));
    return *s;
}

/// Applies --status / --received with one rule: a received date means received.
void applyRequestStatus(CliContext& ctx, const Args& args, DataRequest& v)
{
    const auto received = dateOption(args, "received");
    v.status = statusOption(args, received ? DataRequestStatus::Received : v.status);
    if (v.status == DataRequestStatus::Received) {
        if (received)
            v.receivedOn = *received;
        else if (!v.receivedOn.isValid())
            v.receivedOn = today(ctx);
    } else if (received) {
        throw UsageError(QStringLiteral("--received goes with --status received."));
    } else {
        v.receivedOn = {};
    }
    if (v.receivedOn.isValid() && v.requestedOn.isValid() && v.receivedOn < v.requestedOn)
        throw ValidationError(
            QStringLiteral("received"),
            QStringLiteral("The received date (%1) is before the requested date (%2).")
                .arg(v.receivedOn.toString(Qt::ISODate), v.requestedOn.toString(Qt::ISODate)));
}

int addDataRequestCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(
        argv, {opt("item"), opt("requested"), opt("status"), opt("received"), opt("note")}, {});
    const auto p = prospectArg(ctx, QStringLiteral("add-data-request"), args);
    if (!p)
        return kExitNotFound;
    if (!args.has(opt("item")))
        throw UsageError(QStringLiteral("add-data-request needs --item (for instance \"%1\").")
                             .arg(dataRequestPresets().join(QStringLiteral("\", \""))));
    DataRequest v;
    v.prospectId = p->id;
    v.item = args.value(opt("item"));
    v.note = args.value(opt("note"));
    v.requestedOn = dateOption(args, "requested")
                        .value_or(defaultRequestedOn(dateOption(args, "received"), today(ctx)));
    applyRequestStatus(ctx, args, v);
    validate(v);
    const Id id = ctx.store().evidence().addDataRequest(v);
    printAdded(ctx, QStringLiteral("data request"), id, *p, toJson(v));
    return kExitOk;
}

/// Finds a data request by id. The repository lists requests per prospect, so
/// without --prospect this walks the pipeline (trash included).
std::optional<DataRequest> findDataRequest(CliContext& ctx, Id rid, std::optional<Id> prospectId)
{
    auto search = [&](Id pid) -> std::optional<DataRequest> {
        for (const DataRequest& r : ctx.store().evidence().dataRequests(pid))
            if (r.id == rid)
                return r;
        return std::nullopt;
    };
    if (prospectId)
        return search(*prospectId);
    ProspectFilter all;
    all.trash = ProspectFilter::Trash::Include;
    constexpr int kPage = 500;
    for (int offset = 0;; offset += kPage) {
        const auto rows =
            ctx.store().prospects().rows(all, ProspectSort::Updated, false, kPage, offset);
        for (const ProspectRow& r : rows)
            if (auto found = search(r.prospect.id))
                return found;
        if (static_cast<int>(rows.size()) < kPage)
            return std::nullopt;
    }
}

int setDataRequestCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("status"), opt("received"), opt("note"), opt("prospect")}, {});
    if (args.positional().size() != 1)
        throw UsageError(QStringLiteral("set-data-request needs exactly one data request id."));
    if (!args.has(opt("status")) && !args.has(opt("received")) && !args.has(opt("note")))
        throw UsageError(QStringLiteral("set-data-request needs --status, --received or --note."));
    bool ok = false;
    const Id rid = args.positional().first().toLongLong(&ok);
    if (!ok || rid <= 0)
        throw UsageError(QStringLiteral("\"%1\" is not a data request id (a positive number).")
                             .arg(args.positional().first()));
    std::optional<Id> pid;
    if (args.has(opt("prospect")))
        pid = parseIdArg(args.value(opt("prospect")));
    // Read, change and write in one write transaction, writing only the fields changed.
    std::optional<DataRequest> v;
    ctx.store().transaction([&] {
        v = findDataRequest(ctx, rid, pid);
        if (!v)
            return;
        const DataRequest stored = *v;
        applyRequestStatus(ctx, args, *v);
        if (args.has(opt("note")))
            v->note = args.value(opt("note"));
        validate(*v);
        ctx.store().applyChanges({diffPatch(stored, *v)});
    });
    if (!v) {
        ctx.err() << "accord-cli set-data-request: there is no data request " << rid << ".\n";
        return kExitNotFound;
    }
    if (ctx.json())
        printJson(ctx, toJson(*v).dump(2));
    else
        ctx.out() << "Data request " << rid << " (" << v->item << ") is now "
                  << dataRequestStatusKey(v->status)
                  << (v->receivedOn.isValid()
                          ? QStringLiteral(" on %1").arg(v->receivedOn.toString(Qt::ISODate))
                          : QString())
                  << '\n';
    return kExitOk;
}

// ---- stage 2 ---------------------------------------------------------------------------------

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
    const auto p = prospectArg(ctx, QStringLiteral("add-metric"), args);
    if (!p)
        return kExitNotFound;
    if (!args.has(opt("name")) || !args.has(opt("value")))
        throw UsageError(QStringLiteral("add-metric needs --name and --value."));
    Metric v;
    v.prospectId = p->id;
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
    if (args.has(opt("source"))) {
        const auto s = metricSourceFromKey(args.value(opt("source")).trimmed().toLower());
        if (!s)
            throw UsageError(
                QStringLiteral("Unknown source \"%1\": use prospect, industry or competitor.")
                    .arg(args.value(opt("source"))));
        v.source = *s;
    }
    validate(v);
    const Id id = ctx.store().evidence().addMetric(v);
    printAdded(ctx, QStringLiteral("metric"), id, *p, toJson(v));
    if (!ctx.json()) {
        // Show where the new figure stands, so a script's log reads like the gap table.
        for (const GapRow& r : gapAnalysis(ctx.store().evidence().metrics(p->id)))
            if (r.prospect.id == id || (r.benchmark && r.benchmark->id == id))
                ctx.out() << "  " << gapLine(r) << '\n';
    }
    return kExitOk;
}

int gapsCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    const auto p = prospectArg(ctx, QStringLiteral("gaps"), args);
    if (!p)
        return kExitNotFound;
    const auto rows = gapAnalysis(ctx.store().evidence().metrics(p->id));
    if (ctx.json()) {
        json array = json::array();
        for (const GapRow& r : rows)
            array.push_back(gapJson(r));
        printJson(ctx, array.dump(2));
    } else {
        ctx.out() << "Gap table of " << p->name << '\n';
        if (rows.empty())
            ctx.out() << "  No prospect metrics yet (add-metric " << p->id
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
    const auto p = prospectArg(ctx, QStringLiteral("add-opportunity"), args);
    if (!p)
        return kExitNotFound;
    if (!args.has(opt("title")))
        throw UsageError(QStringLiteral("add-opportunity needs --title."));
    Opportunity v;
    v.prospectId = p->id;
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
    if (args.has(opt("champion"))) {
        bool ok = false;
        const Id cid = args.value(opt("champion")).toLongLong(&ok);
        const auto c = ok ? ctx.store().prospects().findContact(cid) : std::nullopt;
        if (!c || c->prospectId != p->id) {
            ctx.err() << "accord-cli add-opportunity: " << p->name << " has no contact "
                      << args.value(opt("champion")) << ".\n";
            return kExitNotFound;
        }
        v.championContactId = c->id;
    }
    if (args.has(opt("status"))) {
        const auto s = opportunityStatusFromKey(args.value(opt("status")).trimmed().toLower());
        if (!s)
            throw UsageError(
                QStringLiteral("Unknown status \"%1\": use proposed, embraced or rejected.")
                    .arg(args.value(opt("status"))));
        v.status = *s;
    }
    validate(v);
    const Id id = ctx.store().evidence().addOpportunity(v);
    printAdded(ctx, QStringLiteral("opportunity"), id, *p, toJson(v));
    return kExitOk;
}

// ---- stage 3 ---------------------------------------------------------------------------------

int setWorksheetCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv,
                    {opt("our-batna"), opt("their-batna"), opt("their-interests"),
                     opt("our-interests"), opt("criteria"), opt("stance")},
                    {});
    const auto p = prospectArg(ctx, QStringLiteral("set-worksheet"), args);
    if (!p)
        return kExitNotFound;
    // Read, change and write in one write transaction, writing only the fields changed.
    Negotiation n;
    ctx.store().transaction([&] {
        const Negotiation stored = loadNegotiation(ctx, p->id);
        n = stored;
        auto take = [&](const char* name, QString& field) {
            if (args.has(opt(name)))
                field = args.value(opt(name));
        };
        take("our-batna", n.ourBatna);
        take("their-batna", n.theirBatna);
        take("their-interests", n.theirInterests);
        take("our-interests", n.ourInterests);
        take("criteria", n.objectiveCriteria);
        n.stance = intOption(args, "stance", n.stance);
        validate(n);
        ctx.store().applyChanges({diffPatch(stored, n)});
    });
    return reportWorksheet(ctx, *p, n);
}

int setLeverCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv,
                    {opt("lever"), opt("our-priority"), opt("their-priority"), opt("our-position"),
                     opt("their-position"), opt("our-concession"), opt("their-concession")},
                    {});
    const auto p = prospectArg(ctx, QStringLiteral("set-lever"), args);
    if (!p)
        return kExitNotFound;
    const auto which = leverFromKey(args.value(opt("lever")).trimmed().toLower());
    if (!which)
        throw UsageError(QStringLiteral("set-lever needs --lever money, time, rights or risk."));
    Negotiation n;
    ctx.store().transaction([&] {
        const Negotiation stored = loadNegotiation(ctx, p->id);
        n = stored;
        for (LeverPosition& l : n.levers) {
            if (l.lever != *which)
                continue;
            l.ourPriority = intOption(args, "our-priority", l.ourPriority);
            l.theirPriority = intOption(args, "their-priority", l.theirPriority);
            auto take = [&](const char* name, QString& field) {
                if (args.has(opt(name)))
                    field = args.value(opt(name));
            };
            take("our-position", l.ourPosition);
            take("their-position", l.theirPosition);
            take("our-concession", l.ourConcession);
            take("their-concession", l.theirConcession);
        }
        validate(n);
        ctx.store().applyChanges({diffPatch(stored, n)});
    });
    return reportWorksheet(ctx, *p, n);
}

int addTradableCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("side"), opt("item"), opt("value"), opt("cost")}, {});
    const auto p = prospectArg(ctx, QStringLiteral("add-tradable"), args);
    if (!p)
        return kExitNotFound;
    const auto side = sideFromKey(args.value(opt("side")).trimmed().toLower());
    if (!side)
        throw UsageError(
            QStringLiteral("add-tradable needs --side ours or theirs (whose item it is to give)."));
    if (!args.has(opt("item")))
        throw UsageError(QStringLiteral("add-tradable needs --item."));
    Tradable v;
    v.prospectId = p->id;
    v.side = *side;
    v.item = args.value(opt("item"));
    v.valueToOther = args.value(opt("value"));
    v.costToGive = args.value(opt("cost"));
    validate(v);
    const Id id = ctx.store().evidence().addTradable(v);
    printAdded(ctx, QStringLiteral("tradable"), id, *p, toJson(v));
    return kExitOk;
}

int winWinCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    const auto p = prospectArg(ctx, QStringLiteral("win-win"), args);
    if (!p)
        return kExitNotFound;
    const WinWinCheck c =
        checkWinWin(loadNegotiation(ctx, p->id), ctx.store().evidence().tradables(p->id));
    if (ctx.json())
        printJson(ctx, winWinJson(c).dump(2));
    else
        printWinWin(ctx, c);
    return kExitOk;
}

int setAgreementCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("signed"), opt("summary")}, {opt("unsign")});
    auto p = prospectArg(ctx, QStringLiteral("set-agreement"), args);
    if (!p)
        return kExitNotFound;
    if (!args.has(opt("signed")) && !args.has(opt("summary")) && !args.flag(opt("unsign")))
        throw UsageError(
            QStringLiteral("set-agreement needs --signed DATE, --summary TEXT or --unsign."));
    const auto signedOn = dateOption(args, "signed");
    // Read, change and write in one write transaction: only these two fields are
    // written, so a next step logged meanwhile stays. A partnership keeps its date
    // (the service refuses, pointing at reopen).
    p = ctx.service().editProspect(p->id, [&](Prospect& edited) {
        if (signedOn)
            edited.signedOn = *signedOn;
        if (args.flag(opt("unsign")))
            edited.signedOn = {};
        if (args.has(opt("summary")))
            edited.agreementSummary = args.value(opt("summary"));
    });
    if (ctx.json())
        printJson(ctx, json{{"id", p->id},
                            {"signed_on", p->signedOn.isValid()
                                              ? json(utf8(p->signedOn.toString(Qt::ISODate)))
                                              : json(nullptr)},
                            {"agreement_summary", utf8(p->agreementSummary)}}
                           .dump(2));
    else
        ctx.out() << "Agreement of " << p->name << ": "
                  << (p->signedOn.isValid()
                          ? QStringLiteral("signed on %1").arg(p->signedOn.toString(Qt::ISODate))
                          : QStringLiteral("not signed"))
                  << '\n';
    return kExitOk;
}

// ---- gates -----------------------------------------------------------------------------------

int checkCriterionCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("evidence")}, {opt("uncheck")});
    const auto p = prospectArg(ctx, QStringLiteral("check-criterion"), args, 2);
    if (!p)
        return kExitNotFound;
    const Id cid = secondIdArg(args, QStringLiteral("criterion"));
    std::optional<GateCriterion> criterion;
    for (const GateCriterion& c : ctx.store().gates().criteria())
        if (c.id == cid)
            criterion = c;
    if (!criterion) {
        ctx.err() << "accord-cli check-criterion: there is no criterion " << cid
                  << " (accord-cli gates lists them).\n";
        return kExitNotFound;
    }
    if (args.flag(opt("uncheck")) && args.has(opt("evidence")))
        throw UsageError(QStringLiteral("--evidence goes with a tick, not with --uncheck."));
    GateCheck check;
    check.prospectId = p->id;
    check.criterionId = cid;
    check.checked = !args.flag(opt("uncheck"));
    check.evidence = args.value(opt("evidence"));
    if (check.evidence.size() > kMaxLongText)
        throw ValidationError(QStringLiteral("evidence"),
                              QStringLiteral("The evidence text is too long."));
    check.checkedAt = ctx.clock().now();
    check.checkedBy = ctx.userName();
    ctx.store().gates().setCheck(check);

    const GateResult gate = ctx.service().gate(p->id, criterion->stage);
    if (ctx.json()) {
        printJson(ctx, json{{"prospect_id", p->id},
                            {"criterion_id", cid},
                            {"checked", check.checked},
                            {"gate",
                             {{"stage", static_cast<int>(gate.stage)},
                              {"met", gate.metCount()},
                              {"total", gate.total()}}}}
                           .dump(2));
    } else {
        ctx.out() << (check.checked ? "Ticked" : "Unticked") << " \"" << criterion->label
                  << "\" for " << p->name << ". Gate of " << stageName(gate.stage) << ": "
                  << gate.metCount() << '/' << gate.total() << '\n';
        if (!check.checked && criterion->rule != GateRule::Manual)
            for (const CriterionResult& r : gate.criteria)
                if (r.criterion.id == cid && r.met)
                    ctx.out() << "  Still met automatically: " << r.why << '\n';
    }
    return kExitOk;
}

int gatesCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    if (!args.positional().isEmpty())
        throw UsageError(QStringLiteral("gates takes no arguments."));
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
            ctx.out() << "To leave " << stageName(c.stage) << ":\n";
        }
        ctx.out() << QStringLiteral("  %1").arg(c.id, 4) << "  " << c.label << "  ["
                  << (c.rule == GateRule::Manual
                          ? QStringLiteral("by hand")
                          : QStringLiteral("automatic: ") + gateRuleDescription(c.rule))
                  << "]\n";
    }
    return kExitOk;
}

} // namespace

void registerEvidenceCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("add-insight"),
                  QStringLiteral("add-insight ID --title T [--body B] [--source S] [--date D] "
                                 "[--meeting MEETING_ID] [--json]"),
                  QStringLiteral("Record an insight shared with a prospect (stage 1)."),
                  addInsightCommand});
    registry.add(
        {QStringLiteral("add-data-request"),
         QStringLiteral("add-data-request ID --item I [--requested D] "
                        "[--status requested|received|declined] [--received D] [--note N] "
                        "[--json]"),
         QStringLiteral("Record data asked of a prospect: online revenue, number of orders, "
                        "abandoned carts, unique visits or anything else."),
         addDataRequestCommand});
    registry.add(
        {QStringLiteral("set-data-request"),
         QStringLiteral("set-data-request REQUEST_ID [--status S] [--received D] [--note N] "
                        "[--prospect ID] [--json]"),
         QStringLiteral("Mark a data request received or declined (a received date means "
                        "received)."),
         setDataRequestCommand});
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
    registry.add(
        {QStringLiteral("set-worksheet"),
         QStringLiteral("set-worksheet ID [--our-batna T] [--their-batna T] "
                        "[--their-interests T] [--our-interests T] [--criteria T] "
                        "[--stance 1-5] [--json]"),
         QStringLiteral("Fill the negotiation worksheet (stage 3); prints the win-win check."),
         setWorksheetCommand});
    registry.add({QStringLiteral("set-lever"),
                  QStringLiteral("set-lever ID --lever money|time|rights|risk [--our-priority 0-5] "
                                 "[--their-priority 0-5] [--our-position T] [--their-position T] "
                                 "[--our-concession T] [--their-concession T] [--json]"),
                  QStringLiteral("Set one negotiation lever; prints the win-win check."),
                  setLeverCommand});
    registry.add(
        {QStringLiteral("add-tradable"),
         QStringLiteral("add-tradable ID --side ours|theirs --item I [--value V] [--cost C] "
                        "[--json]"),
         QStringLiteral("Record something one side has to give that the other values."),
         addTradableCommand});
    registry.add({QStringLiteral("win-win"), QStringLiteral("win-win ID [--json]"),
                  QStringLiteral("The negotiation's win-win check and its warnings."),
                  winWinCommand});
    registry.add({QStringLiteral("set-agreement"),
                  QStringLiteral("set-agreement ID [--signed D | --unsign] [--summary T] [--json]"),
                  QStringLiteral("Record the signed date and agreement summary (needed for "
                                 "Partnership)."),
                  setAgreementCommand});
    registry.add(
        {QStringLiteral("check-criterion"),
         QStringLiteral("check-criterion ID CRITERION_ID [--evidence T] [--uncheck] [--json]"),
         QStringLiteral("Tick (or untick) a gate criterion by hand for a prospect."),
         checkCriterionCommand});
    registry.add({QStringLiteral("gates"), QStringLiteral("gates [--json]"),
                  QStringLiteral("List every stage's exit criteria with their ids and rules."),
                  gatesCommand});
}

} // namespace accord::cli
