#pragma once

// The repositories that serve both stores are class templates over the
// connection type of Sqlite.h (the file) or pg/Pg.h (the team server), each
// defined once and instantiated for both. StoreSql<Db> names the statement and
// transaction types of a connection and what its SQL says differently
// (SqlDialect). The field patches' own differences are in ChangeSql.h.

#include "core/Types.h"

#include <string>

namespace accord::storage {

class Connection;
class Statement;
class Transaction;

namespace pg {
class Connection;
class Statement;
class Transaction;
} // namespace pg

/// SQL pieces that differ between the file and the server; the caller numbers
/// the parameters.
struct SqlDialect
{
    bool server = false;

    /// Parameter ?n, cast to `type` on the server where the context does not tell it.
    std::string param(int n, const char* type) const;
    /// "<expr> is one of the ids bound to ?n" (bound as idArray()).
    std::string inIds(const std::string& expr, int n) const;
    /// "<expr> is none of the ids bound to ?n" (bound as idArray()).
    std::string notInIds(const std::string& expr, int n) const;
    /// "<expr> is one of the texts bound to ?n as a JSON array".
    std::string inTexts(const std::string& expr, int n) const;
    /// The flag bound to ?n is set.
    std::string isSet(int n) const;
    /// `expr` ordered as the file's NOCASE orders it: ASCII letters without case,
    /// then the UTF-8 bytes.
    std::string noCase(const std::string& expr) const;
    /// A FROM item `name` with one column `id`: the ids bound to ?n (idArray()).
    std::string idTable(int n, const char* name) const;
    /// `expr` (text) holds more than what QString::trimmed() removes (core's notBlank()).
    std::string notBlank(const std::string& expr) const;
    /// "a,b,c": the ids of `column` in `rest` ("FROM … WHERE …"), ascending.
    std::string idList(const char* column, const std::string& rest) const;
    /// `expr` (text) compared by code points: the file's default; the server's
    /// collation may order by language.
    std::string binary(const std::string& expr) const;
    /// " <null-safe inequality> ": " IS NOT " on the file, " IS DISTINCT FROM " on the server.
    std::string distinct() const;
    /// The file's index hint, " INDEXED BY <index>"; the server plans on its own.
    std::string indexedBy(const char* index) const;
    /// Binds a LIMIT parameter: < 0 is no limit (-1 on the file, NULL on the server).
    template <typename St> void bindLimit(St& st, int n, int limit) const
    {
        if (limit >= 0)
            st.bind(n, limit);
        else if (server)
            st.bindNull(n);
        else
            st.bind(n, -1);
    }
};

/// Rows the last statement `st` of `db` changed.
template <typename Db, typename St> int rowsChanged(Db& db, const St& st)
{
    if constexpr (requires { db.changes(); })
        return db.changes();
    else
        return st.affected();
}

/// Throws the store's "The <what> no longer exists…" when the last statement
/// `st` of `db` changed no row.
template <typename Db, typename St> void expectRowChanged(Db& db, const St& st, const char* what)
{
    if constexpr (requires { db.changes(); })
        expectChanged(db, what);
    else
        expectChanged(st, what);
}

template <typename Db> struct StoreSql;

template <> struct StoreSql<Connection>
{
    using Statement = storage::Statement;
    using Transaction = storage::Transaction;
    static constexpr SqlDialect dialect{false};
    /// A list of ids as inIds() and notInIds() take it: a JSON array.
    static QString idArray(const std::vector<core::Id>& ids);
};

template <> struct StoreSql<pg::Connection>
{
    using Statement = pg::Statement;
    using Transaction = pg::Transaction;
    static constexpr SqlDialect dialect{true};
    /// A list of ids as inIds() and notInIds() take it: an array literal.
    static QString idArray(const std::vector<core::Id>& ids);
};

} // namespace accord::storage
