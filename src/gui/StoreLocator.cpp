#include "StoreLocator.h"

#include "Prompter.h"
#include "ServerLocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace accord::gui {

namespace {
// How many places File → Open recent lists.
constexpr int kRecentCount = 8;

QString recentKey()
{
    return QStringLiteral("recentLocations");
}

QString lastKey()
{
    return QStringLiteral("lastLocation");
}
} // namespace

StoreLocator::StoreLocator(Session::StoreOpener open, const ServerLocations* servers)
    : m_open(std::move(open)), m_servers(servers)
{}

bool StoreLocator::isServer(const QString& location) const
{
    return m_servers && m_servers->isServer(location);
}

QString StoreLocator::displayName(const QString& location) const
{
    if (!isServer(location))
        return QDir::toNativeSeparators(location);
    return tr("Team server: %1").arg(m_servers->describe(location));
}

QString StoreLocator::keptLocation(const QString& location) const
{
    return isServer(location) ? m_servers->withoutPassword(location) : location;
}

bool StoreLocator::asksForPassword(const QString& message) const
{
    return m_servers && m_servers->asksForPassword(message);
}

std::unique_ptr<core::Store> StoreLocator::openWithPassword(const QString& location,
                                                            const QString& password)
{
    if (!isServer(location) || password.isEmpty())
        return m_open(location);
    auto store = m_open(m_servers->withPassword(location, password));
    m_passwords.insert(keptLocation(location), password);
    return store;
}

std::unique_ptr<core::Store> StoreLocator::open(const QString& location, Prompter& prompter,
                                                QWidget* parent)
{
    if (!isServer(location))
        return m_open(location);
    const QString kept = keptLocation(location);
    QString failure;
    try {
        return openWithPassword(location, m_passwords.value(kept));
    } catch (const core::StoreError& e) {
        if (!asksForPassword(e.message()))
            throw;
        failure = e.message();
    }
    // The server wants a password: ask until it opens or the user gives up.
    for (bool first = true;; first = false) {
        const QString label =
            first ? tr("The password for %1:").arg(m_servers->describe(kept))
                  : tr("%1\nThe password for %2:").arg(failure, m_servers->describe(kept));
        const QString password = prompter.askPassword(parent, tr("Password"), label);
        if (password.isEmpty())
            return nullptr;
        try {
            return openWithPassword(location, password);
        } catch (const core::StoreError& e) {
            if (!asksForPassword(e.message()))
                throw;
            failure = e.message();
        }
    }
}

QStringList StoreLocator::recentLocations()
{
    QSettings settings;
    // Accord 0.1 kept the list as "recentFiles", from when it held only files.
    if (!settings.contains(recentKey()) && settings.contains(QStringLiteral("recentFiles")))
        return settings.value(QStringLiteral("recentFiles")).toStringList();
    return settings.value(recentKey()).toStringList();
}

QString StoreLocator::lastLocation()
{
    return QSettings().value(lastKey()).toString();
}

void StoreLocator::rememberLast(const QString& location) const
{
    QSettings().setValue(lastKey(), keptLocation(location));
}

QString StoreLocator::startLocation(const QString& fallback) const
{
    QString last = lastLocation();
    if (last.isEmpty() || (!isServer(last) && !QFileInfo::exists(last)))
        return fallback;
    return last;
}

void StoreLocator::addRecent(const QString& location) const
{
    const QString kept = keptLocation(location);
    QStringList recent = recentLocations();
    recent.removeAll(kept);
    recent.prepend(kept);
    QSettings().setValue(recentKey(), recent.mid(0, kRecentCount));
}

} // namespace accord::gui
