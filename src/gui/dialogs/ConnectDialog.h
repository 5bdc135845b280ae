#pragma once

// File → Connect to team server…: the server's address (whole, or as host,
// port and database), the user, and a password only when the server asks for
// one. "Test connection" tries it; Connect opens it. A failure shows as one
// sentence under the form. The password is never written anywhere: it goes
// to the store being opened, and StoreLocator keeps it in memory for this run.

#include "core/Store.h"

#include <QDialog>

#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace accord::gui {

class ServerLocations;
class StoreLocator;

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    /// `locator` must have ServerLocations. `initial` fills the form (a server
    /// location without its password; empty: a blank form).
    explicit ConnectDialog(StoreLocator& locator, const QString& initial = {},
                           QWidget* parent = nullptr);
    ~ConnectDialog() override;

    /// The location as entered, with the user and without the password.
    QString location() const;
    /// The form's first problem, empty when it has none.
    QString problem() const;
    /// Tries to open the server as entered; the outcome shows under the form.
    /// Returns whether it opened.
    bool testConnection();
    /// The store Connect opened (null before).
    std::unique_ptr<core::Store> takeStore();

    void accept() override;

private:
    void addressEdited();
    void partsEdited();
    void showOutcome(const QString& sentence, bool good);
    void showPasswordRow();

    StoreLocator& m_locator;
    const ServerLocations& m_servers;
    QFormLayout* m_form;
    QLineEdit* m_address;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_outcome;
    QPushButton* m_test;
    std::unique_ptr<core::Store> m_store;
    QString m_opened; // the location and password m_store was opened with
    QString m_base;   // the last whole address, whose settings the parts keep
    bool m_syncing = false;
};

} // namespace accord::gui
