#include "StoreLocation.h"

#include "SqliteStore.h"
#include "pg/Pg.h"
#include "pg/PgStore.h"

namespace accord::storage {

bool isServerLocation(const QString& location)
{
    return pg::isServerLocation(location);
}

QString displayLocation(const QString& location)
{
    return isServerLocation(location) ? pg::withoutPassword(location) : location;
}

std::unique_ptr<core::Store> openStoreAt(const QString& location, const core::Clock* clock)
{
    if (isServerLocation(location))
        return pg::PgStore::open(location, clock);
    StoreOptions options;
    options.clock = clock;
    return SqliteStore::open(location, options);
}

} // namespace accord::storage
