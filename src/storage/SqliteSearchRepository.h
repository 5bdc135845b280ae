#pragma once

#include "Sqlite.h"
#include "core/Store.h"

#include <string_view>

namespace accord::storage {

/// Global search over prospects, contacts and meeting text (FTS5), newest first.
class SqliteSearchRepository final : public core::SearchRepository
{
public:
    explicit SqliteSearchRepository(Connection& db);
    ~SqliteSearchRepository() override;

    std::vector<core::SearchHit> search(const QString& text, int limit) override;
    int count(const QString& text, int cap) override;

    /// The FTS5 query for what a person typed: every word quoted, the last also a
    /// prefix; empty when nothing searchable is left.
    static QString matchQuery(const QString& text);

    /// Whether `text` holds a word that starts with `prefix` (both folded the way
    /// the search index folds: case and diacritics ignored).
    static bool hasWordPrefix(std::string_view text, const QString& prefix);
    /// The folding of the search index: case folded, diacritics removed.
    static QString fold(const QString& text);

    /// Rows the prefix gate examines before the query falls back to a plain FTS5
    /// prefix query (which is cheap exactly when few rows match the prefix).
    static constexpr int kGateBudget = 1500;

private:
    std::vector<core::SearchHit> run(const QString& match, const QString& gatePrefix, int limit,
                                     bool* exhausted);
    static void gateFunction(::sqlite3_context* context, int argc, ::sqlite3_value** args);

    Connection& m_db;
    QString m_gatePrefix;        // folded
    QByteArray m_gatePrefixUtf8; // the same, UTF-8
    int m_gateBudget = 0;
};

} // namespace accord::storage
