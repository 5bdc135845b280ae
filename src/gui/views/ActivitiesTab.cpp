#include "ActivitiesTab.h"

#include "ActivityActions.h"
#include "Format.h"
#include "ReadError.h"
#include "Session.h"
#include "commands/ActivityCommands.h"
#include "core/EnumTraits.h"
#include "models/ActivityText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace accord::gui {

ActivitiesTab::ActivitiesTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter)
{
    setObjectName(QStringLiteral("activitiesTab"));
    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels(
        {tr("State"), tr("Due"), tr("Kind"), tr("What"), tr("Owner"), tr("Done")});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("activitiesView"));
    m_view->setAccessibleName(tr("Activities"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_plan = new QPushButton(tr("&Plan…"), this);
    m_plan->setObjectName(QStringLiteral("planActivityButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editActivityButton"));
    m_done = new QPushButton(tr("&Done"), this);
    m_done->setObjectName(QStringLiteral("doneActivityButton"));
    m_reschedule = new QPushButton(tr("&Reschedule"), this);
    m_reschedule->setObjectName(QStringLiteral("rescheduleActivityButton"));
    auto* menu = new QMenu(m_reschedule);
    fillRescheduleMenu(menu, m_session, [this] { return currentActivity(); });
    m_reschedule->setMenu(menu);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeActivityButton"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_plan, m_edit, m_done, m_reschedule, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_plan, &QPushButton::clicked, this,
            [this] { planActivity(m_session, this, m_prospect); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto a = currentActivity())
            editActivity(m_session, this, *a);
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (const auto a = currentActivity())
            editActivity(m_session, this, *a);
    });
    connect(m_done, &QPushButton::clicked, this, [this] {
        const auto a = currentActivity();
        if (!a)
            return;
        if (a->isOpen())
            markActivityDone(m_session, m_prompter, this, *a);
        else
            m_session.execute(makeReopenActivity(m_session, *a));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const auto a = currentActivity())
            removeActivity(m_session, m_prompter, this, *a);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActivitiesTab::updateButtons);
    connect(&m_session, &Session::storeChanged, this, &ActivitiesTab::reload);
    updateButtons();
}

void ActivitiesTab::setProspect(core::Id id)
{
    m_prospect = id;
    reload();
}

void ActivitiesTab::reload()
{
    const core::Id keep = currentActivity() ? currentActivity()->id : core::kNoId;
    m_activities.clear();
    m_model->removeRows(0, m_model->rowCount());
    if (m_prospect == core::kNoId) {
        updateButtons();
        return;
    }
    core::ActivityService service = activityService(m_session);
    tryRead(m_session, tr("The activities could not be read: %1"),
            [&] { m_activities = m_session.store().activities().forProspect(m_prospect); });
    const QDate today = service.today();
    for (const core::Activity& a : m_activities) {
        const core::ActivityState state = service.state(a);
        QList<QStandardItem*> row{
            new QStandardItem(activityStateIcon(state), core::activityStateName(state)),
            new QStandardItem(activityDueLabel(a, today)),
            new QStandardItem(core::activityKindName(a.kind)),
            new QStandardItem(a.title),
            new QStandardItem(a.owner),
            new QStandardItem(Format::dateTime(a.doneAt))};
        row[3]->setToolTip(a.note.isEmpty() ? a.title : a.title + u'\n' + a.note);
        m_model->appendRow(row);
        if (a.id == keep)
            m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    }
    updateButtons();
}

std::optional<core::Activity> ActivitiesTab::currentActivity() const
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= static_cast<int>(m_activities.size()))
        return std::nullopt;
    return m_activities[static_cast<std::size_t>(row)];
}

void ActivitiesTab::updateButtons()
{
    const auto a = currentActivity();
    m_plan->setEnabled(m_prospect != core::kNoId);
    m_edit->setEnabled(a.has_value());
    m_done->setEnabled(a.has_value());
    m_done->setText(a && !a->isOpen() ? tr("Open a&gain") : tr("&Done"));
    m_reschedule->setEnabled(a && a->isOpen());
    m_remove->setEnabled(a.has_value());
}

} // namespace accord::gui
