#include "BoardView.h"

#include "Format.h"
#include "ReadError.h"
#include "Session.h"
#include "delegates/CardDelegate.h"
#include "models/ProspectListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace accord::gui {

BoardView::BoardView(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("boardView"));
    m_filter.status = core::Status::Active;
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 8, 8, 8);
    row->setSpacing(10);
    for (int i = 0; i < core::kStageCount; ++i) {
        const core::Stage stage = core::kAllStages[i];
        Column& c = m_columns[static_cast<size_t>(i)];
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        c.title = new QLabel(stage == core::Stage::Partnership
                                 ? core::stageName(stage)
                                 : tr("%1 %2").arg(i + 1).arg(core::stageName(stage)),
                             this);
        c.title->setTextFormat(Qt::PlainText);
        QFont f = c.title->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.1);
        c.title->setFont(f);
        c.totals = new QLabel(this);
        c.totals->setTextFormat(Qt::PlainText);
        c.totals->setObjectName(QStringLiteral("boardTotals%1").arg(i + 1));
        c.totals->setForegroundRole(QPalette::PlaceholderText);
        c.model = new ProspectListModel(session, this);
        // A screen of cards and a few more: a keystroke in the filter reloads
        // every column, and scrolling (or a taller window) fetches more.
        c.model->setPageSize(12);
        c.view = new QListView(this);
        c.view->setObjectName(QStringLiteral("boardColumn%1").arg(i + 1));
        c.view->setAccessibleName(core::stageName(stage));
        c.view->setModel(c.model);
        c.view->setItemDelegate(newCardDelegate(c.view));
        c.view->setModelColumn(ProspectListModel::NameColumn);
        c.view->setUniformItemSizes(true);
        c.view->setSelectionMode(QAbstractItemView::SingleSelection);
        c.view->setDragEnabled(true);
        c.view->setAcceptDrops(true);
        c.view->setDropIndicatorShown(true);
        c.view->setDragDropMode(QAbstractItemView::DragDrop);
        c.view->setDefaultDropAction(Qt::MoveAction);
        c.view->setFrameShape(QFrame::NoFrame);
        c.view->setBackgroundRole(QPalette::AlternateBase);
        c.view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        c.view->installEventFilter(this);
        c.view->setContextMenuPolicy(Qt::CustomContextMenu);
        box->addWidget(c.title);
        box->addWidget(c.totals);
        box->addWidget(c.view, 1);
        row->addLayout(box, 1);

        connect(c.view, &QWidget::customContextMenuRequested, this,
                [this, stage](const QPoint& pos) { showCardMenu(stage, pos); });
        connect(c.model, &ProspectListModel::prospectDropped, this,
                [this, stage](core::Id id) { emit moveRequested(id, stage); });
        connect(c.view, &QListView::activated, this, [this, &c](const QModelIndex& index) {
            emit openRequested(c.model->idAt(index.row()));
        });
        // One card is highlighted on the whole board, and it is the one the
        // prospect actions (Ctrl+Shift+Right, the context menu) act on.
        connect(c.view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, i](const QModelIndex& index) {
                    if (index.isValid())
                        makeCurrent(i, index);
                });
        connect(c.view, &QAbstractItemView::pressed, this,
                [this, i](const QModelIndex& index) { makeCurrent(i, index); });
        connect(c.model, &QAbstractItemModel::modelReset, this, [this, &c] {
            const QModelIndex at = c.model->indexOfId(m_current);
            if (at.isValid())
                c.view->setCurrentIndex(at);
        });
    }
    connect(&m_session, &Session::storeChanged, this, &BoardView::reloadTotals);
    // The columns are read on the first setFilter(): the window gives the filter bar's.
}

core::ProspectFilter BoardView::columnFilter(core::Stage stage) const
{
    core::ProspectFilter f = m_filter;
    f.stage = stage;
    // Partnership holds won prospects: "active" there means the signed ones.
    if (stage == core::Stage::Partnership && f.status == core::Status::Active)
        f.status = core::Status::Won;
    return f;
}

void BoardView::setSort(core::ProspectSort sort)
{
    const bool ascending =
        sort == core::ProspectSort::NextActivity || sort == core::ProspectSort::Name;
    for (Column& c : m_columns)
        c.model->setSortOrder(sort, ascending);
}

void BoardView::setFilter(const core::ProspectFilter& filter)
{
    m_filter = filter;
    m_filter.trash = core::ProspectFilter::Trash::Exclude;
    for (int i = 0; i < core::kStageCount; ++i)
        m_columns[static_cast<size_t>(i)].model->setFilter(columnFilter(core::kAllStages[i]));
    reloadTotals();
}

void BoardView::reloadTotals()
{
    std::array<core::StageTotal, core::kStageCount> totals{};
    tryRead(m_session, tr("The stage totals could not be read: %1"), [&] {
        core::ProspectFilter f = m_filter;
        f.stage.reset();
        for (const auto& t : m_session.store().prospects().totals(f))
            if (t.stage != core::Stage::Partnership)
                totals[static_cast<size_t>(t.stage) - 1] = t;
        for (const auto& t :
             m_session.store().prospects().totals(columnFilter(core::Stage::Partnership)))
            if (t.stage == core::Stage::Partnership)
                totals[core::kStageCount - 1] = t;
    });
    const core::PipelineSettings& settings = m_session.pipelineSettings();
    for (size_t i = 0; i < totals.size(); ++i) {
        const core::MoneyTotal value = settings.total(totals[i].sums);
        QString text = tr("%1 · %2").arg(QLocale().toString(totals[i].count),
                                         Format::moneyShort(value.minor, settings.currency));
        if (value.unconverted > 0)
            text += QLatin1Char(' ') +
                    tr("(%n unconverted: no exchange rate)", nullptr, value.unconverted);
        m_columns[i].totals->setText(text);
    }
}

QString BoardView::headerText(core::Stage stage) const
{
    return m_columns[static_cast<size_t>(stage) - 1].totals->text();
}

QListView* BoardView::columnView(core::Stage stage) const
{
    return m_columns[static_cast<size_t>(stage) - 1].view;
}

ProspectListModel* BoardView::columnModel(core::Stage stage) const
{
    return m_columns[static_cast<size_t>(stage) - 1].model;
}

core::Id BoardView::currentProspectId() const
{
    // The highlighted card, whatever has the keyboard focus.
    for (const Column& c : m_columns)
        if (c.model->indexOfId(m_current).isValid())
            return m_current;
    return core::kNoId;
}

void BoardView::makeCurrent(int column, const QModelIndex& index)
{
    if (!index.isValid())
        return;
    Column& c = m_columns[static_cast<size_t>(column)];
    for (int i = 0; i < core::kStageCount; ++i) {
        if (i == column)
            continue;
        QItemSelectionModel* other = m_columns[static_cast<size_t>(i)].view->selectionModel();
        if (other->hasSelection() || other->currentIndex().isValid())
            other->clear();
    }
    if (!c.view->selectionModel()->isSelected(index))
        c.view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    const core::Id id = c.model->idAt(index.row());
    if (id == m_current)
        return;
    m_current = id;
    emit currentChanged(m_current);
}

void BoardView::selectProspect(core::Id id)
{
    for (int i = 0; i < core::kStageCount; ++i) {
        const Column& c = m_columns[static_cast<size_t>(i)];
        const QModelIndex at = c.model->indexOfId(id);
        if (at.isValid()) {
            c.view->setCurrentIndex(at);
            makeCurrent(i, at);
            c.view->setFocus();
            return;
        }
    }
}

void BoardView::setCardActions(const QList<QAction*>& actions)
{
    m_cardActions = actions;
}

QMenu* BoardView::cardMenu(core::Stage stage, const QPoint& pos)
{
    Column& c = m_columns[static_cast<size_t>(stage) - 1];
    const QModelIndex index = c.view->indexAt(pos);
    if (!index.isValid() || m_cardActions.isEmpty())
        return nullptr;
    // The actions act on the current prospect: make it this card.
    c.view->setFocus(Qt::PopupFocusReason);
    c.view->setCurrentIndex(index);
    makeCurrent(static_cast<int>(stage) - 1, index);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("boardCardMenu"));
    menu->setAccessibleName(index.data(Qt::DisplayRole).toString());
    for (QAction* a : std::as_const(m_cardActions)) {
        if (a)
            menu->addAction(a);
        else
            menu->addSeparator();
    }
    return menu;
}

void BoardView::showCardMenu(core::Stage stage, const QPoint& pos)
{
    QMenu* menu = cardMenu(stage, pos);
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(columnView(stage)->viewport()->mapToGlobal(pos));
}

int BoardView::columnOf(const QObject* view) const
{
    for (int i = 0; i < core::kStageCount; ++i)
        if (m_columns[static_cast<size_t>(i)].view == view)
            return i;
    return -1;
}

bool BoardView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn) {
        const int col = columnOf(watched);
        if (col >= 0) {
            const QModelIndex current = m_columns[static_cast<size_t>(col)].view->currentIndex();
            if (current.isValid())
                makeCurrent(col, current);
        }
    }
    // Left/Right without modifiers walk across columns, keeping the row.
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int col = columnOf(watched);
        if (col >= 0 && key->modifiers() == Qt::NoModifier &&
            (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            const int step = key->key() == Qt::Key_Left ? -1 : 1;
            const int row =
                std::max(0, m_columns[static_cast<size_t>(col)].view->currentIndex().row());
            for (int c = col + step; c >= 0 && c < core::kStageCount; c += step) {
                Column& target = m_columns[static_cast<size_t>(c)];
                if (target.model->rowCount() == 0)
                    continue;
                target.view->setFocus();
                target.view->setCurrentIndex(
                    target.model->index(std::min(row, target.model->rowCount() - 1), 0));
                break;
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace accord::gui
