// accord-cli: the same store and core as the desktop app, for scripts and terminals.

#include "Cli.h"
#include "Version.h"
#include "core/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

using namespace accord;
using namespace accord::cli;

namespace {

void printHelp(QTextStream& out, const CommandRegistry& registry)
{
    //: The layout is kept: "Heading:" lines, and under Commands the usage line
    //: indented by two spaces with its summary under it indented by six.
    out << Cli::tr("Usage: %1\n       %2")
               .arg(QStringLiteral("accord-cli [--db LOCATION] [--json] [--verbose] COMMAND "
                                   "[ARGS…]"),
                    QStringLiteral("accord-cli --help | --version"))
        << "\n\n"
        << Cli::tr("Accord's partnership pipeline from the command line. LOCATION is a file\n"
                   "or a team server (postgresql://USER@HOST/DB or service=NAME). Without --db\n"
                   "the database is the desktop app's default: %1")
               .arg(defaultDatabasePath())
        << "\n\n"
        << Cli::tr("Commands:") << '\n';
    for (const auto& [name, cmd] : registry.all())
        out << "  " << cmd.usage << "\n      " << cmd.summaryText() << '\n';
    out << '\n'
        << Cli::tr("STAGE is 1–4 or informative, consulting, negotiation, partnership.\n"
                   "Dates are YYYY-MM-DD; times YYYY-MM-DD HH:MM (local) or ISO-8601 with Z.")
        << "\n\n"
        << Cli::tr("Global options: --db LOCATION (a file must exist, except for demo and\n"
                   "import; a server's password comes from ~/.pgpass, PGPASSWORD or a service "
                   "file),\n"
                   "--json, --verbose (log details such as SQL on stderr), --help (this text, or\n"
                   "a command's usage after the command), --version.")
        << "\n\n"
        << Cli::tr("Exit codes:") << '\n'
        << "  0  " << Cli::tr("done", "exit code") << '\n'
        << "  1  " << Cli::tr("error (bad input, unreadable file, database problem)") << '\n'
        << "  2  " << Cli::tr("usage (unknown command or option, missing argument)") << '\n'
        << "  3  " << Cli::tr("gate refused (the move needs --reason or is not allowed)") << '\n'
        << "  4  " << Cli::tr("not found (no prospect with that id)") << '\n'
        << "  5  " << Cli::tr("check failed (the database has integrity problems)") << '\n';
}

} // namespace

int main(int argc, char** argv)
{
    CommandRegistry registry;
    registerProspectCommands(registry);
    registerPipelineCommands(registry);
    registerAdminCommands(registry);
    registerReportCommands(registry);
    registerInformativeCommands(registry);
    registerConsultingCommands(registry);
    registerNegotiationCommands(registry);
    registerGateCommands(registry);
    registerExportCommands(registry);
    registerServerCommands(registry);
    registerContactCommands(registry);
    registerEditCommands(registry);
    registerCloseCommands(registry);
    registerActivityCommands(registry);
    registerAttachmentCommands(registry);

    // Global options may stand anywhere before "--".
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));
    QString dbPath;
    bool dbGiven = false;
    bool json = false;
    bool verbose = false;
    bool help = false;
    bool version = false;
    QStringList rest;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString& a = raw.at(i);
        if (a == u"--") {
            rest += raw.mid(i);
            break;
        }
        if (a == u"--db" && i + 1 < raw.size()) {
            dbPath = raw.at(++i);
            dbGiven = true;
        } else if (a.startsWith(u"--db=")) {
            dbPath = a.mid(5);
            dbGiven = true;
        } else if (a == u"--json")
            json = true;
        else if (a == u"--verbose" || a == u"-v")
            verbose = true;
        else if (a == u"--help" || a == u"-h")
            help = true;
        else if (a == u"--version")
            version = true;
        else if (a == u"--db") {
            std::fputs(qUtf8Printable(Cli::tr("accord-cli: option --db needs a path.") + u'\n'),
                       stderr);
            return kExitUsage;
        } else
            rest.append(a);
    }

    if (dbGiven && dbPath.trimmed().isEmpty()) {
        std::fputs(
            qUtf8Printable(Cli::tr("accord-cli: option --db needs a path (it was empty).") + u'\n'),
            stderr);
        return kExitUsage;
    }

    const QString commandName = rest.isEmpty() ? QString() : rest.takeFirst();
    const Command* command = registry.find(commandName);

    // PDF rendering needs QtGui's font machinery; everything else stays on QtCore.
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Accord"));
    QCoreApplication::setApplicationName(QStringLiteral("Accord"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    // Messages and help in the user's language (LANGUAGE, LC_ALL, LANG). What
    // --json prints is for scripts and never translated, so it runs in English.
    if (!json)
        core::installLanguage(core::resolveLanguage(QString()));
    // People read one sentence per error; the SQL behind it and other details
    // go to stderr only with --verbose.
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("accord.*=true")
                                             : QStringLiteral("accord.*=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (commandName == u"version" || (version && !help)) {
        out << "accord-cli " << QCoreApplication::applicationVersion() << '\n';
        return kExitOk;
    }
    if (commandName.isEmpty() || commandName == u"help" || (help && !command)) {
        printHelp(out, registry);
        return commandName.isEmpty() && !help ? kExitUsage : kExitOk;
    }
    if (!command) {
        err << Cli::tr("accord-cli: unknown command \"%1\". Run accord-cli --help for the list.")
                   .arg(commandName)
            << '\n';
        return kExitUsage;
    }
    if (help) {
        out << Cli::tr("Usage: %1").arg(QStringLiteral("accord-cli ") + command->usage) << '\n'
            << command->summaryText() << '\n';
        return kExitOk;
    }

    CliContext ctx(dbPath.isEmpty() ? defaultDatabasePath() : dbPath, json, out, err);
    ctx.setMayCreate(command->createsDatabase);
    try {
        const int code = command->run(ctx, rest);
        // Output that did not arrive (a full disk, a closed pipe) is a failure.
        ctx.flushOut();
        return code;
    } catch (const UsageError& e) {
        err << "accord-cli " << commandName << ": " << QString::fromStdString(e.what()) << '\n'
            << Cli::tr("Usage: %1").arg(QStringLiteral("accord-cli ") + command->usage) << '\n';
        return kExitUsage;
    } catch (const NotFoundError& e) {
        err << "accord-cli " << commandName << ": " << QString::fromStdString(e.what()) << '\n';
        return kExitNotFound;
    } catch (const core::ConflictError& e) {
        // Changed or removed by someone else between reading and writing: nothing was written.
        err << "accord-cli " << commandName << ": "
            << ctx.service().conflictSentence(e, core::PipelineService::Attempt::Edit) << '\n';
        return kExitError;
    } catch (const core::ValidationError& e) {
        err << "accord-cli " << commandName << ": " << e.message() << '\n';
        return kExitError;
    } catch (const core::StoreError& e) {
        err << "accord-cli " << commandName << ": " << e.message() << '\n';
        return kExitError;
    } catch (const std::exception& e) {
        err << "accord-cli " << commandName << ": " << QString::fromStdString(e.what()) << '\n';
        return kExitError;
    }
}
