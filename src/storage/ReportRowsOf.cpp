#include "ReportRowsOf.h"

#include "Sqlite.h"
#include "StoreSql.h"
#include "pg/Pg.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace accord::storage {

using namespace accord::core;

namespace {

core::Stage stageOf(int stage)
{
    return static_cast<Stage>(std::clamp(stage, 1, kStageCount));
}

template <typename St> std::optional<qint64> timeOf(const St& st, int column)
{
    return st.isNull(column) ? std::nullopt : std::optional<qint64>(st.int64(column));
}

/// Texts a stream repeats (owners, currencies, statuses) decoded once each:
/// later rows share the decoded value.
template <typename T> class Interned
{
public:
    template <typename Decode> const T& get(std::string_view utf8, Decode decode)
    {
        for (const auto& [bytes, value] : m_seen)
            if (bytes == utf8)
                return value;
        if (m_seen.size() >= 256) // a pipeline has few; never grow without bound
            m_seen.clear();
        m_seen.emplace_back(std::string(utf8), decode(utf8));
        return m_seen.back().second;
    }

private:
    std::vector<std::pair<std::string, T>> m_seen;
};

QString fromUtf8(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

Status statusOf(std::string_view utf8)
{
    return statusFromKey(fromUtf8(utf8)).value_or(Status::Active);
}

/// "Of these owners (?1, a JSON list), or of everyone when ?2 is set": the
/// owner filter the review and the forecast read their prospects with.
template <typename Db> std::string ownerFilterSql()
{
    constexpr const SqlDialect& dialect = StoreSql<Db>::dialect;
    return "(" + dialect.isSet(2) + " OR " + dialect.inTexts("p.owner", 1) + ")";
}

template <typename St> void bindOwnerFilter(St& st, const QStringList& owners)
{
    nlohmann::json list = nlohmann::json::array();
    for (const QString& o : owners)
        list.push_back(o.toStdString());
    st.bind(1, QString::fromStdString(list.dump())).bind(2, owners.isEmpty());
}

} // namespace

template <typename Db>
void ReportRowsOf<Db>::prospects(const QStringList& owners,
                                 const std::function<void(const ReviewProspectRow&)>& row)
{
    constexpr const SqlDialect& dialect = StoreSql<Db>::dialect;
    static const std::string sql =
        "SELECT p.id, p.owner, p.stage, p.status, p.value_minor, p.currency, p.created_at, "
        "p.stage_entered_at, p.last_meeting_at FROM prospect p" +
        dialect.indexedBy("prospect_review") + " WHERE p.deleted_at IS NULL AND " +
        ownerFilterSql<Db>();
    auto st = m_db.prepare(sql);
    bindOwnerFilter(st, owners);
    Interned<QString> ownerNames;
    Interned<QString> currencies;
    Interned<Status> statuses;
    ReviewProspectRow p;
    while (st.step()) {
        p.id = st.id(0);
        p.owner = ownerNames.get(st.utf8(1), fromUtf8);
        p.stage = stageOf(st.integer(2));
        p.status = statuses.get(st.utf8(3), statusOf);
        p.valueMinor = st.int64(4);
        p.currency = currencies.get(st.utf8(5), fromUtf8);
        p.createdAt = timeOf(st, 6);
        p.stageEnteredAt = timeOf(st, 7);
        p.lastMeetingAt = timeOf(st, 8);
        row(p);
    }
}

template <typename Db>
void ReportRowsOf<Db>::changes(qint64 since, const std::function<void(const ReviewChangeRow&)>& row)
{
    // Before `since`, the stage moves alone (on a file a partial index of them);
    // from it on, every entry (a covering index by time). Neither touches a table row.
    constexpr const SqlDialect& dialect = StoreSql<Db>::dialect;
    static const std::string select =
        "SELECT c.prospect_id, c.id, c.at, c.from_stage, c.to_stage, c.from_status, c.to_status "
        "FROM stage_change c";
    static const std::string queries[] = {select + dialect.indexedBy("stage_change_moves") +
                                              " WHERE c.from_stage <> c.to_stage AND c.at < " +
                                              dialect.param(1, "bigint"),
                                          select + dialect.indexedBy("stage_change_at") +
                                              " WHERE c.at >= " + dialect.param(1, "bigint")};
    Interned<Status> statuses;
    ReviewChangeRow c;
    for (const std::string& sql : queries) {
        auto st = m_db.prepare(sql);
        st.bind(1, since);
        while (st.step()) {
            c.prospectId = st.id(0);
            c.id = st.id(1);
            c.at = st.int64(2);
            c.fromStage = stageOf(st.integer(3));
            c.toStage = stageOf(st.integer(4));
            c.fromStatus = statuses.get(st.utf8(5), statusOf);
            c.toStatus = statuses.get(st.utf8(6), statusOf);
            row(c);
        }
    }
}

template <typename Db>
std::vector<ReportProspect> ReportRowsOf<Db>::describe(const std::vector<Id>& ids)
{
    constexpr const SqlDialect& dialect = StoreSql<Db>::dialect;
    std::vector<ReportProspect> out;
    if (ids.empty())
        return out;
    static const std::string sql =
        "SELECT p.id, p.name, p.owner, p.stage, p.status, p.value_minor, p.currency, "
        "p.reason_code FROM prospect p WHERE " +
        dialect.inIds("p.id", 1) + " AND p.deleted_at IS NULL ORDER BY " +
        dialect.noCase("p.name") + ", p.id";
    auto st = m_db.prepare(sql);
    st.bind(1, StoreSql<Db>::idArray(ids));
    while (st.step())
        out.push_back({st.id(0), st.text(1), st.text(2), stageOf(st.integer(3)),
                       statusFromKey(st.text(4)).value_or(Status::Active), st.int64(5), st.text(6),
                       st.text(7)});
    return out;
}

template <typename Db>
void ReportRowsOf<Db>::forecastProspects(const QStringList& owners,
                                         const std::function<void(const ForecastProspectRow&)>& row)
{
    static const std::string sql =
        "SELECT p.id, p.owner, p.stage, p.status, p.value_minor, p.currency, p.expected_close, "
        "p.signed_on, p.reason_code FROM prospect p WHERE p.deleted_at IS NULL AND " +
        ownerFilterSql<Db>();
    auto st = m_db.prepare(sql);
    bindOwnerFilter(st, owners);
    Interned<QString> ownerNames;
    Interned<QString> currencies;
    Interned<Status> statuses;
    ForecastProspectRow p;
    while (st.step()) {
        p.id = st.id(0);
        p.owner = ownerNames.get(st.utf8(1), fromUtf8);
        p.stage = stageOf(st.integer(2));
        p.status = statuses.get(st.utf8(3), statusOf);
        p.valueMinor = st.int64(4);
        p.currency = currencies.get(st.utf8(5), fromUtf8);
        p.expectedClose = st.isNull(6) ? QDate() : st.date(6);
        p.signedOn = st.isNull(7) ? QDate() : st.date(7);
        p.reasonCode = st.text(8);
        row(p);
    }
}

template <typename Db>
void ReportRowsOf<Db>::closeMoves(qint64 from, qint64 to,
                                  const std::function<void(const CloseMoveRow&)>& row)
{
    constexpr const SqlDialect& dialect = StoreSql<Db>::dialect;
    static const std::string sql =
        "SELECT c.prospect_id, c.at, c.from_date, c.to_date FROM close_change c WHERE c.at >= " +
        dialect.param(1, "bigint") + " AND c.at < " + dialect.param(2, "bigint");
    auto st = m_db.prepare(sql);
    st.bind(1, from).bind(2, to);
    CloseMoveRow m;
    while (st.step()) {
        m.prospectId = st.id(0);
        m.at = st.int64(1);
        m.fromDate = st.isNull(2) ? QDate() : st.date(2);
        m.toDate = st.isNull(3) ? QDate() : st.date(3);
        row(m);
    }
}

template class ReportRowsOf<Connection>;
template class ReportRowsOf<pg::Connection>;

} // namespace accord::storage
