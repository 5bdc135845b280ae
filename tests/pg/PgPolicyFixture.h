#pragma once

// A team server database with three teams' worth of users and prospects, and
// raw SQL helpers, for the tests of the schema and its policies.

#include "support/PgTestServer.h"
#include "support/TestSupport.h"

#include "storage/pg/Pg.h"
#include "storage/pg/ServerAdmin.h"

#include <memory>

namespace accord::test {

/// A fresh database plus connections by login.
struct PgFixture
{
    PgTestDatabase db;
    std::unique_ptr<storage::pg::Connection> owner = storage::pg::Connection::open(db.uri());

    /// Adds a user (a login role unique to this database) and returns their login.
    QString addUser(const QString& base, const QString& role, const QString& team)
    {
        const QString login = db.login(base);
        storage::pg::addUser(*owner, storage::pg::TeamUser{login, base, role, team});
        return login;
    }
    std::unique_ptr<storage::pg::Connection> as(const QString& login) const
    {
        return storage::pg::Connection::open(db.uriAs(login));
    }
};

/// Two teams: north (reps dana and ravi, lead lee), south (rep bo), and an
/// admin ann; prospects Acme (dana), Bolt (ravi), Cog (bo), each with a meeting.
struct TeamsFixture : PgFixture
{
    QString dana = addUser(QStringLiteral("dana"), QStringLiteral("rep"), QStringLiteral("north"));
    QString ravi = addUser(QStringLiteral("ravi"), QStringLiteral("rep"), QStringLiteral("north"));
    QString lee = addUser(QStringLiteral("lee"), QStringLiteral("lead"), QStringLiteral("north"));
    QString bo = addUser(QStringLiteral("bo"), QStringLiteral("rep"), QStringLiteral("south"));
    QString ann = addUser(QStringLiteral("ann"), QStringLiteral("admin"), QStringLiteral("hq"));
    core::Id acme = addProspect(QStringLiteral("Acme"), dana);
    core::Id bolt = addProspect(QStringLiteral("Bolt"), ravi);
    core::Id cog = addProspect(QStringLiteral("Cog"), bo);

    core::Id addProspect(const QString& name, const QString& ownerLogin)
    {
        storage::pg::Statement st =
            owner->prepare("INSERT INTO prospect(name, owner, stage, status) "
                           "VALUES (?1, ?2, 1, 'active') RETURNING id");
        st.bind(1, name).bind(2, ownerLogin);
        REQUIRE(st.step());
        const core::Id id = st.id(0);
        st.reset();
        storage::pg::Statement meeting =
            owner->prepare("INSERT INTO meeting(prospect_id, occurred_at, kind, stage_at_time) "
                           "VALUES (?1, 1000, 'call', 1)");
        meeting.bind(1, id);
        meeting.run();
        return id;
    }
};

/// The first column of every row of `sql` as text, in order.
inline QStringList column(storage::pg::Connection& c, std::string_view sql)
{
    storage::pg::Statement st = c.prepare(sql);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

/// Runs `sql` with one id parameter and says how many rows it changed.
inline int changed(storage::pg::Connection& c, std::string_view sql, core::Id id)
{
    storage::pg::Statement st = c.prepare(sql);
    st.bind(1, id);
    st.run();
    return st.affected();
}

} // namespace accord::test
