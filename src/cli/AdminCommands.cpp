// demo and check: making a demo pipeline and checking a database's integrity.

#include "Cli.h"

#include "core/Demo.h"
#include "core/StoreMaintenance.h"

#include <nlohmann/json.hpp>

namespace accord::cli {
namespace {

using nlohmann::json;
using namespace accord::core;

int demoCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {QStringLiteral("seed"), QStringLiteral("prospects")}, {});
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("demo takes options only."));
    DemoOptions options;
    bool ok = true;
    options.seed = args.value(QStringLiteral("seed"), QStringLiteral("42")).toUInt(&ok);
    if (!ok)
        throw UsageError(Cli::tr("--seed must be a non-negative number."));
    options.prospects = args.value(QStringLiteral("prospects"), QStringLiteral("36")).toInt(&ok);
    if (!ok || options.prospects < 1 || options.prospects > 1'000'000)
        throw UsageError(Cli::tr("--prospects must be between 1 and 1000000."));
    options.now = ctx.clock().now();
    // The demo's owners are names; a team server's are its users' logins.
    if (ctx.isServer())
        throw StoreError(Cli::tr("On a team server every owner is a user: make the demo in "
                                 "a file and move it in with server push --owner-map "
                                 "(scripts/team-server.sh does both)."));

    Store& store = ctx.store();
    ProspectFilter everything;
    everything.trash = ProspectFilter::Trash::Include;
    const std::vector<ProspectBundle> bundles = makeDemoPipeline(options);
    qint64 done = 0;
    const qint64 total = static_cast<qint64>(bundles.size());
    const bool showProgress = total >= 1000;
    int existing = 0;
    // Counted inside the write transaction: two demos started at once on a new
    // file write it once, and the other one says so.
    store.transaction([&] {
        existing = store.prospects().count(everything);
        if (existing > 0)
            return;
        for (const ProspectBundle& b : bundles) {
            saveBundle(store, b);
            if (showProgress && (++done % 1000 == 0 || done == total))
                ctx.progress(Cli::tr("Writing the demo pipeline…"), done, total);
        }
    });
    if (existing > 0) {
        ctx.err() << "accord-cli demo: "
                  << Cli::tr("%1 already holds %2 prospects; the demo goes into an empty database "
                             "(use --db NEW_FILE).")
                         .arg(ctx.shownDb(), QString::number(existing))
                  << '\n';
        return kExitError;
    }
    std::size_t meetings = 0;
    for (const ProspectBundle& b : bundles)
        meetings += b.meetings.size();
    if (ctx.json())
        printJson(ctx, json{{"prospects", bundles.size()}, {"meetings", meetings}}.dump());
    else
        ctx.out() << Cli::tr("Made a demo pipeline in %1: %2 prospects, %3 meetings.")
                         .arg(ctx.shownDb(), QString::number(bundles.size()),
                              QString::number(meetings))
                  << '\n';
    return kExitOk;
}

int checkCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("check takes no arguments."));
    QStringList problems;
    try {
        problems = ctx.store().maintenance().integrityProblems();
    } catch (const DamagedStoreError& e) {
        // Damage found on opening, or the check itself stopped on it: a failed
        // check, not an error. Known by its type, never by its (translated) text.
        if (ctx.hasStore()) {
            // Under --json the problems are data: they stay in English.
            const char* damaged = QT_TRANSLATE_NOOP("accord::cli::Cli",
                                                    "%1 is damaged: %2 Restore it from a backup.");
            problems << (ctx.json() ? QString::fromUtf8(damaged) : Cli::tr(damaged))
                            .arg(ctx.dbPath(), e.message());
        } else
            problems << e.message();
    }
    if (ctx.json()) {
        json list = json::array();
        for (const QString& p : problems)
            list.push_back(p.toStdString());
        printJson(ctx, json{{"ok", problems.isEmpty()}, {"problems", list}}.dump(2));
    } else if (problems.isEmpty()) {
        ctx.out() << Cli::tr("%1: ok").arg(ctx.shownDb()) << '\n';
    } else {
        for (const QString& p : problems)
            ctx.err() << p << '\n';
    }
    return problems.isEmpty() ? kExitOk : kExitCheckFailed;
}

} // namespace

void registerAdminCommands(CommandRegistry& registry)
{
    Command demo{QStringLiteral("demo"), QStringLiteral("demo [--seed N] [--prospects N]"),
                 QT_TRANSLATE_NOOP("accord::cli::Cli",
                                   "Fill an empty database with a realistic demo pipeline."),
                 demoCommand};
    demo.createsDatabase = true;
    registry.add(demo);
    registry.add({QStringLiteral("check"), QStringLiteral("check [--json]"),
                  QT_TRANSLATE_NOOP(
                      "accord::cli::Cli",
                      "Check the database's integrity and foreign keys (exit 5 on a problem)."),
                  checkCommand});
}

} // namespace accord::cli
