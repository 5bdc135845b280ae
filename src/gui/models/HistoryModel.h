#pragma once

// The stage history of one prospect, newest first.

#include "ProspectRowsModel.h"

#include "core/Store.h"

namespace accord::gui {

class HistoryModel : public ProspectRowsModel<HistoryModel, core::StageChange>
{
    Q_OBJECT
public:
    enum Column { WhenColumn, ChangeColumn, ByColumn, ReasonColumn, ColumnCount };
    enum Role { IdRole = kKeyRole, OverrideRole };
    explicit HistoryModel(Session& session, QObject* parent = nullptr);

protected:
    std::vector<core::StageChange> fetch(core::Store& store, core::Id prospect) const override;
    QVariant roleData(const core::StageChange& c, int column, int role) const override;

private:
    static QString changeText(const core::StageChange& c);
    static const ColumnDef kColumns[];
};

} // namespace accord::gui
