#pragma once

// Opening a store by its location, for File → Open, the recent list, File →
// Connect to team server… and the command line: a file, or a team server
// when the app gave ServerLocations. A password the server asks for is asked
// for and kept in memory for this run only; what is kept on disk (the recent
// list) never holds one.

#include "Session.h"

#include <QCoreApplication>
#include <QHash>

class QWidget;

namespace accord::gui {

class Prompter;
class ServerLocations;

class StoreLocator
{
    Q_DECLARE_TR_FUNCTIONS(accord::gui::StoreLocator)
public:
    /// `servers` may be null: then every location is a file.
    explicit StoreLocator(Session::StoreOpener open, const ServerLocations* servers = nullptr);

    const Session::StoreOpener& opener() const { return m_open; }
    const ServerLocations* servers() const { return m_servers; }
    bool isServer(const QString& location) const;

    /// How a location is shown (title, status bar, recent list): a file's
    /// path, or "Team server: dana@host/db".
    QString displayName(const QString& location) const;
    /// The location as it may be written down: without any password.
    QString keptLocation(const QString& location) const;

    /// Opens `location`. A server that asks for a password is asked again with
    /// the one given earlier in this run, else with one `prompter` asks for;
    /// null when the user cancels that question. Throws core::StoreError.
    std::unique_ptr<core::Store> open(const QString& location, Prompter& prompter,
                                      QWidget* parent = nullptr);
    /// Opens a server with `password` (empty: none); keeps the password for
    /// this run when it opens. Throws core::StoreError.
    std::unique_ptr<core::Store> openWithPassword(const QString& location, const QString& password);
    /// Whether opening failed with `message` because the server wants a password.
    bool asksForPassword(const QString& message) const;

    /// The recent list (newest first), and adding a location to its top.
    static QStringList recentLocations();
    void addRecent(const QString& location) const;

    /// The pipeline open when Accord last ran (as kept: no password); empty
    /// before the first run. The window records it whenever a pipeline opens.
    static QString lastLocation();
    void rememberLast(const QString& location) const;
    /// Where Accord starts when the command line names no pipeline: the last
    /// one, when it is a server or a file that is still there; else `fallback`.
    QString startLocation(const QString& fallback) const;

private:
    Session::StoreOpener m_open;
    const ServerLocations* m_servers;
    QHash<QString, QString> m_passwords; // by kept location, this run only
};

} // namespace accord::gui
