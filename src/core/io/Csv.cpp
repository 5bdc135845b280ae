#include "Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::io)
};

/// Refuses one field: `pattern` (translated) names the line as %1 and the field as %2.
[[noreturn]] void failField(int line, const QString& field, const QString& pattern)
{
    throw InputError(line, field, pattern.arg(line).arg(field));
}

/// Offset of the first byte that does not start a valid UTF-8 sequence
/// (overlong forms, surrogates and code points past U+10FFFF included), or -1.
qsizetype invalidUtf8At(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07u;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0u) != 0x80u)
                return i;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            return i;
        if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            return i;
        i += len;
    }
    return -1;
}

class CsvParser
{
public:
    CsvParser(const QByteArray& bytes, const CsvReadOptions& options)
        : m_in(bytes), m_options(options)
    {
        if (m_in.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        m_sep = options.separator != 0 ? options.separator : detectSeparator();
    }

    CsvTable parse()
    {
        CsvTable table;
        table.separator = m_sep;
        bool haveHeader = false;
        QStringList fields;
        int recordLine = 0;
        while (nextRecord(fields, recordLine, haveHeader ? &table.header : nullptr)) {
            if (!haveHeader) {
                table.header = checkedHeader(fields, recordLine);
                haveHeader = true;
                continue;
            }
            if (static_cast<qint64>(table.rows.size()) >= m_options.maxRows)
                throw InputError(recordLine, QString(),
                                 Text::tr("Line %1: the file has more than %2 rows.")
                                     .arg(recordLine)
                                     .arg(m_options.maxRows));
            while (fields.size() < table.header.size())
                fields.append(QString());
            table.rows.push_back(fields);
            table.lines.push_back(recordLine);
        }
        if (!haveHeader)
            throw InputError(1, QStringLiteral("header"),
                             Text::tr("Line 1: the file is empty; a header row is required."));
        return table;
    }

private:
    static QString columnName(const QStringList* header, qsizetype index)
    {
        if (header && index < header->size() && !header->at(index).isEmpty())
            return header->at(index);
        return Text::tr("column %1").arg(index + 1);
    }

    static QStringList checkedHeader(QStringList fields, int line)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            fields[i] = fields[i].trimmed();
            if (fields[i].isEmpty())
                continue;
            for (qsizetype j = 0; j < i; ++j) {
                if (fields[j].compare(fields[i], Qt::CaseInsensitive) == 0)
                    throw InputError(
                        line, fields[i],
                        Text::tr("Line %1: the header \"%2\" appears twice (columns %3 "
                                 "and %4).")
                            .arg(line)
                            .arg(fields[i])
                            .arg(j + 1)
                            .arg(i + 1));
            }
        }
        return fields;
    }

    /// The separator the header row uses most outside quotes; a comma on a tie.
    char detectSeparator() const
    {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        bool quoted = false;
        for (qsizetype i = m_pos; i < m_in.size(); ++i) {
            const char c = m_in.at(i);
            if (c == '"')
                quoted = !quoted;
            else if (quoted)
                continue;
            else if (c == '\r' || c == '\n')
                break;
            else if (c == ',')
                ++commas;
            else if (c == ';')
                ++semicolons;
            else if (c == '\t')
                ++tabs;
        }
        if (semicolons > commas && semicolons >= tabs)
            return ';';
        if (tabs > commas && tabs > semicolons)
            return '\t';
        return ',';
    }

    bool atEnd() const { return m_pos >= m_in.size(); }
    char peek() const { return m_in.at(m_pos); }

    // Reads one record into `fields`; false at the end of the input. Skips blank lines.
    bool nextRecord(QStringList& fields, int& recordLine, const QStringList* header)
    {
        fields.clear();
        while (!atEnd() && (peek() == '\n' || peek() == '\r')) {
            consumeLineEnd();
        }
        if (atEnd())
            return false;
        recordLine = m_line;
        for (;;) {
            const qsizetype index = fields.size();
            if (header && index >= header->size())
                throw InputError(recordLine, columnName(nullptr, index),
                                 Text::tr("Line %1 has more fields than the header's %2 (field %3 "
                                          "has no column).")
                                     .arg(recordLine)
                                     .arg(header->size())
                                     .arg(index + 1));
            fields.append(readField(columnName(header, index)));
            if (atEnd())
                return true;
            if (peek() == m_sep) {
                ++m_pos;
                continue;
            }
            consumeLineEnd();
            return true;
        }
    }

    void consumeLineEnd()
    {
        if (peek() == '\r') {
            ++m_pos;
            if (!atEnd() && peek() == '\n')
                ++m_pos;
        } else {
            ++m_pos;
        }
        ++m_line;
    }

    void checkSize(const QByteArray& buf, int line, const QString& field) const
    {
        if (buf.size() > m_options.maxFieldBytes)
            throw InputError(line, field,
                             Text::tr("Line %1, field \"%2\": the value is longer than %3 bytes.")
                                 .arg(line)
                                 .arg(field)
                                 .arg(m_options.maxFieldBytes));
    }

    QString readField(const QString& field)
    {
        const int fieldLine = m_line;
        QByteArray buf;
        if (!atEnd() && peek() == '"') {
            ++m_pos;
            for (;;) {
                const char* start = m_in.constData() + m_pos;
                const auto* quote =
                    static_cast<const char*>(std::memchr(start, '"', m_in.size() - m_pos));
                if (!quote) {
                    failField(fieldLine, field,
                              Text::tr("Line %1, field \"%2\": the quoted value is never closed "
                                       "(unbalanced quote or truncated file)."));
                }
                const qsizetype len = quote - start;
                buf.append(start, len);
                m_line += static_cast<int>(std::count(start, quote, '\n'));
                m_pos += len + 1;
                checkSize(buf, fieldLine, field);
                if (!atEnd() && peek() == '"') { // a doubled quote stands for one
                    buf.append('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (!atEnd() && peek() != m_sep && peek() != '\r' && peek() != '\n')
                failField(m_line, field,
                          Text::tr("Line %1, field \"%2\": unexpected text after a closing "
                                   "quote (a quote inside a quoted value must be doubled)."));
        } else {
            const qsizetype start = m_pos;
            while (!atEnd()) {
                const char c = peek();
                if (c == m_sep || c == '\r' || c == '\n')
                    break;
                ++m_pos;
            }
            buf = m_in.mid(start, m_pos - start);
            checkSize(buf, fieldLine, field);
        }
        return decode(buf, fieldLine, field);
    }

    static QString decode(const QByteArray& buf, int fieldLine, const QString& field)
    {
        const qsizetype nul = buf.indexOf('\0');
        if (nul >= 0) {
            const int line = fieldLine + static_cast<int>(buf.left(nul).count('\n'));
            failField(line, field,
                      Text::tr("Line %1, field \"%2\": the value contains a NUL byte (is this "
                               "a text file?)."));
        }
        const qsizetype bad = invalidUtf8At(buf);
        if (bad >= 0) {
            const int line = fieldLine + static_cast<int>(buf.left(bad).count('\n'));
            failField(line, field,
                      Text::tr("Line %1, field \"%2\": the text is not valid UTF-8 (save the "
                               "file as UTF-8 and try again)."));
        }
        // Exactly the cell's text: QString::fromUtf8 would drop a U+FEFF that starts
        // a cell (a byte order mark belongs only at the start of the file).
        QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
        return utf8(buf);
    }

    const QByteArray& m_in;
    const CsvReadOptions& m_options;
    char m_sep = ',';
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool needsQuotes(const QString& cell)
{
    // A leading U+FEFF would be read back as a byte order mark and dropped.
    if (cell.startsWith(QChar(0xFEFF)))
        return true;
    return std::any_of(cell.begin(), cell.end(),
                       [](QChar c) { return c == u',' || c == u'"' || c == u'\r' || c == u'\n'; });
}

void appendCell(QByteArray& out, const QString& raw, bool neutralise)
{
    const QString cell = neutralise ? neutraliseCsvCell(raw) : raw;
    if (!needsQuotes(cell)) {
        out.append(cell.toUtf8());
        return;
    }
    QString quoted = cell;
    quoted.replace(u'"', QStringLiteral("\"\""));
    out.append('"');
    out.append(quoted.toUtf8());
    out.append('"');
}

void appendRecord(QByteArray& out, const QStringList& cells, bool neutralise)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendCell(out, cells.at(i), neutralise);
    }
    out.append("\r\n");
}

} // namespace

int CsvTable::columnOf(const QString& headerName) const
{
    const QString wanted = headerName.trimmed();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

namespace {

/// UTF-16 text with a byte order mark, as UTF-8 with one; refuses an odd length
/// or a broken surrogate pair, naming the line.
QByteArray utf16ToUtf8(const QByteArray& bytes, bool bigEndian)
{
    const QString encoding = bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE");
    if (bytes.size() % 2 != 0)
        throw InputError(
            0, QString(),
            Text::tr("The file starts as %1 text but ends in half a character; save it "
                     "again as UTF-8 or UTF-16 and try again.")
                .arg(encoding));
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype units = bytes.size() / 2;
    QString text;
    text.reserve(units);
    int line = 1;
    for (qsizetype i = 1; i < units; ++i) { // unit 0 is the byte order mark
        const auto unit = static_cast<char16_t>(bigEndian ? (p[2 * i] << 8) | p[2 * i + 1]
                                                          : (p[2 * i + 1] << 8) | p[2 * i]);
        const bool high = unit >= 0xD800 && unit <= 0xDBFF;
        const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
        if (high) {
            const qsizetype j = i + 1;
            const char16_t next =
                j < units ? static_cast<char16_t>(bigEndian ? (p[2 * j] << 8) | p[2 * j + 1]
                                                            : (p[2 * j + 1] << 8) | p[2 * j])
                          : char16_t{0};
            if (!(next >= 0xDC00 && next <= 0xDFFF))
                throw InputError(line, QString(),
                                 Text::tr("Line %1: the %2 text holds a broken character; save the "
                                          "file again and try again.")
                                     .arg(line)
                                     .arg(encoding));
            text.append(QChar(unit));
            text.append(QChar(next));
            ++i;
            continue;
        }
        if (low)
            throw InputError(
                line, QString(),
                Text::tr("Line %1: the %2 text holds a broken character; save the file "
                         "again and try again.")
                    .arg(line)
                    .arg(encoding));
        if (unit == u'\n')
            ++line;
        text.append(QChar(unit));
    }
    return text.toUtf8();
}

} // namespace

CsvTable readCsv(const QByteArray& bytes, const CsvReadOptions& options)
{
    // Spreadsheets save "Unicode text" as UTF-16 with a byte order mark: read it.
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) ||
        bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        throw InputError(1, QString(),
                         Text::tr("The file is UTF-32 text; save it as UTF-8 (or UTF-16) and try "
                                  "again."));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const QByteArray utf8 = utf16ToUtf8(bytes, bytes.startsWith("\xFE\xFF"));
        return CsvParser(utf8, options).parse();
    }
    return CsvParser(bytes, options).parse();
}

QString neutraliseCsvCell(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
        first == u'\r')
        return QLatin1Char('\'') + cell;
    return cell;
}

QByteArray writeCsv(const QStringList& header, const std::vector<QStringList>& rows,
                    const CsvWriteOptions& options)
{
    QByteArray out;
    if (options.byteOrderMark)
        out.append("\xEF\xBB\xBF");
    appendRecord(out, header, options.neutralise);
    for (const QStringList& row : rows)
        appendRecord(out, row, options.neutralise);
    return out;
}

} // namespace accord::core
