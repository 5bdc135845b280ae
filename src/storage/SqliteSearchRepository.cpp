#include "SqliteSearchRepository.h"

#include "Migrations.h"

#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>

namespace accord::storage {

using namespace accord::core;

namespace {

// The rowid is time-ordered (Migrations.h); its low 30 bits are id * 4 + kind.
#define ACCORD_ITEM "(s.rowid & 1073741823)"
constexpr const char* kSearchSql =
    "SELECT " ACCORD_ITEM " % 4, " ACCORD_ITEM " / 4, p.id, p.name, "
    "CASE " ACCORD_ITEM " % 4 WHEN 1 THEN p.name WHEN 2 THEN c.name ELSE m.summary END, "
    "snippet(search_index, -1, '[', ']', '…', 12), m.occurred_at "
    "FROM search_index s "
    "LEFT JOIN contact c ON " ACCORD_ITEM " % 4 = 2 AND c.id = " ACCORD_ITEM " / 4 "
    "LEFT JOIN meeting m ON " ACCORD_ITEM " % 4 = 3 AND m.id = " ACCORD_ITEM " / 4 "
    "JOIN prospect p ON p.id = CASE " ACCORD_ITEM " % 4 WHEN 1 THEN " ACCORD_ITEM " / 4 "
    "WHEN 2 THEN c.prospect_id ELSE m.prospect_id END "
    "WHERE search_index MATCH ?1 AND p.deleted_at IS NULL";
// Counts what search() would find, up to a cap (?2), without snippets.
constexpr const char* kCountSql =
    "SELECT count(*) FROM (SELECT 1 FROM search_index s "
    "LEFT JOIN contact c ON " ACCORD_ITEM " % 4 = 2 AND c.id = " ACCORD_ITEM " / 4 "
    "LEFT JOIN meeting m ON " ACCORD_ITEM " % 4 = 3 AND m.id = " ACCORD_ITEM " / 4 "
    "JOIN prospect p ON p.id = CASE " ACCORD_ITEM " % 4 WHEN 1 THEN " ACCORD_ITEM " / 4 "
    "WHEN 2 THEN c.prospect_id ELSE m.prospect_id END "
    "WHERE search_index MATCH ?1 AND p.deleted_at IS NULL LIMIT ?2)";
#undef ACCORD_ITEM
constexpr const char* kGate = " AND accord_prefix_gate(s.title, s.body, ?3)";
constexpr const char* kOrder = " ORDER BY s.rowid DESC LIMIT ?2";

} // namespace

QString SqliteSearchRepository::matchQuery(const QString& text)
{
    // Words are taken literally: each becomes a quoted FTS5 string (quotes doubled),
    // so AND, NEAR, *, -, : and parentheses are searched for, never interpreted.
    QStringList words;
    for (const QString& word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const bool searchable =
            std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
        if (searchable) // punctuation alone has no tokens to look for
            words << word;
    }
    if (words.isEmpty())
        return {};
    QStringList terms;
    for (QString word : std::as_const(words))
        terms << u'"' + word.replace(u'"', QStringLiteral("\"\"")) + u'"';
    terms.last() += u'*';
    return terms.join(u' ');
}

namespace {

// FTS5's unicode61 tokenizer (remove_diacritics 2): letters and numbers make
// words, case and diacritics are ignored.
} // namespace

QString SqliteSearchRepository::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toCaseFolded();
}

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Other_PrivateUse;
}

bool isSingleWord(const QString& word)
{
    return std::all_of(word.begin(), word.end(), isWordChar);
}

QString quoted(QString word)
{
    return u'"' + word.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

SqliteSearchRepository::SqliteSearchRepository(Connection& db) : m_db(db)
{
    sqlite3_create_function_v2(m_db.handle(), "accord_prefix_gate", 3,
                               SQLITE_UTF8 | SQLITE_INNOCUOUS, this, gateFunction, nullptr, nullptr,
                               nullptr);
}

SqliteSearchRepository::~SqliteSearchRepository()
{
    sqlite3_create_function_v2(m_db.handle(), "accord_prefix_gate", 3, SQLITE_UTF8, nullptr,
                               nullptr, nullptr, nullptr, nullptr);
}

namespace {

// `folded` is the folded prefix (fold()), `utf8` the same in UTF-8.
bool wordPrefixIn(std::string_view text, const QString& folded, const QByteArray& utf8)
{
    const bool asciiPrefix =
        std::all_of(utf8.begin(), utf8.end(), [](char c) { return (c & 0x80) == 0; });
    const bool asciiText =
        std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
    if (asciiPrefix && asciiText) {
        // Fast path: bytes, ASCII case folding.
        const auto lower = [](char c) {
            return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
        };
        const auto alnum = [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        };
        const auto n = static_cast<std::size_t>(utf8.size());
        for (std::size_t i = 0; i + n <= text.size(); ++i) {
            if (i > 0 && alnum(text[i - 1]))
                continue;
            std::size_t k = 0;
            while (k < n && lower(text[i + k]) == utf8[static_cast<qsizetype>(k)])
                ++k;
            if (k == n)
                return true;
        }
        return false;
    }
    const QString hay = SqliteSearchRepository::fold(
        QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    for (qsizetype at = hay.indexOf(folded); at >= 0; at = hay.indexOf(folded, at + 1))
        if (at == 0 || !isWordChar(hay.at(at - 1)))
            return true;
    return false;
}

} // namespace

bool SqliteSearchRepository::hasWordPrefix(std::string_view text, const QString& prefix)
{
    const QString folded = fold(prefix);
    return wordPrefixIn(text, folded, folded.toUtf8());
}

void SqliteSearchRepository::gateFunction(sqlite3_context* context, int argc, sqlite3_value** args)
{
    auto* self = static_cast<SqliteSearchRepository*>(sqlite3_user_data(context));
    if (--self->m_gateBudget < 0) {
        // Too few rows pass: stop here, the caller asks FTS5 directly instead.
        sqlite3_result_error_code(context, SQLITE_ABORT);
        return;
    }
    bool pass = false;
    for (int i = 0; i < argc - 1 && !pass; ++i) {
        const auto* data = reinterpret_cast<const char*>(sqlite3_value_text(args[i]));
        const int bytes = sqlite3_value_bytes(args[i]);
        if (data)
            pass = wordPrefixIn(std::string_view(data, static_cast<std::size_t>(bytes)),
                                self->m_gatePrefix, self->m_gatePrefixUtf8);
    }
    sqlite3_result_int(context, pass ? 1 : 0);
}

std::vector<SearchHit> SqliteSearchRepository::search(const QString& text, int limit)
{
    const QString match = matchQuery(text);
    if (match.isEmpty() || limit == 0)
        return {};
    QStringList words;
    for (const QString& word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            words << word;
    const QString last = words.last();
    if (!isSingleWord(last))
        return run(match, {}, limit, nullptr); // punctuation inside: a phrase, as typed

    // Newest first without ranking, so every query reads only as far as its first
    // page. A prefix (the last word) is where FTS5 gets slow: it merges the doclists
    // of every word with that prefix before returning the first row. The index keeps
    // 3-character prefixes (schema 2), so:
    //  - 1–2 characters: the whole word only (a prefix that short matches most notes);
    //  - 3 characters: the prefix index directly;
    //  - longer: the 3-character prefix, gated by the full prefix on each row's text,
    //    until kGateBudget rows failed the gate; then the plain prefix query, which is
    //    cheap exactly when few rows match.
    QStringList head;
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        head << quoted(words[i]);
    const QString base = head.isEmpty() ? QString() : head.join(u' ') + u' ';
    if (last.size() <= 2)
        return run(base + quoted(last), {}, limit, nullptr);
    if (last.size() == 3)
        return run(match, {}, limit, nullptr);
    bool exhausted = false;
    auto hits = run(base + quoted(last.left(3)) + u'*', last, limit, &exhausted);
    if (!exhausted)
        return hits;
    return run(match, {}, limit, nullptr);
}

int SqliteSearchRepository::count(const QString& text, int cap)
{
    const QString match = matchQuery(text);
    if (match.isEmpty() || cap == 0)
        return 0;
    QStringList words;
    for (const QString& word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            words << word;
    // The same query search() runs in the end: 1–2 characters match whole words only.
    QString query = match;
    if (isSingleWord(words.last()) && words.last().size() <= 2) {
        QStringList terms;
        for (const QString& w : std::as_const(words))
            terms << quoted(w);
        query = terms.join(u' ');
    }
    Statement st = m_db.prepare(kCountSql);
    st.bind(1, query).bind(2, cap < 0 ? -1 : cap);
    return st.step() ? st.integer(0) : 0;
}

std::vector<SearchHit> SqliteSearchRepository::run(const QString& match, const QString& gatePrefix,
                                                   int limit, bool* exhausted)
{
    std::vector<SearchHit> hits;
    const bool gated = !gatePrefix.isEmpty();
    m_gatePrefix = fold(gatePrefix);
    m_gatePrefixUtf8 = m_gatePrefix.toUtf8();
    m_gateBudget = kGateBudget;
    // The joins resolve the owning prospect and drop those in the trash.
    Statement st = m_db.prepare(gated ? kSearchSql + std::string(kGate) + kOrder
                                      : kSearchSql + std::string(kOrder));
    st.bind(1, match).bind(2, limit < 0 ? -1 : limit);
    if (gated)
        st.bind(3, gatePrefix);
    for (;;) {
        const int rc = st.stepCode();
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            if (gated && exhausted && m_gateBudget < 0) {
                *exhausted = true;
                return {};
            }
            st.throwError(rc);
        }
        SearchHit hit;
        switch (st.integer(0)) {
        case kFtsProspect:
            hit.kind = SearchHit::Kind::Prospect;
            break;
        case kFtsContact:
            hit.kind = SearchHit::Kind::Contact;
            break;
        default:
            hit.kind = SearchHit::Kind::Meeting;
            break;
        }
        hit.itemId = st.id(1);
        hit.prospectId = st.id(2);
        hit.prospectName = st.text(3);
        hit.title = st.text(4);
        hit.snippet = st.text(5);
        if (hit.kind == SearchHit::Kind::Meeting)
            hit.when = st.time(6);
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace accord::storage
