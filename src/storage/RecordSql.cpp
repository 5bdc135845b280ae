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
    case RecordKind::Negotiation:
        return "negotiation";
    }
    return "";
}

void bindField(Statement& st, int index, FieldKind kind, const QVariant& v)
{
    if (!v.isValid()) {
        st.bindNull(index);
        return;
    }
    switch (kind) {
    case FieldKind::Text:
        st.bind(index, v.toString());
        break;
    case FieldKind::Integer:
        st.bind(index, static_cast<qint64>(v.toLongLong()));
        break;
    case FieldKind::Real:
        st.bind(index, v.toDouble());
        break;
    case FieldKind::Date:
        st.bindDate(index, v.toDate());
        break;
    case FieldKind::Time:
        st.bindTime(index, v.toDateTime());
        break;
    case FieldKind::Reference:
        st.bindId(index, v.toLongLong());
        break;
    }
}

QVariant readField(const Statement& st, int column, FieldKind kind)
{
    if (st.isNull(column))
        return {};
    switch (kind) {
    case FieldKind::Text:
        return st.text(column);
    case FieldKind::Integer:
    case FieldKind::Reference:
        return QVariant(st.int64(column));
    case FieldKind::Real:
        return st.real(column);
    case FieldKind::Date: {
        const QDate d = st.date(column);
        return d.isValid() ? QVariant(d) : QVariant();
    }
    case FieldKind::Time: {
        const QDateTime t = st.time(column);
        return t.isValid() ? QVariant(t) : QVariant();
    }
    }
    return {};
}

} // namespace accord::storage
