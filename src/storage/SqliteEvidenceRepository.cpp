#include "SqliteEvidenceRepository.h"

#include "RecordSql.h"

#include <unordered_map>

namespace accord::storage {

using namespace accord::core;

// ---------------------------------------------------------------- rows with a field table

ACCORD_RECORD_ROWS(SqliteEvidenceRepository, Insight, insights, "insight")
ACCORD_RECORD_ROWS(SqliteEvidenceRepository, DataRequest, dataRequests, "data request")
ACCORD_RECORD_ROWS(SqliteEvidenceRepository, Metric, metrics, "metric")
ACCORD_RECORD_ROWS(SqliteEvidenceRepository, Opportunity, opportunities, "opportunity")
ACCORD_RECORD_ROWS(SqliteEvidenceRepository, Tradable, tradables, "tradable")

// ---------------------------------------------------------------- negotiation
// The worksheet's row is keyed by prospect_id, a lever's by (prospect_id, lever);
// the other columns are their field tables'.

std::optional<Negotiation> SqliteEvidenceRepository::negotiation(Id prospectId)
{
    static const std::string sql = "SELECT prospect_id, " + fieldColumns<Negotiation>() +
                                   " FROM negotiation WHERE prospect_id = ?1";
    Statement st = m_db.prepare(sql);
    st.bind(1, prospectId);
    if (!st.step())
        return std::nullopt;
    Negotiation n;
    n.prospectId = st.id(0);
    readFields(st, n, 1);

    static const std::string leverSql = "SELECT lever, " + fieldColumns<LeverPosition>() +
                                        " FROM negotiation_lever WHERE prospect_id = ?1";
    Statement levers = m_db.prepare(leverSql);
    levers.bind(1, prospectId);
    while (levers.step()) {
        const auto lever = leverFromKey(levers.text(0));
        if (!lever)
            continue;
        for (LeverPosition& l : n.levers) {
            if (l.lever == *lever)
                readFields(levers, l, 1);
        }
    }
    return n;
}

void SqliteEvidenceRepository::saveNegotiation(const Negotiation& v)
{
    static const std::string sql =
        "INSERT INTO negotiation(prospect_id, " + fieldColumns<Negotiation>() + ") VALUES (?1, " +
        fieldParameters<Negotiation>(2) + ") ON CONFLICT(prospect_id) DO UPDATE SET " +
        fieldUpserts<Negotiation>();
    static const std::string leverSql =
        "INSERT OR REPLACE INTO negotiation_lever(prospect_id, lever, position, " +
        fieldColumns<LeverPosition>() + ") VALUES (?1, ?2, ?3, " +
        fieldParameters<LeverPosition>(4) + ")";
    Transaction tx(m_db);
    Statement st = m_db.prepare(sql);
    st.bind(1, v.prospectId);
    bindFields(st, v, 2);
    st.run();

    Statement clear = m_db.prepare("DELETE FROM negotiation_lever WHERE prospect_id = ?1");
    clear.bind(1, v.prospectId);
    clear.run();
    Statement lever = m_db.prepare(leverSql);
    for (const LeverPosition& l : v.levers) {
        lever.bind(1, v.prospectId).bind(2, leverKey(l.lever)).bind(3, static_cast<int>(l.lever));
        bindFields(lever, l, 4);
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
