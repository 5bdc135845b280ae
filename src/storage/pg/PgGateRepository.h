#pragma once

#include "storage/GateRepositoryOf.h"

namespace accord::storage::pg {

class Connection;

/// The gate criteria and ticks of a team server (storage/GateRepositoryOf.h).
class PgGateRepository final : public GateRepositoryOf<Connection>
{
public:
    using GateRepositoryOf::GateRepositoryOf;
};

} // namespace accord::storage::pg
