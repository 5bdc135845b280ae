#pragma once

// A delegate that paints an item as a few lines of text (board cards, the
// meeting timeline): the item's size from its line count, the painter saved,
// smoothed and restored around the painting function each view gives it, and
// a line of text elided to its box for that function to use.

#include <QStyledItemDelegate>

#include <functional>

namespace accord::gui {

class LinesDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Paint = std::function<void(QPainter*, const QStyleOptionViewItem&, const QModelIndex&)>;

    /// Items are `width` wide and `lines` lines of the item's font plus
    /// `padding` pixels high; `paint` paints one.
    LinesDelegate(int width, int lines, int padding, Paint paint, QObject* parent);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// Draws `text` in `box`, left-aligned, vertically centred and elided to
    /// the box's width with `metrics`.
    static void drawLine(QPainter* painter, const QFontMetrics& metrics, const QRectF& box,
                         const QString& text);

private:
    int m_width;
    int m_lines;
    int m_padding;
    Paint m_paint;
};

} // namespace accord::gui
