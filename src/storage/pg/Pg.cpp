#include "Pg.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <tuple>

#include <libpq-fe.h>

namespace accord::storage::pg {

Q_LOGGING_CATEGORY(lcPg, "accord.storage.pg")

namespace {

QString serverMessage(pg_conn* conn, const pg_result* result)
{
    const char* text = result ? PQresultErrorMessage(result) : nullptr;
    if ((!text || !*text) && conn)
        text = PQerrorMessage(conn);
    return QString::fromUtf8(text ? text : "").trimmed();
}

QString field(const pg_result* result, int code)
{
    const char* value = result ? PQresultErrorField(result, code) : nullptr;
    return QString::fromUtf8(value ? value : "");
}

bool connectionGone(pg_conn* conn)
{
    return !conn || PQstatus(conn) != CONNECTION_OK;
}

// One sentence for a failed connection attempt.
QString connectSentence(const QString& message)
{
    if (message.contains(QLatin1String("password"), Qt::CaseInsensitive) &&
        (message.contains(QLatin1String("no password supplied")) ||
         message.contains(QLatin1String("password authentication failed"))))
        return QStringLiteral("The team server needs a password for this user, or refused the one "
                              "given.");
    if (message.contains(QLatin1String("does not exist")) &&
        message.contains(QLatin1String("database")))
        return QStringLiteral("The team server has no such database.");
    if (message.contains(QLatin1String("role")) &&
        message.contains(QLatin1String("does not exist")))
        return QStringLiteral("The team server does not know this user.");
    if (message.contains(QLatin1String("invalid")) || message.contains(QLatin1String("missing")))
        return QStringLiteral("The team server address is not valid: %1").arg(message);
    return QStringLiteral("The team server could not be reached: %1").arg(message);
}

} // namespace

void throwPgError(pg_conn* conn, const pg_result* result, std::string_view sql)
{
    const QString message = serverMessage(conn, result);
    const QString state = field(result, PG_DIAG_SQLSTATE);
    qCWarning(lcPg).noquote() << "server error" << state << message << "in"
                              << QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size()));
    if (connectionGone(conn) || state.startsWith(QLatin1String("08")) ||
        state == QLatin1String("57P01") || state == QLatin1String("57P02") ||
        state == QLatin1String("57P03")) {
        if (conn)
            PQreset(conn);
        throw ConnectionLostError(
            QStringLiteral("The connection to the team server was lost, so the last action was "
                           "not saved; Accord has reconnected, try it again."));
    }
    // Accord's own triggers refuse with a sentence naming what the user may not do.
    if (state == QLatin1String("42501") &&
        field(result, PG_DIAG_CONTEXT).contains(QLatin1String("function accord_")))
        throw PermissionError(field(result, PG_DIAG_MESSAGE_PRIMARY));
    if (state == QLatin1String("42501"))
        throw PermissionError(QStringLiteral(
            "The team server refused the change: it belongs to a prospect you may not change."));
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03"))
        throw RetryableError(
            QStringLiteral("Someone changed the same data at the same moment; nothing was saved, "
                           "try again."));
    if (state == QLatin1String("23505"))
        throw core::StoreError(QStringLiteral("An item with the same identity already exists."));
    if (state == QLatin1String("23503"))
        throw core::StoreError(QStringLiteral("The change refers to an item that does not exist."));
    if (state.startsWith(QLatin1String("23")))
        throw core::StoreError(QStringLiteral("The change breaks a rule of the stored data."));
    if (state == QLatin1String("25006"))
        throw core::StoreError(
            QStringLiteral("The team server is read-only, so the change was not saved."));
    if (state == QLatin1String("53100"))
        throw core::StoreError(
            QStringLiteral("The team server's disk is full, so the change was not saved."));
    if (state == QLatin1String("P0001")) // raised by Accord's own triggers: their sentence
        throw core::StoreError(message.section(QLatin1Char('\n'), 0, 0)
                                   .remove(QRegularExpression(QStringLiteral("^ERROR:\\s*"))));
    throw core::StoreError(QStringLiteral("The team server reported an error (%1).")
                               .arg(message.section(QLatin1Char('\n'), 0, 0)));
}

std::string toDollarParameters(std::string_view sql)
{
    std::string out;
    out.reserve(sql.size());
    char quote = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
            out += '$';
            continue;
        }
        out += c;
    }
    return out;
}

// ---------------------------------------------------------------- Statement

Statement::Statement(pg_conn* conn, const std::string* name, const std::string* sql, int parameters)
    : m_conn(conn), m_name(name), m_sql(sql), m_values(static_cast<std::size_t>(parameters))
{}

Statement::Statement(Statement&& other) noexcept
    : m_conn(other.m_conn), m_name(other.m_name), m_sql(other.m_sql),
      m_values(std::move(other.m_values)), m_bytes(std::move(other.m_bytes)),
      m_binaryResults(other.m_binaryResults), m_result(other.m_result), m_row(other.m_row),
      m_rows(other.m_rows), m_affected(other.m_affected)
{
    other.m_result = nullptr;
}

Statement::~Statement()
{
    clearResult();
}

void Statement::clearResult()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
}

std::optional<std::string>& Statement::slot(int index)
{
    if (index < 1)
        throw core::StoreError(QStringLiteral("A statement parameter is out of range."));
    const auto at = static_cast<std::size_t>(index);
    if (m_values.size() < at)
        m_values.resize(at);
    if (m_bytes.size() >= at)
        m_bytes[at - 1].reset();
    return m_values[at - 1];
}

Statement& Statement::bindBytes(int index, const QByteArray& value)
{
    slot(index) = std::string();
    m_bytes.resize(std::max(m_bytes.size(), static_cast<std::size_t>(index)));
    m_bytes[static_cast<std::size_t>(index - 1)] = value.isNull() ? QByteArray("") : value;
    return *this;
}

QByteArray Statement::bytes(int column) const
{
    return QByteArray(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

Statement& Statement::bind(int index, qint64 value)
{
    slot(index) = std::to_string(value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    slot(index) = QByteArray::number(value, 'g', 17).toStdString();
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.contains(QChar(0)))
        throw core::StoreError(QStringLiteral("A team server cannot store text with a NUL "
                                              "character in it; nothing was saved."));
    slot(index) = value.toStdString();
    return *this;
}

Statement& Statement::bindNull(int index)
{
    slot(index).reset();
    return *this;
}

Statement& Statement::bindId(int index, core::Id id)
{
    return id == core::kNoId ? bindNull(index) : bind(index, static_cast<qint64>(id));
}

Statement& Statement::bindTime(int index, const QDateTime& t)
{
    return t.isValid() ? bind(index, t.toSecsSinceEpoch()) : bindNull(index);
}

Statement& Statement::bindDate(int index, const QDate& d)
{
    return d.isValid() ? bind(index, d.toString(Qt::ISODate)) : bindNull(index);
}

void Statement::execute()
{
    clearResult();
    std::vector<const char*> values(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i)
        values[i] = m_values[i] ? m_values[i]->c_str() : nullptr;
    // Bytes travel as they are (format 1), not as text.
    std::vector<int> lengths(m_values.size(), 0); // read for binary parameters only
    std::vector<int> formats(m_values.size(), 0);
    for (std::size_t i = 0; i < m_bytes.size() && i < m_values.size(); ++i)
        if (m_bytes[i])
            std::tie(values[i], lengths[i], formats[i]) =
                std::tuple(m_bytes[i]->constData(), static_cast<int>(m_bytes[i]->size()), 1);
    m_result =
        PQexecPrepared(m_conn, m_name->c_str(), static_cast<int>(values.size()), values.data(),
                       lengths.data(), formats.data(), m_binaryResults ? 1 : 0);
    const ExecStatusType status = m_result ? PQresultStatus(m_result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        pg_result* failed = m_result;
        m_result = nullptr;
        struct Clear
        {
            pg_result* r;
            ~Clear() { PQclear(r); }
        } clear{failed};
        throwPgError(m_conn, failed, *m_sql);
    }
    m_rows = PQntuples(m_result);
    const char* tuples = PQcmdTuples(m_result);
    m_affected = tuples && *tuples ? std::atoi(tuples) : 0;
    m_row = -1;
}

bool Statement::step()
{
    if (!m_result)
        execute();
    if (m_row + 1 >= m_rows) {
        m_row = m_rows;
        return false;
    }
    ++m_row;
    return true;
}

void Statement::run()
{
    execute();
    clearResult();
}

void Statement::reset()
{
    clearResult();
}

bool Statement::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column) != 0;
}

std::string_view Statement::utf8(int column) const
{
    return {PQgetvalue(m_result, m_row, column),
            static_cast<std::size_t>(PQgetlength(m_result, m_row, column))};
}

qint64 Statement::int64(int column) const
{
    const std::string_view text = utf8(column);
    if (text == "t")
        return 1;
    if (text == "f")
        return 0;
    qint64 value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

double Statement::real(int column) const
{
    const std::string_view text = utf8(column);
    return QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size())).toDouble();
}

QString Statement::text(int column) const
{
    const std::string_view text = utf8(column);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QDateTime Statement::time(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromSecsSinceEpoch(int64(column), QTimeZone::utc());
}

QDate Statement::date(int column) const
{
    if (isNull(column))
        return {};
    return QDate::fromString(text(column).left(10), Qt::ISODate);
}

// ---------------------------------------------------------------- Connection

std::unique_ptr<Connection> Connection::open(const QString& conninfo)
{
    const QByteArray info = conninfo.toUtf8();
    // A server that does not answer is given up after 10 seconds, unless the
    // location says otherwise (its own keywords come after these and win).
    const char* keywords[] = {"connect_timeout", "dbname", nullptr};
    const char* values[] = {"10", info.constData(), nullptr};
    pg_conn* conn = PQconnectdbParams(keywords, values, 1);
    if (connectionGone(conn)) {
        const QString message =
            QString::fromUtf8(conn ? PQerrorMessage(conn) : "out of memory").trimmed();
        PQfinish(conn);
        qCWarning(lcPg).noquote() << "cannot connect to" << withoutPassword(conninfo) << message;
        throw ConnectionLostError(connectSentence(message));
    }
    std::unique_ptr<Connection> connection(new Connection(conn, withoutPassword(conninfo)));
    connection->afterConnect();
    return connection;
}

Connection::Connection(pg_conn* conn, QString location)
    : m_conn(conn), m_location(std::move(location))
{}

Connection::~Connection()
{
    m_cache.clear();
    PQfinish(m_conn);
}

void Connection::afterConnect()
{
    m_backend = PQbackendPID(m_conn);
    ++m_sessions;
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
    exec("SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, YMD'; SET client_encoding = 'UTF8'");
    if (m_readOnly)
        exec("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    for (const std::string& channel : m_channels)
        exec("LISTEN " + channel);
}

bool Connection::ensureConnected()
{
    if (!connectionGone(m_conn))
        return true;
    PQreset(m_conn);
    m_cache.clear();
    if (connectionGone(m_conn))
        return false;
    afterConnect();
    return true;
}

Statement Connection::prepare(std::string_view sql)
{
    if (connectionGone(m_conn) && !ensureConnected())
        throwPgError(m_conn, nullptr, sql);
    renewSession();
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto prepared = std::make_unique<Prepared>();
        prepared->name = "accord_" + std::to_string(m_nextName++);
        prepared->sql = toDollarParameters(sql);
        pg_result* made =
            PQprepare(m_conn, prepared->name.c_str(), prepared->sql.c_str(), 0, nullptr);
        if (!made || PQresultStatus(made) != PGRES_COMMAND_OK) {
            struct Clear
            {
                pg_result* r;
                ~Clear() { PQclear(r); }
            } clear{made};
            throwPgError(m_conn, made, sql);
        }
        PQclear(made);
        pg_result* described = PQdescribePrepared(m_conn, prepared->name.c_str());
        prepared->parameters = described ? PQnparams(described) : 0;
        PQclear(described);
        it = m_cache.emplace(std::string(sql), std::move(prepared)).first;
    }
    const Prepared& p = *it->second;
    return {m_conn, &p.name, &p.sql, p.parameters};
}

void Connection::renewSession()
{
    if (PQbackendPID(m_conn) == m_backend || connectionGone(m_conn))
        return;
    // Reset after a lost connection (throwPgError): the server forgot the
    // prepared statements, the session settings and what it listened to.
    m_cache.clear();
    afterConnect();
}

void Connection::exec(std::string_view sql)
{
    renewSession();
    const std::string text(sql);
    pg_result* result = PQexec(m_conn, text.c_str());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        struct Clear
        {
            pg_result* r;
            ~Clear() { PQclear(r); }
        } clear{result};
        throwPgError(m_conn, result, sql);
    }
    PQclear(result);
}

qint64 Connection::queryInt(std::string_view sql)
{
    Statement st = prepare(sql);
    return st.step() && !st.isNull(0) ? st.int64(0) : 0;
}

QString Connection::queryText(std::string_view sql)
{
    Statement st = prepare(sql);
    return st.step() ? st.text(0) : QString();
}

bool Connection::inTransaction() const
{
    return PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

void Connection::clearCache()
{
    if (!connectionGone(m_conn) && !inTransaction())
        exec("DEALLOCATE ALL");
    m_cache.clear();
}

QString Connection::currentUser()
{
    return queryText("SELECT current_user");
}

void Connection::listen(const std::string& channel)
{
    exec("LISTEN " + channel);
    m_channels.push_back(channel);
}

int Connection::socket() const
{
    return PQsocket(m_conn);
}

std::vector<Notification> Connection::takeNotifications()
{
    std::vector<Notification> out;
    if (!PQconsumeInput(m_conn) || connectionGone(m_conn)) {
        qCWarning(lcPg).noquote() << "reading notifications:" << PQerrorMessage(m_conn);
        if (!ensureConnected())
            throwPgError(m_conn, nullptr, "LISTEN");
        renewSession();
        return out;
    }
    while (PGnotify* n = PQnotifies(m_conn)) {
        out.push_back({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra)});
        PQfreemem(n);
    }
    return out;
}

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(Connection& connection, const char* begin)
    : m_connection(connection), m_level(connection.m_savepointDepth)
{
    if (m_level == 0)
        m_connection.exec(begin);
    else
        m_connection.exec("SAVEPOINT accord_" + std::to_string(m_level));
    ++m_connection.m_savepointDepth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_connection.m_savepointDepth;
    try {
        if (connectionGone(m_connection.m_conn)) {
            m_connection.m_savepointDepth = 0;
            m_connection.m_keptSavepoints = 0;
            return;
        }
        if (m_level == 0) {
            m_connection.m_keptSavepoints = 0;
            m_connection.exec("ROLLBACK");
        } else {
            // The latest savepoint of this name is this scope's: those kept by
            // earlier scopes at this level were made before it.
            m_connection.exec("ROLLBACK TO SAVEPOINT accord_" + std::to_string(m_level) +
                              "; RELEASE SAVEPOINT accord_" + std::to_string(m_level));
        }
    } catch (const core::StoreError& e) {
        qCWarning(lcPg) << "rollback failed:" << e.what();
    }
}

void Transaction::commit()
{
    --m_connection.m_savepointDepth;
    m_done = true;
    if (m_level == 0) {
        m_connection.m_keptSavepoints = 0;
        m_connection.exec("COMMIT");
    } else if (m_connection.m_keptSavepoints < 16) {
        ++m_connection.m_keptSavepoints; // released with the outermost scope
    } else {
        m_connection.exec("RELEASE SAVEPOINT accord_" + std::to_string(m_level));
    }
}

// ---------------------------------------------------------------- helpers

void expectChanged(const Statement& st, const char* what)
{
    if (st.affected() == 0)
        throw core::StoreError(QStringLiteral("The %1 no longer exists.").arg(QLatin1String(what)));
}

QString idArray(const std::vector<core::Id>& ids)
{
    QString out = QStringLiteral("{");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QString::number(ids[i]);
    }
    out += QLatin1Char('}');
    return out;
}

bool isServerLocation(const QString& location)
{
    const QString t = location.trimmed();
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://")))
        return true;
    // A libpq keyword string: "service=team", "host=db dbname=accord" …
    static const QRegularExpression keywords(
        QStringLiteral("^(service|host|hostaddr|dbname|user|port)\\s*="));
    return keywords.match(t).hasMatch();
}

QString withoutPassword(const QString& location)
{
    QString t = location.trimmed();
    if (t.startsWith(QLatin1String("postgresql://")) ||
        t.startsWith(QLatin1String("postgres://"))) {
        QUrl url(t);
        url.setPassword(QString());
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
        return url.toString();
    }
    static const QRegularExpression password(QStringLiteral("\\bpassword\\s*=\\s*('[^']*'|\\S*)"));
    return t.remove(password).simplified();
}

} // namespace accord::storage::pg
