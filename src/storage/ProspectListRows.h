#pragma once

// The prospects as the list filter sees them, held in memory: per prospect its
// stage, status, owner, industry, value, currency, updated_at and trash mark,
// and its case-folded "name · owner · industry · segment" in one string for
// the text search. Filled by one read of every prospect (on any thread, from
// any connection to the file) and kept up to date by reading single prospects
// again.

#include "Sqlite.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace accord::storage {

class ProspectListRows
{
public:
    struct Row
    {
        core::Id id = core::kNoId;
        qint64 value = 0;
        qint64 updated = 0;
        std::size_t text = 0; // which text (textOf) is this row's
        int status = -1;      // interned strings
        int owner = -1;
        int industry = -1;
        int currency = -1;
        int stage = 0;
        bool updatedNull = true;
        bool deleted = false;
        bool present = true; // false once the prospect is gone (purged)
        bool exact = true;   // every value of the type SQL compares and sums as here
    };
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    /// Folding shared by the texts and the needle (ASCII fast path, Unicode case folding).
    static std::string fold(std::string_view utf8);
    static void appendFolded(std::string& out, std::string_view utf8);

    /// Reads every prospect. Returns false, half read, when `cancelled` turns true.
    bool readAll(Connection& db, const std::atomic<bool>* cancelled = nullptr);
    /// Reads these prospects again; those gone are marked so.
    void reread(Connection& db, std::vector<core::Id> ids);

    const std::vector<Row>& rows() const { return m_rows; }
    std::size_t rowOf(core::Id id) const; // npos when unknown
    /// How many rows hold a value of another type than SQL's comparisons expect.
    int inexact() const { return m_inexact; }
    /// Bytes of texts replaced since readAll().
    std::size_t garbage() const { return m_garbage; }

    /// Every text, each ended by '\x1e', its fields by '\x1f'.
    const std::string& blob() const { return m_blob; }
    std::size_t textCount() const { return m_textStarts.size(); }
    std::size_t textStart(std::size_t text) const { return m_textStarts[text]; }
    std::string_view textOf(std::size_t text) const;
    /// The row whose text it is; npos once replaced by a newer text.
    std::size_t rowOfText(std::size_t text) const { return m_textRows[text]; }
    /// The text holding byte `at` of blob().
    std::size_t textAt(std::size_t at) const;

    /// The interned id of a string, -1 when no prospect has it.
    int interned(const QString& text) const;
    const std::string& string(int id) const { return m_strings[static_cast<std::size_t>(id)]; }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    int intern(std::string_view text);
    void index(core::Id id, std::size_t row);
    std::size_t addText(std::size_t row, const Statement& st);
    void readRow(const Statement& st, Row& row);
    void retire(Row& row);

    std::vector<Row> m_rows;
    int m_inexact = 0;
    std::string m_blob;
    std::vector<std::size_t> m_textStarts; // ascending
    std::vector<std::size_t> m_textRows;
    std::size_t m_garbage = 0;
    std::vector<std::string> m_strings;
    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_stringIds;
    std::vector<std::uint32_t> m_denseRowOf; // by id, for ids 0..kMaxDenseId
    std::unordered_map<core::Id, std::size_t> m_sparseRowOf;
    static constexpr core::Id kMaxDenseId = core::Id{4} * 1024 * 1024;
};

} // namespace accord::storage
