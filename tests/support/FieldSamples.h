#pragma once

// Records with every field of their field table set to a value other than the
// default, written from the table itself: a field the table gains is covered
// by the JSON, SQL and model tests without touching them.

#include "core/Fields.h"

#include <QTimeZone>

#include <map>

namespace accord::test {

/// A value for field `f` that differs from the type's default; references take
/// their id from `refs` (by key), else 7.
template <typename T>
QVariant sampleValue(const core::Field<T>& f, const std::map<QString, core::Id>& refs = {})
{
    using core::FieldType;
    const QString key = f.keyText();
    switch (f.type) {
    case FieldType::Text:
        if (key == QLatin1String("currency"))
            return QStringLiteral("EUR");
        if (f.has(core::Email))
            return QStringLiteral("%1@example.org").arg(key);
        return QStringLiteral("Sample %1").arg(key);
    case FieldType::Integer:
        if (key == QLatin1String("value_minor"))
            return QVariant(qint64(123'456));
        return QVariant(qint64(f.max != 0 ? f.max : 7));
    case FieldType::Flag:
        return QVariant(qint64(1));
    case FieldType::Real:
        return 2.5;
    case FieldType::Date:
        return QDate(2026, 3, 14);
    case FieldType::Time:
        return QDateTime(QDate(2026, 3, 14), QTime(9, 30), QTimeZone::utc());
    case FieldType::Reference: {
        const auto it = refs.find(key);
        return QVariant(qint64(it == refs.end() ? 7 : it->second));
    }
    case FieldType::Choice:
        for (const QString& k : f.choices->keys())
            if (QVariant(k) != f.get(T{}))
                return k;
        return {};
    case FieldType::Stage:
        return QVariant(qint64(3));
    }
    return {};
}

/// A record of type T with every field of its table set by sampleValue().
template <typename T> T sampleRecord(const std::map<QString, core::Id>& refs = {})
{
    T record;
    for (const core::Field<T>& f : core::fields<T>())
        f.set(record, sampleValue(f, refs));
    return record;
}

/// Keys of the fields whose value in `record` equals the default's.
template <typename T> QStringList fieldsAtDefault(const T& record)
{
    QStringList out;
    const T fresh{};
    for (const core::Field<T>& f : core::fields<T>())
        if (f.get(record) == f.get(fresh))
            out << f.keyText();
    return out;
}

} // namespace accord::test
