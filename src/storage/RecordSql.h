#pragma once

// SQL for the record types with a field table (core/Fields.h): the table name,
// the column lists, binding a record and reading a row, all in the table's
// field order. A column is its field's key; column 0 / parameter ?1 is the id.

#include "Sqlite.h"

#include "core/FieldPatch.h"

#include <optional>
#include <string>

namespace accord::storage {

/// The SQL table of a record kind.
const char* tableOf(core::RecordKind kind);

/// Binds a field value; an invalid QVariant binds NULL.
void bindField(Statement& st, int index, core::FieldKind kind, const QVariant& v);
/// Reads a column as its field kind; NULL reads as an invalid QVariant.
QVariant readField(const Statement& st, int column, core::FieldKind kind);

namespace detail {
template <typename T> std::string joinColumns(const char* separator, const char* suffix, int first)
{
    std::string out;
    int n = first;
    for (const core::Field<T>& f : core::fields<T>()) {
        if (!out.empty())
            out += separator;
        out += f.key;
        out += suffix;
        if (suffix[0] != '\0')
            out += std::to_string(n++);
    }
    return out;
}
} // namespace detail

/// "SELECT id, <fields> FROM <table> <rest>"; the rows read back with readRow().
template <typename T> std::string selectSql(const char* rest)
{
    return "SELECT id, " + detail::joinColumns<T>(", ", "", 0) + " FROM " +
           tableOf(core::recordKindOf<T>()) + ' ' + rest;
}

/// INSERT of every field, the id as ?1 (NULL for a new id); bind with bindRow().
template <typename T> const std::string& insertSql()
{
    static const std::string sql = [] {
        std::string values = "?1";
        for (std::size_t i = 0; i < core::fields<T>().size(); ++i)
            values += ", ?" + std::to_string(i + 2);
        return std::string("INSERT INTO ") + tableOf(core::recordKindOf<T>()) + "(id, " +
               detail::joinColumns<T>(", ", "", 0) + ") VALUES (" + values + ")";
    }();
    return sql;
}

/// UPDATE of every field of the row whose id is ?1; bind with bindRow().
template <typename T> const std::string& updateSql()
{
    static const std::string sql = std::string("UPDATE ") + tableOf(core::recordKindOf<T>()) +
                                   " SET " + detail::joinColumns<T>(", ", " = ?", 2) +
                                   " WHERE id = ?1";
    return sql;
}

/// Binds the id to ?1 and each field to ?2, ?3, … in table order.
template <typename T> void bindRow(Statement& st, const T& record)
{
    st.bindId(1, record.id);
    int index = 2;
    for (const core::Field<T>& f : core::fields<T>())
        bindField(st, index++, f.kind(), f.get(record));
}

/// The record of the current row of a selectSql() statement.
template <typename T> T readRow(const Statement& st)
{
    T record;
    record.id = st.id(0);
    int column = 1;
    for (const core::Field<T>& f : core::fields<T>())
        f.set(record, readField(st, column++, f.kind()));
    return record;
}

/// Every row of a selectSql() statement whose parameters are bound.
template <typename T> std::vector<T> readRows(Statement& st)
{
    std::vector<T> out;
    while (st.step())
        out.push_back(readRow<T>(st));
    return out;
}

/// The rows of one prospect, in id order.
template <typename T> std::vector<T> rowsOfProspect(Connection& db, core::Id prospectId)
{
    static const std::string sql = selectSql<T>("WHERE prospect_id = ?1 ORDER BY id");
    Statement st = db.prepare(sql);
    st.bind(1, prospectId);
    return readRows<T>(st);
}

template <typename T> std::optional<T> findRow(Connection& db, core::Id id)
{
    static const std::string sql = selectSql<T>("WHERE id = ?1");
    Statement st = db.prepare(sql);
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow<T>(st);
}

/// Inserts a record (a new id when its id is kNoId) and returns its id.
template <typename T> core::Id insertRow(Connection& db, const T& record)
{
    Statement st = db.prepare(insertSql<T>());
    bindRow(st, record);
    st.run();
    return db.lastInsertId();
}

/// Writes every field of a record; `what` names it when the row is gone.
template <typename T> void updateRow(Connection& db, const T& record, const char* what)
{
    Statement st = db.prepare(updateSql<T>());
    bindRow(st, record);
    st.run();
    expectChanged(db, what);
}

template <typename T> void removeRow(Connection& db, core::Id id)
{
    static const std::string sql =
        std::string("DELETE FROM ") + tableOf(core::recordKindOf<T>()) + " WHERE id = ?1";
    Statement st = db.prepare(sql);
    st.bind(1, id);
    st.run();
}

} // namespace accord::storage
