// Planned activities from a script: plan, activities, today, done, reschedule,
// edit-activity, remove-activity. The rules (state, agenda, done with a meeting
// log in one change set) are core::ActivityService's.

#include "CommandArgs.h"

#include "core/Activities.h"
#include "core/Bundle.h"
#include "core/Validation.h"

namespace accord::cli {
namespace {

using nlohmann::json;
using namespace accord::core;

QStringList activityOptions()
{
    return {opt("kind"),    opt("due"),      opt("title"), opt("owner"),
            opt("contact"), opt("duration"), opt("note")};
}

ActivityService activityService(CliContext& ctx)
{
    return ActivityService(ctx.store(), ctx.clock());
}

/// The activity and what a script wants beside its fields: when it is due in
/// one text, its state now and its prospect's name. Never translated.
json activityJson(const Activity& a, ActivityState state, const QString& prospectName)
{
    json j = toJson(a);
    j["due"] = utf8(activityDueText(a));
    j["state"] = utf8(activityStateKey(state));
    j["prospect"] = utf8(prospectName);
    return j;
}

/// Sets the activity options given on `a`; `today` reads --due.
void applyActivityOptions(CliContext& ctx, const Args& args, const Prospect& p, Activity& a,
                          const QDate& today)
{
    if (const auto kind = choiceOption<ActivityKind>(args, "kind"))
        a.kind = *kind;
    textOption(args, "title", a.title);
    if (args.has(opt("due"))) {
        const Due due = parseDue(args.value(opt("due")), today);
        a.dueOn = due.date;
        a.dueMinute = due.minute;
        if (!a.hasDueTime())
            a.durationMinutes = 0;
    }
    if (args.has(opt("owner")))
        a.owner = args.value(opt("owner")).trimmed();
    if (args.has(opt("contact"))) {
        if (args.value(opt("contact")).trimmed().isEmpty()) {
            a.contactId = kNoId;
        } else {
            const auto c = ownedOption(args, "contact", p, Cli::tr("contact"), [&](Id id) {
                return ctx.store().prospects().findContact(id);
            });
            a.contactId = c->id;
        }
    }
    if (args.has(opt("duration"))) {
        bool ok = false;
        a.durationMinutes = args.value(opt("duration")).toInt(&ok);
        if (!ok)
            throw ValidationError(opt("duration"),
                                  Cli::tr("The duration must be a whole number of minutes."));
    }
    textOption(args, "note", a.note);
}

/// The activity ACTIVITY_ID names; NotFoundError when there is none.
Activity activityArg(CliContext& ctx, const Args& args, const QString& command)
{
    const Id id = recordIdArg(args, command, Cli::tr("activity"));
    const auto a = ctx.store().activities().find(id);
    if (!a)
        throw NotFoundError(Cli::tr("there is no activity %1.").arg(id));
    return *a;
}

/// "#12  2026-12-03 14:30  Call      Northwind  Call Ana about the figures  (dana)".
void printRow(CliContext& ctx, const Activity& a, const QString& prospectName, ActivityState state)
{
    QTextStream& out = ctx.out();
    out << QStringLiteral("#%1").arg(a.id).leftJustified(7) << activityDueText(a).leftJustified(18)
        << activityStateKey(state).leftJustified(9) << activityKindName(a.kind).leftJustified(20)
        << printableText(prospectName) << ": " << printableText(a.title);
    if (!a.owner.isEmpty())
        out << "  (" << printableText(a.owner) << ')';
    out << '\n';
}

int planCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, activityOptions(), {});
    const Prospect p = prospectArg(ctx, QStringLiteral("plan"), args);
    for (const char* needed : {"kind", "due", "title"})
        if (!args.has(opt(needed)))
            throw UsageError(Cli::tr("plan needs --kind, --due and --title (--%1 is "
                                     "missing).")
                                 .arg(QLatin1String(needed)));
    ActivityService service = activityService(ctx);
    Activity a;
    a.prospectId = p.id;
    applyActivityOptions(ctx, args, p, a, service.today());
    const ChangeSet written = service.plan(a);
    const Activity stored = *ctx.store().activities().find(written.front().id);
    if (ctx.json())
        printJson(ctx, activityJson(stored, service.state(stored), p.name).dump(2));
    else
        ctx.out() << Cli::tr("Planned activity %1 for %2: %3, due %4 (%5)")
                         .arg(QString::number(stored.id), printableText(p.name),
                              printableText(stored.title), activityDueText(stored),
                              activityStateName(service.state(stored)).toLower())
                  << '\n';
    return kExitOk;
}

int activitiesCommand(CliContext& ctx, const QStringList& argv)
{
    const QStringList ranges{opt("overdue"), opt("today"), opt("week"), opt("all")};
    const Args args(argv, {opt("owner")}, ranges);
    if (args.positional().size() > 1)
        throw UsageError(Cli::tr("activities takes at most one prospect id."));
    int given = 0;
    for (const QString& r : ranges)
        given += args.flag(r) ? 1 : 0;
    if (given > 1)
        throw UsageError(Cli::tr("Give one of --overdue, --today, --week and --all."));
    ActivityService service = activityService(ctx);
    const QDate today = service.today();
    const QStringList owners = args.values(opt("owner"));

    // What to list: a prospect's (all of them with --all), else the open ones across the pipeline.
    struct Item
    {
        Activity activity;
        QString prospectName;
    };
    std::vector<Item> items;
    if (!args.positional().isEmpty()) {
        const Prospect p = prospectArg(ctx, QStringLiteral("activities"), args);
        for (const Activity& a : ctx.store().activities().forProspect(p.id))
            items.push_back({a, p.name});
    } else if (args.flag(opt("all"))) {
        ProspectFilter all;
        const auto rows = ctx.store().prospects().rows(all, ProspectSort::Name, true, -1, 0);
        for (const ProspectRow& r : rows)
            for (const Activity& a : ctx.store().activities().forProspect(r.prospect.id))
                items.push_back({a, r.prospect.name});
    } else {
        const QDate to = args.flag(opt("today"))     ? today
                         : args.flag(opt("week"))    ? today.addDays(6)
                         : args.flag(opt("overdue")) ? today
                                                     : QDate();
        for (const ActivityRow& r : service.open({}, to, {}))
            items.push_back({r.activity, r.prospectName});
    }
    std::vector<Item> shown;
    for (Item& item : items) {
        const Activity& a = item.activity;
        const ActivityState state = service.state(a);
        if (!owners.isEmpty() && !owners.contains(a.owner))
            continue;
        if (!args.flag(opt("all")) && !a.isOpen())
            continue;
        if (args.flag(opt("overdue")) && state != ActivityState::Overdue)
            continue;
        if (args.flag(opt("today")) && a.dueOn != today)
            continue;
        if (args.flag(opt("week")) && a.dueOn < today)
            continue;
        shown.push_back(std::move(item));
    }
    if (ctx.json()) {
        json array = json::array();
        for (const Item& item : shown)
            array.push_back(
                activityJson(item.activity, service.state(item.activity), item.prospectName));
        printJson(ctx, array.dump(2));
        return kExitOk;
    }
    for (const Item& item : shown)
        printRow(ctx, item.activity, item.prospectName, service.state(item.activity));
    ctx.out() << Cli::tr("%n activit(y/ies)", nullptr, static_cast<int>(shown.size())) << '\n';
    return kExitOk;
}

int todayCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("owner")}, {});
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("today takes options only (--owner O)."));
    ActivityService service = activityService(ctx);
    const Agenda agenda = service.agenda(args.values(opt("owner")));
    const auto rows = [&](const std::vector<ActivityRow>& list) {
        json array = json::array();
        for (const ActivityRow& r : list)
            array.push_back(activityJson(r.activity, service.state(r.activity), r.prospectName));
        return array;
    };
    if (ctx.json()) {
        json idle = json::array();
        for (const ProspectRef& p : agenda.withoutActivity)
            idle.push_back({{"id", p.id},
                            {"name", utf8(p.name)},
                            {"owner", utf8(p.owner)},
                            {"stage", utf8(stageKey(p.stage))}});
        printJson(ctx, json{{"today", utf8(agenda.today.toString(Qt::ISODate))},
                            {"overdue", rows(agenda.overdue)},
                            {"due_today", rows(agenda.dueToday)},
                            {"this_week", rows(agenda.thisWeek)},
                            {"no_next_step", idle}}
                           .dump(2));
        return kExitOk;
    }
    QTextStream& out = ctx.out();
    out << Cli::tr("Agenda for %1").arg(QLocale().toString(agenda.today, QLocale::LongFormat))
        << '\n';
    const auto section = [&](const QString& title, const std::vector<ActivityRow>& list) {
        out << '\n' << title << " (" << list.size() << ")\n";
        for (const ActivityRow& r : list)
            printRow(ctx, r.activity, r.prospectName, service.state(r.activity));
    };
    section(Cli::tr("Overdue"), agenda.overdue);
    section(Cli::tr("Today"), agenda.dueToday);
    section(Cli::tr("This week"), agenda.thisWeek);
    out << '\n'
        << Cli::tr("No next step planned") << " (" << agenda.withoutActivity.size() << ")\n";
    for (const ProspectRef& p : agenda.withoutActivity)
        out << QStringLiteral("#%1").arg(p.id).leftJustified(7) << printableText(p.name) << "  ("
            << printableText(p.owner) << ", " << stageShortName(p.stage) << ")\n";
    return kExitOk;
}

int doneCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, meetingOptionNames(), {opt("log-meeting")});
    const Activity a = activityArg(ctx, args, QStringLiteral("done"));
    const bool log = args.flag(opt("log-meeting"));
    if (!log)
        for (const QString& o : meetingOptionNames())
            if (args.has(o))
                throw UsageError(
                    Cli::tr("--%1 describes the meeting: give --log-meeting too.").arg(o));
    ActivityService service = activityService(ctx);
    std::optional<Meeting> meeting;
    if (log) {
        Meeting m = service.meetingFor(a, ctx.userName());
        meetingOptions(args, m);
        meeting = m;
    }
    const ChangeSet written = service.markDone(a.id, meeting);
    const Prospect p = requireProspect(ctx, a.prospectId);
    const Activity after = *ctx.store().activities().find(a.id);
    Id meetingId = kNoId;
    for (const FieldPatch& patch : written)
        if (patch.kind == RecordKind::Meeting)
            meetingId = patch.id;
    if (ctx.json()) {
        json j = activityJson(after, service.state(after), p.name);
        j["meeting_id"] = meetingId == kNoId ? json(nullptr) : json(meetingId);
        printJson(ctx, j.dump(2));
        return kExitOk;
    }
    ctx.out() << Cli::tr("Done: activity %1 of %2 (%3)")
                     .arg(QString::number(a.id), printableText(p.name), printableText(a.title))
              << '\n';
    if (meetingId != kNoId)
        ctx.out() << Cli::tr("Logged meeting %1 for it.").arg(meetingId) << '\n';
    return kExitOk;
}

int rescheduleCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {opt("due")}, {});
    const Activity a = activityArg(ctx, args, QStringLiteral("reschedule"));
    if (!args.has(opt("due")))
        throw UsageError(Cli::tr("reschedule needs --due WHEN."));
    ActivityService service = activityService(ctx);
    const Due due = parseDue(args.value(opt("due")), service.today());
    const auto after = service.reschedule(a.id, due);
    if (!after)
        throw NotFoundError(Cli::tr("there is no activity %1.").arg(a.id));
    const Prospect p = requireProspect(ctx, a.prospectId);
    if (ctx.json())
        printJson(ctx, activityJson(*after, service.state(*after), p.name).dump(2));
    else
        ctx.out() << Cli::tr("Activity %1 of %2 is now due %3 (%4)")
                         .arg(QString::number(a.id), printableText(p.name), activityDueText(*after),
                              activityStateName(service.state(*after)).toLower())
                  << '\n';
    return kExitOk;
}

int editActivityCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, activityOptions(), {});
    const Activity a = activityArg(ctx, args, QStringLiteral("edit-activity"));
    requireOneOf(args, QStringLiteral("edit-activity"), activityOptions());
    const Prospect p = requireProspect(ctx, a.prospectId);
    ActivityService service = activityService(ctx);
    ChangeSet written;
    const auto after = service.edit(
        a.id, [&](Activity& e) { applyActivityOptions(ctx, args, p, e, service.today()); },
        &written);
    if (!after)
        throw NotFoundError(Cli::tr("there is no activity %1.").arg(a.id));
    const json changed = changedKeys(written);
    if (ctx.json()) {
        json j = activityJson(*after, service.state(*after), p.name);
        j["changed"] = changed;
        printJson(ctx, j.dump(2));
    } else if (changed.empty()) {
        ctx.out() << Cli::tr("Activity %1 of %2 already holds that; nothing changed.")
                         .arg(QString::number(a.id), printableText(p.name))
                  << '\n';
    } else {
        QStringList keys;
        for (const auto& k : changed)
            keys << QString::fromStdString(k.get<std::string>());
        ctx.out() << Cli::tr("Saved activity %1 of %2 (%3)")
                         .arg(QString::number(a.id), printableText(p.name),
                              keys.join(QStringLiteral(", ")))
                  << '\n';
    }
    return kExitOk;
}

int removeActivityCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    const Activity a = activityArg(ctx, args, QStringLiteral("remove-activity"));
    const Prospect p = requireProspect(ctx, a.prospectId);
    activityService(ctx).remove(a.id);
    if (ctx.json())
        printJson(ctx, json{{"id", a.id}, {"prospect_id", p.id}, {"removed", true}}.dump());
    else
        ctx.out() << Cli::tr("Removed activity %1 from %2")
                         .arg(QString::number(a.id), printableText(p.name))
                  << '\n';
    return kExitOk;
}

} // namespace

void registerActivityCommands(CommandRegistry& registry)
{
    const QString kinds = EnumTraits<ActivityKind>::keys().join(QStringLiteral(", "));
    Command plan{QStringLiteral("plan"),
                 QStringLiteral("plan ID --kind K --due WHEN --title T [--owner O] "
                                "[--contact CONTACT_ID] [--duration MIN] [--note N] [--json]"),
                 //: %1 lists the activity kinds, which are typed as they are.
                 QT_TRANSLATE_NOOP("accord::cli::Cli",
                                   "Plan an activity for a prospect. K: %1. WHEN: YYYY-MM-DD, "
                                   "\"YYYY-MM-DD HH:MM\", today, tomorrow, +3d, +2w or a weekday, "
                                   "each with an optional time (\"friday 10:30\")."),
                 planCommand};
    plan.summaryArg = kinds;
    registry.add(plan);
    registry.add(
        {QStringLiteral("activities"),
         QStringLiteral("activities [ID] [--overdue|--today|--week|--all] [--owner O] "
                        "[--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "List open activities (of one prospect, or across the pipeline; "
                           "--all also lists done ones)."),
         activitiesCommand});
    registry.add({QStringLiteral("today"), QStringLiteral("today [--owner O] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "The agenda: overdue, today, this week, and active prospects "
                                    "with no next step planned."),
                  todayCommand});
    registry.add(
        {QStringLiteral("done"),
         QStringLiteral("done ACTIVITY_ID [--log-meeting [--summary S] [--kind K] "
                        "[--when T] [--duration MIN] [--attendees A] [--notes N] "
                        "[--shared S] [--learned L] [--next-step T] [--due D]] [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Mark an activity done; --log-meeting also logs it as a meeting "
                           "(prefilled from the activity), in one step."),
         doneCommand});
    registry.add({QStringLiteral("reschedule"),
                  QStringLiteral("reschedule ACTIVITY_ID --due WHEN [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli", "Move an activity to another day or time."),
                  rescheduleCommand});
    registry.add(
        {QStringLiteral("edit-activity"),
         QStringLiteral("edit-activity ACTIVITY_ID [--kind K] [--title T] [--due WHEN] "
                        "[--owner O] [--contact CONTACT_ID] [--duration MIN] [--note N] "
                        "[--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli",
                           "Change an activity; only the fields given change (--contact \"\" "
                           "clears)."),
         editActivityCommand});
    registry.add({QStringLiteral("remove-activity"),
                  QStringLiteral("remove-activity ACTIVITY_ID [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli", "Delete a planned activity."),
                  removeActivityCommand});
}

} // namespace accord::cli
