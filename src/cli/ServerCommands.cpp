// server init|add-user|users|set-user|push: setting up a team server, its
// schema and its users (docs/team-server.md). Run by the database's owner.

#include "Cli.h"
#include "ServerPush.h"

#include "storage/pg/Pg.h"
#include "storage/pg/PgSchema.h"
#include "storage/pg/ServerAdmin.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace accord::cli {
namespace {

using nlohmann::json;
namespace pg = accord::storage::pg;

const QStringList kRoles{QStringLiteral("rep"), QStringLiteral("lead"), QStringLiteral("admin")};

std::string utf8(const QString& s)
{
    return s.toStdString();
}

/// Checks --role: rep, lead or admin.
QString roleOption(const Args& args)
{
    QString role = args.value(QStringLiteral("role")).trimmed().toLower();
    if (!kRoles.contains(role))
        throw UsageError(Cli::tr("--role is rep, lead or admin (not \"%1\").")
                             .arg(args.value(QStringLiteral("role"))));
    return role;
}

/// The one LOGIN a user command names.
QString loginArg(const Args& args, const QString& command)
{
    if (args.positional().size() != 1)
        throw UsageError(Cli::tr("server %1 needs one LOGIN.").arg(command));
    return args.positional().constFirst().trimmed();
}

QString describe(const pg::TeamUser& u)
{
    QString text = QStringLiteral("%1 (%2").arg(u.login, u.role);
    if (!u.team.isEmpty())
        text += Cli::tr(", team %1").arg(u.team);
    if (!u.name.isEmpty())
        text += QStringLiteral(", %1").arg(u.name);
    return text + u')';
}

json userJson(const pg::TeamUser& u)
{
    return json{{"login", utf8(u.login)},
                {"name", utf8(u.name)},
                {"role", utf8(u.role)},
                {"team", utf8(u.team)}};
}

std::optional<pg::TeamUser> findUser(pg::Connection& db, const QString& login)
{
    for (const pg::TeamUser& u : pg::users(db))
        if (u.login == login)
            return u;
    return std::nullopt;
}

int serverInit(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("server init takes no arguments."));
    pg::Connection& db = ctx.serverConnection();
    const int before = pg::schemaVersion(db);
    const int reached = pg::initSchema(db);
    if (ctx.json()) {
        printJson(ctx, json{{"version", reached}, {"previous", before}}.dump());
    } else if (before == reached) {
        ctx.out() << Cli::tr("The team server %1 is up to date at schema version %2.")
                         .arg(ctx.shownDb(), QString::number(reached))
                  << '\n';
    } else if (before == 0) {
        ctx.out() << Cli::tr("Set up Accord's schema on %1: schema version %2.")
                         .arg(ctx.shownDb(), QString::number(reached))
                  << '\n';
    } else {
        ctx.out() << Cli::tr("Upgraded %1 from schema version %2 to %3.")
                         .arg(ctx.shownDb(), QString::number(before), QString::number(reached))
                  << '\n';
    }
    return kExitOk;
}

int serverAddUser(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {QStringLiteral("role"), QStringLiteral("team"), QStringLiteral("name")},
                    {});
    pg::TeamUser user;
    user.login = loginArg(args, QStringLiteral("add-user"));
    if (!args.has(QStringLiteral("role")))
        throw UsageError(Cli::tr("server add-user needs --role rep, lead or admin."));
    user.role = roleOption(args);
    user.team = args.value(QStringLiteral("team")).trimmed();
    if (user.team.isEmpty())
        throw UsageError(Cli::tr("server add-user needs --team TEAM (every user, an admin "
                                 "too, belongs to a team)."));
    user.name = args.value(QStringLiteral("name")).trimmed();
    pg::addUser(ctx.serverConnection(), user);
    if (ctx.json())
        printJson(ctx, userJson(user).dump());
    else
        ctx.out() << Cli::tr("Added %1. They connect as %2 with a password set by the database's "
                             "owner (docs/team-server.md).")
                         .arg(describe(user), user.login)
                  << '\n';
    return kExitOk;
}

int serverUsers(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {}, {});
    if (!args.positional().isEmpty())
        throw UsageError(Cli::tr("server users takes no arguments."));
    std::vector<pg::TeamUser> list = pg::users(ctx.serverConnection());
    std::sort(list.begin(), list.end(),
              [](const pg::TeamUser& a, const pg::TeamUser& b) { return a.login < b.login; });
    if (ctx.json()) {
        json out = json::array();
        for (const pg::TeamUser& u : list)
            out.push_back(userJson(u));
        printJson(ctx, out.dump(2));
        return kExitOk;
    }
    if (list.empty()) {
        ctx.out() << Cli::tr("No users yet: add them with server add-user.") << '\n';
        return kExitOk;
    }
    const QString loginHead = Cli::tr("LOGIN");
    const QString nameHead = Cli::tr("NAME");
    qsizetype loginWidth = loginHead.size();
    qsizetype nameWidth = nameHead.size();
    for (const pg::TeamUser& u : list) {
        loginWidth = std::max(loginWidth, u.login.size());
        nameWidth = std::max(nameWidth, u.name.size());
    }
    const auto row = [&](const QString& login, const QString& name, const QString& role,
                         const QString& team) {
        ctx.out() << login.leftJustified(loginWidth + 2) << name.leftJustified(nameWidth + 2)
                  << role.leftJustified(7) << team << '\n';
    };
    row(loginHead, nameHead, Cli::tr("ROLE"), Cli::tr("TEAM"));
    for (const pg::TeamUser& u : list)
        row(u.login, u.name, u.role, u.team);
    return kExitOk;
}

int serverSetUser(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, {QStringLiteral("role"), QStringLiteral("team"), QStringLiteral("name")},
                    {});
    const QString login = loginArg(args, QStringLiteral("set-user"));
    std::optional<QString> role;
    std::optional<QString> team;
    std::optional<QString> name;
    if (args.has(QStringLiteral("role")))
        role = roleOption(args);
    if (args.has(QStringLiteral("team")))
        team = args.value(QStringLiteral("team")).trimmed();
    if (args.has(QStringLiteral("name")))
        name = args.value(QStringLiteral("name")).trimmed();
    if (!role && !team && !name)
        throw UsageError(Cli::tr("Give what changes: --role, --team or --name."));
    pg::Connection& db = ctx.serverConnection();
    if (!findUser(db, login))
        throw NotFoundError(
            Cli::tr("%1 is not a user of this team server (see server users).").arg(login));
    pg::setUser(db, login, role, team, name);
    const std::optional<pg::TeamUser> now = findUser(db, login);
    if (!now)
        throw NotFoundError(Cli::tr("%1 is no longer a user of this team server.").arg(login));
    if (ctx.json())
        printJson(ctx, userJson(*now).dump());
    else
        ctx.out() << Cli::tr("Changed %1.").arg(describe(*now)) << '\n';
    return kExitOk;
}

int serverCommand(CliContext& ctx, const QStringList& argv)
{
    if (argv.isEmpty())
        throw UsageError(Cli::tr("server what? init, add-user, users, set-user or push."));
    const QString& what = argv.constFirst();
    const QStringList rest = argv.mid(1);
    if (!ctx.isServer())
        throw UsageError(Cli::tr("server commands need a team server (--db "
                                 "postgresql://USER@HOST/DB or --db service=NAME); %1 "
                                 "is a file.")
                             .arg(ctx.shownDb()));
    if (what == u"init")
        return serverInit(ctx, rest);
    if (what == u"add-user")
        return serverAddUser(ctx, rest);
    if (what == u"users")
        return serverUsers(ctx, rest);
    if (what == u"set-user")
        return serverSetUser(ctx, rest);
    if (what == u"push")
        return serverPush(ctx, rest);
    throw UsageError(Cli::tr("Unknown server command \"%1\": init, add-user, users, "
                             "set-user or push.")
                         .arg(what));
}

} // namespace

void registerServerCommands(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("server"),
         QStringLiteral("server init | users [--json]\n"
                        "  server add-user LOGIN --role rep|lead|admin --team TEAM [--name N]\n"
                        "  server set-user LOGIN [--role R] [--team T] [--name N]\n"
                        "  server push FILE.sqlite --owner-map \"Full Name=login,…\""),
         QT_TRANSLATE_NOOP(
             "accord::cli::Cli",
             "Set up a team server (--db postgresql://… or service=NAME): its schema, "
             "its users, and a local pipeline moved into it."),
         serverCommand});
}

} // namespace accord::cli
