#pragma once

// The throw-away PostgreSQL cluster of the test run (started by ctest's `pg`
// fixture, scripts/pg-cluster.sh) and a fresh database on it per test.

#include <QString>

namespace accord::test {

/// The cluster's URI, as its superuser: ACCORD_TEST_PG_URI, else the `uri`
/// file of the cluster ctest started. Fails the test when there is none.
QString pgClusterUri();

/// A database of its own on the test cluster, made from a template that has
/// `server init` applied, dropped (with the roles made for it) when it goes.
class PgTestDatabase
{
public:
    PgTestDatabase();
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;
    ~PgTestDatabase();

    const QString& name() const { return m_name; }
    /// Its URI as the superuser, who owns it (and so passes row-level security).
    QString uri() const;
    /// Its URI as another login role.
    QString uriAs(const QString& login) const;
    /// A login name unique to this database (roles are shared by the cluster):
    /// `base` with the database's suffix.
    QString login(const QString& base) const;

private:
    QString m_name;
};

} // namespace accord::test
