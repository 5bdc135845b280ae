#pragma once

// The text part of a prospect filter, answered from memory: the case-folded
// "name · owner · industry · segment" of every prospect, searched with memmem
// once per keystroke, giving the set of matching ids. SQL then asks the set
// through accord_text_match(id), which costs nothing per row, instead of four
// LIKE scans per query (a board keystroke runs seven queries over 100k rows).
// Kept fresh by temp triggers (this connection's writes) and PRAGMA
// data_version (other connections' commits).

#include "Sqlite.h"

#include <string>
#include <vector>

namespace accord::storage {

class ProspectTextIndex
{
public:
    /// Registers accord_text_match(id) on the connection.
    explicit ProspectTextIndex(Connection& db);
    ProspectTextIndex(const ProspectTextIndex&) = delete;
    ProspectTextIndex& operator=(const ProspectTextIndex&) = delete;
    ~ProspectTextIndex();

    /// Makes accord_text_match() answer for `text` (case-insensitive substring
    /// of name, owner, industry or segment) against the current data.
    void prepare(const QString& text);
    bool matches(core::Id id) const;
    /// Loads the rows now if they are missing or stale (what prepare() would do).
    void warm() { reloadIfStale(); }
    /// Folding shared by the rows and the needle (ASCII fast path, Unicode case folding).
    static std::string fold(const char* utf8, int bytes);

private:
    void reloadIfStale();
    void markDirty() { m_dirty = true; }
    static void dirtyFunction(::sqlite3_context* context, int, ::sqlite3_value**);
    static void matchFunction(::sqlite3_context* context, int, ::sqlite3_value**);

    Connection& m_db;
    bool m_triggers = false;
    bool m_dirty = true;
    qint64 m_dataVersion = -1;
    std::string m_blob;                // rows separated by '\x1e', fields by '\x1f'
    std::vector<std::size_t> m_starts; // where each row begins in m_blob
    std::vector<core::Id> m_ids;       // parallel to m_starts
    std::string m_needle;
    bool m_needleValid = false;
    static constexpr core::Id kMaxDenseId = core::Id{64} * 1024 * 1024;
    bool m_sparse = false;
    std::vector<bool> m_hits;           // by id (dense ids)
    std::vector<core::Id> m_sparseHits; // sorted (sparse ids)
};

} // namespace accord::storage
