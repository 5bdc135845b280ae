#pragma once

// accord-cli's shared pieces: the context every command gets (the store, the
// output streams, --json), a tiny argument reader, and the command registry.
// Each command group lives in its own file and registers itself from main.cpp.

#include "CliText.h"
#include "core/Clock.h"
#include "core/PipelineService.h"
#include "core/Store.h"
#include "core/WorkspaceService.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace accord::storage::pg {
class Connection;
}

namespace accord::cli {

/// Exit codes, documented in --help and docs/cli.md.
enum ExitCode {
    kExitOk = 0,
    kExitError = 1,       // the command could not be done (bad input, bad file, store error)
    kExitUsage = 2,       // the command line itself is wrong
    kExitGateRefused = 3, // a stage move needs a reason or is not allowed
    kExitNotFound = 4,    // no prospect (or item) with that id
    kExitCheckFailed = 5, // `check` found a problem in the database
};

/// Reads `--name value`, `--name=value` and `--flag` options and positionals.
class Args
{
public:
    /// `valued` lists options that take a value, `flags` those that do not.
    /// Throws UsageError for an unknown option or a missing value.
    Args(const QStringList& args, const QStringList& valued, const QStringList& flags);
    const QStringList& positional() const { return m_positional; }
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const;
    QStringList values(const QString& name) const; // repeated options
    bool flag(const QString& name) const { return m_flags.contains(name); }

private:
    QStringList m_positional;
    QMultiHash<QString, QString> m_values;
    QStringList m_flags;
};

class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString& message) : std::runtime_error(message.toStdString()) {}
};

/// What the command line names is not there (no prospect, meeting, contact
/// with that id): the message says so, the exit code is kExitNotFound.
class NotFoundError : public std::runtime_error
{
public:
    explicit NotFoundError(const QString& message) : std::runtime_error(message.toStdString()) {}
};

/// What every command gets.
class CliContext
{
public:
    CliContext(QString dbPath, bool json, QTextStream& out, QTextStream& err);
    ~CliContext();

    /// Opens the database on first use: a file, or a team server when --db is
    /// a server location. A missing file is an error naming it, unless the
    /// command may create one (setMayCreate).
    core::Store& store();
    /// Whether --db names a team server (a postgresql:// URI, service=NAME …).
    bool isServer() const;
    /// The team server's connection for its administration (users, schema),
    /// opened on first use. Throws UsageError with one sentence for a file.
    storage::pg::Connection& serverConnection();
    /// The role of the server's user (rep, lead, admin); empty for a file and
    /// for the database's owner, who has no Accord profile.
    QString serverRole();
    void setMayCreate(bool may) { m_mayCreate = may; }
    /// Whether store() has opened the database.
    bool hasStore() const { return m_store != nullptr; }
    /// Opens (creating, for a file) the store at another location.
    static std::unique_ptr<core::Store> openStoreAt(const QString& location);
    /// The schema version of a database that openStoreAt() creates.
    static int newStoreSchemaVersion();
    /// Closes the store (e.g. before removing a file it created).
    void closeStore();
    /// Flushes out(); throws core::StoreError when the output could not be written.
    void flushOut();
    core::PipelineService& service();
    core::WorkspaceService& workspace();
    const core::Clock& clock() const { return m_clock; }
    const QString& dbPath() const { return m_dbPath; }
    /// --db as it may be shown: a server location without its password.
    QString shownDb() const;
    bool json() const { return m_json; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    /// Who is acting: on a team server the login it knows the user by; for a
    /// file $ACCORD_USER, else the OS user name.
    QString userName();
    /// Prints one-line progress on stderr ("Writing summaries… 120/1000").
    void progress(const QString& what, qint64 done, qint64 total);

private:
    QString m_dbPath;
    bool m_json;
    bool m_mayCreate = false;
    QTextStream& m_out;
    QTextStream& m_err;
    core::SystemClock m_clock;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<core::PipelineService> m_service;
    std::unique_ptr<core::WorkspaceService> m_workspace;
    std::unique_ptr<storage::pg::Connection> m_server;
    std::optional<QString> m_role;
};

struct Command
{
    QString name;
    QString usage; // "list [--stage S] [--owner O] [--status S] [--json]"
    /// One line for --help, untranslated: registered with
    /// QT_TRANSLATE_NOOP("accord::cli::Cli", …) and shown by summaryText().
    const char* summary = "";
    std::function<int(CliContext&, const QStringList&)> run;
    bool needsGui = false; // renders with QtGui (PDF): runs under an offscreen QGuiApplication
    bool createsDatabase = false; // may create a missing --db file (demo, import)
    QString summaryArg = {};      // fills %1 of the summary when it has one

    /// The summary in the language of the translation loaded.
    QString summaryText() const;
};

class CommandRegistry
{
public:
    void add(Command c) { m_commands.emplace(c.name, std::move(c)); }
    const Command* find(const QString& name) const;
    const std::map<QString, Command>& all() const { return m_commands; }

private:
    std::map<QString, Command> m_commands;
};

// Shared helpers for commands.
QString defaultDatabasePath();
core::Stage parseStageArg(const QString& text); // throws UsageError
core::Id parseIdArg(const QString& text);       // throws UsageError
void printJson(CliContext& ctx, const std::string& dumped);

// Command groups (one file each).
void registerProspectCommands(CommandRegistry& registry);
void registerAdminCommands(CommandRegistry& registry);
void registerReportCommands(CommandRegistry& registry);
void registerPipelineCommands(CommandRegistry& registry);
void registerInformativeCommands(CommandRegistry& registry);
void registerConsultingCommands(CommandRegistry& registry);
void registerNegotiationCommands(CommandRegistry& registry);
void registerGateCommands(CommandRegistry& registry);
void registerExportCommands(CommandRegistry& registry);
void registerServerCommands(CommandRegistry& registry);
void registerContactCommands(CommandRegistry& registry);
void registerEditCommands(CommandRegistry& registry);
void registerCloseCommands(CommandRegistry& registry);
void registerActivityCommands(CommandRegistry& registry);
void registerAttachmentCommands(CommandRegistry& registry);

} // namespace accord::cli
