#include "ProspectTextIndex.h"

#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace accord::storage {

ProspectTextIndex::ProspectTextIndex(Connection& db) : m_db(db)
{
    const int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(m_db.handle(), "accord_text_match", 1, flags, this, matchFunction,
                               nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(m_db.handle(), "accord_text_dirty", 0, flags, this, dirtyFunction,
                               nullptr, nullptr, nullptr);
    // Temp triggers see this connection's own writes; they live with the connection.
    // Made here, outside any transaction, so no rollback can take them away.
    try {
        m_db.exec("CREATE TEMP TRIGGER IF NOT EXISTS accord_text_insert AFTER INSERT ON "
                  "main.prospect BEGIN SELECT accord_text_dirty(); END;"
                  "CREATE TEMP TRIGGER IF NOT EXISTS accord_text_update AFTER UPDATE OF id, "
                  "name, owner, industry, segment ON main.prospect BEGIN SELECT "
                  "accord_text_dirty(); END;"
                  "CREATE TEMP TRIGGER IF NOT EXISTS accord_text_delete AFTER DELETE ON "
                  "main.prospect BEGIN SELECT accord_text_dirty(); END;");
        m_triggers = !m_db.inTransaction();
    } catch (const core::StoreError&) {
        m_triggers = false; // then every prepare() reloads
    }
}

ProspectTextIndex::~ProspectTextIndex()
{
    // The connection may outlive this object for a moment: unregister (xFunc = nullptr).
    sqlite3_create_function_v2(m_db.handle(), "accord_text_match", 1, SQLITE_UTF8, nullptr, nullptr,
                               nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(m_db.handle(), "accord_text_dirty", 0, SQLITE_UTF8, nullptr, nullptr,
                               nullptr, nullptr, nullptr);
    if (m_triggers)
        sqlite3_exec(m_db.handle(),
                     "DROP TRIGGER IF EXISTS temp.accord_text_insert;"
                     "DROP TRIGGER IF EXISTS temp.accord_text_update;"
                     "DROP TRIGGER IF EXISTS temp.accord_text_delete;",
                     nullptr, nullptr, nullptr);
}

void ProspectTextIndex::dirtyFunction(sqlite3_context* context, int, sqlite3_value**)
{
    static_cast<ProspectTextIndex*>(sqlite3_user_data(context))->markDirty();
    sqlite3_result_null(context);
}

void ProspectTextIndex::matchFunction(sqlite3_context* context, int, sqlite3_value** args)
{
    const auto* self = static_cast<const ProspectTextIndex*>(sqlite3_user_data(context));
    sqlite3_result_int(context, self->matches(sqlite3_value_int64(args[0])) ? 1 : 0);
}

std::string ProspectTextIndex::fold(const char* utf8, int bytes)
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

void ProspectTextIndex::reloadIfStale()
{
    const qint64 version = m_db.queryInt("PRAGMA data_version");
    if (!m_dirty && m_triggers && version == m_dataVersion)
        return;
    m_blob.clear();
    m_starts.clear();
    m_ids.clear();
    Statement st = m_db.prepare("SELECT id, name, owner, industry, segment FROM prospect");
    while (st.step()) {
        m_ids.push_back(st.id(0));
        m_starts.push_back(m_blob.size());
        for (int column = 1; column <= 4; ++column) {
            const std::string_view utf8 = st.utf8(column);
            m_blob += fold(utf8.data(), static_cast<int>(utf8.size()));
            m_blob += '\x1f';
        }
        m_blob += '\x1e';
    }
    m_dataVersion = version;
    // What a transaction shows may still roll back: use it once, reload next time.
    m_dirty = m_db.inTransaction();
    m_needleValid = false;
}

void ProspectTextIndex::prepare(const QString& text)
{
    reloadIfStale();
    QByteArray utf8 = text.trimmed().toUtf8();
    utf8.replace('\x1e', "").replace('\x1f', "");
    const std::string needle = fold(utf8.constData(), static_cast<int>(utf8.size()));
    if (m_needleValid && needle == m_needle)
        return;
    m_needle = needle;
    m_needleValid = true;
    m_sparseHits.clear();
    core::Id maxId = 0;
    for (core::Id id : m_ids)
        maxId = std::max(maxId, id);
    // A bit per id while ids are dense enough; restored files may carry huge ids.
    m_sparse = maxId > kMaxDenseId;
    m_hits.assign(m_sparse ? 0 : static_cast<std::size_t>(maxId) + 1, m_needle.empty());
    if (m_needle.empty()) {
        if (m_sparse)
            m_sparseHits = m_ids;
        std::sort(m_sparseHits.begin(), m_sparseHits.end());
        return;
    }
    const std::string_view blob(m_blob);
    std::size_t at = blob.find(m_needle);
    while (at != std::string_view::npos) {
        // The row holding this hit: the last start at or before it.
        const auto row = static_cast<std::size_t>(
            std::upper_bound(m_starts.begin(), m_starts.end(), at) - m_starts.begin() - 1);
        if (m_sparse)
            m_sparseHits.push_back(m_ids[row]);
        else
            m_hits[static_cast<std::size_t>(m_ids[row])] = true;
        const std::size_t next = row + 1 < m_starts.size() ? m_starts[row + 1] : blob.size();
        at = blob.find(m_needle, next); // one hit per row is enough
    }
    std::sort(m_sparseHits.begin(), m_sparseHits.end());
}

bool ProspectTextIndex::matches(core::Id id) const
{
    if (m_sparse)
        return std::binary_search(m_sparseHits.begin(), m_sparseHits.end(), id);
    return id >= 0 && static_cast<std::size_t>(id) < m_hits.size() &&
           m_hits[static_cast<std::size_t>(id)];
}

} // namespace accord::storage
