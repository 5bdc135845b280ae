#pragma once

// Whole-file reads and writes for exports and imports. Every file Accord
// writes goes through writeFileAtomically (QSaveFile): the target is either
// the old file or the complete new one, never half of each.
//
// The open databases of this process are registered here (storage does it for
// every SQLite connection). On POSIX, closing any descriptor of a file drops
// every lock the process holds on it, SQLite's included; so no path of Accord
// other than SQLite may open, replace or read a database that is open, nor its
// -wal, -shm or -journal. Every read and write here refuses them.

#include "core/Types.h"

#include <QByteArray>

namespace accord::core {

/// Writes `bytes` to `path` through QSaveFile (mode 0600: exports hold private
/// data); throws StoreError naming the path and the reason (missing folder, no
/// permission, disk full, the open database). A device or a pipe that is
/// there already (/dev/null, /dev/stdout, a FIFO) is written to as it is.
void writeFileAtomically(const QString& path, const QByteArray& bytes);

/// Reads a whole file; throws ValidationError (field "file") when it cannot be
/// opened, is larger than `maxBytes` or is an open database.
QByteArray readWholeFile(const QString& path, qint64 maxBytes = qint64(1) << 31);

/// Marks `databasePath` as open in this process (counted; call once per connection).
void registerOpenDatabase(const QString& databasePath);
/// Undoes one registerOpenDatabase().
void unregisterOpenDatabase(const QString& databasePath);
/// Whether `path` is an open database of this process or its -wal, -shm or
/// -journal (by device and inode, so other spellings, symlinks and hard links
/// count too).
bool isOpenDatabaseFile(const QString& path);
/// Throws StoreError ("… is the open database …") when isOpenDatabaseFile(path).
void refuseOpenDatabaseFile(const QString& path);

/// Whether `path` has a -wal or -shm beside it: SQLite keeps them while any
/// process has the database open.
bool hasDatabaseCompanions(const QString& path);

/// Refuses an output target that is a database someone may use: the open
/// database of this process, a file with a -wal/-shm beside it (open in another
/// process), or an existing SQLite database file (its header read briefly; it
/// is not open here). Only when `replaceableCopyOf` is an application id (not
/// 0) may an SQLite file be replaced, and then only a copy: that application
/// id and a rollback journal (daily and `backup -o` copies), never a pipeline
/// in use (write-ahead log). Throws StoreError with one sentence.
void refuseDatabaseTarget(const QString& path, quint32 replaceableCopyOf = 0);

/// Creates an empty file only this process knows (mode 0600, O_EXCL) in the
/// folder of `target`, e.g. to build a new database before moving it into place.
QString createPrivateFileBeside(const QString& target);

/// Moves `from` to `target` only if nothing is at `target` yet (no other
/// process's file is ever replaced). Returns false, leaving `from` where it
/// is, when `target` exists; throws StoreError on any other failure.
bool moveIntoPlaceIfAbsent(const QString& from, const QString& target);

/// Removes `path` and its -wal, -shm and -journal: only for a file of this
/// process's own (createPrivateFileBeside), never one another process may have open.
void removePrivateDatabaseFile(const QString& path);

} // namespace accord::core
