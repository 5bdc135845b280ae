#pragma once

// Answers the prospect filter from memory (ProspectListRows), so a filter
// keystroke needs no scan in SQL: the text match (accord_text_match(id) in
// SQL; each needle narrowed from the last one while typing on), counts, the
// board's totals and which rows a newest-first page holds, so SQL then reads
// only the rows in view.
//
// Kept fresh by temp triggers (this connection's writes: the prospects they
// name are read again) and PRAGMA data_version (another connection's commit:
// everything is read again). Reading everything happens on a thread of its
// own, from a connection of its own, when warm() asks for it at idle; only a
// text filter that comes before it is done waits for it. Where memory cannot
// answer exactly as SQL would (a tag filter, not loaded yet, a value of an
// unexpected type) it says so and the caller asks SQL.

#include "ProspectListRows.h"
#include "core/Store.h"

#include <atomic>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace accord::storage {

class ProspectListIndex
{
public:
    /// Registers accord_text_match(id) on the connection.
    explicit ProspectListIndex(Connection& db);
    ProspectListIndex(const ProspectListIndex&) = delete;
    ProspectListIndex& operator=(const ProspectListIndex&) = delete;
    ~ProspectListIndex();

    /// Makes accord_text_match() answer for `text` (case-insensitive substring
    /// of name, owner, industry or segment) against the current data.
    void prepare(const QString& text);
    bool matches(core::Id id) const;
    /// Brings memory up to date: what this connection changed at once, the
    /// rest (first load, another connection's commit) on a thread of its own.
    void warm();
    /// Waits until a load warm() started is done (tests).
    void waitForLoad();

    /// What count(), totals() and rows() by updated_at would answer, or
    /// nothing when memory cannot answer `filter` now without reading
    /// everything (only a text filter waits for that).
    std::optional<int> count(const core::ProspectFilter& filter);
    std::optional<std::vector<core::StageTotal>> totals(const core::ProspectFilter& filter);
    /// The ids of ORDER BY updated_at, id (both ascending or both descending) LIMIT OFFSET.
    std::optional<std::vector<core::Id>> byUpdated(const core::ProspectFilter& filter,
                                                   bool ascending, int limit, int offset);

private:
    /// Brings the rows up to date; false when that needs reading everything
    /// and `mayReadAll` is false.
    bool refresh(bool mayReadAll);
    bool needsAll(qint64 version) const;
    void adoptLoad(qint64 version);
    void adopt(std::unique_ptr<ProspectListRows> rows, qint64 version);
    void select(const QString& text); // the needle's hit rows (rows are fresh)
    std::vector<std::size_t> search(const std::string& needle) const;
    bool answerable(const core::ProspectFilter& filter);
    std::vector<std::size_t> matching(const core::ProspectFilter& filter) const;
    void markDirty(core::Id id) { m_dirty.push_back(id); }
    static void dirtyFunction(::sqlite3_context* context, int, ::sqlite3_value** args);
    static void matchFunction(::sqlite3_context* context, int, ::sqlite3_value** args);

    Connection& m_db;
    bool m_triggers = false;
    bool m_loaded = false;
    bool m_readAll = true; // what was read may roll back
    qint64 m_dataVersion = -1;
    std::vector<core::Id> m_dirty; // named by this connection's writes since they were read
    ProspectListRows m_rows;

    // A read of everything under way on its own thread, and the data_version it started at.
    std::future<std::unique_ptr<ProspectListRows>> m_loading;
    qint64 m_loadingVersion = -1;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    std::string m_needle;
    bool m_needleValid = false;
    std::vector<std::size_t> m_hitRows; // rows matching m_needle, ascending
    std::vector<char> m_hitFlags;       // by row
    std::vector<std::pair<std::string, std::vector<std::size_t>>> m_recent; // needle → hits
};

} // namespace accord::storage
