#pragma once

// The reader under the JSON importers (bundles, backups): one JSON object at a
// known path, typed reads that throw ValidationError naming the path.

#include "Fields.h"
#include "Parse.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

namespace accord::core {

/// Reads one JSON object at a known path; every error names the path. Fields of
/// a record's table are read by field(); the rest by the typed readers.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(accord::core::JsonReader)
public:
    using Json = nlohmann::json;

    JsonReader(const nlohmann::json& j, QString path) : m_j(j), m_path(std::move(path))
    {
        if (!m_j.is_object())
            fail(m_path, tr("%1 should be an object."));
    }

    [[noreturn]] static void fail(const QString& path, const QString& pattern)
    {
        throw ValidationError(path, pattern.arg(path));
    }

    // Paths in one notation: $.prospects[0].meetings[0].occurred_at
    QString at(const char* key) const { return m_path + QLatin1Char('.') + QLatin1String(key); }
    const QString& path() const { return m_path; }

    const nlohmann::json* find(const char* key) const
    {
        const auto it = m_j.find(key);
        return it == m_j.end() ? nullptr : &*it;
    }

    const Json& need(const char* key) const
    {
        const Json* v = find(key);
        if (!v)
            fail(at(key), tr("%1 is missing."));
        return *v;
    }

    QString text(const char* key, bool required = false) const
    {
        const nlohmann::json* v = required ? &need(key) : find(key);
        if (!v)
            return {};
        if (!v->is_string())
            fail(at(key), tr("%1 should be a string."));
        QString text = QString::fromStdString(v->get<std::string>());
        // No NUL or other control character anywhere; validate() then keeps line
        // breaks and tabs out of one-line fields.
        validateText(text, true, at(key), at(key));
        return text;
    }

    qint64 integer(const char* key, qint64 fallback = 0) const
    {
        const nlohmann::json* v = find(key);
        if (!v)
            return fallback;
        if (v->is_number_unsigned()) {
            if (v->get<std::uint64_t>() >
                static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))
                fail(at(key), tr("%1 is too large."));
            return static_cast<qint64>(v->get<std::uint64_t>());
        }
        if (!v->is_number_integer())
            fail(at(key), tr("%1 should be a whole number."));
        return v->get<std::int64_t>();
    }

    int smallInt(const char* key, int fallback = 0) const
    {
        const qint64 v = integer(key, fallback);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            fail(at(key), tr("%1 is out of range."));
        return static_cast<int>(v);
    }

    Id id(const char* key) const
    {
        const qint64 v = integer(key);
        if (v < 0)
            fail(at(key), tr("%1 cannot be negative."));
        return v;
    }

    double number(const char* key) const
    {
        const nlohmann::json* v = find(key);
        if (!v)
            return 0.0;
        if (!v->is_number())
            fail(at(key), tr("%1 should be a number."));
        return v->get<double>();
    }

    bool boolean(const char* key) const
    {
        const nlohmann::json* v = find(key);
        if (!v)
            return false;
        if (!v->is_boolean())
            fail(at(key), tr("%1 should be true or false."));
        return v->get<bool>();
    }

    QDate date(const char* key) const
    {
        const nlohmann::json* v = find(key);
        if (!v || v->is_null())
            return {};
        if (v->is_string()) {
            static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            const QString t = QString::fromStdString(v->get<std::string>());
            const QDate d = QDate::fromString(t, Qt::ISODate);
            if (iso.match(t).hasMatch() && isWithinDateRange(d))
                return d;
        }
        fail(at(key), tr("%1 should be a date such as 2026-03-14 (years 1900–9999), or null."));
    }

    QDateTime timestamp(const char* key, bool required = false) const
    {
        const nlohmann::json* v = required ? &need(key) : find(key);
        if (!v || (v->is_null() && !required))
            return {};
        if (v->is_string())
            if (auto t = fromIsoUtc(QString::fromStdString(v->get<std::string>())))
                return *t;
        fail(at(key), tr("%1 should be a UTC time such as 2026-03-14T09:30:00Z (years "
                         "1900–9999)."));
    }

    template <typename E>
    E key(const char* name, std::optional<E> (*parse)(const QString&), E fallback) const
    {
        const nlohmann::json* v = find(name);
        if (!v)
            return fallback;
        if (v->is_string())
            if (auto e = parse(QString::fromStdString(v->get<std::string>())))
                return *e;
        fail(at(name), tr("%1 has an unknown value."));
    }

    Stage stage(const char* name) const
    {
        const nlohmann::json* v = find(name);
        if (!v)
            return Stage::Informative;
        // Only the machine keys here: stageFromKey also reads names meant for people.
        if (v->is_string()) {
            const QString k = QString::fromStdString(v->get<std::string>());
            for (Stage s : kAllStages)
                if (stageKey(s) == k)
                    return s;
        }
        fail(at(name), tr("%1 has an unknown stage."));
    }

    /// A field of a record's table; nullopt when absent (the record keeps its default).
    std::optional<QVariant> field(const char* key, FieldType type, bool required,
                                  const ChoiceList* choices) const
    {
        const nlohmann::json* v = find(key);
        if (!v && !required)
            return std::nullopt;
        switch (type) {
        case FieldType::Text:
            return QVariant(text(key, required));
        case FieldType::Integer:
            return QVariant(qint64(smallInt(key)));
        case FieldType::Flag:
            return QVariant(qint64(boolean(key) ? 1 : 0));
        case FieldType::Real:
            if (!need(key).is_number())
                fail(at(key), tr("%1 should be a number."));
            return QVariant(number(key));
        case FieldType::Date:
            return QVariant(date(key));
        case FieldType::Time:
            return QVariant(timestamp(key, required));
        case FieldType::Reference:
            return QVariant(qint64(id(key)));
        case FieldType::Choice:
            if (v->is_string()) {
                const QString k = QString::fromStdString(v->get<std::string>());
                if (choices->keys().contains(k))
                    return QVariant(k);
            }
            fail(at(key), tr("%1 has an unknown value."));
        case FieldType::Stage:
            return QVariant(qint64(static_cast<int>(stage(key))));
        }
        return std::nullopt;
    }

    JsonReader object(const char* key) const { return JsonReader(need(key), at(key)); }

    template <typename F> void each(const char* key, F&& f) const
    {
        const nlohmann::json* v = find(key);
        if (!v)
            return;
        if (!v->is_array())
            fail(at(key), tr("%1 should be a list."));
        for (std::size_t i = 0; i < v->size(); ++i)
            f((*v)[i], at(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
    }

private:
    const nlohmann::json& m_j;
    QString m_path;
};

} // namespace accord::core
