#pragma once

#include "EvidenceRepositoryOf.h"

namespace accord::storage {

class Connection;

/// The evidence of a file (EvidenceRepositoryOf.h).
class SqliteEvidenceRepository final : public EvidenceRepositoryOf<Connection>
{
public:
    using EvidenceRepositoryOf::EvidenceRepositoryOf;
};

} // namespace accord::storage
