#pragma once

#include "core/Store.h"

namespace accord::storage {

/// The evidence of each stage (insights … tradables) and the gate-rule
/// aggregates over it, in either store (`Db`: the connection of Sqlite.h or
/// pg/Pg.h, StoreSql.h).
template <typename Db> class EvidenceRepositoryOf : public core::EvidenceRepository
{
public:
    explicit EvidenceRepositoryOf(Db& db) : m_db(db) {}

// The list, add, update and remove of an evidence type with a field table.
#define ACCORD_EVIDENCE_ROWS(T, list)                                                              \
    std::vector<core::T> list(core::Id prospectId) override;                                       \
    core::Id add##T(const core::T& v) override;                                                    \
    void update##T(const core::T& v) override;                                                     \
    void remove##T(core::Id id) override;
    ACCORD_EVIDENCE_ROWS(Insight, insights)
    ACCORD_EVIDENCE_ROWS(DataRequest, dataRequests)
    ACCORD_EVIDENCE_ROWS(Metric, metrics)
    ACCORD_EVIDENCE_ROWS(Opportunity, opportunities)
    ACCORD_EVIDENCE_ROWS(Tradable, tradables)
#undef ACCORD_EVIDENCE_ROWS

    std::optional<core::Negotiation> negotiation(core::Id prospectId) override;
    void saveNegotiation(const core::Negotiation& v) override;

    core::EvidenceSummary summary(core::Id prospectId) override;
    /// The summaries of many prospects in one aggregate query, in the order of `ids`.
    std::vector<core::EvidenceSummary> summaries(const std::vector<core::Id>& ids);

private:
    Db& m_db;
};

} // namespace accord::storage
