#include "SqliteEvidenceRepository.h"

#include <unordered_map>

namespace accord::storage {

using namespace accord::core;

namespace {

void runRemove(Connection& db, const char* sql, Id id)
{
    Statement st = db.prepare(sql);
    st.bind(1, id);
    st.run();
}

} // namespace

// ---------------------------------------------------------------- insights

namespace {
void bindInsight(Statement& st, const Insight& v)
{
    st.bindId(1, v.id)
        .bind(2, v.prospectId)
        .bindId(3, v.meetingId)
        .bind(4, v.title)
        .bind(5, v.body)
        .bind(6, v.source)
        .bindDate(7, v.sharedOn);
}
} // namespace

std::vector<Insight> SqliteEvidenceRepository::insights(Id prospectId)
{
    Statement st =
        m_db.prepare("SELECT id, prospect_id, meeting_id, title, body, source, shared_on "
                     "FROM insight WHERE prospect_id = ?1 ORDER BY id");
    st.bind(1, prospectId);
    std::vector<Insight> out;
    while (st.step())
        out.push_back(
            Insight{st.id(0), st.id(1), st.id(2), st.text(3), st.text(4), st.text(5), st.date(6)});
    return out;
}

Id SqliteEvidenceRepository::addInsight(const Insight& v)
{
    Statement st = m_db.prepare("INSERT INTO insight(id, prospect_id, meeting_id, title, body, "
                                "source, shared_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bindInsight(st, v);
    st.run();
    return m_db.lastInsertId();
}

void SqliteEvidenceRepository::updateInsight(const Insight& v)
{
    Statement st = m_db.prepare("UPDATE insight SET prospect_id = ?2, meeting_id = ?3, title = ?4, "
                                "body = ?5, source = ?6, shared_on = ?7 WHERE id = ?1");
    bindInsight(st, v);
    st.run();
    expectChanged(m_db, "insight");
}

void SqliteEvidenceRepository::removeInsight(Id id)
{
    runRemove(m_db, "DELETE FROM insight WHERE id = ?1", id);
}

// ---------------------------------------------------------------- data requests

namespace {
void bindDataRequest(Statement& st, const DataRequest& v)
{
    st.bindId(1, v.id)
        .bind(2, v.prospectId)
        .bind(3, v.item)
        .bindDate(4, v.requestedOn)
        .bind(5, dataRequestStatusKey(v.status))
        .bindDate(6, v.receivedOn)
        .bind(7, v.note);
}
} // namespace

std::vector<DataRequest> SqliteEvidenceRepository::dataRequests(Id prospectId)
{
    Statement st =
        m_db.prepare("SELECT id, prospect_id, item, requested_on, status, received_on, note "
                     "FROM data_request WHERE prospect_id = ?1 ORDER BY id");
    st.bind(1, prospectId);
    std::vector<DataRequest> out;
    while (st.step())
        out.push_back(
            DataRequest{st.id(0), st.id(1), st.text(2), st.date(3),
                        dataRequestStatusFromKey(st.text(4)).value_or(DataRequestStatus::Requested),
                        st.date(5), st.text(6)});
    return out;
}

Id SqliteEvidenceRepository::addDataRequest(const DataRequest& v)
{
    Statement st = m_db.prepare("INSERT INTO data_request(id, prospect_id, item, requested_on, "
                                "status, received_on, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bindDataRequest(st, v);
    st.run();
    return m_db.lastInsertId();
}

void SqliteEvidenceRepository::updateDataRequest(const DataRequest& v)
{
    Statement st = m_db.prepare(
        "UPDATE data_request SET prospect_id = ?2, item = ?3, requested_on = ?4, status = ?5, "
        "received_on = ?6, note = ?7 WHERE id = ?1");
    bindDataRequest(st, v);
    st.run();
    expectChanged(m_db, "data request");
}

void SqliteEvidenceRepository::removeDataRequest(Id id)
{
    runRemove(m_db, "DELETE FROM data_request WHERE id = ?1", id);
}

// ---------------------------------------------------------------- metrics

namespace {
void bindMetric(Statement& st, const Metric& v)
{
    st.bindId(1, v.id)
        .bind(2, v.prospectId)
        .bind(3, v.name)
        .bind(4, v.value)
        .bind(5, v.unit)
        .bind(6, v.period)
        .bind(7, metricSourceKey(v.source));
}
} // namespace

std::vector<Metric> SqliteEvidenceRepository::metrics(Id prospectId)
{
    Statement st = m_db.prepare("SELECT id, prospect_id, name, value, unit, period, source "
                                "FROM metric WHERE prospect_id = ?1 ORDER BY id");
    st.bind(1, prospectId);
    std::vector<Metric> out;
    while (st.step())
        out.push_back(Metric{st.id(0), st.id(1), st.text(2), st.real(3), st.text(4), st.text(5),
                             metricSourceFromKey(st.text(6)).value_or(MetricSource::Prospect)});
    return out;
}

Id SqliteEvidenceRepository::addMetric(const Metric& v)
{
    Statement st = m_db.prepare("INSERT INTO metric(id, prospect_id, name, value, unit, period, "
                                "source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bindMetric(st, v);
    st.run();
    return m_db.lastInsertId();
}

void SqliteEvidenceRepository::updateMetric(const Metric& v)
{
    Statement st = m_db.prepare("UPDATE metric SET prospect_id = ?2, name = ?3, value = ?4, "
                                "unit = ?5, period = ?6, source = ?7 WHERE id = ?1");
    bindMetric(st, v);
    st.run();
    expectChanged(m_db, "metric");
}

void SqliteEvidenceRepository::removeMetric(Id id)
{
    runRemove(m_db, "DELETE FROM metric WHERE id = ?1", id);
}

// ---------------------------------------------------------------- opportunities

namespace {
void bindOpportunity(Statement& st, const Opportunity& v)
{
    st.bindId(1, v.id)
        .bind(2, v.prospectId)
        .bind(3, v.title)
        .bind(4, v.description)
        .bind(5, liftKindKey(v.liftKind))
        .bind(6, v.liftValue)
        .bindId(7, v.championContactId)
        .bind(8, opportunityStatusKey(v.status));
}
} // namespace

std::vector<Opportunity> SqliteEvidenceRepository::opportunities(Id prospectId)
{
    Statement st = m_db.prepare(
        "SELECT id, prospect_id, title, description, lift_kind, lift_value, champion_contact_id, "
        "status FROM opportunity WHERE prospect_id = ?1 ORDER BY id");
    st.bind(1, prospectId);
    std::vector<Opportunity> out;
    while (st.step())
        out.push_back(Opportunity{
            st.id(0), st.id(1), st.text(2), st.text(3),
            liftKindFromKey(st.text(4)).value_or(LiftKind::Percent), st.real(5), st.id(6),
            opportunityStatusFromKey(st.text(7)).value_or(OpportunityStatus::Proposed)});
    return out;
}

Id SqliteEvidenceRepository::addOpportunity(const Opportunity& v)
{
    Statement st = m_db.prepare(
        "INSERT INTO opportunity(id, prospect_id, title, description, lift_kind, lift_value, "
        "champion_contact_id, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    bindOpportunity(st, v);
    st.run();
    return m_db.lastInsertId();
}

void SqliteEvidenceRepository::updateOpportunity(const Opportunity& v)
{
    Statement st = m_db.prepare(
        "UPDATE opportunity SET prospect_id = ?2, title = ?3, description = ?4, lift_kind = ?5, "
        "lift_value = ?6, champion_contact_id = ?7, status = ?8 WHERE id = ?1");
    bindOpportunity(st, v);
    st.run();
    expectChanged(m_db, "opportunity");
}

void SqliteEvidenceRepository::removeOpportunity(Id id)
{
    runRemove(m_db, "DELETE FROM opportunity WHERE id = ?1", id);
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

// ---------------------------------------------------------------- tradables

namespace {
void bindTradable(Statement& st, const Tradable& v)
{
    st.bindId(1, v.id)
        .bind(2, v.prospectId)
        .bind(3, sideKey(v.side))
        .bind(4, v.item)
        .bind(5, v.valueToOther)
        .bind(6, v.costToGive);
}
} // namespace

std::vector<Tradable> SqliteEvidenceRepository::tradables(Id prospectId)
{
    Statement st = m_db.prepare("SELECT id, prospect_id, side, item, value_to_other, cost_to_give "
                                "FROM tradable WHERE prospect_id = ?1 ORDER BY id");
    st.bind(1, prospectId);
    std::vector<Tradable> out;
    while (st.step())
        out.push_back(Tradable{st.id(0), st.id(1), sideFromKey(st.text(2)).value_or(Side::Ours),
                               st.text(3), st.text(4), st.text(5)});
    return out;
}

Id SqliteEvidenceRepository::addTradable(const Tradable& v)
{
    Statement st = m_db.prepare("INSERT INTO tradable(id, prospect_id, side, item, value_to_other, "
                                "cost_to_give) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    bindTradable(st, v);
    st.run();
    return m_db.lastInsertId();
}

void SqliteEvidenceRepository::updateTradable(const Tradable& v)
{
    Statement st = m_db.prepare("UPDATE tradable SET prospect_id = ?2, side = ?3, item = ?4, "
                                "value_to_other = ?5, cost_to_give = ?6 WHERE id = ?1");
    bindTradable(st, v);
    st.run();
    expectChanged(m_db, "tradable");
}

void SqliteEvidenceRepository::removeTradable(Id id)
{
    runRemove(m_db, "DELETE FROM tradable WHERE id = ?1", id);
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
