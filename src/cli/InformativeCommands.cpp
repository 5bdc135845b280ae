// Stage 1 from a script: add-insight, edit-insight, remove-insight,
// add-data-request, set-data-request (also edit-data-request),
// remove-data-request.

#include "RecordCommands.h"

#include "core/Bundle.h"
#include "core/GapAnalysis.h"
#include "core/Method.h"
#include "core/Validation.h"

namespace accord::cli {
namespace {

using namespace accord::core;

int addInsightCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("title"), opt("body"), opt("source"), opt("date"), opt("meeting")},
                    {});
    const Prospect p = prospectArg(ctx, QStringLiteral("add-insight"), args);
    if (!args.has(opt("title")))
        throw UsageError(Cli::tr("add-insight needs --title."));
    Insight v;
    v.prospectId = p.id;
    v.title = args.value(opt("title"));
    v.body = args.value(opt("body"));
    v.source = args.value(opt("source"));
    if (const auto m = ownedOption(args, "meeting", p, Cli::tr("meeting"),
                                   [&](Id id) { return ctx.store().meetings().find(id); })) {
        v.meetingId = m->id;
        v.sharedOn = m->occurredAt.toLocalTime().date(); // presented at that meeting
    }
    if (const auto d = dateOption(args, "date"))
        v.sharedOn = *d;
    if (!v.sharedOn.isValid())
        v.sharedOn = ctx.workspace().today();
    const Id id = ctx.workspace().add(v).front().id;
    printAdded(ctx, Cli::tr("insight"), id, p, toJson(v));
    return kExitOk;
}

QStringList insightOptions()
{
    return {opt("title"), opt("body"), opt("source"), opt("date"), opt("meeting")};
}

int editInsightCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, withProspectOption(insightOptions()), {});
    return editRecordCommand<Insight>(
        ctx, args, QStringLiteral("edit-insight"), Cli::tr("insight"), insightOptions(),
        [&](Insight& v) {
            textOption(args, "title", v.title);
            textOption(args, "body", v.body);
            textOption(args, "source", v.source);
            if (args.has(opt("meeting"))) {
                // --meeting "" unlinks; a meeting must be one of the same prospect's.
                const QString text = args.value(opt("meeting")).trimmed();
                std::optional<Meeting> m;
                if (!text.isEmpty()) {
                    bool ok = false;
                    const Id mid = text.toLongLong(&ok);
                    m = ok && mid > 0 ? ctx.store().meetings().find(mid) : std::nullopt;
                    if (!m || m->prospectId != v.prospectId)
                        throw NotFoundError(
                            Cli::tr("the insight's prospect has no meeting %1.").arg(text));
                }
                v.meetingId = m ? m->id : kNoId;
                if (m)
                    v.sharedOn = m->occurredAt.toLocalTime().date();
            }
            if (const auto d = dateOption(args, "date"))
                v.sharedOn = *d;
        });
}

int removeInsightCommand(CliContext& ctx, const QStringList& argv)
{
    return removeRecordCommand<Insight>(ctx, argv, QStringLiteral("remove-insight"),
                                        Cli::tr("insight"));
}

/// Applies --status / --received: a received date means received. The service
/// applies the rest of the rule (a received request has a received date, the
/// others none; never received before it was requested).
void applyRequestStatus(CliContext& ctx, const Args& args, DataRequest& v)
{
    const auto received = dateOption(args, "received");
    const DataRequestStatus status =
        choiceOption<DataRequestStatus>(args, "status")
            .value_or(received ? DataRequestStatus::Received : v.status);
    if (received && status != DataRequestStatus::Received)
        throw UsageError(Cli::tr("--received goes with --status received."));
    if (received)
        v.receivedOn = *received;
    setDataRequestStatus(v, status, ctx.workspace().today());
}

int addDataRequestCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(
        argv, {opt("item"), opt("requested"), opt("status"), opt("received"), opt("note")}, {});
    const Prospect p = prospectArg(ctx, QStringLiteral("add-data-request"), args);
    if (!args.has(opt("item")))
        throw UsageError(Cli::tr("add-data-request needs --item (for instance \"%1\").")
                             .arg(dataRequestPresets().join(QStringLiteral("\", \""))));
    DataRequest v;
    v.prospectId = p.id;
    v.item = args.value(opt("item"));
    v.note = args.value(opt("note"));
    v.requestedOn =
        dateOption(args, "requested")
            .value_or(defaultRequestedOn(dateOption(args, "received"), ctx.workspace().today()));
    applyRequestStatus(ctx, args, v);
    const Id id = ctx.workspace().add(v).front().id;
    printAdded(ctx, Cli::tr("data request"), id, p, toJson(v));
    return kExitOk;
}

/// set-data-request and edit-data-request (the same command under two names).
int setDataRequestCommand(CliContext& ctx, const QStringList& argv, const QString& command)
{
    const QStringList fields{opt("status"), opt("received"), opt("note"), opt("item"),
                             opt("requested")};
    const Args args(argv, withProspectOption(fields), {});
    const Id rid = recordIdArg(args, command, Cli::tr("data request"));
    requireOneOf(args, command, fields);
    std::optional<Id> pid;
    if (args.has(opt("prospect")))
        pid = parseIdArg(args.value(opt("prospect")));
    // Read, change and write in one write transaction, writing only the fields changed.
    const auto v = ctx.workspace().editDataRequest(rid, pid, [&](DataRequest& edited) {
        textOption(args, "item", edited.item);
        if (const auto requested = dateOption(args, "requested"))
            edited.requestedOn = *requested;
        if (args.has(opt("status")) || args.has(opt("received")))
            applyRequestStatus(ctx, args, edited);
        if (args.has(opt("note")))
            edited.note = args.value(opt("note"));
    });
    if (!v) {
        ctx.err() << "accord-cli " << command << ": "
                  << Cli::tr("there is no data request %1.").arg(rid) << '\n';
        return kExitNotFound;
    }
    if (ctx.json())
        printJson(ctx, toJson(*v).dump(2));
    else
        ctx.out() << (v->receivedOn.isValid()
                          ? Cli::tr("Data request %1 (%2) is now %3 on %4")
                                .arg(QString::number(rid), v->item, dataRequestStatusKey(v->status),
                                     v->receivedOn.toString(Qt::ISODate))
                          : Cli::tr("Data request %1 (%2) is now %3")
                                .arg(QString::number(rid), v->item,
                                     dataRequestStatusKey(v->status)))
                  << '\n';
    return kExitOk;
}

int removeDataRequestCommand(CliContext& ctx, const QStringList& argv)
{
    return removeRecordCommand<DataRequest>(ctx, argv, QStringLiteral("remove-data-request"),
                                            Cli::tr("data request"));
}

} // namespace

void registerInformativeCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("add-insight"),
                  QStringLiteral("add-insight ID --title T [--body B] [--source S] [--date D] "
                                 "[--meeting MEETING_ID] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Record an insight shared with a prospect (stage 1)."),
                  addInsightCommand});
    registry.add(
        {QStringLiteral("edit-insight"),
         QStringLiteral("edit-insight INSIGHT_ID [--title T] [--body B] [--source S] "
                        "[--date D] [--meeting MEETING_ID|\"\"] [--prospect ID] "
                        "[--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli", "Change an insight; only the fields given change."),
         editInsightCommand});
    registry.add({QStringLiteral("remove-insight"),
                  QStringLiteral("remove-insight INSIGHT_ID [--prospect ID] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli", "Delete an insight."),
                  removeInsightCommand});
    registry.add(
        {QStringLiteral("add-data-request"),
         QStringLiteral("add-data-request ID --item I [--requested D] "
                        "[--status requested|received|declined] [--received D] [--note N] "
                        "[--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Record data asked of a prospect: online revenue, number of orders, "
                           "abandoned carts, unique visits or anything else."),
         addDataRequestCommand});
    for (const QString& name :
         {QStringLiteral("set-data-request"), QStringLiteral("edit-data-request")})
        registry.add({name,
                      name + QStringLiteral(" REQUEST_ID [--status S] [--received D] [--note N] "
                                            "[--item I] [--requested D] [--prospect ID] [--json]"),
                      QT_TRANSLATE_NOOP("accord::cli::Cli",
                                        "Change a data request: mark it received or declined (a "
                                        "received date means received), its note, item or date."),
                      [name](CliContext& ctx, const QStringList& argv) {
                          return setDataRequestCommand(ctx, argv, name);
                      }});
    registry.add({QStringLiteral("remove-data-request"),
                  QStringLiteral("remove-data-request REQUEST_ID [--prospect ID] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli", "Delete a data request."),
                  removeDataRequestCommand});
}

} // namespace accord::cli
