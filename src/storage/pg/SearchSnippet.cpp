#include "SearchSnippet.h"

#include <algorithm>
#include <set>
#include <vector>

namespace accord::storage::pg {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Other_PrivateUse;
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

struct Token
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int term = -1; // the term it matches, -1 for none
};

/// The term `word` matches: equal to one, or starting with the last when it is a prefix.
int termOf(QStringView word, const SnippetTerms& terms)
{
    const auto count = static_cast<int>(terms.words.size());
    const auto matches = [&](QStringView folded, Qt::CaseSensitivity cs) {
        for (int i = 0; i < count; ++i) {
            const QString& term = terms.words.at(i);
            if (folded.compare(term, cs) == 0 ||
                (terms.prefix && i == count - 1 && folded.startsWith(term, cs)))
                return i;
        }
        return -1;
    };
    // ASCII words (most) compare without Unicode work.
    if (isAscii(word))
        return matches(word, Qt::CaseInsensitive);
    return matches(foldForSearch(word.toString()), Qt::CaseSensitive);
}

std::vector<Token> tokenize(const QString& text, const SnippetTerms& terms)
{
    std::vector<Token> out;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        Token t;
        t.begin = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        t.end = i;
        t.term = termOf(QStringView(text).mid(t.begin, t.end - t.begin), terms);
        out.push_back(t);
    }
    return out;
}

struct Window
{
    int score = -1;
    std::size_t start = 0;
};

/// The best window of `size` tokens: the most distinct terms, then the most matches,
/// centred on the matches it holds.
Window bestWindow(const std::vector<Token>& tokens, std::size_t size)
{
    Window best;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].term < 0)
            continue;
        std::set<int> seen;
        int score = 0;
        std::size_t last = i;
        for (std::size_t k = i; k < tokens.size() && k < i + size; ++k) {
            if (tokens[k].term < 0)
                continue;
            score += seen.insert(tokens[k].term).second ? 1000 : 1;
            last = k;
        }
        if (score <= best.score)
            continue;
        best.score = score;
        // Centre the matches in the window, within the text.
        const std::size_t spare = size - std::min(size, last - i + 1);
        std::size_t start = i > spare / 2 ? i - spare / 2 : 0;
        if (start + size > tokens.size())
            start = tokens.size() > size ? tokens.size() - size : 0;
        best.start = start;
    }
    return best;
}

QString cut(const QString& text, const std::vector<Token>& tokens, std::size_t start,
            std::size_t size)
{
    if (tokens.empty())
        return text.left(200);
    const std::size_t end = std::min(tokens.size(), start + size);
    QString out;
    qsizetype at = start == 0 ? 0 : tokens[start].begin;
    if (start > 0)
        out += QChar(0x2026);
    for (std::size_t k = start; k < end; ++k) {
        const Token& t = tokens[k];
        out += QStringView(text).mid(at, t.begin - at);
        if (t.term >= 0)
            out += u'[' + text.mid(t.begin, t.end - t.begin) + u']';
        else
            out += QStringView(text).mid(t.begin, t.end - t.begin);
        at = t.end;
    }
    if (end == tokens.size())
        out += QStringView(text).mid(at);
    else
        out += QChar(0x2026);
    return out;
}

} // namespace

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (!c.isMark())
            out += c;
    return out.toCaseFolded();
}

SnippetTerms snippetTerms(const QStringList& typed, bool prefix)
{
    SnippetTerms terms;
    for (const QString& word : typed) {
        const QString folded = foldForSearch(word);
        qsizetype i = 0;
        while (i < folded.size()) {
            if (!isWordChar(folded.at(i))) {
                ++i;
                continue;
            }
            const qsizetype begin = i;
            while (i < folded.size() && isWordChar(folded.at(i)))
                ++i;
            terms.words << folded.mid(begin, i - begin);
        }
    }
    terms.prefix = prefix;
    return terms;
}

QString searchSnippet(const QString& title, const QString& body, const SnippetTerms& terms,
                      int tokens)
{
    const auto size = static_cast<std::size_t>(std::max(tokens, 1));
    const std::vector<Token> titleTokens = tokenize(title, terms);
    const Window inTitle = bestWindow(titleTokens, size);
    const std::vector<Token> bodyTokens = tokenize(body, terms);
    const Window inBody = bestWindow(bodyTokens, size);
    if (inBody.score > inTitle.score)
        return cut(body, bodyTokens, inBody.start, size);
    if (inTitle.score < 0 && titleTokens.empty() && !bodyTokens.empty())
        return cut(body, bodyTokens, 0, size);
    return cut(title, titleTokens, inTitle.start, size);
}

} // namespace accord::storage::pg
