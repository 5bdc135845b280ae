#include "SqliteStore.h"

#include "Database.h"
#include "Migrations.h"
#include "SqliteChanges.h"

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
    : StoreOf(std::move(db), clock), m_path(QFileInfo(path).absoluteFilePath())
{}

SqliteStore::~SqliteStore() = default;

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
    checkLatestMeetings(problems);
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
