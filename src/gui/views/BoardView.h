#pragma once

// The pipeline board: a column per stage and one for Partnership, each a list of
// cards loaded lazily, headed by "count · total value" from SQL totals. Cards
// move by drag and drop or from the keyboard; the board only asks, the
// controller decides (gate dialog, reasons). A card's context menu offers the
// window's own prospect actions, which act on the card it selects.

#include "core/Store.h"

#include <QList>
#include <QWidget>

#include <array>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QModelIndex;

namespace accord::gui {

class Session;
class ProspectListModel;

class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(Session& session, QWidget* parent = nullptr);

    void setFilter(const core::ProspectFilter& filter);
    /// Orders every column's cards: by next activity and by name from the
    /// first, by last update and by value from the greatest.
    void setSort(core::ProspectSort sort);
    core::Id currentProspectId() const;
    void selectProspect(core::Id id);
    QListView* columnView(core::Stage stage) const;
    ProspectListModel* columnModel(core::Stage stage) const;
    QString headerText(core::Stage stage) const;

    /// The actions a card's context menu offers (the window's, acting on the
    /// current prospect); a null entry is a separator.
    void setCardActions(const QList<QAction*>& actions);
    /// Selects the card at `pos` (viewport coordinates of the stage's column)
    /// and returns a new context menu for it, owned by the caller; nullptr
    /// when `pos` is not on a card or there are no card actions.
    QMenu* cardMenu(core::Stage stage, const QPoint& pos);

signals:
    void moveRequested(core::Id id, core::Stage to);
    void openRequested(core::Id id);
    void currentChanged(core::Id id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Column
    {
        QLabel* title = nullptr;
        QLabel* totals = nullptr;
        QListView* view = nullptr;
        ProspectListModel* model = nullptr;
    };
    void reloadTotals();
    core::ProspectFilter columnFilter(core::Stage stage) const;
    int columnOf(const QObject* view) const;
    /// Makes the card at `index` of `column` the board's one current, highlighted card.
    void makeCurrent(int column, const QModelIndex& index);
    void showCardMenu(core::Stage stage, const QPoint& pos);

    Session& m_session;
    core::ProspectFilter m_filter;
    std::array<Column, core::kStageCount> m_columns;
    core::Id m_current = core::kNoId;
    QList<QAction*> m_cardActions;
};

} // namespace accord::gui
