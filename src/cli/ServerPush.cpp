// server push: moves a local pipeline (a file) into an empty team server in
// one transaction, the way a JSON backup is restored, with every owner's name
// mapped to a user's login. Nothing is written unless all of it can be.

#include "ServerPush.h"

#include "Cli.h"

#include "core/Bundle.h"
#include "core/StoreMaintenance.h"
#include "core/io/Backup.h"
#include "storage/SqliteStore.h"
#include "storage/StoreLocation.h"
#include "storage/pg/Pg.h"
#include "storage/pg/PgSchema.h"
#include "storage/pg/PgStore.h"
#include "storage/pg/ServerAdmin.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace accord::cli {
namespace {

using nlohmann::json;
using namespace accord::core;
namespace pg = accord::storage::pg;

/// Owner name as the file has it → login. The empty name stands for prospects
/// without an owner ("=dana").
using OwnerMap = std::map<QString, QString>;

OwnerMap parseOwnerMap(const QStringList& specs)
{
    OwnerMap map;
    for (const QString& spec : specs) {
        for (const QString& raw : spec.split(u',')) {
            const QString entry = raw.trimmed();
            if (entry.isEmpty())
                continue;
            const qsizetype eq = entry.lastIndexOf(u'=');
            if (eq < 0)
                throw UsageError(Cli::tr("--owner-map wants \"Full Name=login\" entries "
                                         "separated by commas, not \"%1\".")
                                     .arg(entry));
            const QString name = entry.left(eq).trimmed();
            const QString login = entry.mid(eq + 1).trimmed();
            if (login.isEmpty())
                throw UsageError(Cli::tr("--owner-map gives no login for \"%1\".").arg(name));
            const auto [it, added] = map.emplace(name, login);
            if (!added && it->second != login)
                throw UsageError(Cli::tr("--owner-map maps \"%1\" to both %2 and %3.")
                                     .arg(name, it->second, login));
        }
    }
    if (map.empty())
        throw UsageError(Cli::tr("server push needs --owner-map \"Full Name=login,…\"."));
    return map;
}

QString shownOwner(const QString& name)
{
    return name.isEmpty() ? Cli::tr("(no owner)") : QStringLiteral("\"%1\"").arg(name);
}

/// Owners become logins; who logged a meeting, moved a stage or ticked a
/// criterion becomes a login too where the name is one the map knows (it is
/// the same person), and stays as it was written otherwise.
void mapPeople(std::vector<ProspectBundle>& bundles, const OwnerMap& map)
{
    const auto mapped = [&map](QString& name) {
        if (name.isEmpty())
            return;
        if (const auto it = map.find(name); it != map.end())
            name = it->second;
    };
    for (ProspectBundle& b : bundles) {
        b.prospect.owner = map.at(b.prospect.owner);
        for (Meeting& m : b.meetings)
            mapped(m.loggedBy);
        for (StageChange& c : b.history)
            mapped(c.by);
        for (GateCheck& g : b.gateChecks)
            mapped(g.checkedBy);
    }
}

/// Reads the whole pipeline of a file, as a JSON backup of it would hold it.
BackupContents readFile(const QString& file)
{
    if (storage::isServerLocation(file))
        throw UsageError(Cli::tr("server push moves an Accord file into the team server; \"%1\" is "
                                 "not a file.")
                             .arg(storage::displayLocation(file)));
    if (!QFileInfo::exists(file))
        throw StoreError(Cli::tr("%1 does not exist.").arg(file));
    const std::unique_ptr<storage::SqliteStore> source = storage::SqliteStore::open(file);
    BackupContents contents = readBackup(*source, source->maintenance().schemaVersion());
    // The file's own identity (it names the file's daily backups) stays with it.
    if (contents.values)
        contents.values->erase(QString::fromLatin1(kPipelineIdKey));
    return contents;
}

/// Refuses the push, naming every owner the map has no login for, and every
/// login that is not a user of the server.
void checkMap(CliContext& ctx, const BackupContents& contents, const OwnerMap& map,
              const QString& file)
{
    std::set<QString> owners;
    for (const ProspectBundle& b : contents.prospects)
        owners.insert(b.prospect.owner);
    QStringList unmapped;
    for (const QString& owner : owners)
        if (!map.contains(owner))
            unmapped << shownOwner(owner);
    if (!unmapped.isEmpty())
        throw ValidationError(
            QStringLiteral("owner-map"),
            Cli::tr("--owner-map has no login for %1 owner(s) of %2: %3; nothing was "
                    "pushed.")
                .arg(unmapped.size())
                .arg(file, unmapped.join(QStringLiteral(", "))));

    std::set<QString> logins;
    for (const pg::TeamUser& u : pg::users(ctx.serverConnection()))
        logins.insert(u.login);
    QStringList unknown;
    for (const auto& [name, login] : map)
        if (!logins.contains(login) && !unknown.contains(login))
            unknown << login;
    if (!unknown.isEmpty())
        throw ValidationError(
            QStringLiteral("owner-map"),
            //: %1 lists logins; the count says whether it is one or several.
            Cli::tr("%1 (is/are) not a user of this team server (add users with server add-user); "
                    "nothing was pushed.",
                    nullptr, static_cast<int>(unknown.size()))
                .arg(unknown.join(QStringLiteral(", "))));
    for (const auto& [name, login] : map)
        if (!owners.contains(name))
            ctx.err()
                << Cli::tr("warning: no prospect of %1 is owned by %2.").arg(file, shownOwner(name))
                << '\n';
}

} // namespace

int serverPush(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {QStringLiteral("owner-map")}, {});
    if (args.positional().size() != 1)
        throw UsageError(Cli::tr("server push needs one FILE.sqlite."));
    const QString file = args.positional().constFirst();
    const OwnerMap map = parseOwnerMap(args.values(QStringLiteral("owner-map")));

    pg::Connection& db = ctx.serverConnection();
    pg::checkSchema(db);
    // A rep or a lead sees only their team: they could neither tell whether the
    // server is empty nor write the settings and gate criteria.
    if (const QString role = ctx.serverRole(); role == u"rep" || role == u"lead")
        throw StoreError(Cli::tr("%1 is a %2: server push is run by the database's owner "
                                 "or an admin; nothing was pushed.")
                             .arg(db.currentUser(), role));

    BackupContents contents = readFile(file);
    checkMap(ctx, contents, map, file);

    Store& server = ctx.store();
    ProspectFilter everything;
    everything.trash = ProspectFilter::Trash::Include;
    if (const int held = server.prospects().count(everything); held > 0)
        throw StoreError(Cli::tr("%1 already holds %2 prospect(s): server push moves a "
                                 "pipeline into an empty team server only; nothing was "
                                 "pushed.")
                             .arg(ctx.shownDb())
                             .arg(held));

    mapPeople(contents.prospects, map);
    const auto progress = [&ctx](int done, int total) {
        if (total >= 200 && (done % 100 == 0 || done == total))
            ctx.progress(Cli::tr("Pushing prospects…"), done, total);
    };
    // restoreBackup checks again, inside its transaction, that the server holds
    // no prospects, then writes everything or nothing.
    const auto write = [&] { restoreBackup(server, contents, progress); };
    if (auto* pgStore = dynamic_cast<pg::PgStore*>(&server))
        pgStore->bulkLoad(write); // one transaction, without a notification per row
    else
        write();

    std::size_t meetings = 0;
    for (const ProspectBundle& b : contents.prospects)
        meetings += b.meetings.size();
    if (ctx.json()) {
        json owners = json::object();
        for (const auto& [name, login] : map)
            owners[name.toStdString()] = login.toStdString();
        printJson(ctx, json{{"prospects", contents.prospects.size()},
                            {"meetings", meetings},
                            {"owners", owners}}
                           .dump(2));
    } else {
        ctx.out() << Cli::tr("Pushed %1 prospect(s) and %2 meeting(s) from %3 into %4.")
                         .arg(QString::number(contents.prospects.size()), QString::number(meetings),
                              file, ctx.shownDb())
                  << '\n';
    }
    return kExitOk;
}

} // namespace accord::cli
