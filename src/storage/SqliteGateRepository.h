#pragma once

#include "Sqlite.h"
#include "core/Store.h"

namespace accord::storage {

/// The editable exit criteria and the hand ticks per prospect.
class SqliteGateRepository final : public core::GateRepository
{
public:
    explicit SqliteGateRepository(Connection& db) : m_db(db) {}

    std::vector<core::GateCriterion> criteria() override;
    void replaceCriteria(core::Stage stage, const std::vector<core::GateCriterion>& list) override;
    void restoreDefaults() override;
    std::vector<core::GateCheck> checks(core::Id prospectId) override;
    void setCheck(const core::GateCheck& check) override;
    std::vector<core::GateCheck> checksOfCriterion(core::Id criterionId) override;

private:
    Connection& m_db;
};

} // namespace accord::storage
