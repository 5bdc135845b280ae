#pragma once

// The app's answer to gui::ServerLocations: team server locations are
// PostgreSQL connection URIs (postgresql://user@host:port/db?…) or libpq
// keyword strings (service=NAME, host=… dbname=…). The GUI edits and shows
// them through this class without knowing what they are.

#include "ServerLocations.h"

#include <QUrl>

namespace accord::app {

class TeamServerLocations final : public gui::ServerLocations
{
public:
    bool isServer(const QString& location) const override;
    QString withoutPassword(const QString& location) const override;
    QString describe(const QString& location) const override;
    std::optional<gui::ServerAddress> address(const QString& location) const override;
    QString location(const gui::ServerAddress& address, const QString& base) const override;
    QString withUser(const QString& location, const QString& user) const override;
    QString withPassword(const QString& location, const QString& password) const override;
    QString user(const QString& location) const override;
    bool asksForPassword(const QString& failure) const override;
    int defaultPort() const override { return 5432; }
};

/// Whether `location` is written as a URI (postgresql:// or postgres://).
bool isServerUri(const QString& location);

/// One `keyword=value` of a libpq connection string.
struct Keyword
{
    QString name;
    QString value;
};
/// The keywords of a libpq connection string; nullopt when it is not one.
std::optional<std::vector<Keyword>> parseKeywords(const QString& text);
/// The connection string of `keywords`, values quoted where they need it.
QString joinKeywords(const std::vector<Keyword>& keywords);

} // namespace accord::app
