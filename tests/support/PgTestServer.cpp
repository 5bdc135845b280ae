#include "PgTestServer.h"

#include "storage/pg/Pg.h"
#include "storage/pg/PgSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <stdexcept>

#include <unistd.h>

namespace accord::test {

namespace {

using storage::pg::Connection;

// The cluster's URI with another database and user: "postgresql://USER@HOST/DB?…".
QString withDatabase(const QString& uri, const QString& database, const QString& user = {})
{
    static const QRegularExpression parts(
        QStringLiteral("^(postgres(?:ql)?://)(?:([^@/]*)@)?([^/?]*)(?:/([^?]*))?(\\?.*)?$"));
    const QRegularExpressionMatch m = parts.match(uri);
    if (!m.hasMatch())
        throw std::runtime_error("The test cluster's URI is not a postgresql:// URI.");
    const QString who = user.isEmpty() ? m.captured(2) : user;
    return m.captured(1) + (who.isEmpty() ? QString() : who + QLatin1Char('@')) + m.captured(3) +
           QLatin1Char('/') + database + m.captured(5);
}

// The template holds the schema of this build of the tests: it is named after
// the test program's modification time, so a rebuild makes a new one.
QString templateName()
{
    const QFileInfo exe(QCoreApplication::applicationFilePath());
    return QStringLiteral("accord_template_%1").arg(exe.lastModified().toSecsSinceEpoch());
}

void ensureTemplate(Connection& admin, const QString& name)
{
    admin.exec("SELECT pg_advisory_lock(8128)");
    struct Unlock
    {
        Connection& c;
        ~Unlock()
        {
            try {
                c.exec("SELECT pg_advisory_unlock(8128)");
            } catch (...) {
            }
        }
    } unlock{admin};
    auto exists = admin.prepare("SELECT 1 FROM pg_database WHERE datname = ?1");
    exists.bind(1, name);
    if (exists.step())
        return;
    exists.reset();
    const std::string building = name.toStdString() + "_building";
    admin.exec("DROP DATABASE IF EXISTS " + building);
    admin.exec("CREATE DATABASE " + building);
    {
        auto db = Connection::open(withDatabase(pgClusterUri(), QString::fromStdString(building)));
        storage::pg::initSchema(*db);
    }
    admin.exec("ALTER DATABASE " + building + " RENAME TO " + name.toStdString());
}

int g_next = 0;

} // namespace

QString pgClusterUri()
{
    QString uri = qEnvironmentVariable("ACCORD_TEST_PG_URI");
    if (uri.isEmpty()) {
        QFile file(QStringLiteral(ACCORD_PG_TEST_STATE "/uri"));
        if (file.open(QIODevice::ReadOnly))
            uri = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (uri.isEmpty())
        throw std::runtime_error(
            "No PostgreSQL test cluster: run the tests with ctest (fixture `pg`), or start one "
            "with scripts/pg-cluster.sh and set ACCORD_TEST_PG_URI.");
    return uri;
}

PgTestDatabase::PgTestDatabase()
{
    m_name = QStringLiteral("accord_t%1_%2").arg(::getpid()).arg(g_next++);
    auto admin = Connection::open(pgClusterUri());
    const QString tmpl = templateName();
    ensureTemplate(*admin, tmpl);
    admin->exec("DROP DATABASE IF EXISTS " + m_name.toStdString() + " WITH (FORCE)");
    admin->exec("CREATE DATABASE " + m_name.toStdString() + " TEMPLATE " + tmpl.toStdString());
}

PgTestDatabase::~PgTestDatabase()
{
    try {
        auto admin = Connection::open(pgClusterUri());
        admin->exec("DROP DATABASE IF EXISTS " + m_name.toStdString() + " WITH (FORCE)");
        auto roles = admin->prepare("SELECT quote_ident(rolname) FROM pg_roles "
                                    "WHERE rolname LIKE ?1");
        QString suffix = m_name.mid(7);
        roles.bind(1, QStringLiteral("%\\_") +
                          suffix.replace(QLatin1Char('_'), QStringLiteral("\\_")));
        QStringList names;
        while (roles.step())
            names << roles.text(0);
        roles.reset();
        for (const QString& role : names)
            admin->exec("DROP ROLE IF EXISTS " + role.toStdString());
    } catch (const std::exception&) {
        // The cluster goes with the test run; nothing to report here.
    }
}

QString PgTestDatabase::uri() const
{
    return withDatabase(pgClusterUri(), m_name);
}

QString PgTestDatabase::uriAs(const QString& login) const
{
    return withDatabase(pgClusterUri(), m_name, login);
}

QString PgTestDatabase::login(const QString& base) const
{
    // "accord_t123_4" → "dana_t123_4": unique in the cluster, and found again above.
    return base + QLatin1Char('_') + m_name.mid(7);
}

} // namespace accord::test
