#pragma once

// Models over the method's rules rather than plain lists: the gap table
// (stage 2), the negotiation levers grid (stage 3) and one stage's editable
// exit criteria (Settings).

#include "ProspectRowsModel.h"
#include "WorkspaceModelBase.h"

#include "core/GapAnalysis.h"

namespace accord::gui {

/// Read-only: the prospect's figures against the benchmarks of the same metric and period.
class GapModel final : public ProspectRowsModel<GapModel, core::GapRow>
{
    Q_OBJECT
public:
    enum Column {
        MetricColumn,
        PeriodColumn,
        ProspectColumn,
        BenchmarkColumn,
        BenchmarkValueColumn,
        DifferenceColumn,
        PercentColumn,
        ColumnCount
    };
    explicit GapModel(Session& session, QObject* parent = nullptr);

protected:
    std::vector<core::GapRow> fetch(core::Store& store, core::Id prospect) const override;
    QVariant roleData(const core::GapRow& r, int column, int role) const override;

private:
    static const ColumnDef kColumns[];
};

/// The four levers × our/their priority, position and concession. Each cell
/// edit saves the worksheet as one undoable command.
class LeverModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        OurPriorityColumn,
        TheirPriorityColumn,
        OurPositionColumn,
        TheirPositionColumn,
        OurConcessionColumn,
        TheirConcessionColumn,
        ColumnCount
    };
    explicit LeverModel(Session& session, QObject* parent = nullptr);
    void setProspect(core::Id id);
    void reload();
    /// The worksheet as stored (a blank one when there is none yet).
    const core::Negotiation& negotiation() const { return m_negotiation; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

signals:
    void negotiationChanged();

private:
    core::Negotiation load() const;
    Session& m_session;
    core::Id m_id = core::kNoId;
    core::Negotiation m_negotiation;
};

/// One stage's exit criteria, editable: label and rule per row, plus add,
/// remove, move and restore defaults. Every change is one undoable command.
class GateCriteriaModel final : public RowTableModel<GateCriteriaModel, core::GateCriterion>
{
    Q_OBJECT
public:
    enum Column { LabelColumn, RuleColumn, ColumnCount };
    explicit GateCriteriaModel(Session& session, QObject* parent = nullptr);
    void setStage(core::Stage stage);
    core::Stage stage() const { return m_stage; }
    void reload();
    const std::vector<core::GateCriterion>& criteria() const { return m_rows; }

    bool addCriterion(const QString& label, core::GateRule rule);
    bool removeCriterion(int row);
    bool moveCriterion(int row, int delta);
    bool restoreDefaults();

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static QStringList ruleChoices(); // indexed by GateRule's value

protected:
    QVariant roleData(const core::GateCriterion& c, int column, int role) const override;

private:
    bool replace(std::vector<core::GateCriterion> after, const QString& text);
    std::vector<core::GateCriterion> load() const;
    static const ColumnDef kColumns[];
    Session& m_session;
    core::Stage m_stage = core::Stage::Informative;
};

} // namespace accord::gui
