#include "MeetingsPage.h"

#include "Session.h"
#include "models/MeetingListModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace accord::gui {

MeetingsPage::MeetingsPage(Session& session, QWidget* parent)
    : QWidget(parent), m_model(new MeetingListModel(session, this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("meetingsPage"));
    m_view->setObjectName(QStringLiteral("meetingsView"));
    m_view->setAccessibleName(tr("Meetings"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(MeetingListModel::SummaryColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(MeetingListModel::WhenColumn, 150);
    m_view->setColumnWidth(MeetingListModel::ProspectColumn, 200);
    m_view->setColumnWidth(MeetingListModel::KindColumn, 110);
    m_view->setColumnWidth(MeetingListModel::LoggedByColumn, 120);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    // The meetings are read on the first setFilter(), when the page is shown.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& i) {
        emit openRequested(i.data(MeetingListModel::ProspectIdRole).toLongLong(),
                           i.data(MeetingListModel::IdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MeetingsPage::currentChanged);
}

void MeetingsPage::setFilter(const core::ProspectFilter& filter)
{
    m_model->setFilter(filter);
}

core::Id MeetingsPage::currentProspectId() const
{
    const QModelIndex at = m_view->currentIndex();
    return at.isValid() ? at.data(MeetingListModel::ProspectIdRole).toLongLong() : core::kNoId;
}

} // namespace accord::gui
