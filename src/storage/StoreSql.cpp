#include "StoreSql.h"

#include "Sqlite.h"
#include "pg/Pg.h"

namespace accord::storage {

namespace {
std::string parameter(int n)
{
    return '?' + std::to_string(n);
}
} // namespace

std::string SqlDialect::param(int n, const char* type) const
{
    return server ? parameter(n) + "::" + type : parameter(n);
}

std::string SqlDialect::inIds(const std::string& expr, int n) const
{
    return server ? expr + " = ANY(" + parameter(n) + "::bigint[])"
                  : expr + " IN (SELECT value FROM json_each(" + parameter(n) + "))";
}

std::string SqlDialect::notInIds(const std::string& expr, int n) const
{
    return server ? expr + " <> ALL(" + parameter(n) + "::bigint[])"
                  : expr + " NOT IN (SELECT value FROM json_each(" + parameter(n) + "))";
}

std::string SqlDialect::inTexts(const std::string& expr, int n) const
{
    return server ? expr + " IN (SELECT json_array_elements_text(" + parameter(n) + "::json))"
                  : expr + " IN (SELECT value FROM json_each(" + parameter(n) + "))";
}

std::string SqlDialect::isSet(int n) const
{
    return server ? parameter(n) + "::boolean" : parameter(n) + " = 1";
}

std::string SqlDialect::noCase(const std::string& expr) const
{
    return server ? "lower(" + expr + " COLLATE \"C\") COLLATE \"C\"" : expr + " COLLATE NOCASE";
}

std::string SqlDialect::idTable(int n, const char* name) const
{
    return server ? "unnest(" + parameter(n) + "::bigint[]) AS " + name + "(id)"
                  : "(SELECT value AS id FROM json_each(" + parameter(n) + ")) AS " + name;
}

std::string SqlDialect::notBlank(const std::string& expr) const
{
    // The file has core's own test as an SQL function; the server matches what
    // QChar::isSpace() holds for space.
    return server ? expr + " !~ '^[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a"
                           "\\u2028\\u2029\\u202f\\u205f\\u3000]*$'"
                  : "NOT accord_blank(" + expr + ")";
}

std::string SqlDialect::idList(const char* column, const std::string& rest) const
{
    const std::string c = column;
    return server ? "(SELECT string_agg(" + c + "::text, ',' ORDER BY " + c + ") " + rest + ")"
                  : "(SELECT group_concat(" + c + ") FROM (SELECT " + c + " " + rest +
                        " ORDER BY " + c + "))";
}

std::string SqlDialect::binary(const std::string& expr) const
{
    return server ? expr + " COLLATE \"C\"" : expr;
}

std::string SqlDialect::distinct() const
{
    return server ? " IS DISTINCT FROM " : " IS NOT ";
}

std::string SqlDialect::indexedBy(const char* index) const
{
    return server ? std::string() : std::string(" INDEXED BY ") + index;
}

QString StoreSql<Connection>::idArray(const std::vector<core::Id>& ids)
{
    return storage::idArray(ids);
}

QString StoreSql<pg::Connection>::idArray(const std::vector<core::Id>& ids)
{
    return pg::idArray(ids);
}

} // namespace accord::storage
