#include "SqliteSearchRepository.h"

#include "Migrations.h"

#include <QRegularExpression>

#include <algorithm>

namespace accord::storage {

using namespace accord::core;

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

std::vector<SearchHit> SqliteSearchRepository::search(const QString& text, int limit)
{
    std::vector<SearchHit> hits;
    const QString match = matchQuery(text);
    if (match.isEmpty() || limit == 0)
        return hits;
    // Newest first by rowid (id * 4 + kind), which FTS5 walks without ranking every
    // match; the joins resolve the owning prospect and drop those in the trash.
    Statement st = m_db.prepare(R"sql(
SELECT s.rowid % 4, s.rowid / 4, p.id, p.name,
       CASE s.rowid % 4 WHEN 1 THEN p.name WHEN 2 THEN c.name ELSE m.summary END,
       snippet(search_index, -1, '[', ']', '…', 12),
       m.occurred_at
FROM search_index s
LEFT JOIN contact c ON s.rowid % 4 = 2 AND c.id = s.rowid / 4
LEFT JOIN meeting m ON s.rowid % 4 = 3 AND m.id = s.rowid / 4
JOIN prospect p ON p.id = CASE s.rowid % 4 WHEN 1 THEN s.rowid / 4
                                          WHEN 2 THEN c.prospect_id
                                          ELSE m.prospect_id END
WHERE search_index MATCH ?1 AND p.deleted_at IS NULL
ORDER BY s.rowid DESC
LIMIT ?2
)sql");
    st.bind(1, match).bind(2, limit < 0 ? -1 : limit);
    while (st.step()) {
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
