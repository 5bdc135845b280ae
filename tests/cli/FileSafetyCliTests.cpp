// What accord-cli does with files and paths: never writes over the open
// database, fails loudly when its output cannot be written, never creates a
// pipeline by mistake, keeps exports private, tells damage apart from foreign
// files, opens files on read-only media, and shows people one sentence per error.

#include "CliRun.h"
#include "storage/SqliteStore.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace accord;
using accord::test::runCli;
using accord::test::TempDir;

namespace {

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int prospectCount(const QString& db)
{
    auto store = storage::openStore(db, {true, nullptr});
    return store->prospects().count({});
}

const QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadUser | QFileDevice::WriteUser;

} // namespace

TEST_CASE("exports and backups onto the open database or its -wal/-shm are refused", "[cli][files]")
{
    TempDir dir;
    const QString db = dir.path(S("team.sqlite"));
    REQUIRE(runCli(db, {S("demo")}).code == 0);
    const int prospects = prospectCount(db);
    const QList<QStringList> commands{
        {S("export"), S("pipeline"), S("-o")},
        {S("export"), S("backup"), S("-o")},
        {S("export"), S("ics"), S("-o")},
        {S("export"), S("summary"), S("1"), S("-o")},
        {S("export"), S("summary"), S("1"), S("--format"), S("json"), S("-o")},
        {S("backup"), S("-o")}};
    for (const QString& target : {db, db + S("-wal"), db + S("-shm")}) {
        for (const QStringList& command : commands) {
            const auto run = runCli(db, command + QStringList{target});
            INFO(command.join(u' ').toStdString()
                 << " " << target.toStdString() << ": " << run.err.toStdString());
            CHECK(run.code == 1);
            CHECK(run.err.contains(S("is the open database")));
        }
    }
    CHECK(prospectCount(db) == prospects);
    CHECK(runCli(db, {S("check")}).code == 0);
}

TEST_CASE("output to stdout that cannot be written exits 1 with a sentence", "[cli][files]")
{
    TempDir dir;
    const QString db = dir.path(S("team.sqlite"));
    REQUIRE(runCli(db, {S("demo")}).code == 0);
    for (const QStringList& args : {QStringList{S("export"), S("pipeline")}, QStringList{S("list")},
                                    QStringList{S("--json"), S("list")}}) {
        QProcess p;
        p.setStandardOutputFile(S("/dev/full"));
        p.start(S(ACCORD_CLI_PATH), QStringList{S("--db"), db} + args);
        REQUIRE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(args.join(u' ').toStdString() << ": " << err.toStdString());
        CHECK(p.exitCode() == 1);
        CHECK(err.contains(S("could not be written")));
    }
}

TEST_CASE("a missing --db path is an error except for demo and import; an empty one is usage",
          "[cli][files]")
{
    TempDir dir;
    const QString missing = dir.path(S("tema.sqlite"));
    for (const QStringList& args :
         {QStringList{S("list")}, QStringList{S("check")}, QStringList{S("report")},
          QStringList{S("export"), S("pipeline")},
          QStringList{S("backup"), S("-o"), dir.path(S("x.sqlite"))},
          QStringList{S("add-prospect"), S("--name"), S("Acme")}}) {
        const auto run = runCli(missing, args);
        INFO(args.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.code == 1);
        CHECK(run.err.contains(missing));
        CHECK(run.err.contains(S("does not exist")));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
    CHECK(runCli(S(""), {S("list")}).code == 2);
    const auto empty = runCli(QString(), {S("list")});
    CHECK(empty.code == 2);
    CHECK(empty.err.contains(S("--db")));

    // demo and import may create the file.
    CHECK(runCli(dir.path(S("new/demo.sqlite")), {S("demo"), S("--prospects"), S("3")}).code == 0);
    const QString csv = dir.path(S("crm.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Company,Owner\nAcme,Dana\n");
    f.close();
    const QString imported = dir.path(S("imported.sqlite"));
    CHECK(runCli(imported, {S("import"), S("csv"), csv}).code == 0);
    CHECK(prospectCount(imported) == 1);
}

TEST_CASE("JSON backups and exports are written for the owner only", "[cli][files]")
{
    TempDir dir;
    const QString db = dir.path(S("team.sqlite"));
    REQUIRE(runCli(db, {S("demo")}).code == 0);
    const QString json = dir.path(S("backup.json"));
    const QString csv = dir.path(S("pipeline.csv"));
    const QString ics = dir.path(S("pipeline.ics"));
    const QString md = dir.path(S("one.md"));
    const QString copy = dir.path(S("copy.sqlite"));
    REQUIRE(runCli(db, {S("export"), S("backup"), S("-o"), json}).code == 0);
    REQUIRE(runCli(db, {S("export"), S("pipeline"), S("-o"), csv}).code == 0);
    REQUIRE(runCli(db, {S("export"), S("ics"), S("-o"), ics}).code == 0);
    REQUIRE(runCli(db, {S("export"), S("summary"), S("1"), S("-o"), md}).code == 0);
    REQUIRE(runCli(db, {S("backup"), S("-o"), copy}).code == 0);
    for (const QString& file : {json, csv, ics, md, copy}) {
        INFO(file.toStdString());
        CHECK(QFileInfo(file).permissions() == kPrivate);
    }
}

TEST_CASE("errors show one sentence; the SQL behind them only with --verbose", "[cli][files]")
{
    TempDir dir;
    const QString db = dir.path(S("team.sqlite"));
    REQUIRE(runCli(db, {S("demo"), S("--prospects"), S("3")}).code == 0);
    // The store refuses the write (a read-only file): SQLite's error has SQL behind it.
    REQUIRE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    const auto run = runCli(db, {S("log-meeting"), S("1"), S("--summary"), S("Call")});
    CHECK(run.code == 1);
    CHECK(run.err.trimmed().count(u'\n') == 0);
    CHECK_FALSE(run.err.contains(S("INSERT")));
    CHECK_FALSE(run.err.contains(S("accord.storage")));
    const auto verbose =
        runCli(db, {S("--verbose"), S("log-meeting"), S("1"), S("--summary"), S("Call")});
    CHECK(verbose.code == 1);
    CHECK(verbose.err.contains(S("INSERT")));
}

TEST_CASE("first opens of a new file at once all succeed; demo is written once", "[cli][files]")
{
    TempDir dir;
    const QString csv = dir.path(S("crm.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Company,Owner\nAcme,Dana\nGlobex,Ravi\n");
    }
    for (int round = 0; round < 4; ++round) {
        const QString db = dir.path(S("new%1.sqlite").arg(round));
        const QString demoDb = dir.path(S("demo%1.sqlite").arg(round));
        std::vector<std::unique_ptr<QProcess>> imports;
        std::vector<std::unique_ptr<QProcess>> demos;
        for (int i = 0; i < 3; ++i) {
            imports.push_back(std::make_unique<QProcess>());
            imports.back()->start(S(ACCORD_CLI_PATH), {S("--db"), db, S("import"), S("csv"), csv});
            demos.push_back(std::make_unique<QProcess>());
            demos.back()->start(S(ACCORD_CLI_PATH),
                                {S("--db"), demoDb, S("demo"), S("--prospects"), S("5")});
        }
        int demosMade = 0;
        for (auto& p : imports) {
            REQUIRE(p->waitForFinished(60000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            INFO(err.toStdString());
            CHECK(p->exitCode() == 0);
            CHECK_FALSE(err.contains(S("CREATE")));
        }
        for (auto& p : demos) {
            REQUIRE(p->waitForFinished(60000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            INFO(err.toStdString());
            CHECK_FALSE(err.contains(S("CREATE")));
            CHECK_FALSE(err.contains(S("SQL logic error")));
            if (p->exitCode() == 0)
                ++demosMade;
            else
                CHECK(err.contains(S("already holds")));
        }
        CHECK(demosMade == 1);
        CHECK(prospectCount(db) == 6);
        CHECK(prospectCount(demoDb) == 5);
    }
}

TEST_CASE("check on a damaged file exits 5 and says what is wrong", "[cli][files]")
{
    TempDir dir;
    const QString db = dir.path(S("team.sqlite"));
    REQUIRE(runCli(db, {S("demo")}).code == 0);
    const QByteArray good = readAll(db);
    REQUIRE(good.size() > 16 * 4096);

    // The list of tables (page 1 after the header) is damaged.
    QByteArray schema = good;
    for (int k = 100; k < 112; ++k)
        schema[k] = '\xff';
    const QString schemaDamaged = dir.path(S("schema.sqlite"));
    {
        QFile f(schemaDamaged);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(schema);
    }
    const auto a = runCli(schemaDamaged, {S("check")});
    INFO(a.err.toStdString());
    CHECK(a.code == 5);
    CHECK(a.err.contains(S("damaged")));
    CHECK_FALSE(a.err.contains(S("not an Accord database")));

    // Pages in the middle of the file are overwritten.
    QByteArray middle = good;
    for (int k = 6 * 4096; k < 10 * 4096; ++k)
        middle[k] = static_cast<char>(k * 7);
    const QString dataDamaged = dir.path(S("data.sqlite"));
    {
        QFile f(dataDamaged);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(middle);
    }
    const auto b = runCli(dataDamaged, {S("check")});
    INFO(b.err.toStdString());
    CHECK(b.code == 5);
    CHECK_FALSE(b.err.trimmed().isEmpty());

    // Cut short: damaged too, and said so.
    const QString cut = dir.path(S("cut.sqlite"));
    {
        QFile f(cut);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(good.left(good.size() / 2 + 100));
    }
    const auto c = runCli(cut, {S("check")});
    INFO(c.err.toStdString());
    CHECK(c.code == 5);
    CHECK(c.err.contains(S("is damaged: the file is truncated")));
}

TEST_CASE("a failed import backup into a new file leaves no database behind", "[cli][files]")
{
    TempDir dir;
    const QString json = dir.path(S("broken.json"));
    {
        QFile f(json);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"accord-backup\", \"prospects\": [ {\"id\": 1} ]");
    }
    const QString db = dir.path(S("restored.sqlite"));
    const auto run = runCli(db, {S("import"), S("backup"), json});
    CHECK(run.code == 1);
    CHECK_FALSE(QFileInfo::exists(db));
    CHECK_FALSE(QFileInfo::exists(db + S("-wal")));
    CHECK_FALSE(QFileInfo::exists(db + S("-shm")));
    // Into an existing database, the file stays.
    const QString existing = dir.path(S("existing.sqlite"));
    storage::openStore(existing);
    CHECK(runCli(existing, {S("import"), S("backup"), json}).code == 1);
    CHECK(QFileInfo::exists(existing));
}

TEST_CASE("a pipeline and its backups on read-only media open read-only", "[cli][files]")
{
    TempDir dir;
    const QString folder = dir.path(S("media"));
    QDir().mkpath(folder);
    const QString db = folder + S("/team.sqlite");
    REQUIRE(runCli(db, {S("demo"), S("--prospects"), S("4")}).code == 0);
    const QString copy = folder + S("/copy.sqlite");
    REQUIRE(runCli(db, {S("backup"), S("-o"), copy}).code == 0);
    // Everyone may read; nobody but root may write (the folder included).
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup |
                          QFileDevice::ReadOther;
    const auto traversable = readable | QFileDevice::ExeOwner | QFileDevice::ExeUser |
                             QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const QString root = QFileInfo(folder).absolutePath(); // the test's own folder
    QFile::setPermissions(root, QFile::permissions(root) | QFileDevice::ExeOther);
    REQUIRE(QFile::setPermissions(db, readable));
    REQUIRE(QFile::setPermissions(copy, readable));
    REQUIRE(QFile::setPermissions(folder, traversable));
    for (const QString& file : {db, copy}) {
        QProcess p;
        // Another user than the owner: like a read-only disk, no -shm can be made.
        if (::geteuid() == 0)
            p.start(S("setpriv"), {S("--reuid=65534"), S("--regid=65534"), S("--clear-groups"),
                                   S(ACCORD_CLI_PATH), S("--db"), file, S("list")});
        else
            p.start(S(ACCORD_CLI_PATH), {S("--db"), file, S("list")});
        REQUIRE(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        INFO(file.toStdString() << ": " << p.readAllStandardError().toStdString());
        CHECK(p.exitCode() == 0);
        CHECK(out.contains(S("4 prospects")));
        CHECK_FALSE(QFileInfo::exists(file + S("-shm")));
    }
    QFile::setPermissions(folder, traversable | QFileDevice::WriteOwner | QFileDevice::WriteUser);
}

TEST_CASE("the open database is never read as an import or notes file", "[cli][files]")
{
    TempDir dir;
    const QString db = dir.path(S("team.sqlite"));
    REQUIRE(runCli(db, {S("demo"), S("--prospects"), S("3")}).code == 0);
    for (const QStringList& args : {QStringList{S("import"), S("backup"), db},
                                    QStringList{S("import"), S("backup"), db + S("-wal")},
                                    QStringList{S("log-meeting"), S("1"), S("--summary"), S("Call"),
                                                S("--notes-file"), db}}) {
        const auto run = runCli(db, args);
        INFO(args.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.code == 1);
        CHECK(run.err.contains(S("open database")));
    }
    CHECK(prospectCount(db) == 3);
    CHECK(runCli(db, {S("check")}).code == 0);
}

namespace {

core::Prospect prospectNamed(const QString& name)
{
    core::Prospect p;
    p.name = name;
    p.owner = S("Dana");
    return p;
}

/// A JSON backup of a pipeline with `count` prospects whose ids start at 2 (id 1 is free).
QString makeBackupJson(const TempDir& dir, int count)
{
    const QString source = dir.path(S("source.sqlite"));
    {
        auto store = storage::openStore(source);
        const core::Id first = store->prospects().add(prospectNamed(S("Purged first")));
        for (int i = 0; i < count; ++i)
            store->prospects().add(prospectNamed(S("Restored %1").arg(i)));
        store->prospects().moveToTrash(first, QDateTime::currentDateTimeUtc());
        REQUIRE(store->prospects().purge(first));
    }
    const QString json = dir.path(S("good.json"));
    REQUIRE(runCli(source, {S("export"), S("backup"), S("-o"), json}).code == 0);
    return json;
}

std::unique_ptr<QProcess> startCli(const QString& db, const QStringList& args)
{
    auto p = std::make_unique<QProcess>();
    p->start(S(ACCORD_CLI_PATH), QStringList{S("--db"), db} + args);
    return p;
}

ino_t inodeOf(const QString& path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

TEST_CASE("two import backup runs into one new file at once: one restores, the other removes "
          "nothing",
          "[cli][files]")
{
    TempDir dir;
    const QString json = makeBackupJson(dir, 300);
    for (int round = 0; round < 6; ++round) {
        const QString db = dir.path(S("new%1.sqlite").arg(round));
        auto a = startCli(db, {S("import"), S("backup"), json});
        auto b = startCli(db, {S("import"), S("backup"), json});
        REQUIRE(a->waitForFinished(120000));
        REQUIRE(b->waitForFinished(120000));
        const QString errA = QString::fromUtf8(a->readAllStandardError());
        const QString errB = QString::fromUtf8(b->readAllStandardError());
        INFO("round " << round << ": " << errA.toStdString() << " | " << errB.toStdString());
        CHECK(a->exitCode() + b->exitCode() == 1); // one succeeded, one failed
        const QString loser = a->exitCode() != 0 ? errA : errB;
        CHECK((loser.contains(S("already exists; nothing was restored")) ||
               loser.contains(S("already holds prospects"))));
        REQUIRE(QFileInfo::exists(db));
        CHECK(prospectCount(db) == 300);
    }
    // Nothing half-made is left beside them.
    for (const QString& name : QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden))
        CHECK_FALSE(name.endsWith(S(".new")));
}

TEST_CASE("import backup into an existing file checks it is empty under the write lock",
          "[cli][files]")
{
    TempDir dir;
    const QString json = makeBackupJson(dir, 3);
    const QString db = test::createDatabase(dir.path(S("team.sqlite")));
    auto store = storage::openStore(db);
    std::unique_ptr<QProcess> import;
    store->transaction([&] {
        // A colleague's first prospect, being written while the restore starts.
        store->prospects().add(prospectNamed(S("Colleague's first")));
        import = startCli(db, {S("import"), S("backup"), json});
        REQUIRE(import->waitForStarted());
        import->waitForFinished(2500); // it reads and then waits for the write lock
    });
    REQUIRE(import->waitForFinished(60000));
    const QString err = QString::fromUtf8(import->readAllStandardError());
    INFO(err.toStdString());
    CHECK(import->exitCode() == 1);
    CHECK(err.contains(S("already holds prospects")));
    CHECK(store->prospects().count({}) == 1);
}

TEST_CASE("exports and backups never replace a database in use by another process", "[cli][files]")
{
    TempDir dir;
    const QString other = dir.path(S("other.sqlite"));
    REQUIRE(runCli(other, {S("demo"), S("--prospects"), S("3")}).code == 0);
    const QString team = dir.path(S("team.sqlite"));
    REQUIRE(runCli(team, {S("demo"), S("--prospects"), S("5")}).code == 0);
    const QList<QStringList> commands{
        {S("backup"), S("-o")},
        {S("export"), S("pipeline"), S("-o")},
        {S("export"), S("backup"), S("-o")},
        {S("export"), S("ics"), S("-o")},
        {S("export"), S("summary"), S("1"), S("--format"), S("json"), S("-o")}};

    // The app has team.sqlite open (here: this process; accord-cli is another one).
    {
        auto app = storage::openStore(team);
        const ino_t inode = inodeOf(team);
        for (const QStringList& command : commands) {
            const auto run = runCli(other, command + QStringList{team});
            INFO(command.join(u' ').toStdString() << ": " << run.err.toStdString());
            CHECK(run.code == 1);
            CHECK(run.err.contains(S("is a database in use")));
        }
        CHECK(inodeOf(team) == inode);
        CHECK(app->prospects().count({}) == 5);
        app->prospects().add(prospectNamed(S("Written after")));
    }
    // (Counted read-write: the last read-only connection would leave its -wal behind.)
    const auto count = [&team] { return storage::openStore(team)->prospects().count({}); };
    CHECK(count() == 6);

    // Closed, it is still a pipeline (write-ahead log), not a copy to replace.
    REQUIRE_FALSE(QFileInfo::exists(team + S("-wal")));
    for (const QStringList& command : commands) {
        const auto run = runCli(other, command + QStringList{team});
        INFO(command.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.code == 1);
        CHECK(run.err.contains(S("is a database, not an earlier backup copy")));
    }
    CHECK(count() == 6);

    // An earlier backup copy is replaced, as asked.
    const QString copy = dir.path(S("copy.sqlite"));
    REQUIRE(runCli(team, {S("backup"), S("-o"), copy}).code == 0);
    const auto replaced = runCli(other, {S("backup"), S("-o"), copy});
    INFO(replaced.err.toStdString());
    CHECK(replaced.code == 0);
    CHECK(prospectCount(copy) == 3);
}

TEST_CASE("check on a missing file named like damage is an error naming it, not damage",
          "[cli][files]")
{
    TempDir dir;
    const QString db = dir.path(S("damaged-last-year.sqlite"));
    const auto run = runCli(db, {S("check")});
    INFO(run.err.toStdString());
    CHECK(run.code == 1);
    CHECK(run.err.contains(S("does not exist")));
    CHECK_FALSE(run.err.contains(S("Restore it from a backup")));
}
