#pragma once

// The prospect list as the board, the table and the status bar read it: pages
// of rows in any order, counts, per-stage totals and the stalled count.
// Filters are answered from ProspectListIndex where it can (the text, counts,
// totals and newest-first pages, the board's order), so SQL reads only the
// rows in view; rows read since the last write come from memory.

#include "Sqlite.h"
#include "core/Store.h"

#include <memory>
#include <unordered_map>
#include <variant>

namespace accord::storage {

class ProspectListIndex;
class SqliteEvidenceRepository;
class SqliteGateRepository;

class SqliteProspectList
{
public:
    SqliteProspectList(Connection& db, SqliteEvidenceRepository& evidence,
                       SqliteGateRepository& gates);
    SqliteProspectList(const SqliteProspectList&) = delete;
    SqliteProspectList& operator=(const SqliteProspectList&) = delete;
    ~SqliteProspectList();

    std::vector<core::ProspectRow> rows(const core::ProspectFilter& filter, core::ProspectSort sort,
                                        bool ascending, int limit, int offset);
    std::optional<core::ProspectRow> row(core::Id id);
    int count(const core::ProspectFilter& filter);
    std::vector<core::StageTotal> totals(const core::ProspectFilter& filter);
    int stalledCount(const QDateTime& now, const core::PipelineSettings& settings);
    /// Loads what the first text filter needs (on a thread of its own).
    void warm();
    /// Waits for what warm() started (tests).
    void waitUntilWarm();

    /// The WHERE clause (over `prospect p`) of a filter; readies the in-memory
    /// text match first.
    std::string where(const core::ProspectFilter& filter,
                      std::vector<std::variant<qint64, QString>>& params);

    /// Off: every answer comes from SQL alone (to compare the two).
    void setAnswersFromMemory(bool on) { m_memory = on; }
    /// How many answers came from memory so far.
    int memoryAnswers() const { return m_memoryAnswers; }

private:
    struct Query;
    std::vector<core::ProspectRow> select(const Query& query);
    /// The rows of `ids` in that order (any gone since are left out).
    std::vector<core::ProspectRow> fetch(const std::vector<core::Id>& ids);

    Connection& m_db;
    SqliteEvidenceRepository& m_evidence;
    SqliteGateRepository& m_gates;
    std::unique_ptr<ProspectListIndex> m_index;
    bool m_memory = true;
    int m_memoryAnswers = 0;
    // Rows as read since the last write of this connection or another one.
    std::unordered_map<core::Id, core::ProspectRow> m_cache;
    qint64 m_cacheVersion = -1;
    qint64 m_cacheChanges = -1;
};

} // namespace accord::storage
