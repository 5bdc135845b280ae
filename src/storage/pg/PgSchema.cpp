#include "PgSchema.h"

#include "Pg.h"

// Not yet written: a server refuses with one sentence.

namespace accord::storage::pg {

int currentSchemaVersion()
{
    return 0;
}

int schemaVersion(Connection&)
{
    return 0;
}

int initSchema(Connection&)
{
    throw core::StoreError(QStringLiteral("This Accord cannot set up a team server yet."));
}

void checkSchema(Connection&)
{
    throw core::StoreError(QStringLiteral("This Accord cannot use a team server yet."));
}

} // namespace accord::storage::pg
