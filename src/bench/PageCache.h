#pragma once

// Evicts the database file (and its -wal and -shm) from the operating system's
// page cache, so the next measurement reads from disk as after a reboot. Uses
// posix_fadvise(POSIX_FADV_DONTNEED) after fsync, which needs no root.
//
// The descriptors it opens stay open until it is destroyed (after every
// connection to the file is closed): closing a descriptor of a file drops every
// POSIX lock this process holds on it, SQLite's included.

#include <QString>

#include <vector>

namespace accord::bench {

class PageCache
{
public:
    explicit PageCache(QString databasePath);
    PageCache(const PageCache&) = delete;
    PageCache& operator=(const PageCache&) = delete;
    ~PageCache();

    /// Drops the file, -wal and -shm from the page cache. Returns the
    /// megabytes of the main file still cached afterwards (-1 when unknown).
    double evict();
    /// Megabytes of the main file in the page cache now (-1 when unknown).
    double cachedMb();

private:
    int descriptor(const QString& path); // opened once per file and kept
    QString m_path;
    std::vector<std::pair<QString, int>> m_open;
};

} // namespace accord::bench
