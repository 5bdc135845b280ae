#include "RecordSql.h"

namespace accord::storage {

using namespace accord::core;

const char* tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Prospect:
        return "prospect";
    case RecordKind::Contact:
        return "contact";
    case RecordKind::Meeting:
        return "meeting";
    case RecordKind::StageChange:
        return "stage_change";
    case RecordKind::Insight:
        return "insight";
    case RecordKind::DataRequest:
        return "data_request";
    case RecordKind::Metric:
        return "metric";
    case RecordKind::Opportunity:
        return "opportunity";
    case RecordKind::Tradable:
        return "tradable";
    case RecordKind::CloseChange:
        return "close_change";
    case RecordKind::Negotiation:
        return "negotiation";
    }
    return "";
}

} // namespace accord::storage
