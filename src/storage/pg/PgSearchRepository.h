#pragma once

#include "Pg.h"
#include "core/Store.h"

namespace accord::storage::pg {

/// Global search over prospects, contacts and meeting text with PostgreSQL's
/// full text search (tsvector, GIN, unaccent where the server has it) plus
/// prefix matching of the last word, newest first.
class PgSearchRepository final : public core::SearchRepository
{
public:
    explicit PgSearchRepository(Connection& db) : m_db(db) {}
    std::vector<core::SearchHit> search(const QString& text, int limit) override;
    int count(const QString& text, int cap) override;

private:
    Connection& m_db;
};

} // namespace accord::storage::pg
