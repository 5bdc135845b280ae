#include "PgSearchRepository.h"

#include "PgSearchSchema.h"
#include "SearchSnippet.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace accord::storage::pg {

using namespace accord::core;

namespace {

/// What a search looks for: the words typed that hold a letter or a digit (as
/// typed), and whether the last one is also a prefix.
struct Query
{
    QStringList words;
    bool prefix = false;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Other_PrivateUse;
}

Query queryOf(const QString& text)
{
    Query q;
    for (const QString& word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        // Punctuation alone has no words to look for.
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            q.words << word;
    }
    if (q.words.isEmpty())
        return q;
    // As the file does: a last word of one or two characters matches whole words only
    // (a prefix that short matches most notes); with punctuation inside it is a
    // phrase whose last word is a prefix.
    const QString& last = q.words.last();
    const bool single = std::all_of(last.begin(), last.end(), isWordChar);
    q.prefix = !single || last.size() > 2;
    return q;
}

/// The words as a JSON array, which the server turns into its tsquery
/// (accord_search_query folds them as the index does).
QString wordsJson(const QStringList& words)
{
    nlohmann::json list = nlohmann::json::array();
    for (const QString& w : words)
        list.push_back(w.toStdString());
    return QString::fromStdString(list.dump());
}

constexpr const char* kQuery =
    "accord_search_query(ARRAY(SELECT json_array_elements_text(?1::json)), ?2::boolean)";

const std::string& searchSql()
{
    static const std::string sql =
        std::string("SELECT h.hit_kind, h.hit_item, p.id, p.name, CASE h.hit_kind WHEN 1 THEN ") +
        prospectSearchTitle("p") + " WHEN 2 THEN " + contactSearchTitle("c") + " ELSE " +
        meetingSearchTitle("m") + " END, CASE h.hit_kind WHEN 1 THEN " + prospectSearchBody("p") +
        " WHEN 2 THEN " + contactSearchBody("c") + " ELSE " + meetingSearchBody("m") +
        " END, m.occurred_at FROM accord_search_hits(" + kQuery +
        ", ?3::bigint) h JOIN prospect p ON p.id = h.hit_prospect "
        "LEFT JOIN contact c ON h.hit_kind = 2 AND c.id = h.hit_item "
        "LEFT JOIN meeting m ON h.hit_kind = 3 AND m.id = h.hit_item "
        "ORDER BY h.hit_key DESC LIMIT ?3::bigint";
    return sql;
}

} // namespace

std::vector<SearchHit> PgSearchRepository::search(const QString& text, int limit)
{
    const Query q = queryOf(text);
    if (q.words.isEmpty() || limit == 0)
        return {};
    Statement st = m_db.prepare(searchSql());
    st.bind(1, wordsJson(q.words)).bind(2, q.prefix);
    if (limit < 0)
        st.bindNull(3);
    else
        st.bind(3, limit);
    const SnippetTerms terms = snippetTerms(q.words, q.prefix);
    std::vector<SearchHit> hits;
    while (st.step()) {
        SearchHit hit;
        switch (st.integer(0)) {
        case 1:
            hit.kind = SearchHit::Kind::Prospect;
            break;
        case 2:
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
        hit.snippet = searchSnippet(hit.title, st.text(5), terms);
        if (hit.kind == SearchHit::Kind::Meeting)
            hit.when = st.time(6);
        hits.push_back(std::move(hit));
    }
    return hits;
}

int PgSearchRepository::count(const QString& text, int cap)
{
    const Query q = queryOf(text);
    if (q.words.isEmpty() || cap == 0)
        return 0;
    static const std::string sql =
        std::string("SELECT accord_search_count(") + kQuery + ", ?3::bigint)";
    Statement st = m_db.prepare(sql);
    st.bind(1, wordsJson(q.words)).bind(2, q.prefix);
    if (cap < 0)
        st.bindNull(3);
    else
        st.bind(3, cap);
    return st.step() ? st.integer(0) : 0;
}

} // namespace accord::storage::pg
