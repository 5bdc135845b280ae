#pragma once

// The workspace tables of one prospect: insights and data requests (stage 1),
// metrics and opportunities (stage 2), tradables (stage 3). Each cell edit is
// one undoable command.

#include "WorkspaceModelBase.h"

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
    static std::optional<std::pair<core::LiftKind, double>> parseLift(const QString& text);
    static QString number(double v);
};

class InsightModel final : public EvidenceTableModel<core::Insight>
{
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, SourceColumn, MeetingColumn, BodyColumn, ColumnCount };
    explicit InsightModel(Session& session, QObject* parent = nullptr);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    /// The prospect's meetings as the Meeting column offers them (newest first).
    const std::vector<core::Meeting>& meetings() const { return m_meetings; }

protected:
    std::vector<core::Insight> fetch(core::EvidenceRepository& repo, core::Id id) override;
    bool assign(core::Insight& item, int column, const QVariant& value) const override;
    void reloadExtras() override;

private:
    QStringList meetingChoices() const;
    std::vector<core::Meeting> m_meetings;
};

class DataRequestModel final : public EvidenceTableModel<core::DataRequest>
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
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

protected:
    std::vector<core::DataRequest> fetch(core::EvidenceRepository& repo, core::Id id) override;
    bool assign(core::DataRequest& item, int column, const QVariant& value) const override;
};

class MetricModel final : public EvidenceTableModel<core::Metric>
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, UnitColumn, PeriodColumn, SourceColumn, ColumnCount };
    explicit MetricModel(Session& session, QObject* parent = nullptr);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

protected:
    std::vector<core::Metric> fetch(core::EvidenceRepository& repo, core::Id id) override;
    bool assign(core::Metric& item, int column, const QVariant& value) const override;
};

class OpportunityModel final : public EvidenceTableModel<core::Opportunity>
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
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    /// The prospect's contacts, the champions the Champion column offers.
    const std::vector<core::Contact>& contacts() const { return m_contacts; }

protected:
    std::vector<core::Opportunity> fetch(core::EvidenceRepository& repo, core::Id id) override;
    bool assign(core::Opportunity& item, int column, const QVariant& value) const override;
    void reloadExtras() override;

private:
    QStringList championChoices() const;
    std::vector<core::Contact> m_contacts;
};

class TradableModel final : public EvidenceTableModel<core::Tradable>
{
    Q_OBJECT
public:
    enum Column { SideColumn, ItemColumn, ValueColumn, CostColumn, ColumnCount };
    explicit TradableModel(Session& session, QObject* parent = nullptr);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

protected:
    std::vector<core::Tradable> fetch(core::EvidenceRepository& repo, core::Id id) override;
    bool assign(core::Tradable& item, int column, const QVariant& value) const override;
};

} // namespace accord::gui
