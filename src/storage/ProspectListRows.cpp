#include "ProspectListRows.h"

#include <QString>

#include <algorithm>

namespace accord::storage {

using namespace accord::core;

namespace {

// The columns a filter looks at; the one before the name says whether every
// value has the type SQL compares and sums (an INTEGER column may hold text).
constexpr const char* kSelectAll =
    "SELECT id, stage, status, deleted_at IS NOT NULL, owner, industry, currency, value_minor, "
    "updated_at, typeof(stage) = 'integer' AND typeof(status) = 'text' AND typeof(owner) = "
    "'text' AND typeof(industry) = 'text' AND typeof(currency) = 'text' AND "
    "typeof(value_minor) = 'integer' AND typeof(updated_at) IN ('integer', 'null'), name, "
    "segment FROM prospect";

} // namespace

std::string ProspectListRows::fold(const char* utf8, int bytes)
{
    std::string out(utf8, static_cast<std::size_t>(bytes));
    bool ascii = true;
    for (char& c : out) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            ascii = false;
            break;
        }
        if (u >= 'A' && u <= 'Z')
            c = static_cast<char>(u + ('a' - 'A'));
    }
    if (ascii)
        return out;
    const QByteArray folded = QString::fromUtf8(utf8, bytes).toCaseFolded().toUtf8();
    return std::string(folded.constData(), static_cast<std::size_t>(folded.size()));
}

std::size_t ProspectListRows::rowOf(Id id) const
{
    if (id >= 0 && id <= kMaxDenseId) {
        const auto at = static_cast<std::size_t>(id);
        return at < m_denseRowOf.size() && m_denseRowOf[at] != UINT32_MAX ? m_denseRowOf[at] : npos;
    }
    auto it = m_sparseRowOf.find(id);
    return it == m_sparseRowOf.end() ? npos : it->second;
}

void ProspectListRows::index(Id id, std::size_t row)
{
    if (id >= 0 && id <= kMaxDenseId) {
        const auto at = static_cast<std::size_t>(id);
        if (at >= m_denseRowOf.size())
            m_denseRowOf.resize(std::max(at + 1, m_denseRowOf.size() * 5 / 4), UINT32_MAX);
        m_denseRowOf[at] = static_cast<std::uint32_t>(row);
    } else {
        m_sparseRowOf[id] = row;
    }
}

int ProspectListRows::intern(std::string_view text)
{
    if (auto it = m_stringIds.find(text); it != m_stringIds.end())
        return it->second;
    const int id = static_cast<int>(m_strings.size());
    m_strings.emplace_back(text);
    m_stringIds.emplace(m_strings.back(), id);
    return id;
}

int ProspectListRows::interned(const QString& text) const
{
    const QByteArray utf8 = text.toUtf8();
    auto it =
        m_stringIds.find(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    return it == m_stringIds.end() ? -1 : it->second;
}

std::string_view ProspectListRows::textOf(std::size_t text) const
{
    const std::size_t end = text + 1 < m_textStarts.size() ? m_textStarts[text + 1] : m_blob.size();
    return std::string_view(m_blob).substr(m_textStarts[text], end - m_textStarts[text]);
}

std::size_t ProspectListRows::textAt(std::size_t at) const
{
    return static_cast<std::size_t>(std::upper_bound(m_textStarts.begin(), m_textStarts.end(), at) -
                                    m_textStarts.begin() - 1);
}

std::size_t ProspectListRows::addText(std::size_t row, const Statement& st)
{
    m_textStarts.push_back(m_blob.size());
    m_textRows.push_back(row);
    for (int column : {10, 4, 5, 11}) { // name, owner, industry, segment
        const std::string_view field = st.utf8(column);
        m_blob += fold(field.data(), static_cast<int>(field.size()));
        m_blob += '\x1f';
    }
    m_blob += '\x1e';
    return m_textStarts.size() - 1;
}

void ProspectListRows::readRow(const Statement& st, Row& row)
{
    row.id = st.id(0);
    row.stage = st.integer(1);
    row.status = intern(st.utf8(2));
    row.deleted = st.integer(3) != 0;
    row.owner = intern(st.utf8(4));
    row.industry = intern(st.utf8(5));
    row.currency = intern(st.utf8(6));
    row.value = st.int64(7);
    row.updatedNull = st.isNull(8);
    row.updated = row.updatedNull ? 0 : st.int64(8);
    row.exact = st.integer(9) != 0;
    row.present = true;
    if (!row.exact)
        ++m_inexact;
}

void ProspectListRows::retire(Row& row)
{
    const std::string_view text = textOf(row.text);
    m_garbage += text.size();
    m_textRows[row.text] = npos;
    if (!row.exact)
        --m_inexact;
    row.exact = true;
}

bool ProspectListRows::readAll(Connection& db, const std::atomic<bool>* cancelled)
{
    *this = ProspectListRows();
    Statement st = db.prepare(kSelectAll);
    while (st.step()) {
        if (cancelled && (m_rows.size() & 63) == 0 && cancelled->load())
            return false;
        Row row;
        readRow(st, row);
        const std::size_t at = m_rows.size();
        row.text = addText(at, st);
        index(row.id, at);
        m_rows.push_back(row);
    }
    return true;
}

void ProspectListRows::reread(Connection& db, std::vector<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    static const std::string kSelectOne = std::string(kSelectAll) + " WHERE id = ?1";
    Statement st = db.prepare(kSelectOne);
    for (Id id : ids) {
        st.bind(1, id);
        std::size_t at = rowOf(id);
        if (st.step()) {
            if (at == npos) {
                at = m_rows.size();
                m_rows.emplace_back();
                index(id, at);
            } else if (m_rows[at].present) {
                retire(m_rows[at]);
            }
            Row& row = m_rows[at];
            readRow(st, row);
            row.text = addText(at, st);
        } else if (at != npos && m_rows[at].present) {
            retire(m_rows[at]);
            m_rows[at].present = false;
        }
        st.reset();
    }
}

} // namespace accord::storage
