#include "StoreOf.h"

#include "ActivityRepositoryOf.h"
#include "AttachmentRepositoryOf.h"
#include "MeetingRepositoryOf.h"
#include "ReportRowsOf.h"
#include "SettingsRepositoryOf.h"
#include "SqliteEvidenceRepository.h"
#include "SqliteGateRepository.h"
#include "SqliteProspectRepository.h"
#include "SqliteSearchRepository.h"
#include "StoreSql.h"
#include "pg/PgEvidenceRepository.h"
#include "pg/PgGateRepository.h"
#include "pg/PgProspectRepository.h"
#include "pg/PgSearchRepository.h"

namespace accord::storage {

template <typename Db>
StoreOf<Db>::StoreOf(std::unique_ptr<Db> db, const core::Clock* clock) : m_db(std::move(db))
{
    if (!clock) {
        m_systemClock = std::make_unique<core::SystemClock>();
        clock = m_systemClock.get();
    }
    m_clock = clock;
    m_evidence = std::make_unique<typename Repositories::Evidence>(*m_db);
    m_gates = std::make_unique<typename Repositories::Gates>(*m_db);
    m_prospects =
        std::make_unique<typename Repositories::Prospects>(*m_db, *clock, *m_evidence, *m_gates);
    m_meetings = std::make_unique<MeetingRepositoryOf<Db, typename Repositories::Prospects>>(
        *m_db, *m_prospects);
    m_search = std::make_unique<typename Repositories::Search>(*m_db);
    m_activities = std::make_unique<ActivityRepositoryOf<Db>>(*m_db);
    m_settings = std::make_unique<SettingsRepositoryOf<Db>>(*m_db);
    m_attachments = std::make_unique<AttachmentRepositoryOf<Db>>(*m_db);
    m_reports = std::make_unique<ReportRowsOf<Db>>(*m_db);
}

template <typename Db> StoreOf<Db>::~StoreOf() = default;

template <typename Db> core::ProspectRepository& StoreOf<Db>::prospects()
{
    return *m_prospects;
}

template <typename Db> core::MeetingRepository& StoreOf<Db>::meetings()
{
    return *m_meetings;
}

template <typename Db> core::EvidenceRepository& StoreOf<Db>::evidence()
{
    return *m_evidence;
}

template <typename Db> core::ActivityRepository& StoreOf<Db>::activities()
{
    return *m_activities;
}

template <typename Db> core::GateRepository& StoreOf<Db>::gates()
{
    return *m_gates;
}

template <typename Db> core::SearchRepository& StoreOf<Db>::search()
{
    return *m_search;
}

template <typename Db> core::SettingsRepository& StoreOf<Db>::settings()
{
    return *m_settings;
}

template <typename Db> core::AttachmentRepository& StoreOf<Db>::attachments()
{
    return *m_attachments;
}

template <typename Db> core::ReportRows& StoreOf<Db>::reports()
{
    return *m_reports;
}

template <typename Db> core::StoreMaintenance& StoreOf<Db>::maintenance()
{
    return *this;
}

template <typename Db> void StoreOf<Db>::transaction(const std::function<void()>& work)
{
    typename StoreSql<Db>::Transaction tx(*m_db);
    work();
    tx.commit();
}

template <typename Db> bool StoreOf<Db>::isReadOnly() const
{
    return m_db->isReadOnly();
}

template <typename Db> void StoreOf<Db>::checkLatestMeetings(QStringList& problems)
{
    static const std::string sql =
        "SELECT COUNT(*) FROM prospect p WHERE p.last_meeting_at" +
        StoreSql<Db>::dialect.distinct() +
        "(SELECT MAX(m.occurred_at) FROM meeting m WHERE m.prospect_id = p.id)";
    const qint64 stale = m_db->queryInt(sql);
    if (stale > 0)
        problems
            << QStringLiteral("%1 prospects keep a wrong time of their latest meeting.").arg(stale);
}

template class StoreOf<Connection>;
template class StoreOf<pg::Connection>;

} // namespace accord::storage
