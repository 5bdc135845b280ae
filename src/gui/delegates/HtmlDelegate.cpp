#include "HtmlDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace accord::gui {

namespace {
constexpr int kPad = 3;

void prepare(QTextDocument& doc, const QStyleOptionViewItem& option, const QString& html, int width)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(kPad);
    doc.setHtml(html);
    if (width > 0)
        doc.setTextWidth(width);
}
} // namespace

HtmlDelegate::HtmlDelegate(int htmlRole, QObject* parent)
    : QStyledItemDelegate(parent), m_role(htmlRole)
{}

void HtmlDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    const QString html = index.data(m_role).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    prepare(doc, opt, html, opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize HtmlDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString html = index.data(m_role).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument doc;
    const int width = option.widget ? option.widget->width() - 30 : 400;
    prepare(doc, option, html, width);
    return {static_cast<int>(doc.idealWidth()), static_cast<int>(doc.size().height())};
}

} // namespace accord::gui
