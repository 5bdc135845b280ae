#include "PgEvidenceRepository.h"

#include "storage/RecordSql.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>

namespace accord::storage::pg {

using namespace accord::core;

// ---------------------------------------------------------------- rows with a field table

ACCORD_RECORD_ROWS(PgEvidenceRepository, Insight, insights, "insight")
ACCORD_RECORD_ROWS(PgEvidenceRepository, DataRequest, dataRequests, "data request")
ACCORD_RECORD_ROWS(PgEvidenceRepository, Metric, metrics, "metric")
ACCORD_RECORD_ROWS(PgEvidenceRepository, Opportunity, opportunities, "opportunity")
ACCORD_RECORD_ROWS(PgEvidenceRepository, Tradable, tradables, "tradable")

// ---------------------------------------------------------------- negotiation
// The worksheet's row is keyed by prospect_id, a lever's by (prospect_id, lever);
// the other columns are their field tables'.

std::optional<Negotiation> PgEvidenceRepository::negotiation(Id prospectId)
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

void PgEvidenceRepository::saveNegotiation(const Negotiation& v)
{
    static const std::string sql =
        "INSERT INTO negotiation(prospect_id, " + fieldColumns<Negotiation>() + ") VALUES (?1, " +
        fieldParameters<Negotiation>(2) + ") ON CONFLICT(prospect_id) DO UPDATE SET " +
        fieldUpserts<Negotiation>();
    static const std::string leverSql =
        "INSERT INTO negotiation_lever(prospect_id, lever, position, " +
        fieldColumns<LeverPosition>() + ") VALUES (?1, ?2, ?3, " +
        fieldParameters<LeverPosition>(4) +
        ") ON CONFLICT(prospect_id, lever) DO UPDATE SET position = excluded.position, " +
        fieldUpserts<LeverPosition>();
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

EvidenceSummary PgEvidenceRepository::summary(Id prospectId)
{
    return summaries({prospectId}).front();
}

namespace {

// core's notBlank(): nothing but what QString::trimmed() removes (QChar::isSpace).
#define ACCORD_BLANK                                                                               \
    "'^[\\t\\n\\v\\f\\r "                                                                          \
    "\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$'"

// One statement for the whole page; each sub-select is an index range on prospect_id.
// Metric names compare as core compares them (trimmed, case folded): the server sends
// the metrics that might be benchmarked, [is the prospect's own, period, name], and
// the count is made here.
constexpr const char* kSummariesSql =
    "SELECT ids.id,"
    " (SELECT count(*) FROM insight WHERE prospect_id = ids.id),"
    " (SELECT count(*) FROM data_request WHERE prospect_id = ids.id),"
    " (SELECT count(*) FROM data_request WHERE prospect_id = ids.id AND status = ?2::text),"
    " (SELECT json_agg(json_build_array(m.source = ?3::text, m.period, m.name))"
    "    FROM metric m WHERE m.prospect_id = ids.id AND EXISTS (SELECT 1 FROM metric b"
    "    WHERE b.prospect_id = ids.id AND b.period = m.period"
    "    AND (b.source = ?3::text) <> (m.source = ?3::text))),"
    " (SELECT count(*) FROM opportunity WHERE prospect_id = ids.id"
    "    AND status IN (?4::text, ?5::text)),"
    " (SELECT count(*) FROM opportunity WHERE prospect_id = ids.id AND status <> ?6::text"
    "    AND champion_contact_id IS NOT NULL),"
    " n.prospect_id IS NOT NULL AND n.our_batna !~ " ACCORD_BLANK ","
    " n.prospect_id IS NOT NULL AND n.their_batna !~ " ACCORD_BLANK ","
    " n.prospect_id IS NOT NULL AND n.their_interests !~ " ACCORD_BLANK ","
    " (SELECT count(*) FROM negotiation_lever l WHERE l.prospect_id = n.prospect_id"
    "    AND (l.our_position !~ " ACCORD_BLANK " OR l.their_position !~ " ACCORD_BLANK ")),"
    " EXISTS (SELECT 1 FROM negotiation_lever l WHERE l.prospect_id = n.prospect_id"
    "    AND l.our_concession !~ " ACCORD_BLANK "),"
    " EXISTS (SELECT 1 FROM negotiation_lever l WHERE l.prospect_id = n.prospect_id"
    "    AND l.their_concession !~ " ACCORD_BLANK "),"
    " p.signed_on IS NOT NULL,"
    " (SELECT string_agg(criterion_id::text, ',' ORDER BY criterion_id) FROM gate_check"
    "    WHERE prospect_id = ids.id AND checked <> 0)"
    " FROM unnest(?1::bigint[]) AS ids(id)"
    " LEFT JOIN negotiation n ON n.prospect_id = ids.id"
    " LEFT JOIN prospect p ON p.id = ids.id";
#undef ACCORD_BLANK

/// How many of the prospect's own metrics have a benchmark (core::summarizeEvidence's rule)
/// among `metrics`, a JSON array of [own, period, name].
int benchmarked(std::string_view metrics)
{
    if (metrics.empty())
        return 0;
    struct Row
    {
        bool own = false;
        QString period;
        QString name;
    };
    std::vector<Row> rows;
    for (const auto& m : nlohmann::json::parse(metrics))
        rows.push_back({m.at(0).get<bool>(), QString::fromStdString(m.at(1).get<std::string>()),
                        QString::fromStdString(m.at(2).get<std::string>()).trimmed()});
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [&](const Row& m) {
        return m.own && std::any_of(rows.begin(), rows.end(), [&](const Row& b) {
                   return !b.own && b.period == m.period &&
                          b.name.compare(m.name, Qt::CaseInsensitive) == 0;
               });
    }));
}

} // namespace

std::vector<EvidenceSummary> PgEvidenceRepository::summaries(const std::vector<Id>& ids)
{
    Statement st = m_db.prepare(kSummariesSql);
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
        s.benchmarkedMetrics = st.isNull(4) ? 0 : benchmarked(st.utf8(4));
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

} // namespace accord::storage::pg
