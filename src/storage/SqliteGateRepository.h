#pragma once

#include "GateRepositoryOf.h"

namespace accord::storage {

class Connection;

/// The gate criteria and ticks of a file (GateRepositoryOf.h).
class SqliteGateRepository final : public GateRepositoryOf<Connection>
{
public:
    using GateRepositoryOf::GateRepositoryOf;
};

} // namespace accord::storage
