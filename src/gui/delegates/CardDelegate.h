#pragma once

// Paints a prospect as a board card: name and gate progress, owner and value,
// days in stage and days since the last meeting (coloured when stale).

#include <QStyledItemDelegate>

namespace accord::gui {

class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace accord::gui
