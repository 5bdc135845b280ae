// export summary|pipeline|ics|backup, import csv|backup, backup -o FILE.sqlite,
// backup --rotate (docs/cli.md). Every file goes through QSaveFile; bad input exits 1 and
// writes nothing.

#include "CommandArgs.h"

#include "core/Bundle.h"
#include "core/FileSlug.h"
#include "core/PipelineSettings.h"
#include "core/StoreMaintenance.h"
#include "core/io/Backup.h"
#include "core/io/CrmImport.h"
#include "core/io/DailyBackups.h"
#include "core/io/FileIo.h"
#include "core/io/Ics.h"
#include "core/io/PipelineCsv.h"
#include "core/io/Summary.h"
#include "report/SummaryPdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace accord::cli {
namespace {

using namespace accord::core;

// Args reads only long options: "-o X" is "--output X".
QStringList expandShort(QStringList argv)
{
    for (QString& a : argv)
        if (a == u"-o")
            a = QStringLiteral("--output");
    return argv;
}

/// The schema a JSON backup names: the file's. A team server holds the tables
/// of the file's latest schema, whatever the count of its own set-up steps.
int schemaOf(CliContext& ctx)
{
    return ctx.isServer() ? CliContext::newStoreSchemaVersion()
                          : ctx.store().maintenance().schemaVersion();
}

/// The open store's maintenance, refused when it cannot copy itself into a file.
StoreMaintenance& copyable(CliContext& ctx)
{
    StoreMaintenance& maintenance = ctx.store().maintenance();
    if (!maintenance.canCopyToFile())
        throw StoreError(ctx.isServer()
                             ? Cli::tr("A team server is not copied into a file: back it "
                                       "up with pg_dump or export backup -o FILE.json.")
                             : Cli::tr("This store cannot make a SQLite backup."));
    return maintenance;
}

/// Writes to `path`, or to stdout for "-" / no path.
void writeOutput(CliContext& ctx, const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty() || path == u"-") {
        ctx.out() << QString::fromUtf8(bytes);
        ctx.flushOut();
        return;
    }
    writeFileAtomically(path, bytes);
}

ProspectFilter filterFrom(const Args& args)
{
    ProspectFilter f = filterOptions(args);
    if (args.flag(QStringLiteral("include-trash")))
        f.trash = ProspectFilter::Trash::Include;
    return f;
}

std::vector<ProspectRow> allRows(Store& store, const ProspectFilter& filter)
{
    const int total = store.prospects().count(filter);
    return store.prospects().rows(filter, ProspectSort::Name, true, total + 1, 0);
}

// ---- export summary ----------------------------------------------------------

int exportSummary(CliContext& ctx, const Args& args, const QStringList& ids)
{
    QString format = args.value(QStringLiteral("format")).toLower();
    const QString output = args.value(QStringLiteral("output"));
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(output).suffix().toLower();
        format = suffix == u"markdown" ? QStringLiteral("md") : suffix;
        if (!QStringList{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("md"),
                         QStringLiteral("json")}
                 .contains(format))
            format = QStringLiteral("pdf");
    }
    if (format == u"htm")
        format = QStringLiteral("html");
    if (!QStringList{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("md"),
                     QStringLiteral("json")}
             .contains(format))
        throw UsageError(Cli::tr("Unknown format \"%1\": use pdf, html, md or json.").arg(format));

    Store& store = ctx.store();
    std::vector<Id> wanted;
    if (args.flag(QStringLiteral("all"))) {
        for (const ProspectRow& r : allRows(store, filterFrom(args)))
            wanted.push_back(r.prospect.id);
    }
    for (const QString& id : ids)
        wanted.push_back(parseIdArg(id));
    if (wanted.empty())
        throw UsageError(Cli::tr("Name at least one prospect id (or --all)."));

    const bool toDir = wanted.size() > 1 || QFileInfo(output).isDir() || output.endsWith(u'/');
    if (output.isEmpty() && (toDir || format == u"pdf"))
        throw UsageError(Cli::tr("Give -o FILE (one prospect) or -o DIR (several)."));
    if (toDir && !QDir().mkpath(output))
        throw StoreError(Cli::tr("Cannot create the folder %1.").arg(output));

    SummaryOptions options;
    if (args.has(QStringLiteral("audience"))) {
        const QString key = args.value(QStringLiteral("audience")).toLower();
        const auto audience = summaryAudienceFromKey(key);
        if (!audience)
            throw UsageError(
                Cli::tr("Unknown audience \"%1\": use internal or customer.").arg(key));
        options.audience = *audience;
    }
    options.now = ctx.clock().now();
    options.criteria = store.gates().criteria();
    const qint64 total = static_cast<qint64>(wanted.size());
    qint64 done = 0;
    for (Id id : wanted) {
        const auto bundle = loadBundle(store, id);
        if (!bundle) {
            ctx.err() << "accord-cli export: " << Cli::tr("no prospect with id %1.").arg(id)
                      << '\n';
            return kExitNotFound;
        }
        QByteArray bytes;
        if (format == u"json") {
            bytes = QByteArray::fromStdString(summaryJson(*bundle, options).dump(2) + '\n');
        } else {
            const SummaryDocument doc = buildSummary(*bundle, options);
            if (format == u"pdf")
                bytes = report::summaryPdf(doc, report::SummaryPdfOptions{options.locale, {}});
            else if (format == u"html")
                bytes = summaryHtml(doc).toUtf8();
            else
                bytes = summaryMarkdown(doc).toUtf8();
        }
        const QString path =
            toDir ? QDir(output).filePath(QStringLiteral("%1-%2.%3")
                                              .arg(id)
                                              .arg(fileSlug(bundle->prospect.name), format))
                  : output;
        writeOutput(ctx, path, bytes);
        ++done;
        if (total > 1)
            ctx.progress(Cli::tr("Writing summaries…"), done, total);
    }
    return kExitOk;
}

// ---- export pipeline / ics / backup ------------------------------------------

int exportPipeline(CliContext& ctx, const Args& args)
{
    const auto rows = allRows(ctx.store(), filterFrom(args));
    CsvWriteOptions options;
    options.byteOrderMark = args.flag(QStringLiteral("bom"));
    writeOutput(ctx, args.value(QStringLiteral("output")),
                pipelineCsv(rows, ctx.clock().now(), options));
    if (!args.value(QStringLiteral("output")).isEmpty() &&
        args.value(QStringLiteral("output")) != u"-")
        ctx.err() << Cli::tr("Wrote %1 prospect(s) to %2.")
                         .arg(QString::number(rows.size()), args.value(QStringLiteral("output")))
                  << '\n';
    return kExitOk;
}

int exportIcs(CliContext& ctx, const Args& args)
{
    Store& store = ctx.store();
    std::vector<Prospect> prospects;
    for (const ProspectRow& r : allRows(store, filterFrom(args)))
        prospects.push_back(r.prospect);
    std::vector<Meeting> meetings;
    std::vector<Activity> activities;
    for (const Prospect& p : prospects) {
        auto list = store.meetings().forProspect(p.id);
        meetings.insert(meetings.end(), list.begin(), list.end());
        for (Activity& a : store.activities().forProspect(p.id))
            if (a.isOpen())
                activities.push_back(std::move(a));
    }
    IcsOptions options;
    options.stamp = ctx.clock().now();
    options.activitiesAsTodos = args.flag(QStringLiteral("todos"));
    writeOutput(ctx, args.value(QStringLiteral("output")),
                calendarIcs(prospects, meetings, activities, options));
    return kExitOk;
}

int exportBackup(CliContext& ctx, const Args& args)
{
    const QString output = args.value(QStringLiteral("output"));
    if (output.isEmpty())
        throw UsageError(Cli::tr("Give -o FILE.json."));
    const QByteArray bytes = backupJson(ctx.store(), schemaOf(ctx), [&ctx](int done, int total) {
        if (total >= 200 && (done % 100 == 0 || done == total))
            ctx.progress(Cli::tr("Reading prospects…"), done, total);
    });
    writeOutput(ctx, output, bytes);
    return kExitOk;
}

int exportCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(expandShort(argv),
                    {QStringLiteral("output"), QStringLiteral("format"), QStringLiteral("stage"),
                     QStringLiteral("status"), QStringLiteral("owner"), QStringLiteral("industry"),
                     QStringLiteral("tag"), QStringLiteral("text"), QStringLiteral("audience")},
                    {QStringLiteral("all"), QStringLiteral("include-trash"),
                     QStringLiteral("todos"), QStringLiteral("bom")});
    QStringList rest = args.positional();
    const QString what = rest.isEmpty() ? QString() : rest.takeFirst();
    if (what == u"summary")
        return exportSummary(ctx, args, rest);
    if (!rest.isEmpty())
        throw UsageError(Cli::tr("Unexpected argument \"%1\".").arg(rest.first()));
    if (what == u"pipeline")
        return exportPipeline(ctx, args);
    if (what == u"ics" || what == u"calendar")
        return exportIcs(ctx, args);
    if (what == u"backup")
        return exportBackup(ctx, args);
    throw UsageError(Cli::tr("Export what? summary, pipeline, ics or backup."));
}

// ---- import ----------------------------------------------------------------------

nlohmann::json reportJson(const ImportReport& r, bool dryRun, const ColumnMapping& mapping)
{
    nlohmann::json warnings = nlohmann::json::array();
    for (const QString& w : r.warnings)
        warnings.push_back(w.toStdString());
    nlohmann::json map = nlohmann::json::object();
    for (const auto& [field, header] : mapping.columns)
        map[importFieldKey(field).toStdString()] = header.toStdString();
    return {{"dry_run", dryRun},
            {"rows", r.rows},
            {"prospects", r.prospects},
            {"contacts", r.contacts},
            {"notes", r.notes},
            {"skipped_rows", r.skippedRows},
            {"unknown_stages", r.unknownStages},
            {"warnings", warnings},
            {"mapping", map}};
}

/// How a CSV file's separator is named in the output.
QString separatorName(char separator)
{
    if (separator == ';')
        return QStringLiteral("semicolon");
    if (separator == '\t')
        return QStringLiteral("tab");
    return QStringLiteral("comma");
}

int importCsv(CliContext& ctx, const Args& args, const QString& file)
{
    const CsvTable table = readCsv(readWholeFile(file));
    CsvImportOptions options;
    options.mapping = guessMapping(table.header);
    if (args.has(QStringLiteral("map")))
        options.mapping =
            applyMappingSpec(args.value(QStringLiteral("map")), table.header, options.mapping);
    options.now = ctx.clock().now();
    // A dry run on a file that does not exist yet creates none: the default reasons then.
    if (ctx.isServer() || QFileInfo::exists(ctx.dbPath()) || !args.flag(QStringLiteral("dry-run")))
        options.reasons = PipelineSettings::load(ctx.store().settings()).reasons;
    if (args.has(QStringLiteral("date-format"))) {
        const auto order = dateOrderFromKey(args.value(QStringLiteral("date-format")));
        if (!order)
            throw UsageError(Cli::tr("Unknown date format \"%1\": use DMY, MDY or YMD.")
                                 .arg(args.value(QStringLiteral("date-format"))));
        options.dateOrder = *order;
    }
    options.defaultOwner = args.value(QStringLiteral("owner"), ctx.userName());
    if (args.has(QStringLiteral("currency")))
        options.defaultCurrency = args.value(QStringLiteral("currency")).toUpper();
    for (const QString& entry : args.values(QStringLiteral("stage-map"))) {
        // --stage-map "Discovery Call=2"
        const qsizetype eq = entry.lastIndexOf(u'=');
        if (eq <= 0)
            throw UsageError(Cli::tr("--stage-map wants VALUE=STAGE, e.g. \"Discovery=2\"."));
        const QString target = entry.mid(eq + 1).trimmed();
        ValueMeaning meaning;
        if (const auto st = statusFromKey(target))
            meaning.status = st;
        else
            meaning.stage = parseStageArg(target);
        options.values.set(entry.left(eq), meaning);
    }
    const CsvImportPlan plan = planCsvImport(table, options);
    const bool dryRun = args.flag(QStringLiteral("dry-run"));
    if (!dryRun)
        applyImport(ctx.store(), plan);
    if (ctx.json()) {
        nlohmann::json j = reportJson(plan.report, dryRun, options.mapping);
        j["separator"] = separatorName(table.separator).toStdString();
        j["date_format"] = dateOrderKey(plan.report.dateOrder).toStdString();
        j["merged_deals"] = plan.report.mergedDeals;
        printJson(ctx, j.dump(2));
    } else {
        ctx.out() << Cli::tr("Columns (%1-separated): %2")
                         .arg(separatorName(table.separator), options.mapping.toSpec())
                  << '\n';
        for (const QString& w : plan.report.warnings)
            ctx.out() << Cli::tr("warning: %1").arg(w) << '\n';
        ctx.out() << plan.report.text(dryRun) << '\n';
    }
    return kExitOk;
}

int importBackup(CliContext& ctx, const QString& file)
{
    const auto progress = [&ctx](int done, int total) {
        if (total >= 200 && (done % 100 == 0 || done == total))
            ctx.progress(Cli::tr("Restoring prospects…"), done, total);
    };
    BackupContents contents;
    if (!ctx.isServer() && !QFileInfo::exists(ctx.dbPath())) {
        // Into a new file: built aside and moved into place only if nobody made
        // the file meanwhile; a failure never removes a file of someone else's.
        contents = parseBackup(readWholeFile(file), CliContext::newStoreSchemaVersion());
        restoreBackupIntoNewFile(ctx.dbPath(), contents, &CliContext::openStoreAt, progress);
    } else {
        Store& store = ctx.store();
        contents = parseBackup(readWholeFile(file), schemaOf(ctx));
        restoreBackup(store, contents, progress);
    }
    ctx.out() << Cli::tr("Restored %1 prospect(s) into %2.")
                     .arg(QString::number(contents.prospects.size()), ctx.shownDb())
              << '\n';
    return kExitOk;
}

int importCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv,
                    {QStringLiteral("map"), QStringLiteral("owner"), QStringLiteral("currency"),
                     QStringLiteral("stage-map"), QStringLiteral("date-format")},
                    {QStringLiteral("dry-run")});
    const QStringList& rest = args.positional();
    if (rest.size() != 2)
        throw UsageError(Cli::tr("Use: import csv FILE or import backup FILE.json."));
    if (rest[0] == u"csv")
        return importCsv(ctx, args, rest[1]);
    if (rest[0] == u"backup")
        return importBackup(ctx, rest[1]);
    throw UsageError(Cli::tr("Import what? csv or backup."));
}

// ---- backup (SQLite copy) --------------------------------------------------------

/// backup --rotate: today's copy under the stored policy, for cron.
int rotateBackupsCommand(CliContext& ctx)
{
    using nlohmann::json;
    // A mistyped --db in a crontab must not quietly create an empty pipeline.
    if (!ctx.isServer() && !QFileInfo::exists(ctx.dbPath()))
        throw StoreError(Cli::tr("%1 does not exist.").arg(ctx.dbPath()));
    copyable(ctx);
    Store& store = ctx.store();
    const BackupPolicy policy = backupPolicy(store.settings(), ctx.dbPath());
    const BackupRotation r = rotateBackupsIfDue(store, ctx.clock());
    if (ctx.json()) {
        json removed = json::array();
        for (const QString& file : r.removed)
            removed.push_back(file.toStdString());
        printJson(ctx, json{{"enabled", policy.enabled},
                            {"folder", policy.folder.toStdString()},
                            {"keep", policy.keep},
                            {"written",
                             r.written.isEmpty() ? json(nullptr) : json(r.written.toStdString())},
                            {"removed", removed}}
                           .dump(2));
        return kExitOk;
    }
    if (!policy.enabled) {
        ctx.out() << Cli::tr("Automatic backups are off for %1 (turn them on in Settings).")
                         .arg(ctx.dbPath())
                  << '\n';
        return kExitOk;
    }
    if (r.written.isEmpty())
        ctx.out() << Cli::tr("Today's backup already exists in %1.").arg(policy.folder) << '\n';
    else
        ctx.out() << Cli::tr("Backed up %1 to %2.").arg(ctx.dbPath(), r.written) << '\n';
    for (const QString& file : r.removed)
        ctx.out() << Cli::tr("Removed %1.").arg(file) << '\n';
    return kExitOk;
}

int backupCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(expandShort(argv), {QStringLiteral("output")}, {QStringLiteral("rotate")});
    const QString output = args.value(QStringLiteral("output"));
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("Give -o FILE.sqlite or --rotate."));
    if (args.flag(QStringLiteral("rotate"))) {
        if (args.has(QStringLiteral("output")))
            throw UsageError(Cli::tr("Give either -o FILE.sqlite or --rotate, not both."));
        return rotateBackupsCommand(ctx);
    }
    if (output.isEmpty())
        throw UsageError(Cli::tr("Give -o FILE.sqlite or --rotate."));
    copyable(ctx).copyToFile(output);
    ctx.out() << Cli::tr("Backed up %1 to %2.").arg(ctx.dbPath(), output) << '\n';
    return kExitOk;
}

} // namespace

void registerExportCommands(CommandRegistry& registry)
{
    Command exportCmd{
        QStringLiteral("export"),
        QStringLiteral("export summary ID… | --all [--format pdf|html|md|json] "
                       "[--audience internal|customer] -o FILE_OR_DIR\n"
                       "  export pipeline [-o FILE.csv] [--stage S] [--status S] [--owner O] "
                       "[--industry I] [--tag T] [--text T] [--include-trash] [--bom]\n"
                       "  export ics [-o FILE.ics] [--todos] [filters]\n"
                       "  export backup -o FILE.json"),
        QT_TRANSLATE_NOOP(
            "accord::cli::Cli",
            "Write prospect summaries, the pipeline as CSV, a calendar, or a JSON backup."),
        exportCommand};
    exportCmd.needsGui = true; // summary PDFs
    registry.add(exportCmd);
    Command importCmd{
        QStringLiteral("import"),
        QStringLiteral("import csv FILE [--map \"field=Header,…\"] [--stage-map "
                       "\"Value=STAGE\"]… [--owner O] [--currency C] "
                       "[--date-format DMY|MDY|YMD] [--dry-run]\n"
                       "  import backup FILE.json   (into an empty database)"),
        QT_TRANSLATE_NOOP("accord::cli::Cli",
                          "Import prospects from another tool's CSV, or restore a JSON backup."),
        importCommand};
    importCmd.createsDatabase = true; // into a new file
    registry.add(importCmd);
    registry.add({QStringLiteral("backup"),
                  QStringLiteral(
                      "backup -o FILE.sqlite\n"
                      "  backup --rotate [--json]   (today's copy in the backup folder, for cron)"),
                  QT_TRANSLATE_NOOP(
                      "accord::cli::Cli",
                      "Copy the database with SQLite's online backup (safe while the app runs), "
                      "or make today's rotating copy."),
                  backupCommand});
}

} // namespace accord::cli
