#pragma once

// Meetings newest first, loaded in pages: either one prospect's timeline or the
// whole pipeline (the Meetings page).

#include "RowTableModel.h"

#include "core/Store.h"

#include <QHash>

namespace accord::gui {

class Session;

class MeetingListModel : public PagedTableModel<MeetingListModel, core::Meeting>
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
    enum Role { IdRole = kKeyRole, ProspectIdRole, KindRole, SummaryRole, DetailsRole };

    explicit MeetingListModel(Session& session, QObject* parent = nullptr);

    /// kNoId: every meeting of the pipeline.
    void setProspect(core::Id prospectId);
    /// Across the pipeline (no prospect set): only the meetings of the prospects
    /// `filter` selects, as the board and table show them.
    void setFilter(const core::ProspectFilter& filter);
    core::Id prospect() const { return m_prospectId; }
    void reload();
    const core::Meeting* meetingAt(int row) const { return rowAt(row); }

protected:
    std::vector<core::Meeting> query(int limit, int offset) const override;
    QVariant roleData(const core::Meeting& m, int column, int role) const override;

private:
    QString prospectName(core::Id id) const;
    static QString details(const core::Meeting& m);

    static const ColumnDef kColumns[];
    Session& m_session;
    core::Id m_prospectId = core::kNoId;
    std::optional<core::ProspectFilter> m_filter;
    mutable QHash<core::Id, QString> m_names;
};

} // namespace accord::gui
