#pragma once

#include "Sqlite.h"
#include "core/Store.h"

namespace accord::storage {

/// Global search over prospects, contacts and meeting text (FTS5), newest first.
class SqliteSearchRepository final : public core::SearchRepository
{
public:
    explicit SqliteSearchRepository(Connection& db) : m_db(db) {}

    std::vector<core::SearchHit> search(const QString& text, int limit) override;

    /// The FTS5 query for what a person typed: every word quoted, the last also a
    /// prefix; empty when nothing searchable is left.
    static QString matchQuery(const QString& text);

private:
    Connection& m_db;
};

} // namespace accord::storage
