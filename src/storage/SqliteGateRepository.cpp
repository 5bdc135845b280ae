#include "SqliteGateRepository.h"

#include <algorithm>

namespace accord::storage {

using namespace accord::core;

std::vector<GateCriterion> SqliteGateRepository::criteria()
{
    Statement st = m_db.prepare(
        "SELECT id, stage, position, label, rule FROM gate_criterion ORDER BY stage, position, id");
    std::vector<GateCriterion> out;
    while (st.step()) {
        GateCriterion c;
        c.id = st.id(0);
        const int stage = st.integer(1);
        c.stage =
            stage >= 1 && stage <= kStageCount ? static_cast<Stage>(stage) : Stage::Informative;
        c.position = st.integer(2);
        c.label = st.text(3);
        c.rule = gateRuleFromKey(st.text(4)).value_or(GateRule::Manual);
        out.push_back(std::move(c));
    }
    return out;
}

void SqliteGateRepository::replaceCriteria(Stage stage, const std::vector<GateCriterion>& list)
{
    Transaction tx(m_db);
    std::vector<Id> kept;
    for (const auto& c : list)
        if (c.id != kNoId)
            kept.push_back(c.id);
    // Criteria no longer listed go, and their hand ticks with them (cascade).
    Statement remove = m_db.prepare("DELETE FROM gate_criterion WHERE stage = ?1 AND id NOT IN "
                                    "(SELECT value FROM json_each(?2))");
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

void SqliteGateRepository::restoreDefaults()
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

// Rows of "SELECT prospect_id, criterion_id, checked, evidence, checked_at, checked_by".
std::vector<GateCheck> readChecks(Statement& st)
{
    std::vector<GateCheck> out;
    while (st.step()) {
        GateCheck c;
        c.prospectId = st.id(0);
        c.criterionId = st.id(1);
        c.checked = st.integer(2) != 0;
        c.evidence = st.text(3);
        c.checkedAt = st.time(4);
        c.checkedBy = st.text(5);
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace

std::vector<GateCheck> SqliteGateRepository::checks(Id prospectId)
{
    Statement st =
        m_db.prepare("SELECT prospect_id, criterion_id, checked, evidence, checked_at, checked_by "
                     "FROM gate_check WHERE prospect_id = ?1 AND checked ORDER BY criterion_id");
    st.bind(1, prospectId);
    return readChecks(st);
}

std::vector<GateCheck> SqliteGateRepository::checksOfCriterion(Id criterionId)
{
    Statement st =
        m_db.prepare("SELECT prospect_id, criterion_id, checked, evidence, checked_at, checked_by "
                     "FROM gate_check WHERE criterion_id = ?1 AND checked ORDER BY prospect_id");
    st.bind(1, criterionId);
    return readChecks(st);
}

void SqliteGateRepository::setCheck(const GateCheck& check)
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

} // namespace accord::storage
