#pragma once

// The workspace tables of one prospect: insights and data requests (stage 1),
// metrics and opportunities (stage 2), tradables (stage 3). Their columns come
// from the field tables; each cell edit is one undoable command.

#include "RecordTableModel.h"

namespace accord::gui {

/// Display names of the workspace enums, indexed by the enum's value.
class WorkspaceNames
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceNames)
public:
    static QStringList dataRequestStatuses();
    static QStringList metricSources();
    static QStringList opportunityStatuses();
    static QStringList sides(); // who gives: "We can give", "They can give"
    static QString lift(const core::Opportunity& o, const QString& currency);
    /// "12%" → percent, "40k" / "40,000" → amount (minor units); nullopt when neither.
    static std::optional<std::pair<core::LiftKind, double>> parseLift(const QString& input);
    static QString number(double v);
};

class InsightModel final : public ReferencingTableModel<core::Insight, core::Meeting>
{
    Q_OBJECT
public:
    // Column positions of the field table (core/Fields.cpp), for the views.
    enum Column { DateColumn, TitleColumn, SourceColumn, MeetingColumn, BodyColumn, ColumnCount };
    explicit InsightModel(Session& session, QObject* parent = nullptr);
    /// The prospect's meetings as the Meeting column offers them (newest first).
    const std::vector<core::Meeting>& meetings() const { return referenced(); }

protected:
    QString referenceName(const core::Meeting& m) const override;
};

class DataRequestModel final : public RecordTableModel<core::DataRequest>
{
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        RequestedColumn,
        StatusColumn,
        ReceivedColumn,
        NoteColumn,
        ColumnCount
    };
    explicit DataRequestModel(Session& session, QObject* parent = nullptr);

protected:
    bool assignField(core::DataRequest& item, const Field& f, const QVariant& value) const override;
};

class MetricModel final : public RecordTableModel<core::Metric>
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, UnitColumn, PeriodColumn, SourceColumn, ColumnCount };
    explicit MetricModel(Session& session, QObject* parent = nullptr);
};

class OpportunityModel final : public ReferencingTableModel<core::Opportunity, core::Contact>
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        LiftColumn,
        ChampionColumn,
        StatusColumn,
        DescriptionColumn,
        ColumnCount
    };
    explicit OpportunityModel(Session& session, QObject* parent = nullptr);
    /// The prospect's contacts, the champions the Champion column offers.
    const std::vector<core::Contact>& contacts() const { return referenced(); }

protected:
    QVariant cell(const core::Opportunity& row, const Field& f, int role) const override;
    bool assignField(core::Opportunity& item, const Field& f, const QVariant& value) const override;
    QString referenceName(const core::Contact& c) const override;
};

class TradableModel final : public RecordTableModel<core::Tradable>
{
    Q_OBJECT
public:
    enum Column { SideColumn, ItemColumn, ValueColumn, CostColumn, ColumnCount };
    explicit TradableModel(Session& session, QObject* parent = nullptr);

protected:
    QStringList choiceNames(const Field& f) const override;
};

} // namespace accord::gui
