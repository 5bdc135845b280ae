#include "InstanceChannel.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace accord::gui {

namespace {
// What a second instance sends, and what the window answers once raised.
constexpr char kRaise[] = "raise\n";
constexpr char kRaised[] = "raised\n";
} // namespace

InstanceChannel::InstanceChannel(QObject* parent)
    : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == kRaise) {
                    emit raiseRequested();
                    socket->write(kRaised);
                    socket->flush();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

QString InstanceChannel::nameFor(const QString& location)
{
    const QFileInfo file(location);
    const QString key = file.exists() ? file.canonicalFilePath() : location;
    // Hashed: a path can be longer than a socket name may be. The user's name
    // keeps two people on one machine apart.
    const QByteArray hash =
        QCryptographicHash::hash((qEnvironmentVariable("USER") + u'\n' + key).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return QStringLiteral("accord-") + QString::fromLatin1(hash);
}

bool InstanceChannel::handOver(const QString& location, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(nameFor(location));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Answered only once the window is raised: a window that hangs is not one
    // to hand over to.
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    return socket.readLine() == kRaised;
}

bool InstanceChannel::listen(const QString& location)
{
    const QString name = nameFor(location);
    if (m_server->isListening() && m_server->serverName() == name)
        return true;
    // A name that answers belongs to another window, which keeps it. (Asked
    // first: listening would quietly replace that window's socket.) One that
    // does not answer was left behind by an Accord that crashed: taken over.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(200))
        return false;
    m_server->close();
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

QString InstanceChannel::listeningName() const
{
    return m_server->isListening() ? m_server->serverName() : QString();
}

} // namespace accord::gui
