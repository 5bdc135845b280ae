#include "GateRepositoryOf.h"

#include "Sqlite.h"
#include "StoreSql.h"
#include "pg/Pg.h"

#include <algorithm>

namespace accord::storage {

using namespace accord::core;

template <typename Db> std::vector<GateCriterion> GateRepositoryOf<Db>::criteria()
{
    auto st = m_db.prepare(
        "SELECT id, stage, position, label, rule FROM gate_criterion ORDER BY stage, position, id");
    return readAll(st, [](const auto& row) {
        GateCriterion c;
        c.id = row.id(0);
        const int stage = row.integer(1);
        c.stage =
            stage >= 1 && stage <= kStageCount ? static_cast<Stage>(stage) : Stage::Informative;
        c.position = row.integer(2);
        c.label = row.text(3);
        c.rule = gateRuleFromKey(row.text(4)).value_or(GateRule::Manual);
        return c;
    });
}

template <typename Db>
void GateRepositoryOf<Db>::replaceCriteria(Stage stage, const std::vector<GateCriterion>& list)
{
    constexpr const SqlDialect& sql = StoreSql<Db>::dialect;
    typename StoreSql<Db>::Transaction tx(m_db);
    std::vector<Id> kept;
    for (const auto& c : list)
        if (c.id != kNoId)
            kept.push_back(c.id);
    // Criteria no longer listed go, and their hand ticks with them (cascade).
    static const std::string removeSql =
        "DELETE FROM gate_criterion WHERE stage = " + sql.param(1, "integer") + " AND " +
        sql.notInIds("id", 2);
    auto remove = m_db.prepare(removeSql);
    remove.bind(1, static_cast<int>(stage)).bind(2, StoreSql<Db>::idArray(kept));
    remove.run();
    auto upsert = m_db.prepare(
        "INSERT INTO gate_criterion(id, stage, position, label, rule) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(id) DO UPDATE SET stage = excluded.stage, position = excluded.position, "
        "label = excluded.label, rule = excluded.rule");
    int position = 0;
    for (const auto& c : list) {
        upsert.bindId(1, c.id)
            .bind(2, static_cast<int>(stage))
            .bind(3, position++) // the list's order is the order
            .bind(4, c.label)
            .bind(5, gateRuleKey(c.rule));
        upsert.run();
    }
    tx.commit();
}

template <typename Db> void GateRepositoryOf<Db>::restoreDefaults()
{
    typename StoreSql<Db>::Transaction tx(m_db);
    const std::vector<GateCriterion> defaults = defaultGateCriteria();
    for (Stage stage : kAllStages) {
        std::vector<GateCriterion> ofStage;
        std::copy_if(defaults.begin(), defaults.end(), std::back_inserter(ofStage),
                     [stage](const GateCriterion& c) { return c.stage == stage; });
        replaceCriteria(stage, ofStage);
    }
    tx.commit();
}

namespace {

// The ticks whose `key` column holds `id`, ordered by the `order` column.
template <typename Db>
std::vector<GateCheck> ticks(Db& db, const char* key, const char* order, Id id)
{
    auto st = db.prepare(std::string("SELECT prospect_id, criterion_id, checked, evidence, "
                                     "checked_at, checked_by FROM gate_check WHERE ") +
                         key + " = ?1 AND checked <> 0 ORDER BY " + order);
    st.bind(1, id);
    return readAll(st, [](const auto& row) {
        GateCheck c;
        c.prospectId = row.id(0);
        c.criterionId = row.id(1);
        c.checked = row.integer(2) != 0;
        c.evidence = row.text(3);
        c.checkedAt = row.time(4);
        c.checkedBy = row.text(5);
        return c;
    });
}

} // namespace

template <typename Db> std::vector<GateCheck> GateRepositoryOf<Db>::checks(Id prospectId)
{
    return ticks(m_db, "prospect_id", "criterion_id", prospectId);
}

template <typename Db>
std::vector<GateCheck> GateRepositoryOf<Db>::checksOfCriterion(Id criterionId)
{
    return ticks(m_db, "criterion_id", "prospect_id", criterionId);
}

template <typename Db> void GateRepositoryOf<Db>::setCheck(const GateCheck& check)
{
    if (!check.checked) {
        auto st =
            m_db.prepare("DELETE FROM gate_check WHERE prospect_id = ?1 AND criterion_id = ?2");
        st.bind(1, check.prospectId).bind(2, check.criterionId);
        st.run();
        return;
    }
    auto st = m_db.prepare(
        "INSERT INTO gate_check(prospect_id, criterion_id, checked, evidence, checked_at, "
        "checked_by) VALUES (?1, ?2, 1, ?3, ?4, ?5) ON CONFLICT(prospect_id, criterion_id) DO "
        "UPDATE SET checked = 1, evidence = excluded.evidence, checked_at = excluded.checked_at, "
        "checked_by = excluded.checked_by");
    st.bind(1, check.prospectId)
        .bind(2, check.criterionId)
        .bind(3, check.evidence)
        .bindTime(4, check.checkedAt)
        .bind(5, check.checkedBy);
    st.run();
}

template class GateRepositoryOf<Connection>;
template class GateRepositoryOf<pg::Connection>;

} // namespace accord::storage
