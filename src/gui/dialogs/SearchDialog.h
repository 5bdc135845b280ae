#pragma once

// Global search (Ctrl+F): one box over prospects, contacts and meeting text,
// results grouped by kind; Enter or double-click jumps to the item.

#include "core/Types.h"

#include <QDialog>

class QLineEdit;
class QTimer;
class QTreeView;

namespace accord::gui {

class Session;
class SearchResultModel;

class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(Session& session, QWidget* parent = nullptr);
    QLineEdit* searchEdit() const { return m_edit; }
    void runSearch();

signals:
    void jumpRequested(core::Id prospectId, core::Id meetingId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void activate(const QModelIndex& index);

    QLineEdit* m_edit;
    QTreeView* m_view;
    SearchResultModel* m_model;
    QTimer* m_debounce;
};

} // namespace accord::gui
