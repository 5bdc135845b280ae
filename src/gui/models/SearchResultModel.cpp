#include "SearchResultModel.h"

#include "Format.h"
#include "ReadError.h"
#include "Session.h"

#include <QFont>
#include <QTextDocument>

#include <utility>

namespace accord::gui {

SearchResultModel::SearchResultModel(Session& session, QObject* parent)
    : QAbstractItemModel(parent), m_session(session)
{}

void SearchResultModel::search(const QString& text)
{
    std::vector<core::SearchHit> hits;
    if (!text.trimmed().isEmpty()) {
        tryRead(m_session, tr("The search could not be run: %1"),
                [&] { hits = m_session.store().search().search(text.trimmed(), 60); });
    }
    beginResetModel();
    m_groups.clear();
    for (auto kind : {core::SearchHit::Kind::Prospect, core::SearchHit::Kind::Contact,
                      core::SearchHit::Kind::Meeting}) {
        Group g{kind, {}};
        for (const auto& h : hits)
            if (h.kind == kind)
                g.hits.push_back(h);
        if (!g.hits.empty())
            m_groups.push_back(std::move(g));
    }
    endResetModel();
}

namespace {
/// Splits a snippet into (text, matched) runs: a match is "[…]" without brackets inside.
std::vector<std::pair<QString, bool>> snippetRuns(const QString& snippet)
{
    std::vector<std::pair<QString, bool>> runs;
    QString plain;
    qsizetype i = 0;
    while (i < snippet.size()) {
        if (snippet.at(i) == u'[') {
            const qsizetype close = snippet.indexOf(u']', i + 1);
            const qsizetype reopen = snippet.indexOf(u'[', i + 1);
            if (close > i + 1 && (reopen < 0 || reopen > close)) {
                if (!plain.isEmpty())
                    runs.emplace_back(std::exchange(plain, QString()), false);
                runs.emplace_back(snippet.mid(i + 1, close - i - 1), true);
                i = close + 1;
                continue;
            }
        }
        plain += snippet.at(i);
        ++i;
    }
    if (!plain.isEmpty())
        runs.emplace_back(plain, false);
    return runs;
}
} // namespace

QString SearchResultModel::snippetHtml(const QString& snippet)
{
    QString html;
    for (const auto& [text, matched] : snippetRuns(snippet.simplified()))
        html +=
            matched ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()) : text.toHtmlEscaped();
    return html;
}

QString SearchResultModel::snippetPlain(const QString& snippet)
{
    QString plain;
    for (const auto& run : snippetRuns(snippet))
        plain += run.first;
    return plain;
}

int SearchResultModel::hitCount() const
{
    int n = 0;
    for (const auto& g : m_groups)
        n += static_cast<int>(g.hits.size());
    return n;
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupTag);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex SearchResultModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupTag)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupTag);
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() == kGroupTag && parent.column() == 0)
        return static_cast<int>(m_groups[static_cast<size_t>(parent.row())].hits.size());
    return 0;
}

int SearchResultModel::columnCount(const QModelIndex&) const
{
    return 1;
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.internalId() == kGroupTag ? Qt::ItemIsEnabled
                                           : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupTag) {
        const Group& g = m_groups[static_cast<size_t>(index.row())];
        const int n = static_cast<int>(g.hits.size());
        switch (role) {
        case Qt::DisplayRole:
            switch (g.kind) {
            case core::SearchHit::Kind::Prospect:
                return tr("Prospects (%n)", nullptr, n);
            case core::SearchHit::Kind::Contact:
                return tr("Contacts (%n)", nullptr, n);
            case core::SearchHit::Kind::Meeting:
                return tr("Meetings (%n)", nullptr, n);
            }
            return {};
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case IsGroupRole:
            return true;
        case KindRole:
            return static_cast<int>(g.kind);
        default:
            return {};
        }
    }
    const Group& g = m_groups[static_cast<size_t>(index.internalId() - 1)];
    const core::SearchHit& h = g.hits[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QString head = h.title;
        if (h.kind != core::SearchHit::Kind::Prospect && !h.prospectName.isEmpty())
            head = tr("%1 — %2").arg(h.title, h.prospectName);
        if (h.when.isValid())
            head = tr("%1 (%2)").arg(head, Format::dateTime(h.when));
        return h.snippet.isEmpty() ? head : tr("%1\n%2").arg(head, snippetPlain(h.snippet));
    }
    case HtmlRole: {
        QString head = h.title.toHtmlEscaped();
        if (h.kind != core::SearchHit::Kind::Prospect && !h.prospectName.isEmpty())
            head = tr("%1 — %2").arg(head, h.prospectName.toHtmlEscaped());
        if (h.when.isValid())
            head = tr("%1 (%2)").arg(head, Format::dateTime(h.when).toHtmlEscaped());
        return h.snippet.isEmpty() ? head : tr("%1<br>%2").arg(head, snippetHtml(h.snippet));
    }
    case Qt::ToolTipRole:
        return Qt::convertFromPlainText(snippetPlain(h.snippet), Qt::WhiteSpaceNormal);
    case ProspectIdRole:
        return h.prospectId;
    case ItemIdRole:
        return h.itemId;
    case KindRole:
        return static_cast<int>(h.kind);
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

} // namespace accord::gui
