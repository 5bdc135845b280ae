#pragma once

// The SQLite implementation of core::Store: one file, one connection, the
// repositories over it, nesting transactions, backups and a bulk-load path.

#include "StoreOf.h"

#include <memory>

namespace accord::storage {

struct StoreOptions
{
    bool readOnly = false;              // also chosen when the file is not writable
    const core::Clock* clock = nullptr; // stamps updated_at on edits; nullptr = system clock
};

/// An open Accord file, and its own maintenance. Not thread-safe: one store per thread.
class SqliteStore final : public StoreOf<Connection>
{
public:
    /// Opens or creates `path` (creating folders), migrating it to the current schema.
    /// Throws core::StoreError with one sentence for people.
    static std::unique_ptr<SqliteStore> open(const QString& path, const StoreOptions& options = {});
    ~SqliteStore() override;

    void readSnapshot(const std::function<void()>& work) override;
    core::ChangeSet applyChanges(const core::ChangeSet& changes) override;
    core::ChangeSet removeRecord(core::RecordKind kind, core::Id id,
                                 const core::FieldPatch* expected = nullptr) override;
    qint64 dataVersion() override;
    QString location() const override;

    /// Runs `work` (many inserts) in one transaction with the search triggers
    /// off, then rebuilds the search index: all or nothing.
    void bulkLoad(const std::function<void()>& work);

    // core::StoreMaintenance
    int schemaVersion() override;
    bool canCopyToFile() const override { return true; }
    /// The online backup API (Database.h, backupDatabase).
    bool copyToFile(const QString& path, const core::CopyCancelled& cancelled = {}) override;
    /// PRAGMA integrity_check and foreign_key_check.
    QStringList integrityProblems() override;
    core::StoreConnector readOnlyConnector() const override;
    void traceSlowStatements(double thresholdMs, core::SlowStatementSink sink) override;

private:
    SqliteStore(const QString& path, std::unique_ptr<Connection> db, const core::Clock* clock);
    /// sqlite3_trace_v2's profile callback; `context` is the store.
    static int traceProfile(unsigned, void* context, void* statement, void* nanoseconds);

    QString m_path;
    double m_traceThresholdMs = 0;
    core::SlowStatementSink m_traceSink;
};

/// Shorthand for SqliteStore::open(path).
std::unique_ptr<SqliteStore> openStore(const QString& path, const StoreOptions& options = {});

} // namespace accord::storage
