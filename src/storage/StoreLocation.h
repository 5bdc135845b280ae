#pragma once

// Opening a store by where it is: a file path opens the SQLite file; a
// `postgresql://` or `postgres://` URI, or a libpq connection string such as
// `service=NAME`, opens the team server.

#include "core/Clock.h"
#include "core/Store.h"

#include <memory>

namespace accord::storage {

/// Whether `location` names a team server rather than a file.
bool isServerLocation(const QString& location);

/// The location as people may see it: a server's without any password.
QString displayLocation(const QString& location);

/// Opens the file or connects to the server. Throws core::StoreError with one
/// sentence for people.
std::unique_ptr<core::Store> openStoreAt(const QString& location,
                                         const core::Clock* clock = nullptr);

} // namespace accord::storage
