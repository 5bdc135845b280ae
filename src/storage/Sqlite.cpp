#include "Sqlite.h"

#include "core/io/FileIo.h"

#include <QFile>

#include <sqlite3.h>

namespace accord::storage {

Q_LOGGING_CATEGORY(lcStorage, "accord.storage")

namespace {

QString sentenceFor(int rc)
{
    switch (rc) {
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        return QStringLiteral("The change refers to an item that does not exist.");
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return QStringLiteral("An item with the same identity already exists.");
    default:
        break;
    }
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("The database is busy because another program is writing to it; "
                              "try again in a moment.");
    case SQLITE_READONLY:
        return QStringLiteral("The database is open read-only, so the change was not saved.");
    case SQLITE_FULL:
        return QStringLiteral("The disk is full, so the change was not saved.");
    case SQLITE_IOERR:
        return QStringLiteral("The database file could not be read or written (disk error).");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QStringLiteral("The database file is damaged.");
    case SQLITE_CANTOPEN:
        return QStringLiteral("The database file could not be opened.");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QStringLiteral("Access to the database file was denied.");
    case SQLITE_CONSTRAINT:
        return QStringLiteral("The change breaks a rule of the stored data.");
    case SQLITE_NOMEM:
        return QStringLiteral("There is not enough memory to complete the database operation.");
    default:
        return QStringLiteral("The database reported an error (%1).")
            .arg(QString::fromUtf8(sqlite3_errstr(rc)));
    }
}

} // namespace

void throwSqliteError(int rc, sqlite3* db, std::string_view sql)
{
    qCWarning(lcStorage).noquote()
        << "sqlite error" << rc << (db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString()) << "in"
        << QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size()));
    const int primary = rc & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        throw DamagedDatabaseError(sentenceFor(rc));
    throw core::StoreError(sentenceFor(rc));
}

// ---------------------------------------------------------------- Statement

Statement::Statement(sqlite3_stmt* stmt, bool* inUse) : m_stmt(stmt), m_inUse(inUse) {}

Statement::Statement(Statement&& other) noexcept : m_stmt(other.m_stmt), m_inUse(other.m_inUse)
{
    other.m_stmt = nullptr;
    other.m_inUse = nullptr;
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (m_inUse) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        *m_inUse = false;
    } else {
        sqlite3_finalize(m_stmt);
    }
}

namespace {
void check(int rc, sqlite3_stmt* stmt)
{
    if (rc != SQLITE_OK) {
        sqlite3* db = sqlite3_db_handle(stmt);
        throwSqliteError(rc, db, sqlite3_sql(stmt));
    }
}
} // namespace

Statement& Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value), m_stmt);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value), m_stmt);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text64(m_stmt, index, utf8.constData(),
                              static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                              SQLITE_UTF8),
          m_stmt);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index), m_stmt);
    return *this;
}

Statement& Statement::bindId(int index, core::Id id)
{
    return id == core::kNoId ? bindNull(index) : bind(index, id);
}

Statement& Statement::bindTime(int index, const QDateTime& t)
{
    return t.isValid() ? bind(index, t.toSecsSinceEpoch()) : bindNull(index);
}

Statement& Statement::bindDate(int index, const QDate& d)
{
    return d.isValid() ? bind(index, d.toString(Qt::ISODate)) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3* db = sqlite3_db_handle(m_stmt);
    const int code = sqlite3_extended_errcode(db);
    throwSqliteError(code != SQLITE_OK ? code : rc, db, sqlite3_sql(m_stmt));
}

int Statement::stepCode()
{
    return sqlite3_step(m_stmt);
}

void Statement::throwError(int rc) const
{
    sqlite3* db = sqlite3_db_handle(m_stmt);
    const int code = sqlite3_extended_errcode(db);
    throwSqliteError(code != SQLITE_OK ? code : rc, db, sqlite3_sql(m_stmt));
}

void Statement::run()
{
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool Statement::isInteger(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

bool Statement::isText(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_TEXT;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, bytes) : QString();
}

std::string_view Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(data, static_cast<std::size_t>(bytes)) : std::string_view();
}

QDateTime Statement::time(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromSecsSinceEpoch(int64(column), Qt::UTC);
}

QDate Statement::date(int column) const
{
    if (isNull(column))
        return {};
    return QDate::fromString(text(column), Qt::ISODate);
}

// ---------------------------------------------------------------- Connection

Connection::Connection(sqlite3* db) : m_db(db)
{
    sqlite3_extended_result_codes(m_db, 1);
    // While it is open, no other path of Accord may open the file (core/io/FileIo.h).
    if (const char* file = m_db ? sqlite3_db_filename(m_db, "main") : nullptr; file && *file) {
        m_file = QFile::decodeName(file);
        core::registerOpenDatabase(m_file);
    }
}

Connection::~Connection()
{
    clearCache();
    sqlite3_close_v2(m_db);
    if (!m_file.isEmpty())
        core::unregisterOpenDatabase(m_file);
}

void Connection::clearCache()
{
    for (auto& [sql, entry] : m_cache)
        sqlite3_finalize(entry.stmt);
    m_cache.clear();
}

Statement Connection::prepare(std::string_view sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end() && !it->second.inUse) {
        it->second.inUse = true;
        return Statement(it->second.stmt, &it->second.inUse);
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        throwSqliteError(sqlite3_extended_errcode(m_db), m_db, sql);
    }
    if (it != m_cache.end()) // the cached one is busy (re-entrant use): a one-off statement
        return Statement(stmt, nullptr);
    auto [slot, inserted] = m_cache.emplace(std::string(sql), CacheEntry{stmt, true});
    Q_UNUSED(inserted);
    return Statement(stmt, &slot->second.inUse);
}

void Connection::exec(std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        throwSqliteError(sqlite3_extended_errcode(m_db), m_db, sql);
}

qint64 Connection::queryInt(std::string_view sql)
{
    Statement st = prepare(sql);
    return st.step() ? st.int64(0) : 0;
}

qint64 Connection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(Connection& connection) : m_connection(connection)
{
    // A savepoint depth of 0 with an open transaction means someone else began it
    // (e.g. a raw BEGIN in a migration): nest inside it with a savepoint.
    if (m_connection.m_savepointDepth == 0 && !m_connection.inTransaction()) {
        // IMMEDIATE takes the write lock up front, so the busy timeout applies and a
        // read-then-write never fails with a stale snapshot.
        m_connection.prepare(m_connection.isReadOnly() ? "BEGIN" : "BEGIN IMMEDIATE").run();
        m_level = 0;
    } else {
        // Cached statements: a bulk import opens a savepoint per prospect.
        m_level = m_connection.m_savepointDepth + 1;
        m_connection.prepare("SAVEPOINT accord_" + std::to_string(m_level)).run();
    }
    ++m_connection.m_savepointDepth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_connection.m_savepointDepth;
    // Errors here are ignored: SQLite may already have rolled back (disk full, I/O).
    const std::string sql = m_level == 0 ? std::string("ROLLBACK")
                                         : "ROLLBACK TO accord_" + std::to_string(m_level) +
                                               "; RELEASE accord_" + std::to_string(m_level);
    sqlite3_exec(m_connection.handle(), sql.c_str(), nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    if (m_done)
        return;
    if (m_level == 0)
        m_connection.prepare("COMMIT").run();
    else
        m_connection.prepare("RELEASE accord_" + std::to_string(m_level)).run();
    m_done = true;
    --m_connection.m_savepointDepth;
}

void expectChanged(Connection& db, const char* what)
{
    if (db.changes() == 0)
        throw core::StoreError(
            QStringLiteral("The %1 no longer exists; it may have been deleted elsewhere.")
                .arg(QLatin1String(what)));
}

QString idArray(const std::vector<core::Id>& ids)
{
    QString out = QStringLiteral("[");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += u',';
        out += QString::number(ids[i]);
    }
    out += u']';
    return out;
}

} // namespace accord::storage
