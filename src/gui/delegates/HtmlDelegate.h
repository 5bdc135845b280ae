#pragma once

// Paints an item from an HTML role (text the model has escaped and marked up,
// e.g. search hits with the match in bold); items without it paint as usual.

#include <QStyledItemDelegate>

namespace accord::gui {

class HtmlDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    HtmlDelegate(int htmlRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace accord::gui
