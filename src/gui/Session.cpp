#include "Session.h"

#include "Log.h"
#include "ReadError.h"
#include "commands/Command.h"

#include <QSettings>
#include <QSocketNotifier>
#include <QTimer>

#include <utility>

namespace accord::gui {

namespace {
// After a lost connection, how many polls go by between two attempts to read again.
constexpr int kPollsBetweenReconnects = 5;

QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}
} // namespace

Session::Session(std::unique_ptr<core::Store> store, std::unique_ptr<core::Clock> clock,
                 QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_clock(std::move(clock)),
      m_poll(new QTimer(this))
{
    if (!m_clock)
        m_clock = std::make_unique<core::SystemClock>();
    m_service = std::make_unique<core::PipelineService>(*m_store, *m_clock);
    m_service->setActor([this] { return userName(); });
    m_workspace = std::make_unique<core::WorkspaceService>(*m_store, *m_clock);
    loadSettings();
    m_version = m_store->dataVersion();
    adoptStore();
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &Session::poll);
    m_poll->start();
}

Session::~Session()
{
    m_undo.clear(); // commands refer to the store: drop them first
}

QString Session::userName() const
{
    if (!m_storeLogin.isEmpty())
        return m_storeLogin;
    return QSettings().value(QStringLiteral("user/name"), osUserName()).toString();
}

void Session::setUserName(const QString& name)
{
    QSettings().setValue(QStringLiteral("user/name"), name.trimmed());
}

bool Session::setPipelineSettings(const core::PipelineSettings& settings,
                                  const std::function<void()>& alongside,
                                  const core::PipelineSettings* loaded)
{
    bool saved = false;
    try {
        m_store->transaction([&] {
            if (alongside)
                alongside();
            if (loaded)
                settings.save(m_store->settings(), *loaded);
            else
                settings.save(m_store->settings());
        });
        m_settings = settings;
        if (loaded)
            loadSettings(); // with what others changed and this save left alone
        saved = true;
    } catch (const core::ValidationError& e) {
        emit commandFailed(e.message());
    } catch (const core::StoreError& e) {
        emit commandFailed(e.message());
    }
    notifyChanged();
    return saved;
}

void Session::loadSettings()
{
    tryRead(*this, tr("The pipeline settings could not be read: %1"),
            [&] { m_settings = core::PipelineSettings::load(m_store->settings()); });
}

void Session::replaceStore(std::unique_ptr<core::Store> store)
{
    m_undo.clear();
    m_workspace.reset();
    m_service.reset();
    m_store = std::move(store);
    m_service = std::make_unique<core::PipelineService>(*m_store, *m_clock);
    m_service->setActor([this] { return userName(); });
    m_workspace = std::make_unique<core::WorkspaceService>(*m_store, *m_clock);
    loadSettings();
    m_version = m_store->dataVersion();
    adoptStore();
    emit storeReplaced();
    announceChange();
}

bool Session::execute(std::unique_ptr<Command> command)
{
    try {
        command->runFirst();
    } catch (const core::ValidationError& e) {
        emit commandFailed(e.message());
        return false;
    } catch (const core::ConflictError& e) {
        // The record changed since the view read it: nothing is written over it.
        emit commandFailed(m_service->conflictSentence(e, core::PipelineService::Attempt::Edit));
        return false;
    } catch (const core::StoreError& e) {
        emit commandFailed(e.message());
        return false;
    } catch (const std::exception& e) {
        emit commandFailed(QString::fromUtf8(e.what()));
        return false;
    }
    m_undo.push(command.release());
    notifyChanged();
    return true;
}

void Session::adoptStore()
{
    delete m_changes; // the last store's
    m_changes = nullptr;
    m_socketLost = false;
    m_storeLogin.clear();
    tryRead(*this, tr("Accord could not tell who you are on this store: %1"),
            [&] { m_storeLogin = m_store->userLogin(); });
    watchChangeSocket();
}

void Session::watchChangeSocket()
{
    const int socket = m_store->changeSocket();
    if (m_changes && m_changes->socket() == socket)
        return;
    // A socket that goes away is a lost connection (a server restarted).
    m_socketLost = socket < 0 && (m_changes || m_socketLost);
    delete m_changes;
    m_changes = nullptr;
    if (socket < 0)
        return;             // the timer's polls notice changes
    m_pollsUntilReload = 0; // should this one go too, read again at once
    m_changes = new QSocketNotifier(socket, QSocketNotifier::Read, this);
    connect(m_changes, &QSocketNotifier::activated, this, &Session::poll);
}

void Session::notifyChanged()
{
    tryRead(*this, tr("Accord could not check for changes: %1"),
            [&] { m_version = m_store->dataVersion(); });
    watchChangeSocket();
    announceChange();
}

void Session::setPollInterval(int ms)
{
    m_poll->setInterval(ms);
}

void Session::poll()
{
    qint64 version = 0;
    const bool read = tryRead(*this, tr("Accord could not check for changes: %1"),
                              [&] { version = m_store->dataVersion(); });
    // A store that lost its connection gives another socket, or none, once it
    // reconnects (or fails to): watch the one it has now.
    watchChangeSocket();
    if (m_socketLost && --m_pollsUntilReload < 0) {
        // Reading everything again reconnects the store (or says why it
        // cannot), and shows what others changed meanwhile; then its new
        // socket is watched. Tried again every few polls until it works.
        m_pollsUntilReload = kPollsBetweenReconnects;
        qCInfo(lcGui) << "the store's change socket went away: reading everything again";
        m_pollFailed = false;
        loadSettings();
        announceChange();
        tryRead(*this, tr("Accord could not check for changes: %1"),
                [&] { m_version = m_store->dataVersion(); });
        watchChangeSocket();
        return;
    }
    if (!read) {
        m_pollFailed = true;
        return;
    }
    // After a failed check (a lost connection, now back) every view reloads:
    // what others changed meanwhile may not have been announced.
    const bool recovered = std::exchange(m_pollFailed, false);
    if (version == m_version && !recovered)
        return;
    m_version = version;
    qCDebug(lcGui) << "store changed by another connection";
    loadSettings();
    announceChange();
}

void Session::reportReadFailure(const QString& message)
{
    ++m_readFailures;
    emit readFailed(message);
}

void Session::announceChange()
{
    const int failuresBefore = m_readFailures;
    emit storeChanged();
    if (m_readFailures == failuresBefore)
        emit readsSucceeded();
}

} // namespace accord::gui
