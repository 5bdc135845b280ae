#include "ProspectTableView.h"

#include "Session.h"
#include "models/ProspectListModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace accord::gui {

ProspectTableView::ProspectTableView(Session& session, const QString& settingsKey, QWidget* parent)
    : QTableView(parent), m_session(session), m_model(new ProspectListModel(session, this)),
      m_key(settingsKey)
{
    setModel(m_model);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setSortIndicator(ProspectListModel::NameColumn, Qt::AscendingOrder);
    setColumnWidth(ProspectListModel::NameColumn, 220);
    setColumnWidth(ProspectListModel::NextActivityColumn, 220);
    for (int c : {ProspectListModel::GateColumn, ProspectListModel::DaysInStageColumn})
        setColumnWidth(c, 90);
    hideColumn(ProspectListModel::UpdatedColumn);
    const QByteArray state = QSettings().value(m_key).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &ProspectTableView::showHeaderMenu);
    connect(this, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit openRequested(m_model->idAt(index.row())); });
    // Keep the selection across reloads (another window's change, an undo).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelection = selectedProspectIds(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (core::Id id : std::as_const(m_keepSelection)) {
            const QModelIndex at = m_model->indexOfId(id);
            if (at.isValid())
                selectionModel()->select(at,
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    });
}

ProspectTableView::~ProspectTableView()
{
    saveState();
}

void ProspectTableView::saveState() const
{
    QSettings().setValue(m_key, horizontalHeader()->saveState());
}

void ProspectTableView::setFilter(const core::ProspectFilter& filter)
{
    m_model->setFilter(filter);
}

core::Id ProspectTableView::currentProspectId() const
{
    return currentIndex().isValid() ? m_model->idAt(currentIndex().row()) : core::kNoId;
}

QList<core::Id> ProspectTableView::selectedProspectIds() const
{
    QList<core::Id> ids;
    for (const QModelIndex& i : selectionModel()->selectedRows())
        ids << m_model->idAt(i.row());
    return ids;
}

void ProspectTableView::showHeaderMenu(const QPoint& pos)
{
    QMenu menu(this);
    for (int c = 0; c < ProspectListModel::ColumnCount; ++c) {
        QAction* a =
            menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        a->setEnabled(c != ProspectListModel::NameColumn);
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            setColumnHidden(c, !on);
            saveState();
        });
    }
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

} // namespace accord::gui
