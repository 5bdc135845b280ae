#pragma once

// One window per pipeline on a desktop: the window that has a pipeline open
// listens on a local socket named after it, and a second `accord FILE` for the
// same pipeline hands over to it (the open window comes to the front) instead
// of opening the file twice.

#include <QObject>

class QLocalServer;

namespace accord::gui {

class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    explicit InstanceChannel(QObject* parent = nullptr);

    /// The socket name for `location` (a file's canonical path, or a server's
    /// location as kept, without a password), for this user.
    static QString nameFor(const QString& location);
    /// Asks a running Accord that has `location` open to raise its window.
    /// Returns whether one answered (then this process need not open it).
    static bool handOver(const QString& location, int timeoutMs = 1000);

    /// Listens for `location` from now on (and no longer for the one before).
    /// Returns false when another window already listens for it.
    bool listen(const QString& location);
    QString listeningName() const;

signals:
    /// Another `accord` asked for the pipeline this window has open.
    void raiseRequested();

private:
    QLocalServer* m_server;
};

} // namespace accord::gui
