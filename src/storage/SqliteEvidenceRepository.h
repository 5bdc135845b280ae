#pragma once

#include "Sqlite.h"
#include "core/Store.h"

namespace accord::storage {

/// The evidence of each stage (insights … tradables) and the gate-rule aggregates over it.
class SqliteEvidenceRepository final : public core::EvidenceRepository
{
public:
    explicit SqliteEvidenceRepository(Connection& db) : m_db(db) {}

    std::vector<core::Insight> insights(core::Id prospectId) override;
    core::Id addInsight(const core::Insight& v) override;
    void updateInsight(const core::Insight& v) override;
    void removeInsight(core::Id id) override;

    std::vector<core::DataRequest> dataRequests(core::Id prospectId) override;
    core::Id addDataRequest(const core::DataRequest& v) override;
    void updateDataRequest(const core::DataRequest& v) override;
    void removeDataRequest(core::Id id) override;

    std::vector<core::Metric> metrics(core::Id prospectId) override;
    core::Id addMetric(const core::Metric& v) override;
    void updateMetric(const core::Metric& v) override;
    void removeMetric(core::Id id) override;

    std::vector<core::Opportunity> opportunities(core::Id prospectId) override;
    core::Id addOpportunity(const core::Opportunity& v) override;
    void updateOpportunity(const core::Opportunity& v) override;
    void removeOpportunity(core::Id id) override;

    std::optional<core::Negotiation> negotiation(core::Id prospectId) override;
    void saveNegotiation(const core::Negotiation& v) override;

    std::vector<core::Tradable> tradables(core::Id prospectId) override;
    core::Id addTradable(const core::Tradable& v) override;
    void updateTradable(const core::Tradable& v) override;
    void removeTradable(core::Id id) override;

    core::EvidenceSummary summary(core::Id prospectId) override;
    /// The summaries of many prospects in one aggregate query, in the order of `ids`.
    std::vector<core::EvidenceSummary> summaries(const std::vector<core::Id>& ids);

private:
    Connection& m_db;
};

} // namespace accord::storage
