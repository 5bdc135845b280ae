#pragma once

#include "core/Report.h"

namespace accord::storage {

class Connection;
class SqliteStore;

/// The review figures from one SQLite store. compute() folds two index-only
/// streams ordered by prospect (the prospects in scope and the stage history)
/// in a single pass, holding one prospect's changes at a time, and takes the
/// stalled list from SQL; all of it reads one snapshot of the file.
class SqliteReportRepository final : public core::ReportRepository
{
public:
    explicit SqliteReportRepository(SqliteStore& store);

    core::PipelineReport compute(const core::ReportQuery& query) override;
    std::vector<core::ReportProspect> drill(const core::ReportQuery& query,
                                            const core::Drill& drill) override;
    std::vector<core::ReportProspect> describe(const std::vector<core::Id>& ids) override;

private:
    Connection& m_db;
};

} // namespace accord::storage
