#pragma once

#include "core/Store.h"

namespace accord::storage {

/// The editable exit criteria and the hand ticks per prospect, in either store:
/// `Db` is the connection of Sqlite.h or pg/Pg.h (StoreSql.h).
template <typename Db> class GateRepositoryOf : public core::GateRepository
{
public:
    explicit GateRepositoryOf(Db& db) : m_db(db) {}

    std::vector<core::GateCriterion> criteria() override;
    void replaceCriteria(core::Stage stage, const std::vector<core::GateCriterion>& list) override;
    void restoreDefaults() override;
    std::vector<core::GateCheck> checks(core::Id prospectId) override;
    void setCheck(const core::GateCheck& check) override;
    std::vector<core::GateCheck> checksOfCriterion(core::Id criterionId) override;

private:
    Db& m_db;
};

} // namespace accord::storage
