#pragma once

// Prospects as rows, loaded page by page from ProspectRepository::rows() so a
// pipeline of 100k prospects opens at once. Used by the board columns (one
// column, painted as cards), the prospects table and the trash.

#include "RowTableModel.h"

#include "core/Store.h"

namespace accord::gui {

class Session;

class ProspectListModel : public PagedTableModel<ProspectListModel, core::ProspectRow>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OwnerColumn,
        IndustryColumn,
        StageColumn,
        StatusColumn,
        ValueColumn,
        DaysInStageColumn,
        LastMeetingColumn,
        GateColumn,
        NextActivityColumn,
        NextActivityDueColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = kKeyRole,
        NameRole,
        OwnerRole,
        ValueTextRole,
        DaysInStageRole,
        DaysSinceMeetingRole, // -1 when there was no meeting
        StaleRole,
        GateMetRole,
        GateTotalRole,
        StageRole,
        StatusRole,
        /// The next open activity as a card shows it ("Overdue · Call: …
        /// (Mon 30 Nov)"), or "No next step" for an active prospect without one.
        NextActivityTextRole,
        /// The next activity's core::ActivityState as an int; -1 when none.
        NextActivityStateRole,
    };
    static constexpr const char* kMimeType = "application/x-accord-prospect-id";

    explicit ProspectListModel(Session& session, QObject* parent = nullptr);

    void setFilter(const core::ProspectFilter& filter);
    const core::ProspectFilter& filter() const { return m_filter; }
    /// Re-reads as many rows as are loaded; keeps rows in place when the ids did not change.
    void reload();

    core::Id idAt(int row) const;
    QModelIndex indexOfId(core::Id id) const;

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order) override;
    /// Orders the rows by `sort` (a board column has no header to click).
    void setSortOrder(core::ProspectSort sort, bool ascending);

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

signals:
    /// A prospect card was dropped here; the board decides what it means.
    void prospectDropped(core::Id id);

protected:
    std::vector<core::ProspectRow> query(int limit, int offset) const override;
    QVariant roleData(const core::ProspectRow& r, int column, int role) const override;

private:
    int daysInStage(const core::ProspectRow& r) const;
    int daysSinceMeeting(const core::ProspectRow& r) const;
    bool isStale(const core::ProspectRow& r) const;
    QString nextActivityText(const core::ProspectRow& r) const;

    static const ColumnDef kColumns[];
    Session& m_session;
    core::ProspectFilter m_filter;
    core::ProspectSort m_sort = core::ProspectSort::Updated;
    bool m_ascending = false;
    bool m_loaded = false; // rows were read (setFilter or reload)
};

} // namespace accord::gui
