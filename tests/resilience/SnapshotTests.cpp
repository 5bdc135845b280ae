// A JSON backup is read from one snapshot: another process committing while
// it is taken leaves the backup whole (it restores) rather than half-seen.

#include "core/io/Backup.h"
#include "storage/SqliteStore.h"
#include "support/TestSupport.h"

#include <QProcess>

using namespace accord;

TEST_CASE("a JSON backup taken while another process writes restores cleanly", "[backup]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("live.sqlite"));
    auto store = storage::openStore(path);
    core::Id last = core::kNoId;
    for (const char* name : {"Adatum", "Bellows", "Contoso"}) {
        core::Prospect p;
        p.name = QString::fromUtf8(name);
        last = store->prospects().add(p);
    }

    bool wrote = false;
    const QByteArray bytes = core::backupJson(*store, store->schemaVersion(), [&](int done, int) {
        if (done != 1 || wrote)
            return;
        // Midway, another process adds a criterion and ticks it for the last prospect.
        QProcess writer;
        writer.start(QStringLiteral(ACCORD_RESILIENCE_WRITER),
                     {path, QString::number(last), QStringLiteral("--tick-new-criterion")});
        REQUIRE(writer.waitForFinished(60000));
        REQUIRE(writer.exitCode() == 0);
        wrote = true;
    });
    REQUIRE(wrote);
    CHECK(store->gates().checks(last).size() == 1); // the write is in the file

    auto copy = storage::openStore(dir.path(QStringLiteral("restored.sqlite")));
    const core::BackupContents contents = core::parseBackup(bytes);
    CHECK_NOTHROW(core::restoreBackup(*copy, contents));
    CHECK(copy->prospects().count({}) == 3);
}
