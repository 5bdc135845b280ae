#include "TodayPage.h"

#include "ActivityActions.h"
#include "ReadError.h"
#include "Session.h"
#include "models/AgendaModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace accord::gui {

namespace {
/// Rows a section of the agenda lists: a day's work, and a page that opens at
/// once on a pipeline with thousands of overdue activities.
constexpr int kAgendaRows = 200;
} // namespace

TodayPage::TodayPage(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter)
{
    setObjectName(QStringLiteral("todayPage"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("todayHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("todayOwnerCombo"));
    m_owner->setAccessibleName(tr("Whose activities"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_done = new QPushButton(tr("&Done"), this);
    m_done->setObjectName(QStringLiteral("todayDoneButton"));
    m_done->setToolTip(tr("Mark the selected activity done (Ctrl+D); a call or meeting can be "
                          "logged as a meeting in the same step"));
    m_reschedule = new QPushButton(tr("&Reschedule"), this);
    m_reschedule->setObjectName(QStringLiteral("todayRescheduleButton"));
    auto* menu = new QMenu(m_reschedule);
    fillRescheduleMenu(menu, m_session, [this] { return currentActivity(); });
    m_reschedule->setMenu(menu);
    m_plan = new QPushButton(tr("&Plan…"), this);
    m_plan->setObjectName(QStringLiteral("todayPlanButton"));
    m_plan->setToolTip(tr("Plan the next activity of the selected prospect"));
    m_open = new QPushButton(tr("&Open prospect"), this);
    m_open->setObjectName(QStringLiteral("todayOpenButton"));

    m_model = new AgendaModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("agendaView"));
    m_view->setAccessibleName(tr("Agenda"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_owner);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_done, m_reschedule, m_plan, m_open})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    auto* done = new QAction(tr("Mark done"), this);
    done->setObjectName(QStringLiteral("actionTodayDone"));
    done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    done->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(done);
    connect(done, &QAction::triggered, this, &TodayPage::markDone);
    connect(m_done, &QPushButton::clicked, this, &TodayPage::markDone);
    connect(m_plan, &QPushButton::clicked, this, &TodayPage::planForCurrent);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (currentProspectId() != core::kNoId)
            emit openRequested(currentProspectId());
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const core::Id id = m_model->prospectAt(index); id != core::kNoId)
            emit openRequested(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        emit currentChanged();
    });
    connect(m_owner, &QComboBox::activated, this, [this] {
        m_ownerChosen = true;
        reload();
    });
    connect(&m_session, &Session::storeChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    connect(&m_session, &Session::storeReplaced, this, [this] {
        m_ownerChosen = false;
        m_stale = true;
        if (isVisible())
            reload();
    });

    // The day moves on while Accord stays open: what is due "today" with it.
    m_tick = new QTimer(this);
    m_tick->setInterval(60'000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_tick->start();
    updateButtons();
}

QString TodayPage::owner() const
{
    return m_owner->currentData().toString();
}

void TodayPage::setOwner(const QString& owner)
{
    int at = m_owner->findData(owner);
    if (at < 0) {
        m_owner->addItem(owner, owner);
        at = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(at);
    m_ownerChosen = true;
    reload();
}

void TodayPage::reloadOwners()
{
    const QString me = m_session.userName();
    QStringList owners;
    tryRead(m_session, tr("The owners could not be read: %1"),
            [&] { owners = m_session.store().prospects().owners(); });
    const QString chosen = owner();
    const QSignalBlocker quiet(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone's activities"), QString());
    for (const QString& o : owners)
        m_owner->addItem(o == me ? tr("Mine (%1)").arg(o) : o, o);
    // A rep starts on their own agenda, when they own prospects here, and
    // stays on whichever one they chose.
    const int at =
        m_ownerChosen ? m_owner->findData(chosen) : (me.isEmpty() ? -1 : m_owner->findData(me));
    m_owner->setCurrentIndex(std::max(0, at));
}

void TodayPage::reload()
{
    m_stale = false;
    reloadOwners();
    const core::Id keepActivity = currentActivity() ? currentActivity()->id : core::kNoId;
    const core::Id keepProspect = currentProspectId();
    core::ActivityService service = activityService(m_session);
    const QDate today = service.today();
    m_heading->setText(tr("Today, %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    core::Agenda agenda;
    agenda.today = today;
    const QString who = owner();
    tryRead(m_session, tr("The agenda could not be read: %1"), [&] {
        agenda = service.agenda(who.isEmpty() ? QStringList() : QStringList{who}, kAgendaRows);
    });
    m_model->setAgenda(agenda);
    m_view->expandAll();
    // The selection stays on the row it was on, when it is still there.
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int r = 0; r < m_model->rowCount(group); ++r) {
            const QModelIndex at = m_model->index(r, 0, group);
            const auto a = m_model->activityAt(at);
            if ((a && a->id == keepActivity) ||
                (!a && keepActivity == core::kNoId && m_model->prospectAt(at) == keepProspect &&
                 keepProspect != core::kNoId)) {
                m_view->setCurrentIndex(at);
                g = m_model->rowCount();
                break;
            }
        }
    }
    updateButtons();
}

core::Id TodayPage::currentProspectId() const
{
    return m_model->prospectAt(m_view->currentIndex());
}

std::optional<core::Activity> TodayPage::currentActivity() const
{
    return m_model->activityAt(m_view->currentIndex());
}

void TodayPage::markDone()
{
    if (const auto a = currentActivity())
        markActivityDone(m_session, m_prompter, this, *a);
}

void TodayPage::planForCurrent()
{
    if (const core::Id id = currentProspectId(); id != core::kNoId)
        planActivity(m_session, this, id);
}

void TodayPage::updateButtons()
{
    const bool activity = currentActivity().has_value();
    m_done->setEnabled(activity);
    m_reschedule->setEnabled(activity);
    m_plan->setEnabled(currentProspectId() != core::kNoId);
    m_open->setEnabled(currentProspectId() != core::kNoId);
}

void TodayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

} // namespace accord::gui
