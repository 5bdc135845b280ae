#pragma once

// The team's users: each a PostgreSQL login role with an Accord profile (role
// and team), which the row-level security policies read.

#include <QString>

#include <optional>
#include <vector>

namespace accord::storage::pg {

class Connection;

struct TeamUser
{
    QString login;
    QString name;
    QString role; // rep, lead or admin
    QString team;
    bool operator==(const TeamUser&) const = default;
};

/// Creates the login role (LOGIN, no superuser, member of accord_member) and
/// its profile in one transaction. Throws ValidationError for a bad login,
/// role or team, StoreError when the role exists or the user may not.
void addUser(Connection& db, const TeamUser& user);
/// Changes a user's role, team or name (the unset ones stay).
void setUser(Connection& db, const QString& login, const std::optional<QString>& role,
             const std::optional<QString>& team, const std::optional<QString>& name = {});
/// Every user, by login.
std::vector<TeamUser> users(Connection& db);
/// The profile of the connected user; nullopt for the database owner.
std::optional<TeamUser> currentProfile(Connection& db);

} // namespace accord::storage::pg
