#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

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

quint32 bigEndian(const QByteArray& bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

// Looks at the 100-byte SQLite header before SQLite touches the file, so a
// foreign or truncated file is refused without being modified.
void checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::StoreError(QStringLiteral("%1 could not be read (%2).")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return; // an empty file is a new database
    const QByteArray header = file.read(100);
    static const QByteArray kMagic("SQLite format 3\0", 16);
    if (!header.startsWith(kMagic))
        throw notAccord(path, QStringLiteral("it is not an SQLite database file"));
    if (header.size() < 100)
        throw notAccord(path, QStringLiteral("the file is truncated"));
    qint64 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        throw notAccord(path, QStringLiteral("its header is damaged"));
    const quint32 changeCounter = bigEndian(header, 24, 4);
    const quint32 pageCount = bigEndian(header, 28, 4);
    const quint32 validFor = bigEndian(header, 92, 4);
    if (size % pageSize != 0 ||
        (pageCount > 0 && changeCounter == validFor && size < pageSize * pageCount))
        throw notAccord(path, QStringLiteral("the file is truncated"));
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
    if (info.isDir())
        throw core::StoreError(
            QStringLiteral("%1 is a folder, not an Accord database.").arg(shown));
    if (!info.exists()) {
        if (options.readOnly)
            throw core::StoreError(QStringLiteral("%1 does not exist.").arg(shown));
        QDir().mkpath(info.absolutePath());
        QFile file(path);
        // Pipelines are private: the file (and SQLite's -wal/-shm beside it) is 0600.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            throw core::StoreError(
                QStringLiteral("%1 could not be created (%2).").arg(shown, file.errorString()));
    } else {
        checkHeader(path);
    }

    const bool readOnly = options.readOnly || !fileIsWritable(path);
    sqlite3* handle = nullptr;
    const QByteArray native = QFile::encodeName(path);
    const int rc =
        sqlite3_open_v2(native.constData(), &handle,
                        readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, nullptr);
    auto db = std::make_unique<Connection>(handle);
    if (rc != SQLITE_OK)
        throw core::StoreError(
            QStringLiteral("%1 could not be opened (%2).")
                .arg(shown, QString::fromUtf8(sqlite3_errstr(sqlite3_extended_errcode(handle)))));
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
            throw notAccord(path, QStringLiteral("the file is damaged"));
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
    return db;
}

bool backupDatabase(Connection& source, const QString& target,
                    const std::function<bool()>& cancelled)
{
    const QString shown = QDir::toNativeSeparators(target);
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    {
        QFile file(part);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            throw core::StoreError(QStringLiteral("The backup %1 could not be created (%2).")
                                       .arg(shown, file.errorString()));
    }
    bool stopped = false;
    sqlite3* dest = nullptr;
    const QByteArray native = QFile::encodeName(part);
    int rc = sqlite3_open_v2(native.constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        // A stoppable copy takes many steps: hold one read transaction on the
        // source across them (unless the caller already has one open).
        const bool snapshot = cancelled && sqlite3_get_autocommit(source.handle()) != 0;
        if (snapshot)
            rc = sqlite3_exec(source.handle(), "BEGIN; SELECT count(*) FROM sqlite_schema", nullptr,
                              nullptr, nullptr);
        sqlite3_backup* backup =
            rc == SQLITE_OK ? sqlite3_backup_init(dest, "main", source.handle(), "main") : nullptr;
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
        if (snapshot && sqlite3_get_autocommit(source.handle()) == 0)
            sqlite3_exec(source.handle(), "COMMIT", nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(dest);
    if (stopped) {
        QFile::remove(part);
        return false;
    }
    if (rc != SQLITE_OK) {
        QFile::remove(part);
        throw core::StoreError(QStringLiteral("The backup %1 could not be written (%2).")
                                   .arg(shown, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    QFile::remove(target);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        throw core::StoreError(QStringLiteral("The backup %1 could not be written.").arg(shown));
    }
    return true;
}

} // namespace accord::storage
