#pragma once

// Whole-file reads and writes for exports and imports. Every file Accord
// writes goes through writeFileAtomically (QSaveFile): the target is either
// the old file or the complete new one, never half of each.

#include "core/Types.h"

#include <QByteArray>

namespace accord::core {

/// Writes `bytes` to `path` through QSaveFile; throws StoreError naming the
/// path and the reason (missing folder, no permission, disk full).
void writeFileAtomically(const QString& path, const QByteArray& bytes);

/// Reads a whole file; throws ValidationError (field "file") when it cannot be
/// opened or is larger than `maxBytes`.
QByteArray readWholeFile(const QString& path, qint64 maxBytes = qint64(1) << 31);

} // namespace accord::core
