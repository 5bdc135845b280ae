// The workspace tables take their columns from the field tables: the columns
// and headers are the table's, the views' column names point at the fields
// they mean, and every text cell edits its field.

#include "GuiTestSupport.h"
#include "models/EvidenceModels.h"
#include "support/FieldSamples.h"

#include <QAbstractItemModelTester>

using namespace accord;
using namespace accord::core;
using Tester = QAbstractItemModelTester;

namespace {

template <typename M>
void checkColumns(M& model, const std::vector<std::pair<int, const char*>>& named)
{
    using T = std::remove_cv_t<std::remove_reference_t<decltype(*model.itemAt(0))>>;
    const auto columns = columnsOf<T>();
    REQUIRE(model.columnCount() == static_cast<int>(columns.size()));
    REQUIRE(static_cast<int>(columns.size()) >= M::ColumnCount);
    for (int c = 0; c < model.columnCount(); ++c) {
        REQUIRE(model.fieldAt(c) == columns[static_cast<std::size_t>(c)]);
        CHECK(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() ==
              columns[static_cast<std::size_t>(c)]->headerText());
    }
    for (const auto& [column, key] : named) {
        INFO(key);
        REQUIRE(model.fieldAt(column));
        CHECK(model.fieldAt(column)->keyText() == QLatin1String(key));
    }
}

/// Types into every single-line text column of row 0 and reads the field back.
template <typename M> void checkTextCells(M& model)
{
    REQUIRE(model.rowCount() == 1);
    for (int c = 0; c < model.columnCount(); ++c) {
        const auto* f = model.fieldAt(c);
        if (f->type != FieldType::Text)
            continue;
        INFO(f->key);
        const QString typed = QStringLiteral("Typed %1").arg(f->keyText());
        REQUIRE(model.setData(model.index(0, c), typed));
        CHECK(f->get(*model.itemAt(0)).toString() == typed);
        CHECK(model.index(0, c).data(Qt::EditRole).toString() == typed);
    }
}

} // namespace

TEST_CASE("each workspace table's columns are its field table's columns", "[gui][fields]")
{
    test::GuiFixture f;
    const Id pid = f.addProspect(QStringLiteral("Northwind"));
    const std::map<QString, Id> refs{{QStringLiteral("prospect_id"), pid}};
    auto& evidence = f.session->store().evidence();
    Insight insight = test::sampleRecord<Insight>(refs);
    insight.meetingId = kNoId;
    evidence.addInsight(insight);
    evidence.addDataRequest(test::sampleRecord<DataRequest>(refs));
    evidence.addMetric(test::sampleRecord<Metric>(refs));
    Opportunity opportunity = test::sampleRecord<Opportunity>(refs);
    opportunity.championContactId = kNoId;
    evidence.addOpportunity(opportunity);
    evidence.addTradable(test::sampleRecord<Tradable>(refs));

    using namespace gui;
    InsightModel insights(*f.session);
    DataRequestModel requests(*f.session);
    MetricModel metrics(*f.session);
    OpportunityModel opportunities(*f.session);
    TradableModel tradables(*f.session);
    Tester t1(&insights, Tester::FailureReportingMode::Fatal);
    Tester t2(&requests, Tester::FailureReportingMode::Fatal);
    Tester t3(&metrics, Tester::FailureReportingMode::Fatal);
    Tester t4(&opportunities, Tester::FailureReportingMode::Fatal);
    Tester t5(&tradables, Tester::FailureReportingMode::Fatal);
    insights.setProspect(pid);
    requests.setProspect(pid);
    metrics.setProspect(pid);
    opportunities.setProspect(pid);
    tradables.setProspect(pid);

    checkColumns(insights, {{InsightModel::DateColumn, "shared_on"},
                            {InsightModel::TitleColumn, "title"},
                            {InsightModel::SourceColumn, "source"},
                            {InsightModel::MeetingColumn, "meeting_id"},
                            {InsightModel::BodyColumn, "body"}});
    checkColumns(requests, {{DataRequestModel::ItemColumn, "item"},
                            {DataRequestModel::RequestedColumn, "requested_on"},
                            {DataRequestModel::StatusColumn, "status"},
                            {DataRequestModel::ReceivedColumn, "received_on"},
                            {DataRequestModel::NoteColumn, "note"}});
    checkColumns(metrics, {{MetricModel::NameColumn, "name"},
                           {MetricModel::ValueColumn, "value"},
                           {MetricModel::UnitColumn, "unit"},
                           {MetricModel::PeriodColumn, "period"},
                           {MetricModel::SourceColumn, "source"}});
    checkColumns(opportunities, {{OpportunityModel::TitleColumn, "title"},
                                 {OpportunityModel::LiftColumn, "lift_value"},
                                 {OpportunityModel::ChampionColumn, "champion_contact_id"},
                                 {OpportunityModel::StatusColumn, "status"},
                                 {OpportunityModel::DescriptionColumn, "description"}});
    checkColumns(tradables, {{TradableModel::SideColumn, "side"},
                             {TradableModel::ItemColumn, "item"},
                             {TradableModel::ValueColumn, "value_to_other"},
                             {TradableModel::CostColumn, "cost_to_give"}});

    // Choice cells offer the enum's names and show the stored value's.
    const QModelIndex status = requests.index(0, DataRequestModel::StatusColumn);
    CHECK(status.data(ChoicesRole).toStringList() == EnumTraits<DataRequestStatus>::names());
    CHECK(status.data().toString() ==
          EnumTraits<DataRequestStatus>::name(requests.itemAt(0)->status));
    CHECK(tradables.index(0, TradableModel::SideColumn).data().toString() ==
          WorkspaceNames::sides().at(1));

    checkTextCells(insights);
    checkTextCells(requests);
    checkTextCells(metrics);
    checkTextCells(opportunities);
    checkTextCells(tradables);
}
