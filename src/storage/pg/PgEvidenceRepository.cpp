#include "PgEvidenceRepository.h"

// Not yet on the team server: every call refuses with one sentence.

namespace accord::storage::pg {

namespace {
core::StoreError pending()
{
    return core::StoreError(QStringLiteral("This is not available on a team server yet."));
}
} // namespace

#define ACCORD_PENDING_ROWS(T, list)                                                               \
    std::vector<core::T> PgEvidenceRepository::list(core::Id)                                      \
    {                                                                                              \
        throw pending();                                                                           \
    }                                                                                              \
    core::Id PgEvidenceRepository::add##T(const core::T&)                                          \
    {                                                                                              \
        throw pending();                                                                           \
    }                                                                                              \
    void PgEvidenceRepository::update##T(const core::T&)                                           \
    {                                                                                              \
        throw pending();                                                                           \
    }                                                                                              \
    void PgEvidenceRepository::remove##T(core::Id)                                                 \
    {                                                                                              \
        throw pending();                                                                           \
    }
ACCORD_PENDING_ROWS(Insight, insights)
ACCORD_PENDING_ROWS(DataRequest, dataRequests)
ACCORD_PENDING_ROWS(Metric, metrics)
ACCORD_PENDING_ROWS(Opportunity, opportunities)
ACCORD_PENDING_ROWS(Tradable, tradables)
#undef ACCORD_PENDING_ROWS

std::optional<core::Negotiation> PgEvidenceRepository::negotiation(core::Id)
{
    throw pending();
}

void PgEvidenceRepository::saveNegotiation(const core::Negotiation&)
{
    throw pending();
}

core::EvidenceSummary PgEvidenceRepository::summary(core::Id)
{
    throw pending();
}

std::vector<core::EvidenceSummary> PgEvidenceRepository::summaries(const std::vector<core::Id>&)
{
    throw pending();
}

} // namespace accord::storage::pg
