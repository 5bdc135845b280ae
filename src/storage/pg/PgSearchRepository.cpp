#include "PgSearchRepository.h"

// Not yet on the team server: every call refuses with one sentence.

namespace accord::storage::pg {

namespace {
core::StoreError pending()
{
    return core::StoreError(QStringLiteral("This is not available on a team server yet."));
}
} // namespace

std::vector<core::SearchHit> PgSearchRepository::search(const QString&, int)
{
    throw pending();
}

int PgSearchRepository::count(const QString&, int)
{
    throw pending();
}

} // namespace accord::storage::pg
