#include "Database.h"

#include "core/io/FileIo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace accord::storage {

namespace {

// A stoppable backup copies 1024 pages (4 MB at the default page size) per
// step: stopping it waits for one step at most.
constexpr int kBackupPagesPerStep = 1024;

core::StoreError notAccord(const QString& path, const QString& why)
{
    return core::StoreError(QStringLiteral("%1 is not an Accord database (%2).")
                                .arg(QDir::toNativeSeparators(path), why));
}

// An SQLite file whose contents are broken: damage, not a foreign file.
DamagedDatabaseError damaged(const QString& path, const QString& why)
{
    return DamagedDatabaseError(QStringLiteral("%1 is damaged: %2. Restore it from a backup.")
                                    .arg(QDir::toNativeSeparators(path), why));
}

quint32 bigEndian(const QByteArray& bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

// Looks at the 100-byte SQLite header before SQLite reads the file, so a
// foreign or truncated file is refused without being modified. The bytes are
// read through SQLite's own file handle (SQLITE_FCNTL_FILE_POINTER): opening
// and closing another descriptor of the file would drop every POSIX lock this
// process holds on it, the locks of its other connections included.
void checkHeader(sqlite3* handle, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        !file || !file->pMethods)
        throw core::StoreError(QStringLiteral("%1 could not be read.").arg(shown));
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        throw core::StoreError(QStringLiteral("%1 could not be read.").arg(shown));
    if (size == 0)
        return; // an empty file is a new database
    QByteArray header(100, '\0');
    const int rc = file->pMethods->xRead(file, header.data(), 100, 0);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        throw core::StoreError(QStringLiteral("%1 could not be read (%2).")
                                   .arg(shown, QString::fromUtf8(sqlite3_errstr(rc))));
    header.truncate(static_cast<int>(std::min<sqlite3_int64>(size, 100)));
    static const QByteArray kMagic("SQLite format 3\0", 16);
    if (!header.startsWith(kMagic))
        throw notAccord(path, QStringLiteral("it is not an SQLite database file"));
    if (header.size() < 100)
        throw damaged(path, QStringLiteral("the file is truncated"));
    qint64 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        throw damaged(path, QStringLiteral("its header is broken"));
    const quint32 changeCounter = bigEndian(header, 24, 4);
    const quint32 pageCount = bigEndian(header, 28, 4);
    const quint32 validFor = bigEndian(header, 92, 4);
    // While a write-ahead log is in use, a checkpoint of another connection may
    // have written page 1 (the new page count) before the pages that grow the file.
    const bool walInUse = header.at(18) == 2 && QFileInfo::exists(path + QStringLiteral("-wal"));
    if (size % pageSize != 0 ||
        (!walInUse && pageCount > 0 && changeCounter == validFor && size < pageSize * pageCount))
        throw damaged(path, QStringLiteral("the file is truncated"));
}

// The stable id daily copies are named by (core/io/DailyBackups.h), made on the first
// writable open. Copies written by backupDatabase() carry none, so a copy put
// back in use gets an id of its own.
void ensurePipelineId(Connection& db)
{
    Statement read = db.prepare("SELECT value FROM setting WHERE key = ?1");
    read.bind(1, QString::fromLatin1(kPipelineIdKey));
    const bool present = read.step() && !read.text(0).isEmpty();
    read.reset();
    if (present)
        return;
    Transaction tx(db);
    Statement insert = db.prepare("INSERT OR IGNORE INTO setting(key, value) VALUES (?1, ?2)");
    insert.bind(1, QString::fromLatin1(kPipelineIdKey))
        .bind(2, QUuid::createUuid().toString(QUuid::Id128).left(12));
    insert.run();
    tx.commit();
}

bool fileIsWritable(const QString& path)
{
    // Root can write anything, so look at the owner's write bit as well: a file
    // marked read-only is opened read-only for everyone.
    const QFileInfo info(path);
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

void foldFunction(sqlite3_context* context, int, sqlite3_value** args)
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_value_text(args[0]));
    const QByteArray folded = data ? QString::fromUtf8(data, sqlite3_value_bytes(args[0]))
                                         .trimmed()
                                         .toCaseFolded()
                                         .toUtf8()
                                   : QByteArray();
    sqlite3_result_text(context, folded.constData(), static_cast<int>(folded.size()),
                        SQLITE_TRANSIENT);
}

void blankFunction(sqlite3_context* context, int, sqlite3_value** args)
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_value_text(args[0]));
    const bool blank =
        !data || QString::fromUtf8(data, sqlite3_value_bytes(args[0])).trimmed().isEmpty();
    sqlite3_result_int(context, blank ? 1 : 0);
}

// SQL helpers that match core's QString rules exactly (Unicode trimming and
// case folding), used by the evidence aggregates.
void registerFunctions(sqlite3* db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "accord_fold", 1, flags, nullptr, foldFunction, nullptr, nullptr,
                               nullptr);
    sqlite3_create_function_v2(db, "accord_blank", 1, flags, nullptr, blankFunction, nullptr,
                               nullptr, nullptr);
}

} // namespace

std::unique_ptr<Connection> openDatabase(const QString& path, const DatabaseOptions& options)
{
    const std::vector<MigrationStep>& steps =
        options.migrations ? *options.migrations : migrations();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (path.isEmpty())
        throw core::StoreError(QStringLiteral("No database file was given."));
    if (info.isDir())
        throw core::StoreError(
            QStringLiteral("%1 is a folder, not an Accord database.").arg(shown));
    if (!info.exists()) {
        if (options.readOnly)
            throw core::StoreError(QStringLiteral("%1 does not exist.").arg(shown));
        QDir().mkpath(info.absolutePath());
        // Pipelines are private: the file (and SQLite's -wal/-shm beside it) is 0600.
        // Not exclusive: two processes creating the same new file both go on to
        // SQLite, which lets one set it up and the other find it set up.
        const QByteArray native = QFile::encodeName(path);
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            throw core::StoreError(QStringLiteral("%1 could not be created (%2).")
                                       .arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
        ::close(fd);
    }

    const bool readOnly = options.readOnly || !fileIsWritable(path);
    const auto open = [&](bool immutable) {
        const QByteArray uri = "file:" + QUrl::toPercentEncoding(info.absoluteFilePath(), "/") +
                               (immutable  ? "?immutable=1"
                                : readOnly ? "?mode=ro"
                                           : "");
        sqlite3* opened = nullptr;
        const int rc = sqlite3_open_v2(
            uri.constData(), &opened,
            (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_URI, nullptr);
        auto connection = std::make_unique<Connection>(opened);
        if (rc != SQLITE_OK)
            throw core::StoreError(QStringLiteral("%1 could not be opened (%2).")
                                       .arg(shown, QString::fromUtf8(sqlite3_errstr(
                                                       sqlite3_extended_errcode(opened)))));
        return connection;
    };
    std::unique_ptr<Connection> db;
    // A WAL reader needs the -shm beside the file. Read-only opens take the
    // ordinary read-only way first (another user may be writing there); only
    // when that fails for want of a -shm nobody may make (read-only media, no
    // -wal: nobody can be writing there) is the file read as immutable.
    const bool mayBeImmutable = readOnly && !fileIsWritable(info.absolutePath()) &&
                                !QFileInfo::exists(path + QStringLiteral("-wal"));
    try {
        db = open(false);
        if (mayBeImmutable) {
            const int rc = sqlite3_exec(db->handle(), "SELECT count(*) FROM sqlite_schema", nullptr,
                                        nullptr, nullptr);
            const int primary = rc & 0xff;
            if (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY)
                db.reset();
        }
    } catch (const core::StoreError&) {
        if (!mayBeImmutable)
            throw;
    }
    if (!db)
        db = open(true);
    sqlite3* handle = db->handle();
    checkHeader(handle, path);
    db->setReadOnly(readOnly);
    sqlite3_busy_timeout(handle, 5000);
    registerFunctions(handle);

    int version = 0;
    qint64 tables = 0;
    qint64 applicationId = 0;
    try {
        tables = db->queryInt("SELECT count(*) FROM sqlite_schema");
        version = userVersion(*db);
        applicationId = db->queryInt("PRAGMA application_id");
    } catch (const core::StoreError&) {
        const int code = sqlite3_errcode(handle);
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            throw damaged(path, QStringLiteral("its list of tables cannot be read (%1)")
                                    .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        throw;
    }
    if (applicationId != 0 && applicationId != kApplicationId)
        throw notAccord(path, QStringLiteral("it belongs to another program"));
    if (version == 0 && tables > 0)
        throw notAccord(path, QStringLiteral("it holds another program's tables"));
    const int latest = latestVersion(steps);
    if (version > latest)
        throw core::StoreError(
            QStringLiteral("%1 was saved by a newer version of Accord (schema %2; this version "
                           "reads up to %3), so it was left untouched.")
                .arg(shown)
                .arg(version)
                .arg(latest));

    db->exec("PRAGMA foreign_keys = ON");
    // 96 MB of page cache at most (default 2 MB): the board's and the review's
    // indexes, the prospect rows and the hot part of the search index stay in
    // memory at the reference scale instead of being read again on every pass.
    db->exec("PRAGMA cache_size = -98304");
    if (readOnly) {
        if (version < latest)
            throw core::StoreError(
                QStringLiteral("%1 is read-only and needs an upgrade or set-up, so it cannot be "
                               "opened.")
                    .arg(shown));
        return db;
    }
    db->exec("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA synchronous = FULL");
    migrate(*db, path, steps);
    if (!options.migrations)
        ensurePipelineId(*db);
    return db;
}

namespace {

// The copy is a file of its own: rollback journal (readable from read-only
// media without a -shm) and no pipeline id (a copy put back in use gets one).
int detachCopy(sqlite3* dest)
{
    int rc = sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_stmt* st = nullptr;
    rc = sqlite3_prepare_v2(dest,
                            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'setting'",
                            -1, &st, nullptr);
    const bool hasSettings = rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    if (rc != SQLITE_OK || !hasSettings)
        return rc;
    const std::string sql = std::string("DELETE FROM setting WHERE key = '") + kPipelineIdKey + "'";
    return sqlite3_exec(dest, sql.c_str(), nullptr, nullptr, nullptr);
}

bool copyDatabase(sqlite3* source, const QString& target, const std::function<bool()>& cancelled)
{
    const QString shown = QDir::toNativeSeparators(target);
    // Never over a database in use, here or in another process (the rename would
    // replace it under them); an earlier copy may be replaced.
    core::refuseDatabaseTarget(target, kApplicationId);
    if (QFileInfo(target).isDir())
        throw core::StoreError(
            QStringLiteral("The backup %1 could not be written: it is a folder.").arg(shown));
    // A part file of this copy alone: two processes writing the same target never
    // write into or delete each other's part.
    const QString part = QStringLiteral("%1.%2.part")
                             .arg(target, QUuid::createUuid().toString(QUuid::Id128).left(8));
    {
        const QByteArray native = QFile::encodeName(part);
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            throw core::StoreError(QStringLiteral("The backup %1 could not be created (%2).")
                                       .arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
        ::close(fd);
    }
    auto removePart = [&part] {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(part + QLatin1String(suffix));
    };
    bool stopped = false;
    sqlite3* dest = nullptr;
    const QByteArray native = QFile::encodeName(part);
    int rc = sqlite3_open_v2(native.constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        // A stoppable copy takes many steps: hold one read transaction on the
        // source across them (unless the caller already has one open).
        const bool snapshot = cancelled && sqlite3_get_autocommit(source) != 0;
        if (snapshot)
            rc = sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_schema", nullptr, nullptr,
                              nullptr);
        sqlite3_backup* backup =
            rc == SQLITE_OK ? sqlite3_backup_init(dest, "main", source, "main") : nullptr;
        if (backup) {
            const int pagesPerStep = cancelled ? kBackupPagesPerStep : -1;
            do {
                if (cancelled && cancelled()) {
                    stopped = true;
                    break;
                }
                rc = sqlite3_backup_step(backup, pagesPerStep);
            } while (rc == SQLITE_OK);
            const int finish = sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = finish;
        } else if (rc == SQLITE_OK) {
            rc = sqlite3_extended_errcode(dest);
        }
        if (snapshot && sqlite3_get_autocommit(source) == 0)
            sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK && !stopped)
            rc = detachCopy(dest);
    }
    sqlite3_close_v2(dest);
    if (stopped) {
        removePart();
        return false;
    }
    if (rc != SQLITE_OK) {
        removePart();
        throw core::StoreError(QStringLiteral("The backup %1 could not be written (%2).")
                                   .arg(shown, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    // rename() replaces an older target atomically.
    if (::rename(native.constData(), QFile::encodeName(target).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        removePart();
        throw core::StoreError(
            QStringLiteral("The backup %1 could not be written (%2).").arg(shown, why));
    }
    return true;
}

} // namespace

bool backupDatabase(Connection& source, const QString& target,
                    const std::function<bool()>& cancelled)
{
    return copyDatabase(source.handle(), target, cancelled);
}

void backupDatabaseFile(Connection& db, const QString& target)
{
    // A connection of its own reads the last committed state, even while `db`
    // holds the write lock (the backup API cannot read a connection that does).
    const char* file = sqlite3_db_filename(db.handle(), "main");
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(file, &handle, SQLITE_OPEN_READONLY, nullptr);
    Connection reader(handle);
    if (rc != SQLITE_OK)
        throw core::StoreError(
            QStringLiteral("The backup %1 could not be written (%2).")
                .arg(QDir::toNativeSeparators(target), QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_busy_timeout(handle, 5000);
    copyDatabase(handle, target, {});
}

} // namespace accord::storage
