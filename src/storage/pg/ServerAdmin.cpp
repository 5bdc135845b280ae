#include "ServerAdmin.h"

#include "Pg.h"

// Not yet written: every call refuses with one sentence.

namespace accord::storage::pg {

namespace {
core::StoreError pending()
{
    return core::StoreError(QStringLiteral("Team server users cannot be managed yet."));
}
} // namespace

void addUser(Connection&, const TeamUser&)
{
    throw pending();
}

void setUser(Connection&, const QString&, const std::optional<QString>&,
             const std::optional<QString>&, const std::optional<QString>&)
{
    throw pending();
}

std::vector<TeamUser> users(Connection&)
{
    throw pending();
}

std::optional<TeamUser> currentProfile(Connection&)
{
    throw pending();
}

} // namespace accord::storage::pg
