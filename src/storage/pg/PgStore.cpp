#include "PgStore.h"

#include "../ChangeSql.h"
#include "../Migrations.h"
#include "Pg.h"
#include "PgBundleCopy.h"
#include "PgSchema.h"

#include <QElapsedTimer>

namespace accord::storage::pg {

namespace {

// Each compare locks its row until the transaction ends, and names who wrote it last.
constexpr changes::ChangeDialect kServer{" IS NOT DISTINCT FROM ", " FOR UPDATE", "updated_by"};

constexpr const char* kChannel = "accord_changes";

} // namespace

std::unique_ptr<PgStore> PgStore::open(const QString& location, const core::Clock* clock,
                                       bool readOnly)
{
    std::unique_ptr<Connection> db = Connection::open(location);
    checkSchema(*db);
    if (readOnly) {
        db->exec("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
        db->setReadOnly(true);
    }
    db->listen(kChannel);
    auto store = std::unique_ptr<PgStore>(new PgStore(std::move(db), clock));
    store->m_conninfo = location;
    return store;
}

PgStore::PgStore(std::unique_ptr<Connection> db, const core::Clock* clock)
    : StoreOf(std::move(db), clock)
{
    m_login = m_db->currentUser();
}

PgStore::~PgStore() = default;

void PgStore::readSnapshot(const std::function<void()>& work)
{
    if (m_db->inTransaction()) {
        work(); // already inside one transaction
        return;
    }
    Transaction tx(*m_db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    work();
    tx.commit();
}

core::ChangeSet PgStore::applyChanges(const core::ChangeSet& changes)
{
    return changes::applyChangeSet<Connection, Transaction>(*m_db, kServer, *m_clock, changes);
}

core::ChangeSet PgStore::removeRecord(core::RecordKind kind, core::Id id,
                                      const core::FieldPatch* expected)
{
    return changes::removeRecord<Connection, Transaction>(*m_db, kServer, *m_clock, kind, id,
                                                          expected);
}

qint64 PgStore::dataVersion()
{
    // Every notification is someone's commit (our own too: harmless, a reload).
    if (!m_db->inTransaction())
        m_version += static_cast<qint64>(m_db->takeNotifications().size());
    // After a reconnect, what others committed meanwhile was not notified:
    // count it as a change, so that everything is read again.
    if (m_db->sessions() != m_sessions) {
        m_sessions = m_db->sessions();
        ++m_version;
    }
    return m_version;
}

int PgStore::changeSocket()
{
    return m_db->socket();
}

QString PgStore::userLogin()
{
    return m_login;
}

QString PgStore::location() const
{
    return m_db->location();
}

void PgStore::bulkLoad(const std::function<void()>& work)
{
    Transaction tx(*m_db);
    m_db->exec("SET LOCAL accord.bulk = 'on'");
    work();
    tx.commit();
    // The planner's figures for what was just loaded, before anyone reads it
    // (the server's own autovacuum would come to it only later).
    m_db->exec("ANALYZE");
}

void PgStore::saveBundles(const std::vector<core::ProspectBundle>& bundles)
{
    // COPY is refused where row-level security applies (to an admin, who is a
    // member): their rows go one by one, each checked by the policies.
    if (m_db->queryInt("SELECT row_security_active('prospect')") != 0) {
        core::Store::saveBundles(bundles);
        return;
    }
    Transaction tx(*m_db);
    copyBundles(*m_db, bundles);
    tx.commit();
}

int PgStore::schemaVersion()
{
    // The version of the data model, numbered as the file's: a JSON backup
    // records it and reading it back depends on it (money's minor units), so a
    // backup moves between the stores byte for byte. The server schema holds
    // the file's current data; its own steps are counted in its version table
    // (pg::schemaVersion).
    return latestVersion();
}

bool PgStore::copyToFile(const QString&, const core::CopyCancelled&)
{
    throw core::StoreError(QStringLiteral("A team server is not copied into a file; take a JSON "
                                          "backup, or pg_dump on the server."));
}

QStringList PgStore::integrityProblems()
{
    QStringList problems;
    checkLatestMeetings(problems);
    return problems;
}

core::StoreConnector PgStore::readOnlyConnector() const
{
    return [location = m_conninfo]() -> std::unique_ptr<core::Store> {
        return PgStore::open(location, nullptr, true);
    };
}

void PgStore::traceSlowStatements(double thresholdMs, core::SlowStatementSink sink)
{
    // The server logs slow statements itself (log_min_duration_statement);
    // here only a note that tracing is on.
    if (sink)
        qCInfo(lcPg) << "slow statements of a team server are in its own log, threshold"
                     << thresholdMs << "ms";
}

} // namespace accord::storage::pg
