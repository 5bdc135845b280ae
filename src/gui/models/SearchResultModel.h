#pragma once

// Global search results as a two-level tree: a group per kind (prospects,
// contacts, meetings) that has hits, and the hits under it.

#include "core/Store.h"

#include <QAbstractItemModel>

namespace accord::gui {

class Session;

class SearchResultModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    /// HtmlRole: the hit as escaped HTML with the matched words in bold (the
    /// display text is plain, without the store's [match] markers).
    enum Role { ProspectIdRole = Qt::UserRole + 1, ItemIdRole, KindRole, IsGroupRole, HtmlRole };

    explicit SearchResultModel(Session& session, QObject* parent = nullptr);
    void search(const QString& text);
    int hitCount() const;
    /// A snippet whose matches the store marked "[like this]", as escaped HTML
    /// with the matches in bold, or as plain text without the markers.
    static QString snippetHtml(const QString& snippet);
    static QString snippetPlain(const QString& snippet);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group
    {
        core::SearchHit::Kind kind;
        std::vector<core::SearchHit> hits;
    };
    static constexpr quintptr kGroupTag = 0; // internalId of group rows; hits carry group + 1
    Session& m_session;
    std::vector<Group> m_groups;
};

} // namespace accord::gui
