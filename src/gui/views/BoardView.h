#pragma once

// The pipeline board: a column per stage and one for Partnership, each a list of
// cards loaded lazily, headed by "count · total value" from SQL totals. Cards
// move by drag and drop or from the keyboard; the board only asks, the
// controller decides (gate dialog, reasons).

#include "core/Store.h"

#include <QWidget>

#include <array>

class QLabel;
class QListView;

namespace accord::gui {

class Session;
class ProspectListModel;

class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(Session& session, QWidget* parent = nullptr);

    void setFilter(const core::ProspectFilter& filter);
    core::Id currentProspectId() const;
    void selectProspect(core::Id id);
    QListView* columnView(core::Stage stage) const;
    ProspectListModel* columnModel(core::Stage stage) const;
    QString headerText(core::Stage stage) const;

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

    Session& m_session;
    core::ProspectFilter m_filter;
    std::array<Column, core::kStageCount> m_columns;
    core::Id m_current = core::kNoId;
};

} // namespace accord::gui
