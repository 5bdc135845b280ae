// Team servers in the window: the Connect dialog, the recent list, the
// signed-in user, live updates through a store's change socket and a lost
// connection. A store "on a server" here is a file behind a store that
// answers as a server would (its own location, a login, a change socket);
// ServerTests.cpp drives a real one.

#include "GuiTestSupport.h"
#include "StoreLocator.h"
#include "TeamServerLocations.h"
#include "commands/Commands.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/LogMeetingDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/ProspectListModel.h"
#include "storage/SqliteStore.h"
#include "views/BoardView.h"
#include "views/TextLabel.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

using namespace accord;

namespace {
const QString kServer = QStringLiteral("postgresql://dana@db.example.com/pipeline");
const QString kPassword = QStringLiteral("s3cret:@/?");

/// A file that answers as a team server would: the location it was opened
/// by, a login, and a change socket (a pipe that the test writes into).
class ServerLikeStore final : public core::Store
{
public:
    ServerLikeStore(std::unique_ptr<core::Store> inner, QString location, QString login)
        : m_inner(std::move(inner)), m_location(std::move(location)), m_login(std::move(login))
    {
        REQUIRE(::pipe(m_pipe) == 0);
        ::fcntl(m_pipe[0], F_SETFL, O_NONBLOCK);
    }
    ~ServerLikeStore() override
    {
        ::close(m_pipe[0]);
        ::close(m_pipe[1]);
    }
    /// What a NOTIFY from another connection does: the socket becomes readable.
    void ring() { REQUIRE(::write(m_pipe[1], "n", 1) == 1); }
    /// The next dataVersion() fails as a lost connection does.
    void loseConnection() { m_lost = true; }
    /// The connection drops without a word, as when the server ends it: no
    /// socket, no news, until the next read connects again.
    void dropConnection() { m_dropped = true; }

    core::ProspectRepository& prospects() override
    {
        m_dropped = false; // a read connects again
        return m_inner->prospects();
    }
    core::MeetingRepository& meetings() override { return m_inner->meetings(); }
    core::EvidenceRepository& evidence() override { return m_inner->evidence(); }
    core::ActivityRepository& activities() override { return m_inner->activities(); }
    core::GateRepository& gates() override { return m_inner->gates(); }
    core::SearchRepository& search() override { return m_inner->search(); }
    core::SettingsRepository& settings() override { return m_inner->settings(); }
    core::AttachmentRepository& attachments() override { return m_inner->attachments(); }
    core::ReportRows& reports() override { return m_inner->reports(); }
    core::StoreMaintenance& maintenance() override { return m_inner->maintenance(); }
    void transaction(const std::function<void()>& work) override { m_inner->transaction(work); }
    void readSnapshot(const std::function<void()>& work) override { m_inner->readSnapshot(work); }
    core::ChangeSet applyChanges(const core::ChangeSet& changes) override
    {
        return m_inner->applyChanges(changes);
    }
    core::ChangeSet removeRecord(core::RecordKind kind, core::Id id,
                                 const core::FieldPatch* expected) override
    {
        return m_inner->removeRecord(kind, id, expected);
    }
    qint64 dataVersion() override
    {
        char buffer[16];
        ++versionChecks;
        // Reads what arrived, as a server store reads its notifications.
        while (::read(m_pipe[0], buffer, sizeof buffer) > 0) {
        }
        if (std::exchange(m_lost, false))
            throw core::StoreError(QStringLiteral("The connection to the team server was lost; "
                                                  "Accord reconnects on your next action."));
        if (m_dropped)
            return m_lastVersion;
        m_lastVersion = m_inner->dataVersion();
        return m_lastVersion;
    }
    int changeSocket() override { return m_dropped ? -1 : m_pipe[0]; }
    QString userLogin() override { return m_login; }
    QString location() const override { return m_location; }
    bool isReadOnly() const override { return false; }

    int versionChecks = 0;

private:
    std::unique_ptr<core::Store> m_inner;
    QString m_location;
    QString m_login;
    int m_pipe[2] = {-1, -1};
    bool m_lost = false;
    bool m_dropped = false;
    qint64 m_lastVersion = 0;
};

/// Opens files as files, and a server location as the file `serverFile`
/// behind a ServerLikeStore, once it carries the password kPassword.
struct FakeServers
{
    app::TeamServerLocations locations;
    QString serverFile;
    QStringList received; // every location the opener was given

    std::unique_ptr<core::Store> open(const QString& location)
    {
        received << location;
        if (!locations.isServer(location))
            return storage::openStore(location);
        if (location.contains(QStringLiteral("unreachable")))
            throw core::StoreError(QStringLiteral("The team server at unreachable.example.com "
                                                  "could not be reached."));
        const QUrl url(location);
        if (url.password(QUrl::FullyDecoded).isEmpty())
            throw core::StoreError(
                QStringLiteral("The team server asks for a password (no password supplied)."));
        if (url.password(QUrl::FullyDecoded) != kPassword)
            throw core::StoreError(QStringLiteral("The team server did not accept the password "
                                                  "of user \"%1\".")
                                       .arg(url.userName()));
        return std::make_unique<ServerLikeStore>(
            storage::openStore(serverFile), locations.withoutPassword(location), url.userName());
    }
    gui::Session::StoreOpener opener()
    {
        return [this](const QString& location) { return open(location); };
    }
};

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* c = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
}

void type(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

bool rowVisible(gui::ConnectDialog& dialog, QWidget* field)
{
    return dialog.findChild<QFormLayout*>()->isRowVisible(field);
}

/// Every value QSettings holds, as text.
QString allSettings()
{
    QSettings settings;
    QString out;
    for (const QString& key : settings.allKeys())
        out += key + u'=' + settings.value(key).toStringList().join(u',') +
               settings.value(key).toString() + u'\n';
    return out;
}
} // namespace

TEST_CASE("team server locations are told from files and shown without their password",
          "[gui][server]")
{
    const app::TeamServerLocations s;
    CHECK(s.isServer(kServer));
    CHECK(s.isServer(QStringLiteral("postgres://h/db")));
    CHECK(s.isServer(QStringLiteral("service=team")));
    CHECK(s.isServer(QStringLiteral("host=db.example.com dbname='team pipeline' user=dana")));
    CHECK_FALSE(s.isServer(QStringLiteral("/home/dana/accord.sqlite")));
    CHECK_FALSE(s.isServer(QStringLiteral("C:\\Users\\dana\\pipeline=2.sqlite")));
    CHECK_FALSE(s.isServer(QStringLiteral("pipeline.sqlite")));

    const QString withPassword = s.withPassword(kServer, kPassword);
    CHECK(withPassword != kServer);
    CHECK(QUrl(withPassword).password(QUrl::FullyDecoded) == kPassword);
    CHECK(s.withoutPassword(withPassword) == kServer);
    CHECK(s.withoutPassword(QStringLiteral("postgresql://dana:pw@h/db?password=x&sslmode=require"))
              .indexOf(QStringLiteral("pw")) < 0);
    const QString keywords = s.withPassword(QStringLiteral("service=team"), QStringLiteral("it's"));
    CHECK(keywords == QStringLiteral("service=team password='it\\'s'"));
    CHECK(s.withoutPassword(keywords) == QStringLiteral("service=team"));

    CHECK(s.describe(withPassword) == QStringLiteral("dana@db.example.com/pipeline"));
    CHECK(s.describe(QStringLiteral("postgresql://ravi@h:6543/db")) ==
          QStringLiteral("ravi@h:6543/db"));
    CHECK(s.describe(QStringLiteral("postgresql://ravi@/db?host=/run/postgresql")) ==
          QStringLiteral("ravi@localhost/db"));
    CHECK(s.describe(QStringLiteral("service=team user=lee")) == QStringLiteral("lee@team"));

    CHECK(s.withUser(QStringLiteral("postgresql://h/db"), QStringLiteral("lee")) ==
          QStringLiteral("postgresql://lee@h/db"));
    CHECK(s.user(s.withUser(QStringLiteral("service=team user=x"), QStringLiteral("lee"))) ==
          QStringLiteral("lee"));
    CHECK(s.location({QStringLiteral("h"), 6543, QStringLiteral("db"), {}}, {}) ==
          QStringLiteral("postgresql://h:6543/db"));
    // Another host and database keep the user and the other settings.
    CHECK(s.location({QStringLiteral("h2"), 0, QStringLiteral("db2"), {}},
                     QStringLiteral("postgresql://lee@h:6543/db?sslmode=verify-full")) ==
          QStringLiteral("postgresql://lee@h2/db2?sslmode=verify-full"));
    const QString socket =
        s.location({QStringLiteral("/run/pg"), 5433, QStringLiteral("db"), {}}, {});
    CHECK(socket == QStringLiteral("postgresql:///db?host=/run/pg&port=5433"));
    CHECK(socket.startsWith(QStringLiteral("postgresql://")));
    REQUIRE(s.address(socket));
    CHECK(s.address(socket)->host == QStringLiteral("/run/pg"));
    CHECK(s.address(socket)->port == 0); // in the query: the form leaves it to the address
    CHECK(s.location({QStringLiteral("h"), 0, {}, {}}, {}).isEmpty());
}

TEST_CASE("the Connect dialog says what is missing before it tries to connect", "[gui][server]")
{
    FakeServers servers;
    gui::StoreLocator locator(servers.opener(), &servers.locations);
    gui::ConnectDialog dialog(locator);
    auto* address = child<QLineEdit>(&dialog, "addressEdit");
    auto* host = child<QLineEdit>(&dialog, "hostEdit");
    auto* database = child<QLineEdit>(&dialog, "databaseEdit");
    auto* port = child<QSpinBox>(&dialog, "portSpin");
    auto* outcome = child<QLabel>(&dialog, "outcomeLabel");

    CHECK(dialog.problem() ==
          QStringLiteral("Enter the server's address, or its host and database."));
    dialog.accept();
    CHECK(outcome->text() == dialog.problem());
    CHECK_FALSE(dialog.result() == QDialog::Accepted);
    CHECK(servers.received.isEmpty()); // nothing was tried

    // The parts make the address …
    type(host, QStringLiteral("db.example.com"));
    CHECK(dialog.problem() == QStringLiteral("Enter the name of the database on the server."));
    type(database, QStringLiteral("pipeline"));
    port->setValue(6543);
    CHECK(address->text() == QStringLiteral("postgresql://db.example.com:6543/pipeline"));
    CHECK(dialog.problem().isEmpty());

    // … and an address typed whole fills the parts and the user.
    type(address, QStringLiteral("postgresql://ravi@team.example.com/sales"));
    CHECK(host->text() == QStringLiteral("team.example.com"));
    CHECK(database->text() == QStringLiteral("sales"));
    CHECK(port->value() == 0);
    CHECK(child<QLineEdit>(&dialog, "userEdit")->text() == QStringLiteral("ravi"));
    type(child<QLineEdit>(&dialog, "userEdit"), QStringLiteral("lee"));
    CHECK(dialog.location() == QStringLiteral("postgresql://lee@team.example.com/sales"));

    // Changing a part keeps the rest of the address.
    type(address, QStringLiteral("postgresql://ravi@team.example.com/sales?sslmode=verify-full"));
    host->selectAll();
    QTest::keyClick(host, Qt::Key_Backspace);
    CHECK(address->text().isEmpty());
    QTest::keyClicks(host, QStringLiteral("eu.example.com"));
    CHECK(address->text() ==
          QStringLiteral("postgresql://ravi@eu.example.com/sales?sslmode=verify-full"));

    type(address, QStringLiteral("/home/dana/accord.sqlite"));
    CHECK(dialog.problem().startsWith(QStringLiteral("This is not a team server's address")));
    type(address, QStringLiteral("service=team"));
    CHECK(dialog.problem().isEmpty());
    CHECK(host->text().isEmpty());
}

TEST_CASE("the Connect dialog shows one sentence when it cannot connect and asks for a password "
          "only when the server wants one",
          "[gui][server]")
{
    test::TempDir dir;
    FakeServers servers;
    servers.serverFile = dir.path(QStringLiteral("server.sqlite"));
    gui::StoreLocator locator(servers.opener(), &servers.locations);
    gui::ConnectDialog dialog(locator);
    auto* password = child<QLineEdit>(&dialog, "passwordEdit");
    auto* outcome = child<QLabel>(&dialog, "outcomeLabel");
    CHECK_FALSE(rowVisible(dialog, password));

    type(child<QLineEdit>(&dialog, "addressEdit"),
         QStringLiteral("postgresql://unreachable.example.com/db"));
    CHECK_FALSE(dialog.testConnection());
    CHECK(outcome->text() ==
          QStringLiteral("The team server at unreachable.example.com could not be reached."));
    CHECK_FALSE(rowVisible(dialog, password));

    type(child<QLineEdit>(&dialog, "addressEdit"), kServer);
    CHECK_FALSE(dialog.testConnection());
    CHECK(rowVisible(dialog, password));
    CHECK(outcome->text() ==
          QStringLiteral("The server asks for a password: enter it, then try again."));
    type(password, QStringLiteral("wrong"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(outcome->text() ==
          QStringLiteral("The team server did not accept the password of user \"dana\"."));

    type(password, kPassword);
    REQUIRE(dialog.testConnection());
    CHECK(outcome->text() == QStringLiteral("Connected: signed in as dana."));
    const int attempts = static_cast<int>(servers.received.size());
    dialog.accept(); // tested just now: no second connection
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(servers.received.size() == attempts);
    CHECK(dialog.location() == kServer);
    auto store = dialog.takeStore();
    REQUIRE(store);
    CHECK(store->userLogin() == QStringLiteral("dana"));
}

TEST_CASE("a team server goes on the recent list as a team server, never with its password",
          "[gui][server]")
{
    QSettings().remove(QStringLiteral("recentLocations"));
    test::TempDir dir;
    FakeServers servers;
    servers.serverFile = dir.path(QStringLiteral("server.sqlite"));
    const QString file = dir.path(QStringLiteral("mine.sqlite"));
    gui::StoreLocator locator(servers.opener(), &servers.locations);
    gui::QueuePrompter prompter;
    gui::Session session(storage::openStore(file));
    gui::MainWindow window(session, prompter, locator);
    CHECK(window.windowTitle() == QStringLiteral("mine.sqlite — Accord"));
    CHECK(window.windowFilePath() == file);

    // File → Connect to team server…, filled in and connected.
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = window.findChild<gui::ConnectDialog*>();
        REQUIRE(dialog);
        type(child<QLineEdit>(dialog, "addressEdit"),
             QStringLiteral("postgresql://db.example.com/pipeline"));
        type(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("dana"));
        dialog->accept(); // the server asks for a password
        type(child<QLineEdit>(dialog, "passwordEdit"), kPassword);
        dialog->accept();
    });
    child<QAction>(&window, "actionConnectServer")->trigger();
    CHECK(session.store().location() == kServer);
    CHECK(window.windowTitle() ==
          QStringLiteral("Team server: dana@db.example.com/pipeline — Accord"));
    CHECK(window.windowFilePath().isEmpty());
    CHECK(child<gui::ElidedLabel>(&window, "pathLabel")->text() ==
          QStringLiteral("Team server: dana@db.example.com/pipeline"));

    // Back to the file: both are on the recent list, the server by its name.
    REQUIRE(window.openLocation(file));
    CHECK(window.windowTitle() == QStringLiteral("mine.sqlite — Accord"));
    CHECK(gui::StoreLocator::recentLocations() == QStringList{file, kServer});
    QStringList shown;
    for (QAction* a : child<QMenu>(&window, "menuRecent")->actions())
        shown << a->text();
    CHECK(shown == QStringList{QDir::toNativeSeparators(file),
                               QStringLiteral("Team server: dana@db.example.com/pipeline")});
    CHECK_FALSE(allSettings().contains(kPassword));
    CHECK_FALSE(allSettings().contains(QStringLiteral("s3cret")));

    // The password given earlier opens the server again in this run, unasked.
    servers.received.clear();
    child<QMenu>(&window, "menuRecent")->actions().at(1)->trigger();
    CHECK(session.store().location() == kServer);
    CHECK(prompter.asked().isEmpty());
    REQUIRE(servers.received.size() == 1);
    CHECK(QUrl(servers.received.first()).password(QUrl::FullyDecoded) == kPassword);
}

TEST_CASE("a team server opened from the recent list in a new run asks for its password",
          "[gui][server]")
{
    test::TempDir dir;
    FakeServers servers;
    servers.serverFile = dir.path(QStringLiteral("server.sqlite"));
    gui::StoreLocator locator(servers.opener(), &servers.locations);
    gui::QueuePrompter prompter;
    gui::Session session(storage::openStore(dir.path(QStringLiteral("mine.sqlite"))));
    gui::MainWindow window(session, prompter, locator);

    prompter.push(QStringLiteral("wrong"));
    prompter.push(kPassword);
    REQUIRE(window.openLocation(kServer));
    CHECK(prompter.asked() == QStringList{QStringLiteral("Password"), QStringLiteral("Password")});
    CHECK(session.store().location() == kServer);

    // Cancelling the question leaves the open store as it is, without a message.
    gui::StoreLocator fresh(servers.opener(), &servers.locations);
    gui::QueuePrompter cancelling;
    CHECK(fresh.open(kServer, cancelling) == nullptr);
    CHECK(cancelling.asked() == QStringList{QStringLiteral("Password")});
}

TEST_CASE("a store's change socket refreshes the board at once, without waiting for the poll",
          "[gui][server]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("server.sqlite"));
    auto owned = std::make_unique<ServerLikeStore>(storage::openStore(path), kServer,
                                                   QStringLiteral("dana"));
    ServerLikeStore* store = owned.get();
    gui::Session session(std::move(owned));
    session.setPollInterval(3'600'000); // only the socket can bring the change
    gui::QueuePrompter prompter;
    gui::MainWindow window(session, prompter, &test::GuiFixture::open);
    window.show();
    gui::ProspectListModel* column = window.board()->columnModel(core::Stage::Informative);
    CHECK(column->rowCount() == 0);

    auto colleague = storage::openStore(path);
    core::Prospect p;
    p.name = QStringLiteral("Contoso Pharma");
    p.owner = QStringLiteral("ravi");
    colleague->prospects().add(p);
    test::settle();
    CHECK(column->rowCount() == 0);

    store->ring();
    CHECK(QTest::qWaitFor([&] { return column->rowCount() == 1; }, 1000));
}

TEST_CASE("on a team server the login is who logs and changes, and Settings shows it read-only",
          "[gui][server]")
{
    test::TempDir dir;
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Dana on this laptop"));
    gui::Session session(std::make_unique<ServerLikeStore>(
        storage::openStore(dir.path(QStringLiteral("server.sqlite"))), kServer,
        QStringLiteral("dana")));
    CHECK(session.storeLogin() == QStringLiteral("dana"));
    CHECK(session.userName() == QStringLiteral("dana"));

    core::Prospect p;
    p.name = QStringLiteral("Fabrikam");
    p.owner = QStringLiteral("dana");
    const core::Id id = session.service().addProspect(p);
    core::Meeting m;
    m.prospectId = id;
    m.occurredAt = session.now();
    m.summary = QStringLiteral("Intro call");
    REQUIRE(session.execute(gui::makeLogMeeting(session, m)));
    CHECK(session.store().meetings().forProspect(id).front().loggedBy == QStringLiteral("dana"));

    gui::SettingsDialog settings(session);
    CHECK(child<QLabel>(&settings, "signedInLabel")->text() ==
          QStringLiteral("Signed in to the team server as dana (logged by, changed by)."));
    CHECK(child<QLineEdit>(&settings, "userNameEdit")->isHidden());
    settings.accept();
    CHECK(QSettings().value(QStringLiteral("user/name")).toString() ==
          QStringLiteral("Dana on this laptop"));

    // A file keeps the name set on this computer.
    gui::Session file(storage::openStore(dir.path(QStringLiteral("mine.sqlite"))));
    CHECK(file.storeLogin().isEmpty());
    CHECK(file.userName() == QStringLiteral("Dana on this laptop"));
    gui::SettingsDialog fileSettings(file);
    CHECK(fileSettings.findChild<QLabel*>(QStringLiteral("signedInLabel")) == nullptr);
    CHECK_FALSE(child<QLineEdit>(&fileSettings, "userNameEdit")->isHidden());
}

TEST_CASE("a lost connection shows its sentence in the window once, and the next action works",
          "[gui][server]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("server.sqlite"));
    auto owned = std::make_unique<ServerLikeStore>(storage::openStore(path), kServer,
                                                   QStringLiteral("dana"));
    ServerLikeStore* store = owned.get();
    gui::Session session(std::move(owned));
    session.setPollInterval(3'600'000);
    gui::QueuePrompter prompter;
    gui::MainWindow window(session, prompter, &test::GuiFixture::open);
    window.show();
    auto* banner = child<QLabel>(&window, "readErrorBanner");

    store->loseConnection();
    store->ring();
    REQUIRE(QTest::qWaitFor([&] { return banner->isVisible(); }, 1000));
    CHECK(banner->text().endsWith(QStringLiteral(
        "The connection to the team server was lost; Accord reconnects on your next action.")));
    CHECK(prompter.asked().isEmpty()); // no message box for a check in the background
    const int checks = store->versionChecks;
    test::settle();
    CHECK(store->versionChecks == checks); // nothing keeps firing

    // The next change someone makes is seen, and the line goes.
    auto colleague = storage::openStore(path);
    core::Prospect p;
    p.name = QStringLiteral("Contoso Pharma");
    p.owner = QStringLiteral("ravi");
    colleague->prospects().add(p);
    store->ring();
    gui::ProspectListModel* column = window.board()->columnModel(core::Stage::Informative);
    CHECK(QTest::qWaitFor([&] { return column->rowCount() == 1; }, 1000));
    CHECK(banner->isHidden());
    core::Meeting m;
    m.prospectId = column->idAt(0);
    m.occurredAt = session.now();
    m.summary = QStringLiteral("Call after the outage");
    CHECK(session.execute(gui::makeLogMeeting(session, m)));
}

TEST_CASE("when a store's change socket goes away the window reads everything again and watches "
          "the new one",
          "[gui][server]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("server.sqlite"));
    auto owned = std::make_unique<ServerLikeStore>(storage::openStore(path), kServer,
                                                   QStringLiteral("dana"));
    ServerLikeStore* store = owned.get();
    gui::Session session(std::move(owned));
    session.setPollInterval(3'600'000);
    gui::QueuePrompter prompter;
    gui::MainWindow window(session, prompter, &test::GuiFixture::open);
    window.show();
    gui::ProspectListModel* column = window.board()->columnModel(core::Stage::Informative);
    auto colleague = storage::openStore(path);
    core::Prospect p;
    p.name = QStringLiteral("Contoso Pharma");
    p.owner = QStringLiteral("ravi");
    colleague->prospects().add(p);

    // The server ends the connection: its socket says so once, then is gone.
    store->dropConnection();
    store->ring();
    CHECK(QTest::qWaitFor([&] { return column->rowCount() == 1; }, 1000));
    CHECK(prompter.asked().isEmpty());

    // Connected again by that read: the new socket brings the next change.
    p.name = QStringLiteral("Fabrikam");
    colleague->prospects().add(p);
    store->ring();
    CHECK(QTest::qWaitFor([&] { return column->rowCount() == 2; }, 1000));
}

// `gui_tests "[screenshots]"` writes docs/screenshots/connect.png (or to $ACCORD_SCREENSHOT_DIR).
TEST_CASE("screenshot of the Connect to team server dialog", "[.][screenshots]")
{
    test::TempDir dir;
    FakeServers servers;
    servers.serverFile = dir.path(QStringLiteral("server.sqlite"));
    gui::StoreLocator locator(servers.opener(), &servers.locations);
    gui::ConnectDialog dialog(locator,
                              QStringLiteral("postgresql://dana@accord.example.com/sales"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.testConnection()); // the server asks for a password
    test::settle();
    const QString folder =
        qEnvironmentVariable("ACCORD_SCREENSHOT_DIR", QStringLiteral(ACCORD_SCREENSHOTS_DEFAULT));
    REQUIRE(QDir().mkpath(folder));
    CHECK(dialog.grab().save(QDir(folder).filePath(QStringLiteral("connect.png"))));
}
