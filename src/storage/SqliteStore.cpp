#include "SqliteStore.h"

#include "Database.h"
#include "MeetingRepositoryOf.h"
#include "Migrations.h"
#include "ReportRowsOf.h"
#include "SettingsRepositoryOf.h"
#include "SqliteChanges.h"
#include "SqliteEvidenceRepository.h"
#include "SqliteGateRepository.h"
#include "SqliteProspectRepository.h"
#include "SqliteSearchRepository.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace accord::storage {

std::unique_ptr<SqliteStore> SqliteStore::open(const QString& path, const StoreOptions& options)
{
    DatabaseOptions dbOptions;
    dbOptions.readOnly = options.readOnly;
    auto db = openDatabase(path, dbOptions);
    return std::unique_ptr<SqliteStore>(new SqliteStore(path, std::move(db), options.clock));
}

std::unique_ptr<SqliteStore> openStore(const QString& path, const StoreOptions& options)
{
    return SqliteStore::open(path, options);
}

SqliteStore::SqliteStore(const QString& path, std::unique_ptr<Connection> db,
                         const core::Clock* clock)
    : m_path(QFileInfo(path).absoluteFilePath()), m_db(std::move(db))
{
    if (!clock) {
        m_systemClock = std::make_unique<core::SystemClock>();
        clock = m_systemClock.get();
    }
    m_clock = clock;
    m_evidence = std::make_unique<SqliteEvidenceRepository>(*m_db);
    m_gates = std::make_unique<SqliteGateRepository>(*m_db);
    m_prospects = std::make_unique<SqliteProspectRepository>(*m_db, *clock, *m_evidence, *m_gates);
    m_meetings = std::make_unique<MeetingRepositoryOf<Connection, SqliteProspectRepository>>(
        *m_db, *m_prospects);
    m_search = std::make_unique<SqliteSearchRepository>(*m_db);
    m_settings = std::make_unique<SettingsRepositoryOf<Connection>>(*m_db);
    m_reports = std::make_unique<ReportRowsOf<Connection>>(*m_db);
}

SqliteStore::~SqliteStore() = default;

core::ProspectRepository& SqliteStore::prospects()
{
    return *m_prospects;
}

core::ReportRows& SqliteStore::reports()
{
    return *m_reports;
}

core::MeetingRepository& SqliteStore::meetings()
{
    return *m_meetings;
}

core::EvidenceRepository& SqliteStore::evidence()
{
    return *m_evidence;
}

core::GateRepository& SqliteStore::gates()
{
    return *m_gates;
}

core::SearchRepository& SqliteStore::search()
{
    return *m_search;
}

core::SettingsRepository& SqliteStore::settings()
{
    return *m_settings;
}

core::StoreMaintenance& SqliteStore::maintenance()
{
    return *this;
}

void SqliteStore::transaction(const std::function<void()>& work)
{
    Transaction tx(*m_db);
    work();
    tx.commit();
}

void SqliteStore::readSnapshot(const std::function<void()>& work)
{
    if (m_db->inTransaction()) {
        work(); // already inside one transaction: one snapshot already
        return;
    }
    // A deferred transaction: its first read fixes the snapshot until COMMIT.
    m_db->exec("BEGIN");
    try {
        work();
    } catch (...) {
        m_db->exec("ROLLBACK");
        throw;
    }
    m_db->exec("COMMIT");
}

core::ChangeSet SqliteStore::applyChanges(const core::ChangeSet& changes)
{
    return applyChangeSet(*m_db, *m_clock, changes);
}

core::ChangeSet SqliteStore::removeRecord(core::RecordKind kind, core::Id id,
                                          const core::FieldPatch* expected)
{
    return storage::removeRecord(*m_db, *m_clock, kind, id, expected);
}

qint64 SqliteStore::dataVersion()
{
    return m_db->queryInt("PRAGMA data_version");
}

QString SqliteStore::location() const
{
    return m_path;
}

bool SqliteStore::isReadOnly() const
{
    return m_db->isReadOnly();
}

void SqliteStore::bulkLoad(const std::function<void()>& work)
{
    // DDL is transactional in SQLite: on failure the triggers come back with the rollback.
    Transaction tx(*m_db);
    dropSearchTriggers(*m_db);
    work();
    rebuildSearchIndex(*m_db);
    createSearchTriggers(*m_db);
    tx.commit();
}

bool SqliteStore::copyToFile(const QString& path, const core::CopyCancelled& cancelled)
{
    return backupDatabase(*m_db, path, cancelled);
}

QStringList SqliteStore::integrityProblems()
{
    Statement st = m_db->prepare("PRAGMA integrity_check");
    QStringList problems;
    while (st.step()) {
        const QString line = st.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    Statement fk = m_db->prepare("PRAGMA foreign_key_check");
    while (fk.step())
        problems << QStringLiteral("Row %1 of %2 refers to a missing row of %3.")
                        .arg(fk.int64(1))
                        .arg(fk.text(0), fk.text(2));
    // What the store keeps for the review matches what it is kept from.
    const qint64 stale =
        m_db->queryInt("SELECT COUNT(*) FROM prospect p WHERE p.last_meeting_at IS NOT "
                       "(SELECT MAX(m.occurred_at) FROM meeting m WHERE m.prospect_id = p.id)");
    if (stale > 0)
        problems
            << QStringLiteral("%1 prospects keep a wrong time of their latest meeting.").arg(stale);
    return problems;
}

int SqliteStore::schemaVersion()
{
    return userVersion(*m_db);
}

core::StoreConnector SqliteStore::readOnlyConnector() const
{
    return [path = m_path]() -> std::unique_ptr<core::Store> {
        return SqliteStore::open(path, {true, nullptr});
    };
}

int SqliteStore::traceProfile(unsigned, void* context, void* statement, void* nanoseconds)
{
    const auto* store = static_cast<const SqliteStore*>(context);
    const double ms = static_cast<double>(*static_cast<sqlite3_int64*>(nanoseconds)) / 1e6;
    if (ms >= store->m_traceThresholdMs && store->m_traceSink) {
        char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
        store->m_traceSink(ms, sql ? QString::fromUtf8(sql) : QStringLiteral("?"));
        sqlite3_free(sql);
    }
    return 0;
}

void SqliteStore::traceSlowStatements(double thresholdMs, core::SlowStatementSink sink)
{
    m_traceThresholdMs = thresholdMs;
    m_traceSink = std::move(sink);
    if (m_traceSink)
        sqlite3_trace_v2(m_db->handle(), SQLITE_TRACE_PROFILE, &SqliteStore::traceProfile, this);
    else
        sqlite3_trace_v2(m_db->handle(), 0, nullptr, nullptr);
}

} // namespace accord::storage
