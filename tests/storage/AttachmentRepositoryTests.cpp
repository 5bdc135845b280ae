// Attachments in the store (both: storage_tests and storage_pg_tests): the
// bytes round-trip exactly, lists never carry them, removal compares, links
// follow their data request, and a bundle and a JSON backup carry the files.

#include "StoreFixture.h"

#include "core/Bundle.h"
#include "core/WorkspaceService.h"
#include "core/io/Backup.h"

using namespace accord;
using namespace accord::core;
using namespace accord::test;

namespace {

/// Bytes no text could hold: every byte value, NULs among them.
QByteArray binaryBytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = static_cast<char>(i % 7 == 0 ? 0 : x & 0xff);
    }
    return out;
}

AttachmentInfo info(Id prospectId, const QString& name, qint64 size)
{
    AttachmentInfo a;
    a.prospectId = prospectId;
    a.name = name;
    a.size = size;
    a.addedBy = QStringLiteral("dana");
    a.addedAt = at(3, 10);
    return a;
}

} // namespace

TEST_CASE("an attachment's bytes round-trip exactly and lists leave them out", "[storage]")
{
    StoreFixture f;
    const Id pid = f.store->prospects().add(sampleProspect());
    auto& files = f.store->attachments();
    const QByteArray small = binaryBytes(1000);
    const QByteArray large = binaryBytes(6 * 1024 * 1024 + 5);
    AttachmentInfo a = info(pid, QStringLiteral("revenue.csv"), small.size());
    a.id = files.add(a, small);
    AttachmentInfo b = info(pid, QStringLiteral("Signed agreement.pdf"), large.size());
    b.addedAt = at(4, 10);
    b.link = {AttachmentLink::Kind::Agreement, kNoId};
    b.id = files.add(b, large);

    CHECK(files.list(pid) == std::vector<AttachmentInfo>{a, b});
    CHECK(files.find(b.id) == b);
    CHECK(files.bytes(a.id) == small);
    CHECK(files.bytes(b.id) == large);
    CHECK(files.bytes(a.id).count('\0') > 100);

    // An id that is taken is refused; a kept id is kept.
    CHECK_THROWS_AS(files.add(a, small), StoreError);
    files.remove(a);
    CHECK_FALSE(files.find(a.id));
    CHECK_THROWS_WITH(files.bytes(a.id), Catch::Contains("no longer exists"));
    CHECK(files.add(a, small) == a.id);
    CHECK(files.bytes(a.id) == small);
}

TEST_CASE("removing an attachment refuses when it is gone or changed since", "[storage]")
{
    StoreFixture f;
    const Id pid = f.store->prospects().add(sampleProspect());
    auto& files = f.store->attachments();
    AttachmentInfo a = info(pid, QStringLiteral("orders.csv"), 3);
    a.id = files.add(a, QByteArrayLiteral("a,b"));

    AttachmentInfo stale = a;
    stale.name = QStringLiteral("other.csv");
    CHECK_THROWS_WITH(files.remove(stale), Catch::Contains("changed") && Catch::Contains("since"));
    CHECK(files.find(a.id));
    files.remove(a);
    CHECK_THROWS_WITH(files.remove(a), Catch::Contains("“orders.csv” was removed meanwhile"));
}

TEST_CASE("an attachment linked to a data request loses the link when the request goes, and "
          "goes with its prospect",
          "[storage]")
{
    StoreFixture f;
    const Id pid = f.store->prospects().add(sampleProspect());
    DataRequest r;
    r.prospectId = pid;
    r.item = QStringLiteral("Online revenue");
    r.requestedOn = QDate(2026, 6, 1);
    r.id = f.store->evidence().addDataRequest(r);
    AttachmentService service(*f.store, f.clock);
    const AttachmentInfo a =
        service.add(pid, QStringLiteral("/tmp/revenue.csv"), QByteArrayLiteral("month,revenue\n"),
                    {AttachmentLink::Kind::DataRequest, r.id}, QStringLiteral("dana"));
    CHECK(a.name == QStringLiteral("revenue.csv"));
    CHECK(a.addedAt == f.clock.now());
    CHECK(f.store->attachments().find(a.id)->link.dataRequestId == r.id);

    // Linking to a request of another prospect is refused.
    const Id other = f.store->prospects().add(sampleProspect(QStringLiteral("Contoso")));
    CHECK_THROWS_WITH(service.add(other, QStringLiteral("x.csv"), QByteArrayLiteral("x"),
                                  {AttachmentLink::Kind::DataRequest, r.id},
                                  QStringLiteral("dana")),
                      Catch::Contains("no data request"));

    f.store->evidence().removeDataRequest(r.id);
    CHECK(f.store->attachments().find(a.id)->link == AttachmentLink{});

    // Removed and put back with its bytes (undo), then gone with its prospect.
    const Attachment removed = service.remove(a.id);
    CHECK(removed.bytes == QByteArrayLiteral("month,revenue\n"));
    CHECK(f.store->attachments().list(pid).empty());
    Attachment back = removed;
    back.info.link = {};
    service.restore(back);
    CHECK(f.store->attachments().bytes(a.id) == removed.bytes);
    f.store->prospects().moveToTrash(pid, f.clock.now());
    REQUIRE(f.store->prospects().purge(pid));
    CHECK_FALSE(f.store->attachments().find(a.id));
}

TEST_CASE("a bundle and a JSON backup carry attachments, and backup → restore → backup is "
          "byte-identical",
          "[storage][backup]")
{
    StoreFixture f;
    const Id pid = f.store->prospects().add(sampleProspect());
    DataRequest r;
    r.prospectId = pid;
    r.item = QStringLiteral("Orders");
    r.requestedOn = QDate(2026, 6, 1);
    r.id = f.store->evidence().addDataRequest(r);
    const QByteArray big = binaryBytes(3 * 1024 * 1024 + 1);
    AttachmentInfo a = info(pid, QStringLiteral("orders.bin"), big.size());
    a.link = {AttachmentLink::Kind::DataRequest, r.id};
    a.id = f.store->attachments().add(a, big);
    AttachmentInfo b = info(pid, QStringLiteral("nul.bin"), 4);
    b.id = f.store->attachments().add(b, QByteArray("\0\0\0\x01", 4));

    const auto bundle = loadBundle(*f.store, pid, true);
    REQUIRE(bundle);
    REQUIRE(bundle->attachments.size() == 2);
    CHECK(bundle->attachments[0].bytes == big);
    CHECK(loadBundle(*f.store, pid)->attachments[0].bytes.isNull());

    const int schema = f.store->maintenance().schemaVersion();
    const QByteArray first = backupJson(*f.store, schema);
    CHECK(first.contains(big.left(3 * 1000).toBase64()));
    CHECK(backupToBytes(readBackup(*f.store, schema)) == first);
    const BackupContents parsed = parseBackup(first);
    REQUIRE(parsed.prospects.size() == 1);
    CHECK(parsed.prospects[0].attachments[1].bytes == QByteArray("\0\0\0\x01", 4));

    StoreFixture g;
    restoreBackup(*g.store, parsed);
    CHECK(g.store->attachments().bytes(a.id) == big);
    CHECK(g.store->attachments().find(a.id) == a);
    CHECK(backupJson(*g.store, schema) == first);
}
