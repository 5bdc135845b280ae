#pragma once

// Table models of the Review page, each over one part of a core::PipelineReport:
// the stalled prospects, the per-owner figures and stage-to-stage conversion.

#include "core/Report.h"

#include <QAbstractTableModel>

namespace accord::gui {

class StalledModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OwnerColumn, StageColumn, QuietColumn, ValueColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const core::PipelineReport& report);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::StalledProspect> m_rows;
};

class OwnerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        OwnerColumn,
        OpenColumn,
        ValueColumn,
        WonColumn,
        LostColumn,
        WinRateColumn,
        CycleColumn,
        ColumnCount
    };
    enum Role { OwnerRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const core::PipelineReport& report);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::OwnerFigures> m_rows;
    QString m_currency;
};

class ConversionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StageColumn,
        EnteredColumn,
        AdvancedColumn,
        LostColumn,
        OpenColumn,
        LeftMedianColumn,
        OpenMedianColumn,
        ColumnCount
    };
    enum Role { StageRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const core::PipelineReport& report);
    /// The prospects behind a cell (entered / advanced / lost); empty for others.
    std::vector<core::Id> idsAt(const QModelIndex& index) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    std::array<core::Conversion, 3> m_rows{};
    std::array<core::TimeInStage, 3> m_times{};
    bool m_loaded = false;
};

} // namespace accord::gui
