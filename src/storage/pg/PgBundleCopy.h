#pragma once

// Loading many prospects at once into a team server: each table's rows go in
// one `COPY … FROM STDIN` instead of a statement per row (server push, the
// benchmark's reference pipeline).

#include "Pg.h"

#include "core/Bundle.h"

#include <optional>
#include <string>
#include <vector>

namespace accord::storage::pg {

/// The rows of one `COPY table(columns) FROM STDIN`, bound with the calls of a
/// Statement (so RecordSql.h's bindRow() and bindFields() fill them): bind each
/// column of a row by its 1-based index, then endRow().
class CopyRows
{
public:
    CopyRows(std::string table, std::string columns);

    CopyRows& bind(int index, qint64 value);
    CopyRows& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    CopyRows& bind(int index, bool value) { return bind(index, static_cast<qint64>(value)); }
    CopyRows& bind(int index, double value);
    /// Text with a NUL character, which a server's text cannot hold, is refused.
    CopyRows& bind(int index, const QString& value);
    CopyRows& bindNull(int index);
    CopyRows& bindId(int index, core::Id id);          // kNoId is NULL
    CopyRows& bindTime(int index, const QDateTime& t); // unix seconds; invalid is NULL
    CopyRows& bindDate(int index, const QDate& d);     // 'YYYY-MM-DD'; invalid is NULL

    /// Adds the bound row; every column is NULL again for the next one.
    void endRow();
    std::size_t rows() const { return m_rows; }
    /// Copies the rows into the table (nothing when there are none) and starts afresh.
    void send(Connection& db);

private:
    std::string m_table;
    std::string m_columns;
    std::vector<std::optional<std::string>> m_values;
    std::string m_data;
    std::size_t m_rows = 0;
};

/// Writes whole bundles as saveBundle() does, in the caller's transaction, with
/// one COPY per table. A bundle whose prospect id is 0 gets fresh ids from the
/// tables' sequences (meetings oldest first); a bundle with ids keeps them.
/// Each prospect's latest-meeting time is written with it.
void copyBundles(Connection& db, const std::vector<core::ProspectBundle>& bundles);

} // namespace accord::storage::pg
