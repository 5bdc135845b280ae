#pragma once

// A thin RAII layer over the sqlite3 C API: a connection with a prepared
// statement cache, statements with typed bind/column helpers, and a
// transaction guard that nests through savepoints. Every failure becomes a
// core::StoreError with one sentence for people; the SQL goes to the log only.

#include "core/Types.h"

#include <QLoggingCategory>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_context;
struct sqlite3_value;

namespace accord::storage {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

/// The file is an SQLite database whose contents are damaged (what is wrong is in the message).
class DamagedDatabaseError : public core::DamagedStoreError
{
public:
    using core::DamagedStoreError::DamagedStoreError;
};

/// Throws the StoreError for an sqlite3 result code (logs the details):
/// DamagedDatabaseError for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB).
[[noreturn]] void throwSqliteError(int rc, sqlite3* db, std::string_view sql = {});

/// One prepared statement: bind by 1-based index, step, read by 0-based column.
class Statement
{
public:
    /// `inUse` is the cache slot's flag (nullptr: the statement is owned and finalized).
    Statement(sqlite3_stmt* stmt, bool* inUse);
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value)
    {
        return bind(index, static_cast<qint64>(value ? 1 : 0));
    }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); // never NULL: a null QString binds ''
    Statement& bindNull(int index);
    Statement& bindId(int index, core::Id id);          // kNoId binds NULL
    Statement& bindTime(int index, const QDateTime& t); // unix seconds UTC, invalid binds NULL
    Statement& bindDate(int index, const QDate& d);     // 'YYYY-MM-DD', invalid binds NULL

    /// Steps once: true when a row is available.
    bool step();
    /// Steps once without throwing: the sqlite3 result code (SQLITE_ROW, SQLITE_DONE, …).
    int stepCode();
    /// Throws the StoreError for a result code stepCode() returned.
    [[noreturn]] void throwError(int rc) const;
    /// Steps to the end (for statements that return no rows), then resets so the
    /// statement can be bound and run again.
    void run();
    /// Rewinds for another run; bindings stay until re-bound.
    void reset();

    bool isNull(int column) const;
    bool isInteger(int column) const; // the value is stored as an integer
    bool isText(int column) const;    // the value is stored as text
    qint64 int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// The column's UTF-8 bytes, valid until the next step/reset.
    std::string_view utf8(int column) const;
    core::Id id(int column) const { return int64(column); } // NULL reads as kNoId
    QDateTime time(int column) const;
    QDate date(int column) const;

private:
    sqlite3_stmt* m_stmt;
    bool* m_inUse;
};

/// An open sqlite3 handle with a cache of prepared statements keyed by SQL text.
class Connection
{
public:
    /// Takes ownership of an open handle.
    explicit Connection(sqlite3* db);
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    sqlite3* handle() const { return m_db; }
    /// Prepares `sql` (or reuses the cached statement). Bound values are cleared on reuse.
    Statement prepare(std::string_view sql);
    /// Runs one or more statements without results (DDL, pragmas).
    void exec(std::string_view sql);
    qint64 queryInt(std::string_view sql);
    qint64 lastInsertId() const;
    int changes() const;
    bool inTransaction() const;
    void clearCache();
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

private:
    friend class Transaction;

    struct CacheEntry
    {
        sqlite3_stmt* stmt = nullptr;
        bool inUse = false;
    };
    // Looked up by string_view: no allocation per prepare() on the bulk paths.
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    sqlite3* m_db;
    QString m_file; // the database file, registered as open while the connection lives
    std::unordered_map<std::string, CacheEntry, Hash, std::equal_to<>> m_cache;
    int m_savepointDepth = 0;
    bool m_readOnly = false;
};

/// All-or-nothing scope: BEGIN IMMEDIATE at the outermost level, SAVEPOINT
/// inside; commit() makes it stick, leaving the scope otherwise rolls back.
class Transaction
{
public:
    explicit Transaction(Connection& connection);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Connection& m_connection;
    int m_level;
    bool m_done = false;
};

/// Every row of a statement whose parameters are bound, each read by `read(st)`.
template <typename Read>
auto readAll(Statement& st, Read read) -> std::vector<decltype(read(std::as_const(st)))>
{
    std::vector<decltype(read(std::as_const(st)))> out;
    while (st.step())
        out.push_back(read(std::as_const(st)));
    return out;
}

/// Throws "The <what> no longer exists." when the last statement changed no row.
void expectChanged(Connection& db, const char* what);

/// Builds a JSON array of ids for `IN (SELECT value FROM json_each(?))`.
QString idArray(const std::vector<core::Id>& ids);

} // namespace accord::storage
