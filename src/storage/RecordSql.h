#pragma once

// SQL for the record types with a field table (core/Fields.h): the table name,
// the column lists, binding a record and reading a row, all in the table's
// field order. A column is its field's key; column 0 / parameter ?1 is the id.
// The functions serve both stores: they are templates over the connection and
// statement types of Sqlite.h and pg/Pg.h, which have the same interface.

#include "Sqlite.h"

#include "core/FieldPatch.h"

#include <optional>
#include <string>

namespace accord::storage {

/// The SQL table of a record kind.
const char* tableOf(core::RecordKind kind);

/// Binds a field value; an invalid QVariant binds NULL.
template <typename St> void bindField(St& st, int index, core::FieldKind kind, const QVariant& v)
{
    if (!v.isValid()) {
        st.bindNull(index);
        return;
    }
    switch (kind) {
    case core::FieldKind::Text:
        st.bind(index, v.toString());
        break;
    case core::FieldKind::Integer:
        st.bind(index, static_cast<qint64>(v.toLongLong()));
        break;
    case core::FieldKind::Real:
        st.bind(index, v.toDouble());
        break;
    case core::FieldKind::Date:
        st.bindDate(index, v.toDate());
        break;
    case core::FieldKind::Time:
        st.bindTime(index, v.toDateTime());
        break;
    case core::FieldKind::Reference:
        st.bindId(index, v.toLongLong());
        break;
    }
}

/// Reads a column as its field kind; NULL reads as an invalid QVariant.
template <typename St> QVariant readField(const St& st, int column, core::FieldKind kind)
{
    if (st.isNull(column))
        return {};
    switch (kind) {
    case core::FieldKind::Text:
        return st.text(column);
    case core::FieldKind::Integer:
    case core::FieldKind::Reference:
        return QVariant(st.int64(column));
    case core::FieldKind::Real:
        return st.real(column);
    case core::FieldKind::Date: {
        const QDate d = st.date(column);
        return d.isValid() ? QVariant(d) : QVariant();
    }
    case core::FieldKind::Time: {
        const QDateTime t = st.time(column);
        return t.isValid() ? QVariant(t) : QVariant();
    }
    }
    return {};
}

namespace detail {
/// One piece of SQL per field, `piece(key, n)` with n counting from `first`,
/// joined by ", ".
template <typename T, typename Piece> std::string joinFields(int first, Piece piece)
{
    std::string out;
    int n = first;
    for (const core::Field<T>& f : core::fields<T>()) {
        if (!out.empty())
            out += ", ";
        out += piece(std::string(f.key), n++);
    }
    return out;
}
} // namespace detail

/// "k1, k2, …": the fields' columns, each prefixed by "alias." when one is given.
template <typename T> std::string fieldColumns(const std::string& alias = {})
{
    const std::string prefix = alias.empty() ? alias : alias + '.';
    return detail::joinFields<T>(0, [&](const std::string& key, int) { return prefix + key; });
}

/// "?first, ?first+1, …": a parameter per field.
template <typename T> std::string fieldParameters(int first)
{
    return detail::joinFields<T>(first,
                                 [](const std::string&, int n) { return '?' + std::to_string(n); });
}

/// "k1 = ?first, k2 = ?first+1, …".
template <typename T> std::string fieldAssignments(int first)
{
    return detail::joinFields<T>(
        first, [](const std::string& key, int n) { return key + " = ?" + std::to_string(n); });
}

/// "k1 = excluded.k1, …": the update of an upsert that writes every field.
template <typename T> std::string fieldUpserts()
{
    return detail::joinFields<T>(
        0, [](const std::string& key, int) { return key + " = excluded." + key; });
}

/// "SELECT id, <fields> FROM <table> <rest>"; the rows read back with readRow().
/// With an alias: "SELECT a.id, a.<field>, … FROM <table> a <rest>".
template <typename T> std::string selectSql(const char* rest, const std::string& alias = {})
{
    const std::string prefix = alias.empty() ? alias : alias + '.';
    const std::string table = tableOf(core::recordKindOf<T>());
    return "SELECT " + prefix + "id, " + fieldColumns<T>(alias) + " FROM " + table +
           (alias.empty() ? alias : ' ' + alias) + ' ' + rest;
}

/// INSERT of every field, the id as ?1 (NULL for a new id); bind with bindRow().
template <typename T> const std::string& insertSql()
{
    static const std::string sql = std::string("INSERT INTO ") + tableOf(core::recordKindOf<T>()) +
                                   "(id, " + fieldColumns<T>() + ") VALUES (?1, " +
                                   fieldParameters<T>(2) + ")";
    return sql;
}

/// The same INSERT that also returns the row's id (for the team server).
template <typename T> const std::string& insertReturningSql()
{
    static const std::string sql = insertSql<T>() + " RETURNING id";
    return sql;
}

/// UPDATE of every field of the row whose id is ?1; bind with bindRow().
template <typename T> const std::string& updateSql()
{
    static const std::string sql = std::string("UPDATE ") + tableOf(core::recordKindOf<T>()) +
                                   " SET " + fieldAssignments<T>(2) + " WHERE id = ?1";
    return sql;
}

/// Binds each field to ?first, ?first+1, … in table order.
template <typename T, typename St> void bindFields(St& st, const T& record, int first)
{
    int index = first;
    for (const core::Field<T>& f : core::fields<T>())
        bindField(st, index++, f.kind(), f.get(record));
}

/// Reads each field from columns first, first+1, … in table order.
template <typename T, typename St> void readFields(const St& st, T& record, int first)
{
    int column = first;
    for (const core::Field<T>& f : core::fields<T>())
        f.set(record, readField(st, column++, f.kind()));
}

/// Binds the id to ?1 and each field to ?2, ?3, … in table order.
template <typename T, typename St> void bindRow(St& st, const T& record)
{
    st.bindId(1, record.id);
    bindFields(st, record, 2);
}

/// The record of the current row of a selectSql() statement.
template <typename T, typename St> T readRow(const St& st)
{
    T record;
    record.id = st.id(0);
    readFields(st, record, 1);
    return record;
}

/// Every row of a selectSql() statement whose parameters are bound.
template <typename T, typename St> std::vector<T> readRows(St& st)
{
    return readAll(st, [](const St& row) { return readRow<T>(row); });
}

/// The rows of one prospect, in id order.
template <typename T, typename Db> std::vector<T> rowsOfProspect(Db& db, core::Id prospectId)
{
    static const std::string sql = selectSql<T>("WHERE prospect_id = ?1 ORDER BY id");
    auto st = db.prepare(sql);
    st.bind(1, prospectId);
    return readRows<T>(st);
}

template <typename T, typename Db> std::optional<T> findRow(Db& db, core::Id id)
{
    static const std::string sql = selectSql<T>("WHERE id = ?1");
    auto st = db.prepare(sql);
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow<T>(st);
}

/// Inserts a record (a new id when its id is kNoId) and returns its id.
template <typename T, typename Db> core::Id insertRow(Db& db, const T& record)
{
    if constexpr (requires { db.lastInsertId(); }) {
        auto st = db.prepare(insertSql<T>());
        bindRow(st, record);
        st.run();
        return db.lastInsertId();
    } else {
        auto st = db.prepare(insertReturningSql<T>());
        bindRow(st, record);
        st.step();
        return st.id(0);
    }
}

/// Writes every field of a record; `what` names it when the row is gone.
template <typename T, typename Db> void updateRow(Db& db, const T& record, const char* what)
{
    auto st = db.prepare(updateSql<T>());
    bindRow(st, record);
    st.run();
    if constexpr (requires { db.changes(); })
        expectChanged(db, what);
    else
        expectChanged(st, what);
}

template <typename T, typename Db> void removeRow(Db& db, core::Id id)
{
    static const std::string sql =
        std::string("DELETE FROM ") + tableOf(core::recordKindOf<T>()) + " WHERE id = ?1";
    auto st = db.prepare(sql);
    st.bind(1, id);
    st.run();
}

} // namespace accord::storage
