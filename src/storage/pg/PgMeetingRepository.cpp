#include "PgMeetingRepository.h"

// Not yet on the team server: every call refuses with one sentence.

namespace accord::storage::pg {

namespace {
core::StoreError pending()
{
    return core::StoreError(QStringLiteral("This is not available on a team server yet."));
}
} // namespace

core::Id PgMeetingRepository::add(const core::Meeting&)
{
    throw pending();
}

void PgMeetingRepository::update(const core::Meeting&)
{
    throw pending();
}

void PgMeetingRepository::remove(core::Id)
{
    throw pending();
}

std::optional<core::Meeting> PgMeetingRepository::find(core::Id)
{
    throw pending();
}

std::vector<core::Meeting> PgMeetingRepository::forProspect(core::Id, int, int)
{
    throw pending();
}

std::vector<core::Meeting> PgMeetingRepository::recent(int, int)
{
    throw pending();
}

std::vector<core::Meeting> PgMeetingRepository::recentOf(const core::ProspectFilter&, int, int)
{
    throw pending();
}

int PgMeetingRepository::count()
{
    throw pending();
}

} // namespace accord::storage::pg
