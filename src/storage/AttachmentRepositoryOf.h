#pragma once

#include "core/Attachment.h"

namespace accord::storage {

/// Files kept on prospects, in either store (`Db`: the connection of Sqlite.h
/// or pg/Pg.h, StoreSql.h): a BLOB in the file, a bytea on the server. Lists
/// read the metadata columns only; the bytes are read one file at a time.
template <typename Db> class AttachmentRepositoryOf final : public core::AttachmentRepository
{
public:
    explicit AttachmentRepositoryOf(Db& db) : m_db(db) {}

    std::vector<core::AttachmentInfo> list(core::Id prospectId) override;
    std::optional<core::AttachmentInfo> find(core::Id id) override;
    QByteArray bytes(core::Id id) override;
    core::Id add(const core::AttachmentInfo& a, const QByteArray& bytes) override;
    void remove(const core::AttachmentInfo& expected) override;

private:
    Db& m_db;
};

} // namespace accord::storage
