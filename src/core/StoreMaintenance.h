#pragma once

// Keeping a store safe, whatever holds it: its schema version, a consistent
// copy into a file, an integrity check, a second connection for a worker
// thread and a trace of slow statements. SQLite implements all of it
// (src/storage); a store that cannot copy itself into a file says so
// (canCopyToFile), and a JSON backup (core/io/Backup.h) is then its copy.
// Every method may throw StoreError.

#include "Types.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace accord::core {

class Store;

/// The pipeline's stable id (a setting): daily copies are named by it.
inline constexpr const char* kPipelineIdKey = "pipeline/id";

/// Asked between chunks of a long copy; answering true stops it.
using CopyCancelled = std::function<bool()>;

/// Opens another connection to a store; may be called on any thread.
using StoreConnector = std::function<std::unique_ptr<Store>()>;

/// Told about each statement slower than the threshold: how long it took and
/// its text with the values bound.
using SlowStatementSink = std::function<void(double ms, const QString& statement)>;

class StoreMaintenance
{
public:
    virtual ~StoreMaintenance() = default;
    /// The schema version of the open data (a JSON backup records it).
    virtual int schemaVersion() = 0;
    /// Whether copyToFile() can write this store into a file.
    virtual bool canCopyToFile() const = 0;
    /// Writes one consistent snapshot of the whole store to `path`, while others
    /// may go on writing; the file opens as a store of the same kind. Refuses
    /// an open database as the target. With `cancelled`, asked between chunks:
    /// when it answers true the copy stops, nothing is left behind and the
    /// result is false. Throws StoreError when the copy fails or this store
    /// cannot copy itself (canCopyToFile() is false).
    virtual bool copyToFile(const QString& path, const CopyCancelled& cancelled = {}) = 0;
    /// Integrity and reference checks: empty when the data is sound, else the
    /// problems found, one sentence each. Throws DamagedStoreError when the
    /// check itself stops on damage.
    virtual QStringList integrityProblems() = 0;
    /// Opens a second, read-only connection to the same data, to be called on
    /// a worker thread (a backup that must not hold up the window). Read this
    /// on the thread that uses the store; the function itself holds no
    /// reference to it.
    virtual StoreConnector readOnlyConnector() const = 0;
    /// Sends every statement slower than `thresholdMs` to `sink` (empty: stop).
    virtual void traceSlowStatements(double thresholdMs, SlowStatementSink sink) = 0;
};

} // namespace accord::core
