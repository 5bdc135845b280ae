#include "ProspectListRows.h"

#include <QString>

#include <algorithm>

namespace accord::storage {

using namespace accord::core;

namespace {

// The columns a filter looks at, with the texts searched last.
constexpr const char* kSelectAll =
    "SELECT id, stage, status, deleted_at IS NOT NULL, owner, industry, currency, value_minor, "
    "updated_at, name, segment FROM prospect";

} // namespace

void ProspectListRows::appendFolded(std::string& out, std::string_view utf8)
{
    const std::size_t start = out.size();
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) { // not ASCII: Unicode case folding for the whole field
            out.resize(start);
            const QByteArray folded = QString::fromUtf8(utf8.data(), static_cast<int>(utf8.size()))
                                          .toCaseFolded()
                                          .toUtf8();
            out.append(folded.constData(), static_cast<std::size_t>(folded.size()));
            return;
        }
        out += u >= 'A' && u <= 'Z' ? static_cast<char>(u + ('a' - 'A')) : c;
    }
}

std::string ProspectListRows::fold(std::string_view utf8)
{
    std::string out;
    appendFolded(out, utf8);
    return out;
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
    for (int column : {9, 4, 5, 10}) { // name, owner, industry, segment
        const std::string_view field = st.utf8(column);
        appendFolded(m_blob, field);
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
    // Of the type SQL compares and sums as memory does (an INTEGER column may hold text).
    row.exact = st.isInteger(1) && st.isText(2) && st.isText(4) && st.isText(5) && st.isText(6) &&
                st.isInteger(7) && (row.updatedNull || st.isInteger(8));
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
