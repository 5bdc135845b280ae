#include "BackupSyntax.h"

#include "core/Types.h"

#include <QCoreApplication>

#include <algorithm>

namespace accord::core {

using nlohmann::json;

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::io)
};

/// Builds the document as json::parse does and keeps the JSON path of where it
/// is, so that a syntax error or a number too large to read (1e400) names it.
class PathSax : public json::json_sax_t
{
public:
    explicit PathSax(json& result) : m_dom(result, false) {}

    bool null() override { return value() && m_dom.null(); }
    bool boolean(bool v) override { return value() && m_dom.boolean(v); }
    bool number_integer(number_integer_t v) override { return value() && m_dom.number_integer(v); }
    bool number_unsigned(number_unsigned_t v) override
    {
        return value() && m_dom.number_unsigned(v);
    }
    bool number_float(number_float_t v, const string_t& s) override
    {
        return value() && m_dom.number_float(v, s);
    }
    bool string(string_t& v) override { return value() && m_dom.string(v); }
    bool binary(binary_t& v) override { return value() && m_dom.binary(v); }
    bool start_object(std::size_t n) override
    {
        if (!value())
            return false;
        m_stack.push_back({false, -1, {}});
        return m_dom.start_object(n);
    }
    bool key(string_t& k) override
    {
        m_stack.back().key = k;
        return m_dom.key(k);
    }
    bool end_object() override
    {
        m_stack.pop_back();
        return m_dom.end_object();
    }
    bool start_array(std::size_t n) override
    {
        if (!value())
            return false;
        m_stack.push_back({true, -1, {}});
        return m_dom.start_array(n);
    }
    bool end_array() override
    {
        m_stack.pop_back();
        return m_dom.end_array();
    }
    bool parse_error(std::size_t position, const std::string& token,
                     const nlohmann::detail::exception& e) override
    {
        m_failed = true;
        m_position = position;
        m_token = token;
        m_overflow = e.id == 406; // out_of_range.406: a number that does not fit a double
        m_path = path(true);
        return false;
    }

    bool failed() const { return m_failed; }
    bool overflow() const { return m_overflow; }
    std::size_t position() const { return m_position; }
    const std::string& token() const { return m_token; }
    const QString& errorPath() const { return m_path; }

private:
    struct Level
    {
        bool array = false;
        long long index = -1;
        std::string key;
    };

    // Nesting deeper than any backup (the library itself has no limit): refused.
    static constexpr std::size_t kMaxDepth = 64;

    bool value()
    {
        if (!m_stack.empty() && m_stack.back().array)
            ++m_stack.back().index;
        if (m_stack.size() < kMaxDepth)
            return true;
        m_failed = true;
        m_deep = true;
        m_path = path(false);
        return false;
    }

    // `pending`: the error is in the array element after the last one read.
    QString path(bool pending) const
    {
        QString out = QStringLiteral("$");
        for (std::size_t i = 0; i < m_stack.size(); ++i) {
            const Level& l = m_stack[i];
            if (l.array) {
                const long long index = l.index + (pending && i + 1 == m_stack.size() ? 1 : 0);
                if (index >= 0)
                    out += QStringLiteral("[%1]").arg(index);
            } else if (!l.key.empty()) {
                out += QLatin1Char('.') + QString::fromStdString(l.key);
            }
        }
        return out;
    }

public:
    bool tooDeep() const { return m_deep; }

private:
    nlohmann::detail::json_sax_dom_parser<json> m_dom;
    std::vector<Level> m_stack;
    bool m_failed = false;
    bool m_overflow = false;
    bool m_deep = false;
    std::size_t m_position = 0;
    std::string m_token;
    QString m_path;
};

/// Line and column (1-based) of byte `position` (the library counts from 1 past it).
std::pair<int, int> lineAndColumn(const QByteArray& bytes, std::size_t position)
{
    const qsizetype end =
        std::min<qsizetype>(bytes.size(), static_cast<qsizetype>(position > 0 ? position - 1 : 0));
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

json parseBackupJson(const QByteArray& bytes)
{
    json j;
    PathSax sax(j);
    const bool ok = json::sax_parse(bytes.constBegin(), bytes.constEnd(), &sax);
    if (ok && !sax.failed())
        return j;
    const QString path = sax.errorPath();
    if (sax.tooDeep())
        failBackup(path, Text::tr("the JSON nests deeper than a backup does."));
    if (sax.overflow())
        failBackup(path, Text::tr("the number %1 is too large to read.")
                             .arg(QString::fromStdString(sax.token()).left(40)));
    const auto [line, column] = lineAndColumn(bytes, sax.position());
    QString token = QString::fromStdString(sax.token());
    if (token.size() > 40)
        token = token.left(40) + QStringLiteral("…");
    throw ValidationError(
        path, Text::tr("The backup is not valid JSON: at %1 (line %2, column %3) it breaks "
                       "off or holds something unexpected%4.")
                  .arg(path)
                  .arg(line)
                  .arg(column)
                  .arg(token.isEmpty() ? QString() : Text::tr(" (“%1”)").arg(token)));
}

[[noreturn]] void failBackup(const QString& path, const QString& message)
{
    throw ValidationError(path, Text::tr("Backup, %1: %2").arg(path, message));
}

} // namespace accord::core
