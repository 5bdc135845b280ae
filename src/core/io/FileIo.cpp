#include "FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace accord::core {

namespace {
/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::io)
};

// ---- the open databases of this process --------------------------------------

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId&) const = default;
};

std::optional<FileId> fileId(const QString& path)
{
    struct stat st
    {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino};
}

struct OpenDatabase
{
    QString path;                 // absolute, as opened
    std::optional<FileId> file;   // the database file itself
    std::optional<FileId> folder; // its folder, for -wal/-shm that do not exist yet
    QString name;                 // its file name in that folder
    int count = 0;
};

std::mutex& registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::vector<OpenDatabase>& registry()
{
    static std::vector<OpenDatabase> open;
    return open;
}

const char* const kCompanions[] = {"", "-wal", "-shm", "-journal"};

} // namespace

void registerOpenDatabase(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    const QString path = info.absoluteFilePath();
    std::lock_guard lock(registryMutex());
    for (OpenDatabase& db : registry())
        if (db.path == path) {
            ++db.count;
            return;
        }
    registry().push_back({path, fileId(path), fileId(info.absolutePath()), info.fileName(), 1});
}

void unregisterOpenDatabase(const QString& databasePath)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    std::lock_guard lock(registryMutex());
    auto& open = registry();
    for (auto it = open.begin(); it != open.end(); ++it)
        if (it->path == path) {
            if (--it->count == 0)
                open.erase(it);
            return;
        }
}

bool isOpenDatabaseFile(const QString& path)
{
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    const std::optional<FileId> target = fileId(path);
    // A file not there yet is matched by its folder and name (a symlinked folder too).
    const std::optional<FileId> folder = fileId(info.absolutePath());
    const QString name = info.fileName();
    std::lock_guard lock(registryMutex());
    for (const OpenDatabase& db : registry()) {
        for (const char* suffix : kCompanions) {
            const QString companion = db.name + QLatin1String(suffix);
            if (folder && db.folder && *folder == *db.folder && name == companion)
                return true;
            if (target) {
                const std::optional<FileId> other =
                    *suffix ? fileId(db.path + QLatin1String(suffix)) : db.file;
                if (other && *other == *target)
                    return true;
            }
        }
    }
    return false;
}

void refuseOpenDatabaseFile(const QString& path)
{
    if (isOpenDatabaseFile(path))
        throw StoreError(Text::tr("%1 is the open database (or one of its -wal/-shm files); choose "
                                  "another file.")
                             .arg(QDir::toNativeSeparators(path)));
}

bool hasDatabaseCompanions(const QString& path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) ||
           QFileInfo::exists(path + QStringLiteral("-shm"));
}

void refuseDatabaseTarget(const QString& path, quint32 replaceableCopyOf)
{
    const QString shown = QDir::toNativeSeparators(path);
    refuseOpenDatabaseFile(path);
    if (hasDatabaseCompanions(path))
        throw StoreError(
            Text::tr("%1 is a database in use (a -wal or -shm file is beside it); choose "
                     "another file.")
                .arg(shown));
    if (!QFileInfo(path).isFile())
        return;
    // Not open in this process (refused above), so a short read cannot drop its locks.
    QByteArray header;
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            header = file.read(100);
    }
    static const QByteArray kMagic("SQLite format 3\0", 16);
    if (!header.startsWith(kMagic))
        return;
    const auto byte = [&header](int at) { return static_cast<quint8>(header.at(at)); };
    const bool rollbackJournal = header.size() >= 100 && byte(18) == 1 && byte(19) == 1;
    const quint32 applicationId = header.size() >= 72
                                      ? (quint32(byte(68)) << 24) | (quint32(byte(69)) << 16) |
                                            (quint32(byte(70)) << 8) | byte(71)
                                      : 0;
    if (replaceableCopyOf != 0 && rollbackJournal && applicationId == replaceableCopyOf)
        return; // an earlier copy: replacing it is what the user asked for
    throw StoreError(
        Text::tr("%1 is a database, not an earlier backup copy; choose another file.").arg(shown));
}

QString createPrivateFileBeside(const QString& target)
{
    const QFileInfo info(target);
    const QString folder = info.absolutePath();
    if (!QDir(folder).exists() && !QDir().mkpath(folder))
        throw StoreError(
            Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    for (int attempt = 0; attempt < 16; ++attempt) {
        QString path =
            QStringLiteral("%1/.%2.%3.new")
                .arg(folder, info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12));
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            return path;
        }
        if (errno != EEXIST)
            throw StoreError(Text::tr("Cannot write in %1: %2")
                                 .arg(QDir::toNativeSeparators(folder),
                                      QString::fromLocal8Bit(std::strerror(errno))));
    }
    throw StoreError(Text::tr("Cannot write in %1.").arg(QDir::toNativeSeparators(folder)));
}

bool moveIntoPlaceIfAbsent(const QString& from, const QString& target)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray dest = QFile::encodeName(target);
    int rc =
        ::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, dest.constData(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP)) {
        // A file system without RENAME_NOREPLACE: a hard link fails as well when
        // the target exists.
        rc = ::link(source.constData(), dest.constData());
        if (rc == 0)
            ::unlink(source.constData());
    }
    if (rc == 0)
        return true;
    if (errno == EEXIST)
        return false;
    throw StoreError(
        Text::tr("Cannot create %1: %2")
            .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(std::strerror(errno))));
}

void removePrivateDatabaseFile(const QString& path)
{
    for (const char* suffix : kCompanions)
        QFile::remove(path + QLatin1String(suffix));
}

void writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        throw StoreError(Text::tr("No output file was given."));
    if (QFileInfo(path).isDir())
        throw StoreError(Text::tr("Cannot write %1: it is a folder.").arg(shown));
    refuseDatabaseTarget(path);
    // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to as it
    // is: a save file renamed over it would replace the device with a file.
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            throw StoreError(Text::tr("Cannot write %1: %2").arg(shown, device.errorString()));
        if (device.write(bytes) != bytes.size())
            throw StoreError(Text::tr("Cannot write %1: %2").arg(shown, device.errorString()));
        return;
    }
    QSaveFile file(path);
    // Exports and backups hold the pipeline's private data: owner only, like the database.
    if (!file.open(QIODevice::WriteOnly))
        throw StoreError(Text::tr("Cannot write %1: %2").arg(shown, file.errorString()));
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString why = file.errorString();
        file.cancelWriting();
        throw StoreError(Text::tr("Cannot write %1: %2").arg(shown, why));
    }
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        throw StoreError(Text::tr("Cannot write %1: %2").arg(shown, why));
    }
    if (!file.commit())
        throw StoreError(Text::tr("Cannot save %1: %2").arg(shown, file.errorString()));
}

QByteArray readWholeFile(const QString& path, qint64 maxBytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (isOpenDatabaseFile(path))
        throw ValidationError(
            QStringLiteral("file"),
            Text::tr("%1 is the open database (or one of its -wal/-shm files), not "
                     "a file to read.")
                .arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ValidationError(QStringLiteral("file"),
                              Text::tr("Cannot read %1: %2").arg(shown, file.errorString()));
    if (file.size() > maxBytes)
        throw ValidationError(QStringLiteral("file"),
                              Text::tr("%1 is too large (%2 bytes).").arg(shown).arg(file.size()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw ValidationError(QStringLiteral("file"),
                              Text::tr("Cannot read %1: %2").arg(shown, file.errorString()));
    return bytes;
}

} // namespace accord::core
