#include "EvidenceRepositoryOf.h"

#include "RecordSql.h"
#include "StoreSql.h"
#include "pg/Pg.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>

namespace accord::storage {

using namespace accord::core;

// ---------------------------------------------------------------- rows with a field table

// The list, add, update and remove of an evidence type with a field table.
#define ACCORD_EVIDENCE_ROWS(T, list, what)                                                        \
    template <typename Db>                                                                         \
    std::vector<accord::core::T> EvidenceRepositoryOf<Db>::list(Id prospectId)                     \
    {                                                                                              \
        return rowsOfProspect<accord::core::T>(m_db, prospectId);                                  \
    }                                                                                              \
    template <typename Db> Id EvidenceRepositoryOf<Db>::add##T(const accord::core::T& v)           \
    {                                                                                              \
        return insertRow(m_db, v);                                                                 \
    }                                                                                              \
    template <typename Db> void EvidenceRepositoryOf<Db>::update##T(const accord::core::T& v)      \
    {                                                                                              \
        updateRow(m_db, v, what);                                                                  \
    }                                                                                              \
    template <typename Db> void EvidenceRepositoryOf<Db>::remove##T(Id id)                         \
    {                                                                                              \
        removeRow<accord::core::T>(m_db, id);                                                      \
    }
ACCORD_EVIDENCE_ROWS(Insight, insights, "insight")
ACCORD_EVIDENCE_ROWS(DataRequest, dataRequests, "data request")
ACCORD_EVIDENCE_ROWS(Metric, metrics, "metric")
ACCORD_EVIDENCE_ROWS(Opportunity, opportunities, "opportunity")
ACCORD_EVIDENCE_ROWS(Tradable, tradables, "tradable")
#undef ACCORD_EVIDENCE_ROWS

// ---------------------------------------------------------------- negotiation
// The worksheet's row is keyed by prospect_id, a lever's by (prospect_id, lever);
// the other columns are their field tables'.

template <typename Db>
std::optional<Negotiation> EvidenceRepositoryOf<Db>::negotiation(Id prospectId)
{
    static const std::string sql = "SELECT prospect_id, " + fieldColumns<Negotiation>() +
                                   " FROM negotiation WHERE prospect_id = ?1";
    auto st = m_db.prepare(sql);
    st.bind(1, prospectId);
    if (!st.step())
        return std::nullopt;
    Negotiation n;
    n.prospectId = st.id(0);
    readFields(st, n, 1);

    static const std::string leverSql = "SELECT lever, " + fieldColumns<LeverPosition>() +
                                        " FROM negotiation_lever WHERE prospect_id = ?1";
    auto levers = m_db.prepare(leverSql);
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

template <typename Db> void EvidenceRepositoryOf<Db>::saveNegotiation(const Negotiation& v)
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
    typename StoreSql<Db>::Transaction tx(m_db);
    auto st = m_db.prepare(sql);
    st.bind(1, v.prospectId);
    bindFields(st, v, 2);
    st.run();

    auto clear = m_db.prepare("DELETE FROM negotiation_lever WHERE prospect_id = ?1");
    clear.bind(1, v.prospectId);
    clear.run();
    auto lever = m_db.prepare(leverSql);
    for (const LeverPosition& l : v.levers) {
        lever.bind(1, v.prospectId).bind(2, leverKey(l.lever)).bind(3, static_cast<int>(l.lever));
        bindFields(lever, l, 4);
        lever.run();
    }
    tx.commit();
}

// ---------------------------------------------------------------- summary

namespace {

/// How many of a prospect's own metrics have a benchmark (core::summarizeEvidence's
/// rule): `sql` is the column of the summaries that tells it (?3 the own source),
/// read(st, column) its value.
template <typename Db> struct Benchmarks;

// The file compares names with accord_fold, core's trimming and case folding as
// an SQL function.
template <> struct Benchmarks<Connection>
{
    static constexpr const char* sql =
        "(SELECT count(*) FROM metric m WHERE m.prospect_id = ids.id AND m.source = ?3"
        " AND EXISTS (SELECT 1 FROM metric b WHERE b.prospect_id = ids.id AND b.source <> ?3"
        " AND b.period = m.period AND accord_fold(b.name) = accord_fold(m.name)))";
    static int read(const Statement& st, int column) { return st.integer(column); }
};

// The server sends the metrics that might be benchmarked, [is the prospect's own,
// period, name], and the count is made here, comparing names as core does.
template <> struct Benchmarks<pg::Connection>
{
    static constexpr const char* sql =
        "(SELECT json_agg(json_build_array(m.source = ?3::text, m.period, m.name))"
        " FROM metric m WHERE m.prospect_id = ids.id AND EXISTS (SELECT 1 FROM metric b"
        " WHERE b.prospect_id = ids.id AND b.period = m.period"
        " AND (b.source = ?3::text) <> (m.source = ?3::text)))";
    static int read(const pg::Statement& st, int column)
    {
        if (st.isNull(column))
            return 0;
        struct Row
        {
            bool own = false;
            QString period;
            QString name;
        };
        std::vector<Row> rows;
        for (const auto& m : nlohmann::json::parse(st.utf8(column)))
            rows.push_back({m.at(0).get<bool>(), QString::fromStdString(m.at(1).get<std::string>()),
                            QString::fromStdString(m.at(2).get<std::string>()).trimmed()});
        return static_cast<int>(std::count_if(rows.begin(), rows.end(), [&](const Row& m) {
            return m.own && std::any_of(rows.begin(), rows.end(), [&](const Row& b) {
                       return !b.own && b.period == m.period &&
                              b.name.compare(m.name, Qt::CaseInsensitive) == 0;
                   });
        }));
    }
};

/// One statement for a whole page; each sub-select is an index range on prospect_id.
/// Texts count as blank and names compare as core's (trimmed, case folded), so the
/// result agrees with core::summarizeEvidence().
template <typename Db> std::string summariesSql()
{
    constexpr const SqlDialect& d = StoreSql<Db>::dialect;
    return "SELECT ids.id,"
           " (SELECT count(*) FROM insight WHERE prospect_id = ids.id),"
           " (SELECT count(*) FROM data_request WHERE prospect_id = ids.id),"
           " (SELECT count(*) FROM data_request WHERE prospect_id = ids.id AND status = " +
           d.param(2, "text") + "), " + Benchmarks<Db>::sql +
           ", (SELECT count(*) FROM opportunity WHERE prospect_id = ids.id AND status IN (" +
           d.param(4, "text") + ", " + d.param(5, "text") +
           ")),"
           " (SELECT count(*) FROM opportunity WHERE prospect_id = ids.id AND status <> " +
           d.param(6, "text") +
           " AND champion_contact_id IS NOT NULL),"
           " n.prospect_id IS NOT NULL AND " +
           d.notBlank("n.our_batna") + ", n.prospect_id IS NOT NULL AND " +
           d.notBlank("n.their_batna") + ", n.prospect_id IS NOT NULL AND " +
           d.notBlank("n.their_interests") +
           ", (SELECT count(*) FROM negotiation_lever l WHERE l.prospect_id = n.prospect_id"
           " AND (" +
           d.notBlank("l.our_position") + " OR " + d.notBlank("l.their_position") +
           ")),"
           " EXISTS (SELECT 1 FROM negotiation_lever l WHERE l.prospect_id = n.prospect_id AND " +
           d.notBlank("l.our_concession") +
           "),"
           " EXISTS (SELECT 1 FROM negotiation_lever l WHERE l.prospect_id = n.prospect_id AND " +
           d.notBlank("l.their_concession") + "), p.signed_on IS NOT NULL, " +
           d.idList("criterion_id", "FROM gate_check WHERE prospect_id = ids.id AND checked <> 0") +
           " FROM " + d.idTable(1, "ids") +
           " LEFT JOIN negotiation n ON n.prospect_id = ids.id"
           " LEFT JOIN prospect p ON p.id = ids.id";
}

} // namespace

template <typename Db> EvidenceSummary EvidenceRepositoryOf<Db>::summary(Id prospectId)
{
    return summaries({prospectId}).front();
}

template <typename Db>
std::vector<EvidenceSummary> EvidenceRepositoryOf<Db>::summaries(const std::vector<Id>& ids)
{
    static const std::string sql = summariesSql<Db>();
    auto st = m_db.prepare(sql);
    st.bind(1, StoreSql<Db>::idArray(ids))
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
        s.benchmarkedMetrics = Benchmarks<Db>::read(st, 4);
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

template class EvidenceRepositoryOf<Connection>;
template class EvidenceRepositoryOf<pg::Connection>;

} // namespace accord::storage
