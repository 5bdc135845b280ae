#pragma once

#include "storage/EvidenceRepositoryOf.h"

namespace accord::storage::pg {

class Connection;

/// The evidence of a team server (storage/EvidenceRepositoryOf.h).
class PgEvidenceRepository final : public EvidenceRepositoryOf<Connection>
{
public:
    using EvidenceRepositoryOf::EvidenceRepositoryOf;
};

} // namespace accord::storage::pg
