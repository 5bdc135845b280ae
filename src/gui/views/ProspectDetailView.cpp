#include "ProspectDetailView.h"

#include "Format.h"
#include "MeetingTimeline.h"
#include "OverviewTab.h"
#include "ReadError.h"
#include "Session.h"
#include "StepIndicator.h"
#include "TextLabel.h"
#include "models/HistoryModel.h"
#include "models/MeetingListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace accord::gui {

ProspectDetailView::ProspectDetailView(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("prospectDetail"));
    auto* back = new QToolButton(this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setText(tr("← Back"));
    back->setToolTip(tr("Back (Alt+Left)"));
    back->setShortcut(QKeySequence(QKeySequence::Back));
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &ProspectDetailView::backRequested);

    m_name = new ElidedLabel(this);
    m_name->setObjectName(QStringLiteral("prospectName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_facts = new ElidedLabel(this);
    m_facts->setObjectName(QStringLiteral("prospectFacts"));
    m_steps = new StepIndicator(this);

    auto* titleBox = new QVBoxLayout;
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(back);
    titleRow->addWidget(m_name, 1);
    titleBox->addLayout(titleRow);
    titleBox->addWidget(m_facts);
    titleBox->addStretch();
    auto* header = new QHBoxLayout;
    header->addLayout(titleBox, 1);
    header->addWidget(m_steps, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_overview = new OverviewTab(session, m_tabs);
    m_timeline = new MeetingTimeline(session, m_tabs);
    m_historyTab = new QWidget(m_tabs);
    m_history = new HistoryModel(session, this);
    auto* historyView = new QTableView(m_historyTab);
    historyView->setObjectName(QStringLiteral("historyView"));
    historyView->setAccessibleName(tr("Stage history"));
    historyView->setModel(m_history);
    historyView->verticalHeader()->hide();
    historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    historyView->horizontalHeader()->setStretchLastSection(true);
    historyView->setColumnWidth(HistoryModel::WhenColumn, 150);
    historyView->setColumnWidth(HistoryModel::ChangeColumn, 300);
    historyView->setColumnWidth(HistoryModel::ByColumn, 120);
    historyView->setWordWrap(true);
    auto* hl = new QVBoxLayout(m_historyTab);
    hl->addWidget(historyView);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_timeline, tr("&Meetings"));
    m_tabs->addTab(m_historyTab, tr("&History"));
    connect(m_timeline, &MeetingTimeline::meetingActivated, this,
            [this](qint64 meetingId, qint64) { emit editMeetingRequested(meetingId); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    connect(&m_session, &Session::storeChanged, this, &ProspectDetailView::reloadHeader);
}

int ProspectDetailView::addWorkspaceTab(QWidget* tab, const QString& title)
{
    return m_tabs->insertTab(m_tabs->indexOf(m_historyTab), tab, title);
}

void ProspectDetailView::showMeetings()
{
    m_tabs->setCurrentWidget(m_timeline);
}

void ProspectDetailView::setProspect(core::Id id)
{
    m_id = id;
    m_overview->setProspect(id);
    m_timeline->meetingModel()->setProspect(id);
    m_history->setProspect(id);
    reloadHeader();
    emit prospectChanged(id);
}

void ProspectDetailView::reloadHeader()
{
    if (m_id == core::kNoId)
        return;
    tryRead(m_session, tr("The prospect could not be read: %1"), [&] {
        auto row = m_session.store().prospects().row(m_id);
        if (!row) {
            emit backRequested(); // deleted for good elsewhere
            return;
        }
        const core::Prospect& p = row->prospect;
        m_name->setUserText(p.name);
        QString facts =
            tr("%1 · %2 · owner %3 · %4 in stage")
                .arg(core::statusName(p.status), Format::money(p.value), p.owner,
                     Format::days(Format::daysBetween(p.stageEnteredAt, m_session.now())));
        if (p.deletedAt.isValid())
            facts = tr("%1 · in the trash").arg(facts);
        m_facts->setUserText(facts);
        std::array<StepIndicator::Step, 3> steps{};
        for (int i = 0; i < 3; ++i) {
            const auto g = m_session.service().gate(m_id, static_cast<core::Stage>(i + 1));
            steps[static_cast<size_t>(i)] = {g.metCount(), g.total()};
        }
        m_steps->setState(p.stage, steps);
    });
}

} // namespace accord::gui
