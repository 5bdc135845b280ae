#pragma once

// Table models of the Review page, each over one part of a core::PipelineReport:
// the stalled prospects, the per-owner figures and stage-to-stage conversion.

#include "models/RowTableModel.h"

#include "core/Report.h"

namespace accord::gui {

class StalledModel : public RowTableModel<StalledModel, core::StalledProspect>
{
    Q_OBJECT
public:
    enum Column { NameColumn, OwnerColumn, StageColumn, QuietColumn, ValueColumn, ColumnCount };
    enum Role { IdRole = kKeyRole };
    explicit StalledModel(QObject* parent = nullptr);

    void setReport(const core::PipelineReport& report);

private:
    static const ColumnDef kColumns[];
};

class OwnerModel : public RowTableModel<OwnerModel, core::OwnerFigures>
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
    enum Role { OwnerRole = kKeyRole };
    explicit OwnerModel(QObject* parent = nullptr);

    void setReport(const core::PipelineReport& report);

private:
    static const ColumnDef kColumns[];
    QString m_currency;
};

/// One stage's conversion and the time prospects spend in it.
struct StageConversion
{
    core::Conversion conversion;
    core::TimeInStage time;
};

class ConversionModel : public RowTableModel<ConversionModel, StageConversion>
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
    enum Role { StageRole = kKeyRole };
    explicit ConversionModel(QObject* parent = nullptr);

    void setReport(const core::PipelineReport& report);
    /// The prospects behind a cell (entered / advanced / lost); empty for others.
    std::vector<core::Id> idsAt(const QModelIndex& index) const;

private:
    static const ColumnDef kColumns[];
};

} // namespace accord::gui
