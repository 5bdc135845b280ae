#include "AttachmentRepositoryOf.h"

#include "Sqlite.h"
#include "StoreSql.h"
#include "pg/Pg.h"

#include <QCoreApplication>

namespace accord::storage {

using namespace accord::core;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::storage", text);
}

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
    auto st = m_db.prepare("SELECT content FROM attachment WHERE id = ?1");
    if constexpr (StoreSql<Db>::dialect.server)
        st.binaryResults(); // the bytes as they are, not their hex text (twice the size)
    st.bind(1, id);
    if (!st.step())
        throw StoreError(tr("The attachment %1 no longer exists; it may have been removed "
                            "elsewhere.")
                             .arg(id));
    return st.bytes(0);
}

template <typename Db> Id AttachmentRepositoryOf<Db>::add(const AttachmentInfo& a, const QByteArray& bytes)
{
    typename StoreSql<Db>::Transaction tx(m_db);
    if (a.id != kNoId) {
        auto taken = m_db.prepare("SELECT 1 FROM attachment WHERE id = ?1");
        taken.bind(1, a.id);
        if (taken.step())
            throw StoreError(tr("An attachment with id %1 exists already; “%2” was not added.")
                                 .arg(a.id)
                                 .arg(a.name));
    }
    constexpr const SqlDialect& sql = StoreSql<Db>::dialect;
    static const std::string insertSql =
        "INSERT INTO attachment(id, prospect_id, data_request_id, agreement, name, size, "
        "added_by, added_at, content) VALUES (" +
        sql.param(1, "bigint") + ", ?2, " + sql.param(3, "bigint") + ", ?4, ?5, ?6, ?7, " +
        sql.param(8, "bigint") + ", ?9) RETURNING id";
    auto st = m_db.prepare(insertSql);
    st.bindId(1, a.id)
        .bind(2, a.prospectId)
        .bindId(3, a.link.kind == AttachmentLink::Kind::DataRequest ? a.link.dataRequestId
                                                                     : kNoId)
        .bind(4, a.link.kind == AttachmentLink::Kind::Agreement ? 1 : 0)
        .bind(5, a.name)
        .bind(6, a.size)
        .bind(7, a.addedBy)
        .bindTime(8, a.addedAt)
        .bindBytes(9, bytes);
    if (!st.step())
        throw StoreError(tr("“%1” could not be added.").arg(a.name));
    const Id id = st.id(0);
    st.reset();
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
        throw StoreError(tr("“%1” was removed meanwhile; nothing was changed.").arg(expected.name));
    const AttachmentInfo now = readInfo(st);
    const QString by = st.text(8);
    st.reset();
    if (now.name != expected.name || now.size != expected.size || now.link != expected.link ||
        now.prospectId != expected.prospectId)
        throw StoreError(by.isEmpty() ? tr("“%1” was changed since; reload and try again.")
                                            .arg(expected.name)
                                      : tr("%1 changed “%2” since; reload and try again.")
                                            .arg(by, expected.name));
    auto del = m_db.prepare("DELETE FROM attachment WHERE id = ?1");
    del.bind(1, expected.id);
    del.run();
    expectRowChanged(m_db, del, "attachment");
    tx.commit();
}

template class AttachmentRepositoryOf<Connection>;
template class AttachmentRepositoryOf<pg::Connection>;

} // namespace accord::storage
