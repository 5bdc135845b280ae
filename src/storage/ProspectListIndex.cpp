#include "ProspectListIndex.h"

#include <QString>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <numeric>
#include <string_view>
#include <tuple>

namespace accord::storage {

using namespace accord::core;

namespace {

// Past this many changed prospects, reading them all again is quicker.
constexpr std::size_t kMaxDirty = 2000;
// Needles remembered with their hits: erasing a letter finds the answer here.
constexpr std::size_t kRecentNeedles = 8;

// Reads every prospect through a read-only connection of its own (on the
// loader's thread); nothing when it could not, or was cancelled.
std::unique_ptr<ProspectListRows> loadRows(const QByteArray& uri,
                                           const std::shared_ptr<std::atomic<bool>>& cancel)
{
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(uri.constData(), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                        nullptr) != SQLITE_OK) {
        sqlite3_close_v2(handle);
        return nullptr;
    }
    Connection db(handle);
    sqlite3_busy_timeout(handle, 5000);
    auto rows = std::make_unique<ProspectListRows>();
    try {
        if (!rows->readAll(db, cancel.get()))
            return nullptr;
    } catch (const StoreError&) {
        return nullptr;
    }
    return rows;
}

struct Criteria
{
    ProspectFilter::Trash trash = ProspectFilter::Trash::Exclude;
    int stage = 0;   // 0: any
    int status = -2; // -2: any
    std::vector<int> owners;
    bool anyOwner = true;
    int industry = -2; // -2: any
    bool none = false; // asks for a value no prospect has
};

} // namespace

ProspectListIndex::ProspectListIndex(Connection& db) : m_db(db)
{
    const int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(m_db.handle(), "accord_text_match", 1, flags, this, matchFunction,
                               nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(m_db.handle(), "accord_list_dirty", 1, flags, this, dirtyFunction,
                               nullptr, nullptr, nullptr);
    // Temp triggers see this connection's own writes; they live with the connection.
    // Made here, outside any transaction, so no rollback can take them away.
    try {
        m_db.exec("CREATE TEMP TRIGGER IF NOT EXISTS accord_list_insert AFTER INSERT ON "
                  "main.prospect BEGIN SELECT accord_list_dirty(NEW.id); END;"
                  "CREATE TEMP TRIGGER IF NOT EXISTS accord_list_update AFTER UPDATE ON "
                  "main.prospect BEGIN SELECT accord_list_dirty(OLD.id), "
                  "accord_list_dirty(NEW.id); END;"
                  "CREATE TEMP TRIGGER IF NOT EXISTS accord_list_delete AFTER DELETE ON "
                  "main.prospect BEGIN SELECT accord_list_dirty(OLD.id); END;");
        m_triggers = !m_db.inTransaction();
    } catch (const StoreError&) {
        m_triggers = false; // then every refresh reads everything
    }
}

ProspectListIndex::~ProspectListIndex()
{
    if (m_loading.valid()) {
        m_cancel->store(true);
        m_loading.wait();
    }
    // The connection may outlive this object for a moment: unregister (xFunc = nullptr).
    sqlite3_create_function_v2(m_db.handle(), "accord_text_match", 1, SQLITE_UTF8, nullptr, nullptr,
                               nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(m_db.handle(), "accord_list_dirty", 1, SQLITE_UTF8, nullptr, nullptr,
                               nullptr, nullptr, nullptr);
    if (m_triggers)
        sqlite3_exec(m_db.handle(),
                     "DROP TRIGGER IF EXISTS temp.accord_list_insert;"
                     "DROP TRIGGER IF EXISTS temp.accord_list_update;"
                     "DROP TRIGGER IF EXISTS temp.accord_list_delete;",
                     nullptr, nullptr, nullptr);
}

void ProspectListIndex::dirtyFunction(sqlite3_context* context, int, sqlite3_value** args)
{
    static_cast<ProspectListIndex*>(sqlite3_user_data(context))
        ->markDirty(sqlite3_value_int64(args[0]));
    sqlite3_result_null(context);
}

void ProspectListIndex::matchFunction(sqlite3_context* context, int, sqlite3_value** args)
{
    const auto* self = static_cast<const ProspectListIndex*>(sqlite3_user_data(context));
    sqlite3_result_int(context, self->matches(sqlite3_value_int64(args[0])) ? 1 : 0);
}

bool ProspectListIndex::needsAll(qint64 version) const
{
    return !m_loaded || !m_triggers || m_readAll || version != m_dataVersion ||
           m_dirty.size() > kMaxDirty || m_rows.garbage() > m_rows.blob().size() / 2;
}

void ProspectListIndex::adopt(std::unique_ptr<ProspectListRows> rows, qint64 version)
{
    m_rows = std::move(*rows);
    m_loaded = true;
    m_dataVersion = version;
    // What a transaction shows may still roll back: use it once, read again next time.
    m_readAll = m_db.inTransaction();
    m_needleValid = false;
    m_recent.clear();
}

void ProspectListIndex::adoptLoad(qint64 version)
{
    using namespace std::chrono_literals;
    if (!m_loading.valid() || m_loading.wait_for(0s) != std::future_status::ready)
        return;
    std::unique_ptr<ProspectListRows> rows = m_loading.get();
    // Another connection's commit since the load began may be missing from it;
    // this connection's writes since are read again (m_dirty) as usual.
    if (rows && version == m_loadingVersion && !m_db.inTransaction())
        adopt(std::move(rows), version);
}

bool ProspectListIndex::refresh(bool mayReadAll)
{
    const qint64 version = m_db.queryInt("PRAGMA data_version");
    adoptLoad(version);
    if (needsAll(version)) {
        if (!mayReadAll)
            return false;
        if (m_loading.valid()) {
            m_loading.wait();
            adoptLoad(version);
        }
    }
    if (needsAll(version)) {
        m_dirty.clear();
        auto rows = std::make_unique<ProspectListRows>();
        rows->readAll(m_db);
        adopt(std::move(rows), version);
        return true;
    }
    if (!m_dirty.empty()) {
        m_rows.reread(m_db, m_dirty);
        // Inside a transaction what was read may still roll back: read it again next time.
        if (!m_db.inTransaction())
            m_dirty.clear();
        m_needleValid = false;
        m_recent.clear();
    }
    return true;
}

void ProspectListIndex::warm()
{
    const qint64 version = m_db.queryInt("PRAGMA data_version");
    adoptLoad(version);
    if (!needsAll(version)) {
        refresh(false); // this connection's own changes: a few rows
        return;
    }
    if (m_loading.valid())
        return;
    const char* file = sqlite3_db_filename(m_db.handle(), "main");
    if (!file || !*file || m_db.inTransaction()) {
        refresh(true); // in memory, or inside a transaction: only this connection sees it
        return;
    }
    const QByteArray uri =
        "file:" + QUrl::toPercentEncoding(QString::fromUtf8(file), "/") + "?mode=ro";
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_loadingVersion = version;
    m_loading = std::async(std::launch::async, loadRows, uri, m_cancel);
}

void ProspectListIndex::waitForLoad()
{
    if (m_loading.valid())
        m_loading.wait();
    adoptLoad(m_db.queryInt("PRAGMA data_version"));
}

std::vector<std::size_t> ProspectListIndex::search(const std::string& needle) const
{
    std::vector<std::size_t> hits;
    const auto& all = m_rows.rows();
    // Narrowed from a remembered needle inside this one: its rows hold every
    // hit. Worth it while they are few; else one pass over every text is quicker.
    const std::vector<std::size_t>* within = nullptr;
    std::size_t longest = 0;
    for (const auto& [known, rows] : m_recent)
        if (!known.empty() && known.size() >= longest && needle.find(known) != std::string::npos) {
            within = &rows;
            longest = known.size();
        }
    if (within && within->size() <= all.size() / 8) {
        for (std::size_t row : *within) {
            const std::string_view text = m_rows.textOf(all[row].text);
            if (::memmem(text.data(), text.size(), needle.data(), needle.size()))
                hits.push_back(row);
        }
        return hits;
    }
    // One pass: memmem over every text; after a hit, on from the next text.
    const std::string& blob = m_rows.blob();
    const std::size_t texts = m_rows.textCount();
    std::size_t text = 0;
    std::size_t from = 0;
    while (from < blob.size()) {
        const void* found =
            ::memmem(blob.data() + from, blob.size() - from, needle.data(), needle.size());
        if (!found)
            break;
        const auto at = static_cast<std::size_t>(static_cast<const char*>(found) - blob.data());
        while (text + 1 < texts && m_rows.textStart(text + 1) <= at)
            ++text;
        if (const std::size_t row = m_rows.rowOfText(text); row != ProspectListRows::npos)
            hits.push_back(row);
        from = text + 1 < texts ? m_rows.textStart(text + 1) : blob.size();
    }
    std::sort(hits.begin(), hits.end()); // texts read again sit at the end of the blob
    return hits;
}

void ProspectListIndex::select(const QString& text)
{
    QByteArray utf8 = text.trimmed().toUtf8();
    utf8.replace('\x1e', "").replace('\x1f', "");
    std::string needle = ProspectListRows::fold(
        std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    if (m_needleValid && needle == m_needle)
        return;
    m_hitRows.clear();
    if (needle.empty()) {
        m_hitRows.resize(m_rows.rows().size());
        std::iota(m_hitRows.begin(), m_hitRows.end(), std::size_t{0});
    } else {
        auto known = std::find_if(m_recent.begin(), m_recent.end(),
                                  [&](const auto& entry) { return entry.first == needle; });
        if (known != m_recent.end()) {
            m_hitRows = known->second;
        } else {
            m_hitRows = search(needle);
            if (m_recent.size() >= kRecentNeedles)
                m_recent.erase(m_recent.begin());
            m_recent.emplace_back(needle, m_hitRows);
        }
    }
    m_hitFlags.assign(m_rows.rows().size(), 0);
    for (std::size_t row : m_hitRows)
        m_hitFlags[row] = 1;
    m_needle = std::move(needle);
    m_needleValid = true;
}

void ProspectListIndex::prepare(const QString& text)
{
    refresh(true);
    select(text);
}

bool ProspectListIndex::matches(Id id) const
{
    const std::size_t row = m_rows.rowOf(id);
    return row != ProspectListRows::npos && row < m_hitFlags.size() && m_hitFlags[row] != 0;
}

bool ProspectListIndex::answerable(const ProspectFilter& filter)
{
    if (!filter.tag.isEmpty())
        return false;
    const bool text = !filter.text.trimmed().isEmpty();
    if (!refresh(text) || m_rows.inexact() > 0)
        return false;
    if (text)
        select(filter.text);
    return true;
}

std::vector<std::size_t> ProspectListIndex::matching(const ProspectFilter& filter) const
{
    Criteria c;
    c.trash = filter.trash;
    if (filter.stage)
        c.stage = static_cast<int>(*filter.stage);
    if (filter.status) {
        c.status = m_rows.interned(statusKey(*filter.status));
        c.none = c.status < 0;
    }
    if (!filter.owners.isEmpty()) {
        c.anyOwner = false;
        for (const QString& owner : filter.owners)
            if (const int id = m_rows.interned(owner); id >= 0)
                c.owners.push_back(id);
        c.none = c.none || c.owners.empty();
    }
    if (!filter.industry.isEmpty()) {
        c.industry = m_rows.interned(filter.industry);
        c.none = c.none || c.industry < 0;
    }
    std::vector<std::size_t> out;
    if (c.none)
        return out;
    const bool text = !filter.text.trimmed().isEmpty();
    const auto& rows = m_rows.rows();
    const std::size_t n = text ? m_hitRows.size() : rows.size();
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t at = text ? m_hitRows[i] : i;
        const ProspectListRows::Row& r = rows[at];
        if (!r.present)
            continue;
        if ((c.trash == ProspectFilter::Trash::Exclude && r.deleted) ||
            (c.trash == ProspectFilter::Trash::Only && !r.deleted))
            continue;
        if ((c.stage != 0 && r.stage != c.stage) || (c.status != -2 && r.status != c.status) ||
            (c.industry != -2 && r.industry != c.industry))
            continue;
        if (!c.anyOwner && std::find(c.owners.begin(), c.owners.end(), r.owner) == c.owners.end())
            continue;
        out.push_back(at);
    }
    return out;
}

std::optional<int> ProspectListIndex::count(const ProspectFilter& filter)
{
    if (!answerable(filter))
        return std::nullopt;
    return static_cast<int>(matching(filter).size());
}

std::optional<std::vector<StageTotal>> ProspectListIndex::totals(const ProspectFilter& filter)
{
    if (!answerable(filter))
        return std::nullopt;
    struct Sum
    {
        qint64 count = 0;
        qint64 high = 0;
        qint64 low = 0;
    };
    // As SQL: per stage and currency, each value in two 32-bit halves.
    std::vector<std::vector<Sum>> sums(kStageCount);
    for (std::size_t at : matching(filter)) {
        const ProspectListRows::Row& r = m_rows.rows()[at];
        if (r.stage < 1 || r.stage > kStageCount)
            continue;
        auto& byCurrency = sums[static_cast<std::size_t>(r.stage - 1)];
        const auto currency = static_cast<std::size_t>(r.currency);
        if (currency >= byCurrency.size())
            byCurrency.resize(currency + 1);
        Sum& s = byCurrency[currency];
        ++s.count;
        if (__builtin_add_overflow(s.high, r.value >> 32, &s.high) ||
            __builtin_add_overflow(s.low, r.value & 0xffffffffLL, &s.low))
            return std::nullopt; // SQL says why
    }
    std::vector<StageTotal> out;
    for (Stage stage : kAllStages) {
        StageTotal t{stage, 0, {}};
        const auto& byCurrency = sums[static_cast<std::size_t>(stage) - 1];
        // SQL groups come in the currency's BINARY order.
        std::vector<std::size_t> order;
        for (std::size_t c = 0; c < byCurrency.size(); ++c)
            if (byCurrency[c].count > 0)
                order.push_back(c);
        std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
            return m_rows.string(static_cast<int>(a)) < m_rows.string(static_cast<int>(b));
        });
        for (std::size_t c : order) {
            const Sum& s = byCurrency[c];
            const std::string& code = m_rows.string(static_cast<int>(c));
            const int count = static_cast<int>(s.count);
            t.count += count;
            CurrencySum sum{QString::fromUtf8(code.data(), static_cast<int>(code.size()))};
            sum.addParts(s.high, s.low, count);
            t.sums.push_back(std::move(sum));
        }
        out.push_back(std::move(t));
    }
    return out;
}

std::optional<std::vector<Id>> ProspectListIndex::byUpdated(const ProspectFilter& filter,
                                                            bool ascending, int limit, int offset)
{
    if (!answerable(filter))
        return std::nullopt;
    std::vector<std::size_t> rows = matching(filter);
    // SQL's order: NULL before every number, then the id.
    const auto& all = m_rows.rows();
    auto before = [&all, ascending](std::size_t a, std::size_t b) {
        const ProspectListRows::Row& x = all[a];
        const ProspectListRows::Row& y = all[b];
        const auto kx = std::make_tuple(!x.updatedNull, x.updated, x.id);
        const auto ky = std::make_tuple(!y.updatedNull, y.updated, y.id);
        return ascending ? kx < ky : ky < kx;
    };
    const std::size_t from = static_cast<std::size_t>(std::max(0, offset));
    const std::size_t to =
        limit < 0 ? rows.size() : std::min(rows.size(), from + static_cast<std::size_t>(limit));
    std::vector<Id> ids;
    if (from >= to)
        return ids;
    std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(to), rows.end(),
                      before);
    ids.reserve(to - from);
    for (std::size_t i = from; i < to; ++i)
        ids.push_back(all[rows[i]].id);
    return ids;
}

} // namespace accord::storage
