#pragma once

// The PostgreSQL implementation of core::Store: one connection to a team
// server, the repositories over it, nesting transactions, and what it can do
// for its own upkeep. Who may see and change what is the server's business
// (row-level security, PgSchema.cpp); this class only reports its refusals.

#include "storage/StoreOf.h"

#include <memory>

namespace accord::storage::pg {

/// A pipeline on a team server. Not thread-safe: one store per thread.
class PgStore final : public StoreOf<Connection>
{
public:
    /// Connects to `location` (a postgresql:// URI or a libpq connection
    /// string) and checks that the server holds Accord's schema at this
    /// version. Throws core::StoreError with one sentence for people.
    /// `readOnly`: every transaction of the session is read-only (a worker's
    /// second connection).
    static std::unique_ptr<PgStore> open(const QString& location,
                                         const core::Clock* clock = nullptr, bool readOnly = false);
    ~PgStore() override;

    void readSnapshot(const std::function<void()>& work) override;
    core::ChangeSet applyChanges(const core::ChangeSet& changes) override;
    core::ChangeSet removeRecord(core::RecordKind kind, core::Id id,
                                 const core::FieldPatch* expected = nullptr) override;
    qint64 dataVersion() override;
    int changeSocket() override;
    QString userLogin() override;
    QString location() const override;
    /// One COPY per table for all the bundles (PgBundleCopy.h), in one
    /// transaction; row by row for a user under row-level security.
    void saveBundles(const std::vector<core::ProspectBundle>& bundles) override;

    /// Runs `work` (many inserts) in one transaction with the change
    /// notifications off: all or nothing.
    void bulkLoad(const std::function<void()>& work);

    // core::StoreMaintenance
    int schemaVersion() override;
    /// A server copies itself with pg_dump or a JSON backup, not into a file.
    bool canCopyToFile() const override { return false; }
    bool copyToFile(const QString& path, const core::CopyCancelled& cancelled = {}) override;
    /// Reference checks the server's constraints do not already make.
    QStringList integrityProblems() override;
    core::StoreConnector readOnlyConnector() const override;
    void traceSlowStatements(double thresholdMs, core::SlowStatementSink sink) override;

private:
    PgStore(std::unique_ptr<Connection> db, const core::Clock* clock);

    QString m_conninfo; // as given, with a password the GUI holds for the session
    qint64 m_version = 0;
    int m_sessions = 1; // the connection's sessions seen by dataVersion()
    QString m_login;
};

} // namespace accord::storage::pg
