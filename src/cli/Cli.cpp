#include "Cli.h"

#include "storage/Migrations.h"
#include "storage/StoreLocation.h"
#include "storage/pg/Pg.h"
#include "storage/pg/ServerAdmin.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdlib>

namespace accord::cli {

Args::Args(const QStringList& args, const QStringList& valued, const QStringList& flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == u"--") {
            m_positional += args.mid(i + 1);
            break;
        }
        if (!a.startsWith(u"--") || a.size() == 2) {
            m_positional.append(a);
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        if (valued.contains(name)) {
            if (hasInline) {
                m_values.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args.at(++i));
            } else {
                throw UsageError(Cli::tr("Option --%1 needs a value.").arg(name));
            }
        } else if (flags.contains(name) && !hasInline) {
            m_flags.append(name);
        } else {
            throw UsageError(Cli::tr("Unknown option --%1.").arg(name));
        }
    }
}

QString Args::value(const QString& name, const QString& fallback) const
{
    return m_values.contains(name) ? m_values.value(name) : fallback;
}

QStringList Args::values(const QString& name) const
{
    QStringList out = m_values.values(name);
    std::reverse(out.begin(), out.end()); // QMultiHash returns newest first
    return out;
}

CliContext::CliContext(QString dbPath, bool json, QTextStream& out, QTextStream& err)
    : m_dbPath(std::move(dbPath)), m_json(json), m_out(out), m_err(err)
{}

CliContext::~CliContext() = default;

core::Store& CliContext::store()
{
    if (!m_store) {
        const QFileInfo info(m_dbPath);
        if (!isServer() && !info.exists()) {
            // A mistyped path must not quietly become a new, empty pipeline.
            if (!m_mayCreate)
                throw core::StoreError(
                    Cli::tr("%1 does not exist (only demo and import create a database).")
                        .arg(QDir::toNativeSeparators(m_dbPath)));
            if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
                throw core::StoreError(
                    Cli::tr("Cannot create the folder %1.").arg(info.absolutePath()));
        }
        m_store = openStoreAt(m_dbPath);
    }
    return *m_store;
}

std::unique_ptr<core::Store> CliContext::openStoreAt(const QString& location)
{
    return storage::openStoreAt(location);
}

bool CliContext::isServer() const
{
    return storage::isServerLocation(m_dbPath);
}

QString CliContext::shownDb() const
{
    return isServer() ? storage::displayLocation(m_dbPath) : QDir::toNativeSeparators(m_dbPath);
}

storage::pg::Connection& CliContext::serverConnection()
{
    if (!isServer())
        throw UsageError(Cli::tr("This needs a team server (--db postgresql://USER@HOST/DB "
                                 "or --db service=NAME); %1 is a file.")
                             .arg(shownDb()));
    if (!m_server)
        m_server = storage::pg::Connection::open(m_dbPath);
    return *m_server;
}

QString CliContext::serverRole()
{
    if (!isServer())
        return {};
    if (!m_role) {
        const std::optional<storage::pg::TeamUser> me =
            storage::pg::currentProfile(serverConnection());
        m_role = me ? me->role : QString();
    }
    return *m_role;
}

int CliContext::newStoreSchemaVersion()
{
    return storage::latestVersion();
}

void CliContext::closeStore()
{
    m_workspace.reset();
    m_service.reset();
    m_store.reset();
    m_server.reset();
}

void CliContext::flushOut()
{
    m_out.flush();
    if (m_out.status() != QTextStream::Ok) {
        const QString why = m_out.device() ? m_out.device()->errorString() : QString();
        throw core::StoreError(Cli::tr("The output could not be written (%1).")
                                   .arg(why.isEmpty() ? Cli::tr("write error") : why));
    }
}

core::PipelineService& CliContext::service()
{
    if (!m_service) {
        m_service = std::make_unique<core::PipelineService>(store(), m_clock);
        m_service->setActor([this] { return userName(); });
    }
    return *m_service;
}

core::WorkspaceService& CliContext::workspace()
{
    if (!m_workspace)
        m_workspace = std::make_unique<core::WorkspaceService>(store(), m_clock);
    return *m_workspace;
}

QString CliContext::userName()
{
    // On a team server the server says who acts; a local setting never does.
    if (isServer())
        return store().userLogin();
    QString name = qEnvironmentVariable("ACCORD_USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = QStringLiteral("accord-cli");
    return name;
}

void CliContext::progress(const QString& what, qint64 done, qint64 total)
{
    m_err << '\r' << what << ' ' << done << '/' << total;
    if (done >= total)
        m_err << '\n';
    m_err.flush();
}

QString Command::summaryText() const
{
    const QString text = Cli::tr(summary);
    return summaryArg.isEmpty() ? text : text.arg(summaryArg);
}

const Command* CommandRegistry::find(const QString& name) const
{
    const auto it = m_commands.find(name);
    return it == m_commands.end() ? nullptr : &it->second;
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/accord.sqlite");
}

// Unqualified, so that lupdate reads the tr() calls below in accord::cli.
using core::Id;
using core::Stage;

Stage parseStageArg(const QString& text)
{
    if (const auto s = core::stageFromKey(text.trimmed()))
        return *s;
    throw UsageError(Cli::tr("Unknown stage \"%1\": use 1–4 or informative, consulting, "
                             "negotiation, partnership.")
                         .arg(text));
}

Id parseIdArg(const QString& text)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(Cli::tr("\"%1\" is not a prospect id (a positive number).").arg(text));
    return id;
}

void printJson(CliContext& ctx, const std::string& dumped)
{
    ctx.out() << QString::fromStdString(dumped) << '\n';
}

} // namespace accord::cli
