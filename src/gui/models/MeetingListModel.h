#pragma once

// Meetings newest first, loaded in pages: either one prospect's timeline or the
// whole pipeline (the Meetings page).

#include "core/Store.h"

#include <QAbstractTableModel>
#include <QHash>

namespace accord::gui {

class Session;

class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        ProspectColumn,
        KindColumn,
        SummaryColumn,
        LoggedByColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, ProspectIdRole, KindRole, SummaryRole, DetailsRole };

    explicit MeetingListModel(Session& session, QObject* parent = nullptr);

    /// kNoId: every meeting of the pipeline.
    void setProspect(core::Id prospectId);
    /// Across the pipeline (no prospect set): only the meetings of the prospects
    /// `filter` selects, as the board and table show them.
    void setFilter(const core::ProspectFilter& filter);
    core::Id prospect() const { return m_prospectId; }
    void reload();
    const core::Meeting* meetingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    std::vector<core::Meeting> query(int limit, int offset) const;
    QString prospectName(core::Id id) const;

    Session& m_session;
    core::Id m_prospectId = core::kNoId;
    std::optional<core::ProspectFilter> m_filter;
    int m_pageSize = 200;
    bool m_busy = false; // inside a reset or insert: fetchMore waits
    bool m_more = false;
    std::vector<core::Meeting> m_rows;
    mutable QHash<core::Id, QString> m_names;
};

} // namespace accord::gui
