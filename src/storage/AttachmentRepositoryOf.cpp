#include "AttachmentRepositoryOf.h"

#include "Sqlite.h"
#include "StoreSql.h"
#include "pg/Pg.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace accord::storage {

using namespace accord::core;

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::storage)
};

// The metadata, never the content (the last column of the row, so that the
// file's list reads none of its overflow pages).
constexpr const char* kColumns =
    "id, prospect_id, data_request_id, agreement, name, size, added_by, added_at";

template <typename Row> AttachmentInfo readInfo(const Row& row)
{
    AttachmentInfo a;
    a.id = row.id(0);
    a.prospectId = row.id(1);
    if (!row.isNull(2))
        a.link = {AttachmentLink::Kind::DataRequest, row.id(2)};
    else if (row.int64(3) != 0)
        a.link = {AttachmentLink::Kind::Agreement, kNoId};
    a.name = row.text(4);
    a.size = row.int64(5);
    a.addedBy = row.text(6);
    a.addedAt = row.time(7);
    return a;
}

/// The file's content column through SQLite's incremental I/O, in pieces: an
/// INSERT or SELECT of the whole value would first copy it into one record in
/// memory (a third copy of a 25 MB file beside the caller's and the page cache's).
class ContentBlob
{
public:
    ContentBlob(Connection& db, Id id, bool write)
    {
        const int rc = sqlite3_blob_open(db.handle(), "main", "attachment", "content", id,
                                         write ? 1 : 0, &m_blob);
        if (rc != SQLITE_OK) {
            sqlite3_blob_close(m_blob);
            throw StoreError(
                Text::tr("The attachment %1 no longer exists; it may have been removed "
                         "elsewhere.")
                    .arg(id));
        }
    }
    ~ContentBlob() { sqlite3_blob_close(m_blob); }
    ContentBlob(const ContentBlob&) = delete;
    ContentBlob& operator=(const ContentBlob&) = delete;

    QByteArray read()
    {
        QByteArray out(sqlite3_blob_bytes(m_blob), Qt::Uninitialized);
        for (qsizetype at = 0; at < out.size(); at += kPiece) {
            const int n = static_cast<int>(std::min(kPiece, out.size() - at));
            check(sqlite3_blob_read(m_blob, out.data() + at, n, static_cast<int>(at)));
        }
        return out;
    }
    void write(const QByteArray& bytes)
    {
        for (qsizetype at = 0; at < bytes.size(); at += kPiece) {
            const int n = static_cast<int>(std::min(kPiece, bytes.size() - at));
            check(sqlite3_blob_write(m_blob, bytes.constData() + at, n, static_cast<int>(at)));
        }
    }

private:
    static constexpr qsizetype kPiece = 1 << 20;
    static void check(int rc)
    {
        if (rc != SQLITE_OK)
            throw StoreError(
                Text::tr("An attachment could not be read or written (SQLite error %1).").arg(rc));
    }
    sqlite3_blob* m_blob = nullptr;
};

} // namespace

template <typename Db> std::vector<AttachmentInfo> AttachmentRepositoryOf<Db>::list(Id prospectId)
{
    static const std::string sql = std::string("SELECT ") + kColumns +
                                   " FROM attachment WHERE prospect_id = ?1 ORDER BY added_at, id";
    auto st = m_db.prepare(sql);
    st.bind(1, prospectId);
    return readAll(st, [](const auto& row) { return readInfo(row); });
}

template <typename Db> std::optional<AttachmentInfo> AttachmentRepositoryOf<Db>::find(Id id)
{
    static const std::string sql =
        std::string("SELECT ") + kColumns + " FROM attachment WHERE id = ?1";
    auto st = m_db.prepare(sql);
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readInfo(st);
}

template <typename Db> QByteArray AttachmentRepositoryOf<Db>::bytes(Id id)
{
    if constexpr (!StoreSql<Db>::dialect.server) {
        return ContentBlob(m_db, id, false).read();
    } else {
        auto st = m_db.prepare("SELECT content FROM attachment WHERE id = ?1");
        st.binaryResults(); // the bytes as they are, not their hex text (twice the size)
        st.bind(1, id);
        if (!st.step())
            throw StoreError(
                Text::tr("The attachment %1 no longer exists; it may have been removed "
                         "elsewhere.")
                    .arg(id));
        return st.bytes(0);
    }
}

template <typename Db>
Id AttachmentRepositoryOf<Db>::add(const AttachmentInfo& a, const QByteArray& bytes)
{
    typename StoreSql<Db>::Transaction tx(m_db);
    if (a.id != kNoId) {
        auto taken = m_db.prepare("SELECT 1 FROM attachment WHERE id = ?1");
        taken.bind(1, a.id);
        if (taken.step())
            throw StoreError(
                Text::tr("An attachment with id %1 exists already; “%2” was not added.")
                    .arg(a.id)
                    .arg(a.name));
    }
    constexpr const SqlDialect& sql = StoreSql<Db>::dialect;
    // The file writes its content after the row, in pieces (ContentBlob); the
    // server takes it as one binary parameter.
    static const std::string insertSql =
        "INSERT INTO attachment(id, prospect_id, data_request_id, agreement, name, size, "
        "added_by, added_at, content) VALUES (" +
        sql.param(1, "bigint") + ", ?2, " + sql.param(3, "bigint") + ", ?4, ?5, ?6, ?7, " +
        sql.param(8, "bigint") + (sql.server ? ", ?9" : ", zeroblob(?9)") + ") RETURNING id";
    auto st = m_db.prepare(insertSql);
    st.bindId(1, a.id)
        .bind(2, a.prospectId)
        .bindId(3, a.link.kind == AttachmentLink::Kind::DataRequest ? a.link.dataRequestId : kNoId)
        .bind(4, a.link.kind == AttachmentLink::Kind::Agreement ? 1 : 0)
        .bind(5, a.name)
        .bind(6, a.size)
        .bind(7, a.addedBy)
        .bindTime(8, a.addedAt);
    if constexpr (StoreSql<Db>::dialect.server)
        st.bindBytes(9, bytes);
    else
        st.bind(9, static_cast<qint64>(bytes.size()));
    if (!st.step())
        throw StoreError(Text::tr("“%1” could not be added.").arg(a.name));
    const Id id = st.id(0);
    st.reset();
    if constexpr (!StoreSql<Db>::dialect.server)
        ContentBlob(m_db, id, true).write(bytes);
    tx.commit();
    return id;
}

template <typename Db> void AttachmentRepositoryOf<Db>::remove(const AttachmentInfo& expected)
{
    constexpr const SqlDialect& sql = StoreSql<Db>::dialect;
    typename StoreSql<Db>::Transaction tx(m_db);
    // The row is held (the server's FOR UPDATE; the file's write transaction)
    // between the compare and the delete.
    static const std::string readSql =
        std::string("SELECT ") + kColumns + (sql.server ? ", updated_by" : ", ''") +
        " FROM attachment WHERE id = ?1" + (sql.server ? " FOR UPDATE" : "");
    auto st = m_db.prepare(readSql);
    st.bind(1, expected.id);
    if (!st.step())
        throw StoreError(
            Text::tr("“%1” was removed meanwhile; nothing was changed.").arg(expected.name));
    const AttachmentInfo now = readInfo(st);
    const QString by = st.text(8);
    st.reset();
    if (now.name != expected.name || now.size != expected.size || now.link != expected.link ||
        now.prospectId != expected.prospectId)
        throw StoreError(
            by.isEmpty()
                ? Text::tr("“%1” was changed since; reload and try again.").arg(expected.name)
                : Text::tr("%1 changed “%2” since; reload and try again.").arg(by, expected.name));
    auto del = m_db.prepare("DELETE FROM attachment WHERE id = ?1");
    del.bind(1, expected.id);
    del.run();
    expectRowChanged(m_db, del, "attachment");
    tx.commit();
}

template class AttachmentRepositoryOf<Connection>;
template class AttachmentRepositoryOf<pg::Connection>;

} // namespace accord::storage
