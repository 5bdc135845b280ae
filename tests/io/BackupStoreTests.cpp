#include "IoTestData.h"
#include "support/TestSupport.h"

#include "core/Demo.h"
#include "core/io/Backup.h"
#include "storage/SqliteStore.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <nlohmann/json.hpp>

using namespace accord::core;
using accord::storage::SqliteStore;

namespace {

std::unique_ptr<SqliteStore> openAt(const accord::test::TempDir& dir, const char* name)
{
    return SqliteStore::open(dir.path(QString::fromLatin1(name)));
}

void fill(Store& store, const std::vector<ProspectBundle>& bundles)
{
    store.transaction([&] {
        for (const ProspectBundle& b : bundles)
            saveBundle(store, b);
    });
}

QByteArray backupOf(SqliteStore& store)
{
    return backupJson(store, store.schemaVersion());
}

int prospectCount(Store& store)
{
    ProspectFilter all;
    all.trash = ProspectFilter::Trash::Include;
    return store.prospects().count(all);
}

QString randomText(QRandomGenerator& rng, int maxLength)
{
    static const QString alphabet =
        QStringLiteral("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ 0123456789 ,;\"'<>&=+-@\\/|*_#"
                       "éüßçøñ日本語✓€—\n\t");
    const int length = 1 + static_cast<int>(rng.bounded(static_cast<quint32>(maxLength)));
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(
            static_cast<qsizetype>(rng.bounded(static_cast<quint32>(alphabet.size())))));
    return out;
}

// The demo pipeline with its text replaced by random characters (quotes, markup,
// non-Latin scripts, line breaks) and a few prospects in the trash.
std::vector<ProspectBundle> randomPipeline(quint32 seed)
{
    QRandomGenerator rng(seed);
    DemoOptions o;
    o.seed = seed;
    o.prospects = 25 + static_cast<int>(rng.bounded(20u));
    o.now = accord::test::referenceNow();
    std::vector<ProspectBundle> bundles = makeDemoPipeline(o);
    for (ProspectBundle& b : bundles) {
        b.prospect.name = randomText(rng, 60).simplified();
        if (b.prospect.name.isEmpty())
            b.prospect.name = QStringLiteral("x");
        // One-line fields hold no line breaks or tabs (core validation); notes may.
        b.prospect.industry = randomText(rng, 30).simplified();
        for (Activity& a : b.activities)
            a.title = randomText(rng, 80).simplified() + QStringLiteral("x");
        b.prospect.value.minor = static_cast<qint64>(rng.bounded(1u << 30));
        for (Meeting& m : b.meetings) {
            m.notes = randomText(rng, 400);
            m.learned = randomText(rng, 50);
        }
        for (Metric& m : b.metrics)
            m.value = rng.generateDouble() * 1e6;
        if (rng.bounded(8u) == 0)
            b.prospect.deletedAt = o.now.addDays(-static_cast<int>(rng.bounded(30u)));
    }
    return bundles;
}

} // namespace

TEST_CASE("backup then restore then backup is byte-identical on the demo pipeline",
          "[io][backup][storage]")
{
    accord::test::TempDir dir;
    auto source = openAt(dir, "source.sqlite");
    DemoOptions o;
    o.now = accord::test::referenceNow();
    fill(*source, makeDemoPipeline(o));
    // Settings and criteria that differ from the defaults must survive too.
    PipelineSettings settings = PipelineSettings::load(source->settings());
    settings.staleDays = {7, 14, 28};
    settings.currency = QStringLiteral("EUR");
    settings.save(source->settings());
    auto criteria = source->gates().criteria();
    std::vector<GateCriterion> stage1;
    for (const GateCriterion& c : criteria)
        if (c.stage == Stage::Informative)
            stage1.push_back(c);
    REQUIRE(!stage1.empty());
    stage1.front().label = QStringLiteral("Renamed criterion «1»");
    source->gates().replaceCriteria(Stage::Informative, stage1);
    // Settings the pipeline stores beyond those (its name, the backup policy).
    source->settings().setValue(QStringLiteral("pipeline/name"),
                                QStringLiteral("Q3 \"EMEA\" <deals>"));
    source->settings().setValue(QStringLiteral("backup/keep"), QStringLiteral("12"));

    const QByteArray first = backupOf(*source);
    const BackupContents parsed = parseBackup(first, source->schemaVersion());
    CHECK(static_cast<int>(parsed.prospects.size()) == prospectCount(*source));

    auto target = openAt(dir, "target.sqlite");
    restoreBackup(*target, parsed);
    const QByteArray second = backupOf(*target);
    CHECK(second.size() == first.size());
    CHECK(second == first);
    CHECK(PipelineSettings::load(target->settings()).currency == QStringLiteral("EUR"));
    CHECK(target->settings().value(QStringLiteral("pipeline/name")) ==
          QStringLiteral("Q3 \"EMEA\" <deals>"));
    CHECK(target->settings().value(QStringLiteral("backup/keep")) == QStringLiteral("12"));
    CHECK(target->integrityProblems().isEmpty());
}

TEST_CASE("a backup without stored setting values (version 1 as first written) still restores",
          "[io][backup][storage]")
{
    accord::test::TempDir dir;
    auto source = openAt(dir, "source.sqlite");
    DemoOptions o;
    o.now = accord::test::referenceNow();
    o.prospects = 5;
    fill(*source, makeDemoPipeline(o));
    nlohmann::json j = nlohmann::json::parse(backupOf(*source).toStdString());
    REQUIRE(j.contains("setting_values"));
    j.erase("setting_values");
    const BackupContents parsed =
        parseBackup(QByteArray::fromStdString(j.dump(2)), source->schemaVersion());
    CHECK_FALSE(parsed.values.has_value());
    auto target = openAt(dir, "target.sqlite");
    restoreBackup(*target, parsed);
    CHECK(prospectCount(*target) == prospectCount(*source));

    j["setting_values"] = {{"pipeline/name", 7}};
    try {
        parseBackup(QByteArray::fromStdString(j.dump(2)));
        FAIL("a number as a setting value was accepted");
    } catch (const ValidationError& e) {
        CHECK(QString::fromStdString(e.what()).contains(
            QStringLiteral("$.setting_values.pipeline/name")));
    }
}

TEST_CASE("backup then restore then backup is byte-identical on randomised pipelines",
          "[io][backup][storage]")
{
    for (quint32 seed : {7u, 1234u, 99991u}) {
        CAPTURE(seed);
        accord::test::TempDir dir;
        auto source = openAt(dir, "source.sqlite");
        fill(*source, randomPipeline(seed));
        const QByteArray first = backupOf(*source);
        auto target = openAt(dir, "target.sqlite");
        restoreBackup(*target, parseBackup(first));
        const QByteArray second = backupOf(*target);
        CHECK(second == first);
    }
}

TEST_CASE("restoring into a database that holds prospects is refused and writes nothing",
          "[io][backup][storage]")
{
    accord::test::TempDir dir;
    auto source = openAt(dir, "source.sqlite");
    DemoOptions o;
    o.now = accord::test::referenceNow();
    o.prospects = 5;
    fill(*source, makeDemoPipeline(o));
    const BackupContents contents = parseBackup(backupOf(*source));
    const QByteArray before = backupOf(*source);
    CHECK_THROWS_WITH(restoreBackup(*source, contents), Catch::Contains("empty database"));
    CHECK(backupOf(*source) == before);
}

TEST_CASE("a malformed backup corpus leaves the target database unchanged", "[io][backup][storage]")
{
    accord::test::TempDir dir;
    // A valid backup whose last prospect cannot be written (a contact without a
    // name): the failure comes halfway through the restore transaction.
    auto source = openAt(dir, "source.sqlite");
    DemoOptions o;
    o.now = accord::test::referenceNow();
    o.prospects = 6;
    fill(*source, makeDemoPipeline(o));
    BackupContents broken = parseBackup(backupOf(*source));
    Contact nameless;
    nameless.id = 999999;
    broken.prospects.back().contacts.push_back(nameless);
    const QByteArray halfway = backupToBytes(broken);

    std::vector<QByteArray> corpus;
    for (const QString& f : QDir(accord::test::ioDataPath(QStringLiteral("backup")))
                                .entryList({QStringLiteral("*.json")}, QDir::Files))
        corpus.push_back(accord::test::ioData(QStringLiteral("backup/") + f));
    REQUIRE(corpus.size() >= 6);
    corpus.push_back(halfway);
    corpus.push_back(halfway.left(halfway.size() / 2)); // truncated

    auto target = openAt(dir, "target.sqlite");
    const QByteArray emptyBackup = backupOf(*target);
    for (std::size_t i = 0; i < corpus.size(); ++i) {
        CAPTURE(i);
        CHECK_THROWS_AS(restoreBackup(*target, parseBackup(corpus[i], target->schemaVersion())),
                        std::runtime_error);
        CHECK(prospectCount(*target) == 0);
        CHECK(backupOf(*target) == emptyBackup);
    }
}

TEST_CASE("a restore into a new file never replaces nor removes a file made meanwhile",
          "[io][backup][files]")
{
    accord::test::TempDir dir;
    const BackupContents contents = [&] {
        auto source = openAt(dir, "source.sqlite");
        fill(*source, randomPipeline(7));
        return parseBackup(backupOf(*source), source->schemaVersion());
    }();
    const QString target = dir.path(QStringLiteral("restored.sqlite"));
    const auto opener = [](const QString& path) -> std::unique_ptr<Store> {
        return SqliteStore::open(path);
    };

    // Another process makes the file while this restore runs.
    bool made = false;
    QString message;
    try {
        restoreBackupIntoNewFile(target, contents, [&](const QString& path) {
            auto theirs = SqliteStore::open(target);
            theirs->prospects().add(contents.prospects.front().prospect);
            made = true;
            return opener(path);
        });
    } catch (const StoreError& e) {
        message = e.message();
    }
    REQUIRE(made);
    CHECK(message == QDir::toNativeSeparators(target) +
                         QStringLiteral(" already exists; nothing was restored."));
    {
        auto theirs = SqliteStore::open(target);
        CHECK(prospectCount(*theirs) == 1);
    }
    // Nothing of ours is left beside it.
    for (const QString& name : QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden))
        CHECK_FALSE(name.endsWith(QStringLiteral(".new")));

    // A restore that fails removes only its own file.
    const QString failing = dir.path(QStringLiteral("failing.sqlite"));
    BackupContents twice = contents;
    twice.prospects.push_back(twice.prospects.front()); // the same id again
    CHECK_THROWS(restoreBackupIntoNewFile(failing, twice, opener));
    CHECK_FALSE(QFileInfo::exists(failing));

    // Nobody else: restored, complete and sound.
    const QString fresh = dir.path(QStringLiteral("fresh.sqlite"));
    restoreBackupIntoNewFile(fresh, contents, opener);
    auto restored = SqliteStore::open(fresh);
    CHECK(static_cast<std::size_t>(prospectCount(*restored)) == contents.prospects.size());
    CHECK(restored->integrityProblems().isEmpty());
    for (const QString& name : QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden))
        CHECK_FALSE(name.endsWith(QStringLiteral(".new")));
}
