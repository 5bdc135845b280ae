#include "PgReportRows.h"

// Not yet on the team server: every call refuses with one sentence.

namespace accord::storage::pg {

namespace {
core::StoreError pending()
{
    return core::StoreError(QStringLiteral("This is not available on a team server yet."));
}
} // namespace

void PgReportRows::prospects(const QStringList&,
                             const std::function<void(const core::ReviewProspectRow&)>&)
{
    throw pending();
}

void PgReportRows::changes(qint64, const std::function<void(const core::ReviewChangeRow&)>&)
{
    throw pending();
}

std::vector<core::ReportProspect> PgReportRows::describe(const std::vector<core::Id>&)
{
    throw pending();
}

} // namespace accord::storage::pg
