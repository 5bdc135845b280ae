#pragma once

#include "core/Report.h"

namespace accord::storage {

class Connection;
class SqliteStore;

/// The review figures from SQL aggregates and window functions over one SQLite
/// store. All queries of one compute() read the same snapshot of the file.
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
