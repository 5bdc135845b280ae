#include "ServerAdmin.h"

#include "Pg.h"
#include "PgSchema.h"

#include <QRegularExpression>

#include <libpq-fe.h>

#include <memory>

namespace accord::storage::pg {

namespace {

const QStringList& teamRoles()
{
    static const QStringList roles{QStringLiteral("rep"), QStringLiteral("lead"),
                                   QStringLiteral("admin")};
    return roles;
}

void validateLogin(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!pattern.match(login).hasMatch())
        throw core::ValidationError(
            QStringLiteral("login"),
            QStringLiteral("A login is 1 to 63 lower-case letters, digits or underscores, not "
                           "starting with a digit: “%1” is not one.")
                .arg(login));
    // Names PostgreSQL keeps for itself, and Accord's own group role.
    static const QStringList reserved{
        QStringLiteral("public"),       QStringLiteral("none"),
        QStringLiteral("current_role"), QStringLiteral("current_user"),
        QStringLiteral("session_user"), QStringLiteral("accord_member")};
    if (login.startsWith(QLatin1String("pg_")) || reserved.contains(login))
        throw core::ValidationError(
            QStringLiteral("login"),
            QStringLiteral("“%1” is a name the server keeps for itself; choose another login.")
                .arg(login));
}

void validateRole(const QString& role)
{
    if (!teamRoles().contains(role))
        throw core::ValidationError(
            QStringLiteral("role"),
            QStringLiteral("A user's role is rep, lead or admin, not “%1”.").arg(role));
}

void validateTeam(const QString& team)
{
    if (team.trimmed().isEmpty())
        throw core::ValidationError(QStringLiteral("team"),
                                    QStringLiteral("Every user belongs to a team: name it."));
}

// The login as an SQL identifier, quoted by libpq.
std::string quotedIdentifier(Connection& db, const QString& login)
{
    const QByteArray utf8 = login.toUtf8();
    const std::unique_ptr<char, decltype(&PQfreemem)> quoted(
        PQescapeIdentifier(db.handle(), utf8.constData(), static_cast<size_t>(utf8.size())),
        &PQfreemem);
    if (!quoted)
        throwPgError(db.handle(), nullptr);
    return quoted.get();
}

// Adding a login role needs CREATEROLE (or a superuser); say so before trying.
void requireRoleMaker(Connection& db)
{
    if (db.queryInt("SELECT (rolsuper OR rolcreaterole)::int FROM pg_roles "
                    "WHERE rolname = current_user") != 0)
        return;
    throw core::StoreError(QStringLiteral("Only a user who may create roles on the server (such "
                                          "as the database's owner) can add Accord users."));
}

TeamUser readUser(const Statement& st)
{
    return TeamUser{st.text(0), st.text(1), st.text(2), st.text(3)};
}

} // namespace

void addUser(Connection& db, const TeamUser& user)
{
    TeamUser u = user;
    u.name = u.name.trimmed();
    u.team = u.team.trimmed();
    validateLogin(u.login);
    validateRole(u.role);
    validateTeam(u.team);
    checkSchema(db);
    requireRoleMaker(db);

    Transaction tx(db);
    Statement exists = db.prepare("SELECT 1 FROM pg_roles WHERE rolname = ?1::text");
    exists.bind(1, u.login);
    if (exists.step())
        throw core::StoreError(
            QStringLiteral("The server already has a role named %1; choose another login.")
                .arg(u.login));
    exists.reset();
    const std::string role = quotedIdentifier(db, u.login);
    db.exec("CREATE ROLE " + role +
            " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
    db.exec("GRANT accord_member TO " + role);
    Statement insert =
        db.prepare("INSERT INTO accord_user(login, name, role, team) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, u.login).bind(2, u.name).bind(3, u.role).bind(4, u.team);
    insert.run();
    tx.commit();
}

void setUser(Connection& db, const QString& login, const std::optional<QString>& role,
             const std::optional<QString>& team, const std::optional<QString>& name)
{
    if (role)
        validateRole(*role);
    if (team)
        validateTeam(*team);
    checkSchema(db);
    Statement st = db.prepare("UPDATE accord_user SET role = coalesce(?2::text, role), "
                              "team = coalesce(?3::text, team), name = coalesce(?4::text, name) "
                              "WHERE login = ?1::text");
    st.bind(1, login);
    if (role)
        st.bind(2, *role);
    else
        st.bindNull(2);
    if (team)
        st.bind(3, team->trimmed());
    else
        st.bindNull(3);
    if (name)
        st.bind(4, name->trimmed());
    else
        st.bindNull(4);
    st.run();
    if (st.affected() == 0)
        throw core::StoreError(
            QStringLiteral("The team server has no Accord user %1; add them first.").arg(login));
}

std::vector<TeamUser> users(Connection& db)
{
    checkSchema(db);
    Statement st =
        db.prepare("SELECT login, name, role, team FROM accord_user ORDER BY login COLLATE \"C\"");
    return readAll(st, readUser);
}

std::optional<TeamUser> currentProfile(Connection& db)
{
    Statement st =
        db.prepare("SELECT login, name, role, team FROM accord_user WHERE login = current_user");
    if (!st.step())
        return std::nullopt;
    return readUser(st);
}

} // namespace accord::storage::pg
