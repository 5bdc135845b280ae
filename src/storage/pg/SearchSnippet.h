#pragma once

// The snippet of a search hit as the file's search index cuts it: a window of
// words around the best match of a title or a body, each matched word between
// [ and ], with … where text was left out.

#include <QString>
#include <QStringList>

namespace accord::storage::pg {

/// The words a search looks for: every word of what was typed, folded (case and
/// diacritics ignored), split where the index splits words; `prefix` when the
/// last one also matches as the start of a word.
struct SnippetTerms
{
    QStringList words;
    bool prefix = false;
};

/// Case folded with diacritics taken off, as the index compares words.
QString foldForSearch(const QString& text);

/// The terms of what was typed (the words search() runs on).
SnippetTerms snippetTerms(const QStringList& typed, bool prefix);

/// The snippet of the better of `title` and `body` (the title when they match
/// as well), at most `tokens` words long.
QString searchSnippet(const QString& title, const QString& body, const SnippetTerms& terms,
                      int tokens = 12);

} // namespace accord::storage::pg
