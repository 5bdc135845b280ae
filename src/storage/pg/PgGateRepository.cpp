#include "PgGateRepository.h"

// Not yet on the team server: every call refuses with one sentence.

namespace accord::storage::pg {

namespace {
core::StoreError pending()
{
    return core::StoreError(QStringLiteral("This is not available on a team server yet."));
}
} // namespace

std::vector<core::GateCriterion> PgGateRepository::criteria()
{
    throw pending();
}

void PgGateRepository::replaceCriteria(core::Stage, const std::vector<core::GateCriterion>&)
{
    throw pending();
}

void PgGateRepository::restoreDefaults()
{
    throw pending();
}

std::vector<core::GateCheck> PgGateRepository::checks(core::Id)
{
    throw pending();
}

void PgGateRepository::setCheck(const core::GateCheck&)
{
    throw pending();
}

std::vector<core::GateCheck> PgGateRepository::checksOfCriterion(core::Id)
{
    throw pending();
}

} // namespace accord::storage::pg
