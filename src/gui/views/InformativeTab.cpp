#include "InformativeTab.h"

#include "Format.h"
#include "Session.h"
#include "WorkspaceWidgets.h"
#include "core/GapAnalysis.h"
#include "models/EvidenceModels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace accord::gui {

InformativeTab::InformativeTab(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("informativeTab"));
    m_insights = new InsightModel(session, this);
    m_requests = new DataRequestModel(session, this);

    // Insights: a one-line form, the table, and the selected insight's text.
    auto* insightsBox = new QGroupBox(tr("Insights shared"), this);
    m_title = new QLineEdit(insightsBox);
    m_title->setObjectName(QStringLiteral("insightTitleEdit"));
    m_title->setPlaceholderText(tr("What we showed them, e.g. B2B buyers research online first"));
    m_source = new QLineEdit(insightsBox);
    m_source->setObjectName(QStringLiteral("insightSourceEdit"));
    m_source->setPlaceholderText(tr("Source"));
    m_date = new QDateEdit(insightsBox);
    m_date->setObjectName(QStringLiteral("insightDateEdit"));
    m_date->setCalendarPopup(true);
    m_meeting = new QComboBox(insightsBox);
    m_meeting->setObjectName(QStringLiteral("insightMeetingCombo"));
    m_meeting->setToolTip(tr("The meeting where it was presented"));
    m_meeting->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_meeting->setMinimumContentsLength(18);
    auto* add = new QPushButton(tr("Add &insight"), insightsBox);
    add->setObjectName(QStringLiteral("addInsightButton"));
    auto* form = new QHBoxLayout;
    form->addWidget(m_title, 3);
    form->addWidget(m_source, 1);
    form->addWidget(m_date);
    form->addWidget(m_meeting, 1);
    form->addWidget(add);

    m_insightView = makeWorkspaceTable(m_insights, QStringLiteral("insightTable"), insightsBox);
    m_insightView->setColumnWidth(InsightModel::DateColumn, 90);
    m_insightView->setColumnWidth(InsightModel::TitleColumn, 300);
    m_insightView->setColumnWidth(InsightModel::SourceColumn, 170);
    m_insightView->setColumnWidth(InsightModel::MeetingColumn, 220);
    m_insightView->hideColumn(InsightModel::BodyColumn); // shown in full beside the table
    m_body = new CommitTextEdit(insightsBox);
    m_body->setObjectName(QStringLiteral("insightBodyEdit"));
    m_body->setPlaceholderText(tr("Select an insight to read or write what it says."));
    m_body->setEnabled(false);
    auto* split = new QSplitter(Qt::Horizontal, insightsBox);
    split->addWidget(m_insightView);
    split->addWidget(m_body);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* removeInsight = new QPushButton(tr("Remove"), insightsBox);
    removeInsight->setObjectName(QStringLiteral("removeInsightButton"));
    auto* il = new QVBoxLayout(insightsBox);
    il->addLayout(form);
    il->addWidget(split, 1);
    auto* ib = new QHBoxLayout;
    ib->addStretch();
    ib->addWidget(removeInsight);
    il->addLayout(ib);

    // Data requests: preset or free-text item, requested date, then the ledger.
    auto* requestsBox = new QGroupBox(tr("Data requested"), this);
    m_item = new QComboBox(requestsBox);
    m_item->setObjectName(QStringLiteral("dataRequestItemCombo"));
    m_item->setEditable(true);
    m_item->addItems(core::dataRequestPresets());
    m_item->setInsertPolicy(QComboBox::NoInsert);
    m_item->lineEdit()->setPlaceholderText(tr("Item, e.g. online revenue"));
    m_item->setCurrentIndex(-1);
    m_requested = new QDateEdit(requestsBox);
    m_requested->setObjectName(QStringLiteral("dataRequestDateEdit"));
    m_requested->setCalendarPopup(true);
    auto* request = new QPushButton(tr("&Request"), requestsBox);
    request->setObjectName(QStringLiteral("addDataRequestButton"));
    auto* rform = new QHBoxLayout;
    rform->addWidget(m_item, 1);
    rform->addWidget(m_requested);
    rform->addWidget(request);
    m_requestView = makeWorkspaceTable(m_requests, QStringLiteral("dataRequestTable"), requestsBox);
    m_requestView->setColumnWidth(DataRequestModel::ItemColumn, 200);
    m_requestView->setColumnWidth(DataRequestModel::RequestedColumn, 90);
    m_requestView->setColumnWidth(DataRequestModel::StatusColumn, 90);
    m_requestView->setColumnWidth(DataRequestModel::ReceivedColumn, 90);
    auto* received = new QPushButton(tr("Mark r&eceived"), requestsBox);
    received->setObjectName(QStringLiteral("markReceivedButton"));
    auto* removeRequest = new QPushButton(tr("Remove"), requestsBox);
    removeRequest->setObjectName(QStringLiteral("removeDataRequestButton"));
    auto* rl = new QVBoxLayout(requestsBox);
    rl->addLayout(rform);
    rl->addWidget(m_requestView, 1);
    auto* rb = new QHBoxLayout;
    rb->addStretch();
    rb->addWidget(received);
    rb->addWidget(removeRequest);
    rl->addLayout(rb);

    m_gate = new GatePanel(session, core::Stage::Informative, this);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(requestsBox, 3);
    bottom->addWidget(m_gate, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new ErrorLine(session, this));
    layout->addWidget(insightsBox, 1);
    layout->addLayout(bottom, 1);

    connect(add, &QPushButton::clicked, this, &InformativeTab::addInsight);
    connect(m_title, &QLineEdit::returnPressed, this, &InformativeTab::addInsight);
    connect(request, &QPushButton::clicked, this, &InformativeTab::addDataRequest);
    connect(m_item->lineEdit(), &QLineEdit::returnPressed, this, &InformativeTab::addDataRequest);
    connect(received, &QPushButton::clicked, this, &InformativeTab::markReceived);
    connect(removeInsight, &QPushButton::clicked, this,
            [this] { m_insights->removeItem(m_insightView->currentIndex().row()); });
    connect(removeRequest, &QPushButton::clicked, this,
            [this] { m_requests->removeItem(m_requestView->currentIndex().row()); });
    connect(m_insightView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InformativeTab::showSelectedBody);
    connect(m_insights, &QAbstractItemModel::modelReset, this, &InformativeTab::showSelectedBody);
    connect(m_insights, &QAbstractItemModel::dataChanged, this, &InformativeTab::showSelectedBody);
    connect(m_insights, &QAbstractItemModel::modelReset, this, &InformativeTab::reloadMeetings);
    connect(m_body, &CommitTextEdit::committed, this, &InformativeTab::commitBody);
}

void InformativeTab::setProspect(core::Id id)
{
    m_id = id;
    m_insights->setProspect(id);
    m_requests->setProspect(id);
    m_gate->setProspect(id);
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
    if (m_id == core::kNoId)
        return;
    core::Insight v;
    v.prospectId = m_id;
    v.title = m_title->text().trimmed();
    v.source = m_source->text().trimmed();
    v.sharedOn = m_date->date();
    v.meetingId = m_meeting->currentData().toLongLong();
    if (m_session.execute(makeAddEvidence(m_session, v))) {
        m_title->clear();
        m_source->clear();
        m_insightView->selectRow(m_insights->rowCount() - 1);
        m_body->setFocus(); // the next thing to write is what it says
    }
}

void InformativeTab::addDataRequest()
{
    if (m_id == core::kNoId)
        return;
    core::DataRequest v;
    v.prospectId = m_id;
    v.item = m_item->currentText().trimmed();
    v.requestedOn = m_requested->date();
    if (m_session.execute(makeAddEvidence(m_session, v)))
        m_item->setCurrentIndex(-1);
}

void InformativeTab::markReceived()
{
    const QModelIndex current = m_requestView->currentIndex();
    if (!current.isValid())
        return;
    m_requests->setData(m_requests->index(current.row(), DataRequestModel::StatusColumn),
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
