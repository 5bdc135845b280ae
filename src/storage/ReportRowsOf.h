#pragma once

#include "core/ReviewRows.h"

namespace accord::storage {

/// The review's rows from either store (`Db`: the connection of Sqlite.h or
/// pg/Pg.h, StoreSql.h), each stream read by one query; on a file each reads
/// one covering index. Reads only: what the rows mean is core's (core::ReviewFold).
template <typename Db> class ReportRowsOf final : public core::ReportRows
{
public:
    explicit ReportRowsOf(Db& db) : m_db(db) {}

    void prospects(const QStringList& owners,
                   const std::function<void(const core::ReviewProspectRow&)>& row) override;
    void changes(qint64 since,
                 const std::function<void(const core::ReviewChangeRow&)>& row) override;
    std::vector<core::ReportProspect> describe(const std::vector<core::Id>& ids) override;
    void
    forecastProspects(const QStringList& owners,
                      const std::function<void(const core::ForecastProspectRow&)>& row) override;
    void closeMoves(qint64 from, qint64 to,
                    const std::function<void(const core::CloseMoveRow&)>& row) override;

private:
    Db& m_db;
};

} // namespace accord::storage
