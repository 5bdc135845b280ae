#include "ConnectDialog.h"
#include "Theme.h"

#include "DialogParts.h"
#include "ServerLocations.h"
#include "StoreLocator.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace accord::gui {

namespace {
// What the opened store is remembered by: the location and the password.
QString attemptKey(const QString& location, const QString& password)
{
    return location + QLatin1Char('\n') + password;
}

QLineEdit* lineEdit(const char* name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}
} // namespace

ConnectDialog::ConnectDialog(StoreLocator& locator, const QString& initial, QWidget* parent)
    : QDialog(parent), m_locator(locator), m_servers(*locator.servers())
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Team Server"));
    setMinimumWidth(520);
    auto* intro = new QLabel(tr("Work on your team's shared pipeline. Ask whoever runs the server "
                                "for its address and your user name. Accord never saves your "
                                "password: it asks when the server wants one."),
                             this);
    intro->setWordWrap(true);

    m_address = lineEdit("addressEdit", this);
    m_address->setPlaceholderText(
        m_servers.location({QStringLiteral("host"), 0, QStringLiteral("database"), {}}, {}));
    m_host = lineEdit("hostEdit", this);
    m_host->setPlaceholderText(tr("server.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (%1)").arg(m_servers.defaultPort()));
    m_database = lineEdit("databaseEdit", this);
    m_user = lineEdit("userEdit", this);
    m_user->setPlaceholderText(tr("your login on the server"));
    m_password = lineEdit("passwordEdit", this);
    m_password->setEchoMode(QLineEdit::Password);

    m_form = new QFormLayout;
    m_form->addRow(tr("Server &address:"), m_address);
    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto* portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto* hostLabel = new QLabel(tr("or &host:"), this);
    hostLabel->setBuddy(m_host);
    m_form->addRow(hostLabel, hostRow);
    m_form->addRow(tr("&Database:"), m_database);
    m_form->addRow(tr("&User:"), m_user);
    m_form->addRow(tr("Pass&word:"), m_password);
    m_form->setRowVisible(m_password, false); // until the server asks for one

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcome->setTextFormat(Qt::PlainText); // the server's sentence may quote anything
    m_outcome->setWordWrap(true);
    m_outcome->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_test = pushButton(tr("&Test connection"), QStringLiteral("testButton"), this,
                        [this] { testConnection(); });
    m_test->setAutoDefault(false);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_test);
    buttonRow->addStretch();
    buttonRow->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_outcome);
    layout->addStretch();
    layout->addLayout(buttonRow);

    connect(m_address, &QLineEdit::textEdited, this, &ConnectDialog::addressEdited);
    connect(m_host, &QLineEdit::textEdited, this, &ConnectDialog::partsEdited);
    connect(m_database, &QLineEdit::textEdited, this, &ConnectDialog::partsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::partsEdited);
    if (!initial.isEmpty()) {
        m_address->setText(m_locator.keptLocation(initial));
        addressEdited();
        m_user->setFocus();
    }
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::addressEdited()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_base = m_address->text().trimmed();
    const auto parts = m_servers.address(m_base);
    m_host->setText(parts ? parts->host : QString());
    m_port->setValue(parts ? parts->port : 0);
    m_database->setText(parts ? parts->database : QString());
    if (const QString user = m_servers.user(m_address->text().trimmed()); !user.isEmpty())
        m_user->setText(user);
    m_syncing = false;
}

void ConnectDialog::partsEdited()
{
    if (m_syncing)
        return;
    m_syncing = true;
    // The address's other settings (TLS …) stay, even through a moment when
    // the parts are incomplete and the address is blank.
    const QString address = m_servers.location(
        {m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(), {}}, m_base);
    m_address->setText(address);
    if (!address.isEmpty())
        m_base = address;
    m_syncing = false;
}

QString ConnectDialog::location() const
{
    const QString address = m_address->text().trimmed();
    const QString user = m_user->text().trimmed();
    return user.isEmpty() || address.isEmpty() ? address : m_servers.withUser(address, user);
}

QString ConnectDialog::problem() const
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty()) {
        if (!m_host->text().trimmed().isEmpty())
            return tr("Enter the name of the database on the server.");
        if (!m_database->text().trimmed().isEmpty())
            return tr("Enter the server's host name.");
        return tr("Enter the server's address, or its host and database.");
    }
    if (!m_servers.isServer(address))
        return tr("This is not a team server's address; it looks like %1.")
            .arg(m_servers.location({QStringLiteral("host"), 0, QStringLiteral("database"), {}},
                                    {}));
    return {};
}

void ConnectDialog::showOutcome(const QString& sentence, bool good)
{
    m_outcome->setText(sentence);
    const QColor color =
        theme::text(good ? theme::Tone::Success : theme::Tone::Error, QApplication::palette(this));
    m_outcome->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(color.name()));
    m_outcome->show();
}

void ConnectDialog::showPasswordRow()
{
    m_form->setRowVisible(m_password, true);
    m_password->setFocus();
    m_password->selectAll();
}

bool ConnectDialog::testConnection()
{
    m_store.reset();
    m_opened.clear();
    if (const QString why = problem(); !why.isEmpty()) {
        showOutcome(why, false);
        return false;
    }
    const QString target = location();
    const QString password = m_password->text();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_store = m_locator.openWithPassword(target, password);
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        const QString failure = QString::fromUtf8(e.what());
        if (m_locator.asksForPassword(failure)) {
            showPasswordRow();
            showOutcome(password.isEmpty()
                            ? tr("The server asks for a password: enter it, then try again.")
                            : failure,
                        false);
        } else {
            showOutcome(failure, false);
        }
        return false;
    }
    QApplication::restoreOverrideCursor();
    m_opened = attemptKey(target, password);
    QString login;
    try {
        login = m_store->userLogin();
    } catch (const std::exception&) {
        login.clear(); // connected all the same; who it is shows once the window opens
    }
    showOutcome(login.isEmpty() ? tr("Connected.") : tr("Connected: signed in as %1.").arg(login),
                true);
    return true;
}

std::unique_ptr<core::Store> ConnectDialog::takeStore()
{
    m_opened.clear();
    return std::move(m_store);
}

void ConnectDialog::accept()
{
    const bool tested = m_store && m_opened == attemptKey(location(), m_password->text());
    if (!tested && !testConnection())
        return;
    QDialog::accept();
}

} // namespace accord::gui
