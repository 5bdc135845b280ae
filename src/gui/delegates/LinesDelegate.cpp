#include "LinesDelegate.h"

#include <QPainter>

namespace accord::gui {

LinesDelegate::LinesDelegate(int width, int lines, int padding, Paint paint, QObject* parent)
    : QStyledItemDelegate(parent), m_width(width), m_lines(lines), m_padding(padding),
      m_paint(std::move(paint))
{}

QSize LinesDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {m_width, m_lines * QFontMetrics(option.font).lineSpacing() + m_padding};
}

void LinesDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    m_paint(painter, option, index);
    painter->restore();
}

void LinesDelegate::drawLine(QPainter* painter, const QFontMetrics& metrics, const QRectF& box,
                             const QString& text)
{
    painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(text, Qt::ElideRight, static_cast<int>(box.width())));
}

} // namespace accord::gui
