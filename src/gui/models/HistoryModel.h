#pragma once

// The stage history of one prospect, newest first.

#include "core/Store.h"

#include <QAbstractTableModel>

namespace accord::gui {

class Session;

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, ChangeColumn, ByColumn, ReasonColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OverrideRole };
    explicit HistoryModel(Session& session, QObject* parent = nullptr);
    void setProspect(core::Id id);
    void reload();
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    Session& m_session;
    core::Id m_prospectId = core::kNoId;
    std::vector<core::StageChange> m_rows; // newest first
};

} // namespace accord::gui
