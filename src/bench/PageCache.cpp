#include "PageCache.h"

#include <QFile>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace accord::bench {

PageCache::PageCache(QString databasePath) : m_path(std::move(databasePath)) {}

PageCache::~PageCache()
{
    for (const auto& [path, fd] : m_open)
        ::close(fd);
}

int PageCache::descriptor(const QString& path)
{
    // SQLite deletes and remakes -wal and -shm as connections come and go: a
    // descriptor is reused only while it still names the file there.
    struct stat now = {};
    if (::stat(QFile::encodeName(path).constData(), &now) != 0)
        return -1;
    for (const auto& [known, fd] : m_open) {
        struct stat held = {};
        if (known == path && ::fstat(fd, &held) == 0 && held.st_ino == now.st_ino &&
            held.st_dev == now.st_dev)
            return fd;
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0)
        m_open.emplace_back(path, fd);
    return fd;
}

double PageCache::evict()
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const int fd = descriptor(m_path + suffix);
        if (fd < 0)
            continue;
        // Dirty pages stay cached until written: write them first.
        ::fsync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    }
    return cachedMb();
}

double PageCache::cachedMb()
{
    const int fd = descriptor(m_path);
    struct stat st = {};
    if (fd < 0 || ::fstat(fd, &st) != 0 || st.st_size == 0)
        return -1;
    const auto size = static_cast<std::size_t>(st.st_size);
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
    if (map == MAP_FAILED)
        return -1;
    const long page = ::sysconf(_SC_PAGESIZE);
    const std::size_t pages =
        (size + static_cast<std::size_t>(page) - 1) / static_cast<std::size_t>(page);
    std::vector<unsigned char> resident(pages);
    double mb = -1;
    if (::mincore(map, size, resident.data()) == 0) {
        std::size_t cached = 0;
        for (unsigned char r : resident)
            cached += r & 1;
        mb = static_cast<double>(cached) * static_cast<double>(page) / (1024.0 * 1024.0);
    }
    ::munmap(map, size);
    return mb;
}

} // namespace accord::bench
