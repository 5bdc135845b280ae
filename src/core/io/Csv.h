#pragma once

// RFC 4180 CSV: a strict reader for imports (UTF-8, header row, every
// malformed case refused with the line and field named) and a writer for
// exports that neutralises cells a spreadsheet would run as a formula.

#include "core/Types.h"

#include <QByteArray>

namespace accord::core {

/// A malformed input file: `line()` is 1-based (0 when not tied to a line);
/// field() names the column (header text, or "column N").
class InputError : public ValidationError
{
public:
    InputError(int line, QString field, const QString& message)
        : ValidationError(std::move(field), message), m_line(line)
    {}
    int line() const { return m_line; }

private:
    int m_line = 0;
};

struct CsvReadOptions
{
    qint64 maxFieldBytes = qint64{1024} * 1024; // a field this long or longer is refused
    qint64 maxRows = 10'000'000;
    /// The field separator: ',', ';' or '\t'; 0 detects it from the header row
    /// (the one of the three it holds most of outside quotes, a comma on a tie).
    char separator = 0;
};

/// A parsed file: the header and the records, each padded to the header's width.
struct CsvTable
{
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> lines;                        // 1-based line on which each row starts
    char separator = ',';                          // the separator the file was read with
    int columnOf(const QString& headerName) const; // -1 when absent (case-insensitive)
};

/// Parses CSV bytes (UTF-8 with an optional BOM, or UTF-16 LE/BE with its BOM;
/// UTF-32 is refused by name), CRLF/LF/CR line ends, quoted fields
/// with separators, doubled quotes and line breaks). Fields are separated by
/// commas, semicolons (spreadsheets in locales with a decimal comma) or tabs,
/// as the header row shows (see CsvReadOptions). Blank lines are skipped.
/// Throws InputError for invalid UTF-8, a NUL byte, an unbalanced quote, text
/// after a closing quote, more fields than the header, a duplicate or missing
/// header, or a field over `maxFieldBytes`.
CsvTable readCsv(const QByteArray& bytes, const CsvReadOptions& options = {});

/// A cell that begins with = + - @ TAB or CR gets a leading apostrophe, so a
/// spreadsheet shows it as text instead of evaluating it.
QString neutraliseCsvCell(const QString& cell);

struct CsvWriteOptions
{
    bool neutralise = true;
    bool byteOrderMark = false; // some spreadsheets need it to detect UTF-8
};

/// Writes RFC 4180 CSV: UTF-8, CRLF after every record, quotes only where needed.
QByteArray writeCsv(const QStringList& header, const std::vector<QStringList>& rows,
                    const CsvWriteOptions& options = {});

} // namespace accord::core
