// libFuzzer target: the JSON backup importer's parser and checks (parseBackup).
// Bad files must end in ValidationError; a parsed backup writes back and re-parses.

#include "core/io/Backup.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace accord::core;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        const BackupContents contents = parseBackup(bytes, 1);
        const QByteArray written = backupToBytes(contents);
        const BackupContents again = parseBackup(written, 1);
        if (again.prospects.size() != contents.prospects.size())
            __builtin_trap();
    } catch (const ValidationError&) {
    }
    return 0;
}
