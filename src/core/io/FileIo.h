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
/// permission, disk full, the open database).
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

} // namespace accord::core
