#pragma once

// What the app tells the GUI about the places a store can live besides a
// file: a team server, named by a location (an address with the user, and
// perhaps a password given for this run). The GUI shows and edits such
// locations through this interface only; src/app gives the implementation,
// and the store it opens is a core::Store like any other.

#include <QString>

#include <optional>

namespace accord::gui {

/// A server location taken apart, for a form.
struct ServerAddress
{
    QString host;
    int port = 0; // 0: the default
    QString database;
    QString user;
};

class ServerLocations
{
public:
    virtual ~ServerLocations() = default;
    /// Whether `location` names a team server rather than a file.
    virtual bool isServer(const QString& location) const = 0;
    /// The location with any password taken out: what may be shown and kept.
    virtual QString withoutPassword(const QString& location) const = 0;
    /// A short name for a server location, such as "dana@host/db" (no password).
    virtual QString describe(const QString& location) const = 0;
    /// The location's parts, when it is an address the form can show in parts.
    virtual std::optional<ServerAddress> address(const QString& location) const = 0;
    /// The location of `address` (empty when it has no host or no database),
    /// keeping the other settings `base` has (such as how to secure the
    /// connection); `base` may be empty.
    virtual QString location(const ServerAddress& address, const QString& base) const = 0;
    /// The location with `user` as the user it connects as.
    virtual QString withUser(const QString& location, const QString& user) const = 0;
    /// The location with `password` added, to open it once (never kept).
    virtual QString withPassword(const QString& location, const QString& password) const = 0;
    /// The user the location names, empty when it names none.
    virtual QString user(const QString& location) const = 0;
    /// Whether a failure to open a server (the error's sentence) means the
    /// server wants a password that was not given, or not the right one.
    virtual bool asksForPassword(const QString& failure) const = 0;
    /// The port used when a location names none.
    virtual int defaultPort() const = 0;
};

} // namespace accord::gui
