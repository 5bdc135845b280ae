#include "SqliteEvidenceRepository.h"

#include "RecordSql.h"

#include <unordered_map>

namespace accord::storage {

using namespace accord::core;

// ---------------------------------------------------------------- rows with a field table

std::vector<Insight> SqliteEvidenceRepository::insights(Id prospectId)
{
    return rowsOfProspect<Insight>(m_db, prospectId);
}
Id SqliteEvidenceRepository::addInsight(const Insight& v)
{
    return insertRow(m_db, v);
}
void SqliteEvidenceRepository::updateInsight(const Insight& v)
{
    updateRow(m_db, v, "insight");
}
void SqliteEvidenceRepository::removeInsight(Id id)
{
    removeRow<Insight>(m_db, id);
}

std::vector<DataRequest> SqliteEvidenceRepository::dataRequests(Id prospectId)
{
    return rowsOfProspect<DataRequest>(m_db, prospectId);
}
Id SqliteEvidenceRepository::addDataRequest(const DataRequest& v)
{
    return insertRow(m_db, v);
}
void SqliteEvidenceRepository::updateDataRequest(const DataRequest& v)
{
    updateRow(m_db, v, "data request");
}
void SqliteEvidenceRepository::removeDataRequest(Id id)
{
    removeRow<DataRequest>(m_db, id);
}

std::vector<Metric> SqliteEvidenceRepository::metrics(Id prospectId)
{
    return rowsOfProspect<Metric>(m_db, prospectId);
}
Id SqliteEvidenceRepository::addMetric(const Metric& v)
{
    return insertRow(m_db, v);
}
void SqliteEvidenceRepository::updateMetric(const Metric& v)
{
    updateRow(m_db, v, "metric");
}
void SqliteEvidenceRepository::removeMetric(Id id)
{
    removeRow<Metric>(m_db, id);
}

std::vector<Opportunity> SqliteEvidenceRepository::opportunities(Id prospectId)
{
    return rowsOfProspect<Opportunity>(m_db, prospectId);
}
Id SqliteEvidenceRepository::addOpportunity(const Opportunity& v)
{
    return insertRow(m_db, v);
}
void SqliteEvidenceRepository::updateOpportunity(const Opportunity& v)
{
    updateRow(m_db, v, "opportunity");
}
void SqliteEvidenceRepository::removeOpportunity(Id id)
{
    removeRow<Opportunity>(m_db, id);
}

std::vector<Tradable> SqliteEvidenceRepository::tradables(Id prospectId)
{
    return rowsOfProspect<Tradable>(m_db, prospectId);
}
Id SqliteEvidenceRepository::addTradable(const Tradable& v)
{
    return insertRow(m_db, v);
}
void SqliteEvidenceRepository::updateTradable(const Tradable& v)
{
    updateRow(m_db, v, "tradable");
}
void SqliteEvidenceRepository::removeTradable(Id id)
{
    removeRow<Tradable>(m_db, id);
}

// ---------------------------------------------------------------- negotiation

std::optional<Negotiation> SqliteEvidenceRepository::negotiation(Id prospectId)
{
    Statement st =
        m_db.prepare("SELECT prospect_id, our_batna, their_batna, their_interests, our_interests, "
                     "objective_criteria, stance FROM negotiation WHERE prospect_id = ?1");
    st.bind(1, prospectId);
    if (!st.step())
        return std::nullopt;
    Negotiation n;
    n.prospectId = st.id(0);
    n.ourBatna = st.text(1);
    n.theirBatna = st.text(2);
    n.theirInterests = st.text(3);
    n.ourInterests = st.text(4);
    n.objectiveCriteria = st.text(5);
    n.stance = st.integer(6);

    Statement levers = m_db.prepare(
        "SELECT lever, our_priority, their_priority, our_position, their_position, "
        "our_concession, their_concession FROM negotiation_lever WHERE prospect_id = ?1");
    levers.bind(1, prospectId);
    while (levers.step()) {
        const auto lever = leverFromKey(levers.text(0));
        if (!lever)
            continue;
        for (LeverPosition& l : n.levers) {
            if (l.lever == *lever)
                l = LeverPosition{*lever,         levers.integer(1), levers.integer(2),
                                  levers.text(3), levers.text(4),    levers.text(5),
                                  levers.text(6)};
        }
    }
    return n;
}

void SqliteEvidenceRepository::saveNegotiation(const Negotiation& v)
{
    Transaction tx(m_db);
    Statement st = m_db.prepare(
        "INSERT INTO negotiation(prospect_id, our_batna, their_batna, their_interests, "
        "our_interests, objective_criteria, stance) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
        "ON CONFLICT(prospect_id) DO UPDATE SET our_batna = excluded.our_batna, "
        "their_batna = excluded.their_batna, their_interests = excluded.their_interests, "
        "our_interests = excluded.our_interests, objective_criteria = excluded.objective_criteria, "
        "stance = excluded.stance");
    st.bind(1, v.prospectId)
        .bind(2, v.ourBatna)
        .bind(3, v.theirBatna)
        .bind(4, v.theirInterests)
        .bind(5, v.ourInterests)
        .bind(6, v.objectiveCriteria)
        .bind(7, v.stance);
    st.run();

    Statement clear = m_db.prepare("DELETE FROM negotiation_lever WHERE prospect_id = ?1");
    clear.bind(1, v.prospectId);
    clear.run();
    Statement lever = m_db.prepare(
        "INSERT OR REPLACE INTO negotiation_lever(prospect_id, lever, position, our_priority, "
        "their_priority, our_position, their_position, our_concession, their_concession) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (const LeverPosition& l : v.levers) {
        lever.bind(1, v.prospectId)
            .bind(2, leverKey(l.lever))
            .bind(3, static_cast<int>(l.lever))
            .bind(4, l.ourPriority)
            .bind(5, l.theirPriority)
            .bind(6, l.ourPosition)
            .bind(7, l.theirPosition)
            .bind(8, l.ourConcession)
            .bind(9, l.theirConcession);
        lever.run();
    }
    tx.commit();
}

// ---------------------------------------------------------------- summary

EvidenceSummary SqliteEvidenceRepository::summary(Id prospectId)
{
    return summaries({prospectId}).front();
}

std::vector<EvidenceSummary> SqliteEvidenceRepository::summaries(const std::vector<Id>& ids)
{
    // One statement for the whole page; each sub-select is an index range on prospect_id.
    // accord_fold / accord_blank apply core's QString trimming and case folding, so the
    // result agrees with core::summarizeEvidence().
    Statement st = m_db.prepare(R"sql(
WITH ids(id) AS (SELECT value FROM json_each(?1))
SELECT ids.id,
  (SELECT count(*) FROM insight WHERE prospect_id = ids.id),
  (SELECT count(*) FROM data_request WHERE prospect_id = ids.id),
  (SELECT count(*) FROM data_request WHERE prospect_id = ids.id AND status = ?2),
  (SELECT count(*) FROM metric m WHERE m.prospect_id = ids.id AND m.source = ?3
     AND EXISTS (SELECT 1 FROM metric b WHERE b.prospect_id = ids.id AND b.source <> ?3
                 AND b.period = m.period AND accord_fold(b.name) = accord_fold(m.name))),
  (SELECT count(*) FROM opportunity WHERE prospect_id = ids.id AND status IN (?4, ?5)),
  (SELECT count(*) FROM opportunity WHERE prospect_id = ids.id AND status <> ?6
     AND champion_contact_id IS NOT NULL),
  n.prospect_id IS NOT NULL AND NOT accord_blank(n.our_batna),
  n.prospect_id IS NOT NULL AND NOT accord_blank(n.their_batna),
  n.prospect_id IS NOT NULL AND NOT accord_blank(n.their_interests),
  (SELECT count(*) FROM negotiation_lever l WHERE l.prospect_id = n.prospect_id
     AND (NOT accord_blank(l.our_position) OR NOT accord_blank(l.their_position))),
  EXISTS (SELECT 1 FROM negotiation_lever l WHERE l.prospect_id = n.prospect_id
          AND NOT accord_blank(l.our_concession)),
  EXISTS (SELECT 1 FROM negotiation_lever l WHERE l.prospect_id = n.prospect_id
          AND NOT accord_blank(l.their_concession)),
  p.signed_on IS NOT NULL,
  (SELECT group_concat(criterion_id) FROM
     (SELECT criterion_id FROM gate_check WHERE prospect_id = ids.id AND checked
      ORDER BY criterion_id))
FROM ids
LEFT JOIN negotiation n ON n.prospect_id = ids.id
LEFT JOIN prospect p ON p.id = ids.id
)sql");
    st.bind(1, idArray(ids))
        .bind(2, dataRequestStatusKey(DataRequestStatus::Received))
        .bind(3, metricSourceKey(MetricSource::Prospect))
        .bind(4, opportunityStatusKey(OpportunityStatus::Proposed))
        .bind(5, opportunityStatusKey(OpportunityStatus::Embraced))
        .bind(6, opportunityStatusKey(OpportunityStatus::Rejected));

    std::unordered_map<Id, EvidenceSummary> byId;
    while (st.step()) {
        EvidenceSummary s;
        s.prospectId = st.id(0);
        s.insights = st.integer(1);
        s.dataRequests = st.integer(2);
        s.dataReceived = st.integer(3);
        s.benchmarkedMetrics = st.integer(4);
        s.openOpportunities = st.integer(5);
        s.championedOpportunities = st.integer(6);
        s.ourBatna = st.integer(7) != 0;
        s.theirBatna = st.integer(8) != 0;
        s.theirInterests = st.integer(9) != 0;
        s.leversDiscussed = st.integer(10);
        s.ourConcession = st.integer(11) != 0;
        s.theirConcession = st.integer(12) != 0;
        s.signedOn = st.integer(13) != 0;
        const QString checked = st.text(14);
        if (!checked.isEmpty())
            for (const QString& part : checked.split(u','))
                s.checkedCriteria.push_back(part.toLongLong());
        byId[s.prospectId] = std::move(s);
    }
    std::vector<EvidenceSummary> out;
    out.reserve(ids.size());
    for (Id id : ids) {
        auto it = byId.find(id);
        if (it != byId.end()) {
            out.push_back(it->second);
        } else {
            EvidenceSummary none;
            none.prospectId = id;
            out.push_back(std::move(none));
        }
    }
    return out;
}

} // namespace accord::storage
