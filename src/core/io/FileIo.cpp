#include "FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <mutex>
#include <sys/stat.h>
#include <vector>

namespace accord::core {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("accord::io", text);
}

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
        throw StoreError(tr("%1 is the open database (or one of its -wal/-shm files); choose "
                            "another file.")
                             .arg(QDir::toNativeSeparators(path)));
}

void writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        throw StoreError(tr("No output file was given."));
    if (QFileInfo(path).isDir())
        throw StoreError(tr("Cannot write %1: it is a folder.").arg(shown));
    refuseOpenDatabaseFile(path);
    QSaveFile file(path);
    // Exports and backups hold the pipeline's private data: owner only, like the database.
    if (!file.open(QIODevice::WriteOnly))
        throw StoreError(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString why = file.errorString();
        file.cancelWriting();
        throw StoreError(tr("Cannot write %1: %2").arg(shown, why));
    }
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        throw StoreError(tr("Cannot write %1: %2").arg(shown, why));
    }
    if (!file.commit())
        throw StoreError(tr("Cannot save %1: %2").arg(shown, file.errorString()));
}

QByteArray readWholeFile(const QString& path, qint64 maxBytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (isOpenDatabaseFile(path))
        throw ValidationError(QStringLiteral("file"),
                              tr("%1 is the open database (or one of its -wal/-shm files), not "
                                 "a file to read.")
                                  .arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ValidationError(QStringLiteral("file"),
                              tr("Cannot read %1: %2").arg(shown, file.errorString()));
    if (file.size() > maxBytes)
        throw ValidationError(QStringLiteral("file"),
                              tr("%1 is too large (%2 bytes).").arg(shown).arg(file.size()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw ValidationError(QStringLiteral("file"),
                              tr("Cannot read %1: %2").arg(shown, file.errorString()));
    return bytes;
}

} // namespace accord::core
