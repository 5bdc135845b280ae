#pragma once

#include "Pg.h"
#include "core/Store.h"

namespace accord::storage::pg {

/// The editable exit criteria and the hand ticks per prospect.
class PgGateRepository final : public core::GateRepository
{
public:
    explicit PgGateRepository(Connection& db) : m_db(db) {}

    std::vector<core::GateCriterion> criteria() override;
    void replaceCriteria(core::Stage stage, const std::vector<core::GateCriterion>& list) override;
    void restoreDefaults() override;
    std::vector<core::GateCheck> checks(core::Id prospectId) override;
    void setCheck(const core::GateCheck& check) override;
    std::vector<core::GateCheck> checksOfCriterion(core::Id criterionId) override;

private:
    Connection& m_db;
};

} // namespace accord::storage::pg
