#pragma once

#include "core/ReviewRows.h"

namespace accord::storage::pg {

class Connection;

/// The review's rows from one server, streamed in one query each. Reads only: what the rows mean is
/// core's (core::ReviewFold).
class PgReportRows final : public core::ReportRows
{
public:
    explicit PgReportRows(Connection& db) : m_db(db) {}

    void prospects(const QStringList& owners,
                   const std::function<void(const core::ReviewProspectRow&)>& row) override;
    void changes(qint64 since,
                 const std::function<void(const core::ReviewChangeRow&)>& row) override;
    std::vector<core::ReportProspect> describe(const std::vector<core::Id>& ids) override;

private:
    Connection& m_db;
};

} // namespace accord::storage::pg
