#pragma once

// A thin RAII layer over libpq, shaped like storage/Sqlite.h so that the SQL
// helpers of RecordSql.h serve both stores: a connection with a cache of
// server-side prepared statements, statements with typed bind/column helpers
// (parameters written ?1, ?2 … as for SQLite; they become $1, $2 …), and a
// transaction guard that nests through savepoints. Values travel as text.
// Every failure becomes a core::StoreError with one sentence for people; the
// server's own message and the SQL go to the log only.
//
// Column conventions, the same as the file's: times are bigint unix seconds
// (UTC), dates are `date` (ISO text on the wire), flags and stages integers.

#include "core/Types.h"

#include <QLoggingCategory>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

struct pg_conn;
struct pg_result;

namespace accord::storage::pg {

Q_DECLARE_LOGGING_CATEGORY(lcPg)

/// The server could not be reached or the connection broke (server restarted,
/// network gone). The connection is reset as the error is raised, so the next
/// call tries again.
class ConnectionLostError : public core::StoreError
{
public:
    using core::StoreError::StoreError;
};

/// The server refused a change by its row-level security or privileges: the
/// record belongs to someone the user may not change.
class PermissionError : public core::StoreError
{
public:
    using core::StoreError::StoreError;
};

/// Two sessions got in each other's way (deadlock, serialization failure);
/// nothing was written and trying again is safe.
class RetryableError : public core::StoreError
{
public:
    using core::StoreError::StoreError;
};

/// Throws the StoreError for a failed result (logs the server's message and
/// `sql`). `result` may be null (the connection's own error then).
[[noreturn]] void throwPgError(pg_conn* conn, const pg_result* result, std::string_view sql = {});

/// "?1, ?2" → "$1, $2" outside quoted text; the rest is copied as it is.
std::string toDollarParameters(std::string_view sql);

/// One statement: bind by 1-based index, step through its rows, read by
/// 0-based column. It is sent to the server on the first step() or run().
class Statement
{
public:
    Statement(pg_conn* conn, const std::string* name, const std::string* sql, int parameters);
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
    /// Never NULL: a null QString binds ''. Text with a NUL character, which a
    /// server's text cannot hold, is refused (StoreError).
    Statement& bind(int index, const QString& value);
    Statement& bindNull(int index);
    /// Binds bytes (a bytea parameter) as they are, sent in binary; `value`
    /// is shared, not copied.
    Statement& bindBytes(int index, const QByteArray& value);
    /// Asks for the rows in binary: for a statement that reads only bytea
    /// columns through bytes().
    Statement& binaryResults()
    {
        m_binaryResults = true;
        return *this;
    }
    Statement& bindId(int index, core::Id id);          // kNoId binds NULL
    Statement& bindTime(int index, const QDateTime& t); // unix seconds UTC, invalid binds NULL
    Statement& bindDate(int index, const QDate& d);     // 'YYYY-MM-DD', invalid binds NULL

    /// Runs the statement on the first call, then moves to the next row: true
    /// when a row is available.
    bool step();
    /// Runs the statement (for statements that return no rows) and makes it
    /// ready to be bound and run again. affected() then tells the rows changed.
    void run();
    /// Forgets the result; bindings stay until re-bound.
    void reset();
    /// Rows changed by the last run (INSERT, UPDATE, DELETE).
    int affected() const { return m_affected; }

    bool isNull(int column) const;
    qint64 int64(int column) const; // also reads a boolean 't'/'f' as 1/0
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    /// The column's UTF-8 bytes, valid until the next step/reset.
    std::string_view utf8(int column) const;
    /// A bytea column's bytes; the statement must ask for binaryResults().
    QByteArray bytes(int column) const;
    core::Id id(int column) const { return isNull(column) ? core::kNoId : int64(column); }
    QDateTime time(int column) const; // NULL reads as an invalid time
    QDate date(int column) const;     // NULL reads as an invalid date

private:
    void execute();
    void clearResult();

    pg_conn* m_conn;
    const std::string* m_name; // the server-side prepared statement
    const std::string* m_sql;  // for the log
    std::optional<std::string>& slot(int index);
    std::vector<std::optional<std::string>> m_values;
    std::vector<std::optional<QByteArray>> m_bytes; // binary parameters, by index
    bool m_binaryResults = false;
    pg_result* m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    int m_affected = 0;
};

/// One server notification (LISTEN/NOTIFY).
struct Notification
{
    QString channel;
    QString payload;
};

/// An open libpq connection with a cache of prepared statements keyed by SQL text.
class Connection
{
public:
    /// Connects with a libpq connection string or URI (`postgresql://…`,
    /// `service=NAME`); passwords come from libpq's own means only. Sets the
    /// session to UTC and ISO dates. Throws ConnectionLostError with one sentence.
    static std::unique_ptr<Connection> open(const QString& conninfo);
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    pg_conn* handle() const { return m_conn; }
    /// Prepares `sql` on the server once per connection (?N parameters).
    Statement prepare(std::string_view sql);
    /// Runs one or more statements without parameters or results (DDL, SET).
    void exec(std::string_view sql);
    /// Runs `COPY … FROM STDIN` (text format) and sends `rows` as its data.
    void copyIn(std::string_view sql, std::string_view rows);
    /// The first column of the first row of a statement without parameters
    /// (0 when there is no row or it is NULL).
    qint64 queryInt(std::string_view sql);
    QString queryText(std::string_view sql);
    bool inTransaction() const;
    void clearCache();
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    /// The login the server knows this session by (current_user).
    QString currentUser();
    /// The connection string as given, without any password.
    const QString& location() const { return m_location; }

    /// LISTENs on `channel` (again after every reconnect).
    void listen(const std::string& channel);
    /// The socket to watch for notifications (-1 when not connected).
    int socket() const;
    /// Reads what the server sent and returns the notifications received. A
    /// broken connection is reset (nothing is returned: what was missed meanwhile
    /// is not told); ConnectionLostError when the server cannot be reached.
    std::vector<Notification> takeNotifications();

    /// Tells whether the connection is up; when it is not, resets it once
    /// (clearing the statement cache and listening again) and says whether
    /// that worked.
    bool ensureConnected();
    /// Counts the sessions this connection has had: it grows with every
    /// reconnect, after which notifications sent meanwhile are lost.
    int sessions() const { return m_sessions; }

private:
    friend class Transaction;
    Connection(pg_conn* conn, QString location);
    void afterConnect();
    void renewSession();

    struct Prepared
    {
        std::string name;
        std::string sql;
        int parameters = 0;
    };
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    pg_conn* m_conn;
    QString m_location;
    std::unordered_map<std::string, std::unique_ptr<Prepared>, Hash, std::equal_to<>> m_cache;
    std::vector<std::string> m_channels;
    int m_savepointDepth = 0;
    int m_keptSavepoints = 0; // inner scopes committed without a RELEASE (see Transaction)
    int m_nextName = 0;
    int m_backend = 0; // the server process of this session: another one after a reset
    int m_sessions = 0;
    bool m_readOnly = false;
};

/// All-or-nothing scope: BEGIN at the outermost level (or the given start
/// statement, e.g. "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
/// SAVEPOINT inside; commit() makes it stick, leaving the scope otherwise
/// rolls back. An inner scope's commit sends nothing: its savepoint stays
/// until the outermost scope ends (a round trip saved on every nested write),
/// up to 16 of them, after which each is released as it commits.
class Transaction
{
public:
    explicit Transaction(Connection& connection, const char* begin = "BEGIN");
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

/// Throws "The <what> no longer exists." when `st`'s last run changed no row.
void expectChanged(const Statement& st, const char* what);

/// A PostgreSQL array literal of ids, `{1,2,3}`, for `= ANY(?1::bigint[])`.
QString idArray(const std::vector<core::Id>& ids);

/// Whether `location` names a server rather than a file: a `postgresql://`
/// or `postgres://` URI, or a libpq keyword string such as `service=NAME`.
bool isServerLocation(const QString& location);

/// The location with any password taken out (for titles, logs, recent lists).
QString withoutPassword(const QString& location);

} // namespace accord::storage::pg
