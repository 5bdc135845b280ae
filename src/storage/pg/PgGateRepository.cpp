#include "PgGateRepository.h"

#include <algorithm>

namespace accord::storage::pg {

using namespace accord::core;

std::vector<GateCriterion> PgGateRepository::criteria()
{
    Statement st = m_db.prepare(
        "SELECT id, stage, position, label, rule FROM gate_criterion ORDER BY stage, position, id");
    return readAll(st, [](const Statement& row) {
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

void PgGateRepository::replaceCriteria(Stage stage, const std::vector<GateCriterion>& list)
{
    Transaction tx(m_db);
    std::vector<Id> kept;
    for (const auto& c : list)
        if (c.id != kNoId)
            kept.push_back(c.id);
    // Criteria no longer listed go, and their hand ticks with them (cascade).
    Statement remove = m_db.prepare(
        "DELETE FROM gate_criterion WHERE stage = ?1::integer AND id <> ALL(?2::bigint[])");
    remove.bind(1, static_cast<int>(stage)).bind(2, idArray(kept));
    remove.run();
    Statement upsert = m_db.prepare(
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

void PgGateRepository::restoreDefaults()
{
    Transaction tx(m_db);
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
std::vector<GateCheck> ticks(Connection& db, const char* key, const char* order, Id id)
{
    Statement st = db.prepare(std::string("SELECT prospect_id, criterion_id, checked, evidence, "
                                          "checked_at, checked_by FROM gate_check WHERE ") +
                              key + " = ?1 AND checked <> 0 ORDER BY " + order);
    st.bind(1, id);
    return readAll(st, [](const Statement& row) {
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

std::vector<GateCheck> PgGateRepository::checks(Id prospectId)
{
    return ticks(m_db, "prospect_id", "criterion_id", prospectId);
}

std::vector<GateCheck> PgGateRepository::checksOfCriterion(Id criterionId)
{
    return ticks(m_db, "criterion_id", "prospect_id", criterionId);
}

void PgGateRepository::setCheck(const GateCheck& check)
{
    if (!check.checked) {
        Statement st =
            m_db.prepare("DELETE FROM gate_check WHERE prospect_id = ?1 AND criterion_id = ?2");
        st.bind(1, check.prospectId).bind(2, check.criterionId);
        st.run();
        return;
    }
    Statement st = m_db.prepare(
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

} // namespace accord::storage::pg
