#include "InformativeTab.h"

#include "Format.h"
#include "Session.h"
#include "WorkspaceSection.h"
#include "WorkspaceWidgets.h"
#include "core/GapAnalysis.h"
#include "models/EvidenceModels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace accord::gui {

InformativeTab::InformativeTab(Session& session, QWidget* parent)
    : WorkspaceTab(session, QStringLiteral("informativeTab"), parent)
{
    m_insights = follow(new InsightModel(session, this));
    m_requests = follow(new DataRequestModel(session, this));

    WorkspaceSection* insights = buildInsights();
    WorkspaceSection* requests = buildRequests();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(requests, 3);
    bottom->addWidget(addGatePanel(core::Stage::Informative), 2);
    body()->addWidget(insights, 1);
    body()->addLayout(bottom, 1);

    connect(m_insightView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InformativeTab::showSelectedBody);
    connect(m_insights, &QAbstractItemModel::modelReset, this, &InformativeTab::showSelectedBody);
    connect(m_insights, &QAbstractItemModel::dataChanged, this, &InformativeTab::showSelectedBody);
    connect(m_insights, &QAbstractItemModel::modelReset, this, &InformativeTab::reloadMeetings);
    connect(m_body, &CommitTextEdit::committed, this, &InformativeTab::commitBody);
}

WorkspaceSection* InformativeTab::buildInsights()
{
    // Insights: a one-line form, the table, and the selected insight's text.
    auto* insights = new WorkspaceSection(tr("Insights shared"), m_insights,
                                          QStringLiteral("insightTable"), this);
    m_insightView = insights->table();
    m_title = insights->addLineEdit(
        QStringLiteral("insightTitleEdit"),
        tr("What we showed them, e.g. B2B buyers research online first"), {0, 0});
    m_source = insights->addLineEdit(QStringLiteral("insightSourceEdit"), tr("Source"), {0, 1});
    m_date = insights->addDateEdit(QStringLiteral("insightDateEdit"), {0, 2});
    m_meeting = insights->addComboBox(QStringLiteral("insightMeetingCombo"), {0, 3});
    m_meeting->setToolTip(tr("The meeting where it was presented"));
    m_meeting->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_meeting->setMinimumContentsLength(18);
    insights->addSubmitButton(tr("Add &insight"), QStringLiteral("addInsightButton"), {0, 4},
                              m_title, [this] { addInsight(); });
    insights->setFormStretch({3, 1, 0, 1});
    insights->setColumnWidths({{InsightModel::DateColumn, 90},
                               {InsightModel::TitleColumn, 300},
                               {InsightModel::SourceColumn, 170},
                               {InsightModel::MeetingColumn, 220}});
    m_insightView->hideColumn(InsightModel::BodyColumn); // shown in full beside the table
    m_body = new CommitTextEdit(insights);
    m_body->setObjectName(QStringLiteral("insightBodyEdit"));
    m_body->setAccessibleName(tr("The insight in full"));
    m_body->setPlaceholderText(tr("Select an insight to read or write what it says."));
    m_body->setEnabled(false);
    insights->addSidePane(m_body, 3, 1);
    insights->addRemoveButton(QStringLiteral("removeInsightButton"), m_insights);
    return insights;
}

WorkspaceSection* InformativeTab::buildRequests()
{
    // Data requests: preset or free-text item, requested date, then the ledger.
    auto* requests = new WorkspaceSection(tr("Data requested"), m_requests,
                                          QStringLiteral("dataRequestTable"), this);
    m_item = requests->addEditableComboBox(QStringLiteral("dataRequestItemCombo"),
                                           tr("Item, e.g. online revenue"),
                                           core::dataRequestPresets(), {0, 0});
    m_requested = requests->addDateEdit(QStringLiteral("dataRequestDateEdit"), {0, 1});
    requests->addSubmitButton(tr("&Request"), QStringLiteral("addDataRequestButton"), {0, 2},
                              m_item->lineEdit(), [this] { addDataRequest(); });
    requests->setFormStretch({1});
    requests->setColumnWidths({{DataRequestModel::ItemColumn, 200},
                               {DataRequestModel::RequestedColumn, 90},
                               {DataRequestModel::StatusColumn, 90},
                               {DataRequestModel::ReceivedColumn, 90}});
    requests->addRowButton(tr("Mark r&eceived"), QStringLiteral("markReceivedButton"),
                           [this](int row) { markReceived(row); });
    requests->addRemoveButton(QStringLiteral("removeDataRequestButton"), m_requests);
    return requests;
}

void InformativeTab::prospectShown()
{
    const QDate today = m_session.now().toLocalTime().date();
    m_date->setDate(today);
    m_requested->setDate(today);
    reloadMeetings();
    if (m_insights->rowCount() > 0)
        m_insightView->selectRow(0); // show the first insight's text
    showSelectedBody();
}

void InformativeTab::reloadMeetings()
{
    const QVariant current = m_meeting->currentData();
    m_meeting->clear();
    m_meeting->addItem(tr("No meeting"), QVariant::fromValue<qint64>(core::kNoId));
    for (const core::Meeting& m : m_insights->meetings())
        m_meeting->addItem(
            tr("%1 · %2").arg(Format::date(m.occurredAt.toLocalTime().date()), m.summary),
            QVariant::fromValue<qint64>(m.id));
    const int keep = m_meeting->findData(current);
    // By default the insight belongs to the latest meeting: that is when it is usually logged.
    m_meeting->setCurrentIndex(keep > 0 ? keep : (m_meeting->count() > 1 ? 1 : 0));
}

void InformativeTab::addInsight()
{
    core::Insight v;
    v.title = m_title->text().trimmed();
    v.source = m_source->text().trimmed();
    v.sharedOn = m_date->date();
    v.meetingId = m_meeting->currentData().toLongLong();
    if (addEvidence(v)) {
        m_title->clear();
        m_source->clear();
        m_insightView->selectRow(m_insights->rowCount() - 1);
        m_body->setFocus(); // the next thing to write is what it says
    }
}

void InformativeTab::addDataRequest()
{
    core::DataRequest v;
    v.item = m_item->currentText().trimmed();
    v.requestedOn = m_requested->date();
    if (addEvidence(v))
        m_item->setCurrentIndex(-1);
}

void InformativeTab::markReceived(int row)
{
    if (row < 0)
        return;
    m_requests->setData(m_requests->index(row, DataRequestModel::StatusColumn),
                        static_cast<int>(core::DataRequestStatus::Received));
}

void InformativeTab::showSelectedBody()
{
    const core::Insight* v = m_insights->itemAt(m_insightView->currentIndex().row());
    m_body->setEnabled(v != nullptr);
    if (!v) {
        if (!m_body->hasFocus())
            m_body->clear();
        return;
    }
    m_body->setTextIfIdle(v->body);
}

void InformativeTab::commitBody()
{
    const int row = m_insightView->currentIndex().row();
    const core::Insight* v = m_insights->itemAt(row);
    if (!v || v->body == m_body->toPlainText())
        return;
    m_insights->setData(m_insights->index(row, InsightModel::BodyColumn), m_body->toPlainText());
}

} // namespace accord::gui
