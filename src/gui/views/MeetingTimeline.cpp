#include "MeetingTimeline.h"

#include "models/MeetingListModel.h"

#include <QPainter>

namespace accord::gui {

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {300, QFontMetrics(option.font).lineSpacing() * 3 + 22};
}

void TimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    using M = MeetingListModel;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const QRect r = option.rect;
    if (option.state & QStyle::State_Selected)
        painter->fillRect(r, pal.color(QPalette::Highlight).lighter(185));
    const QFontMetrics fm(option.font);
    const int line = fm.lineSpacing();
    // The time line and its dot.
    const int x = r.left() + 18;
    painter->setPen(QPen(pal.color(QPalette::Mid), 2));
    painter->drawLine(x, r.top(), x, r.bottom());
    painter->setBrush(pal.color(QPalette::Highlight));
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QPoint(x, r.top() + 8 + line / 2), 5, 5);

    const QRect text = r.adjusted(38, 8, -10, -6);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QString when = index.sibling(index.row(), M::WhenColumn).data().toString();
    const QString head = tr("%1 · %2").arg(when, index.data(M::KindRole).toString());
    painter->drawText(QRect(text.left(), text.top(), text.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter, head);
    painter->setFont(option.font);
    painter->drawText(
        QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(M::SummaryRole).toString(), Qt::ElideRight, text.width()));
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(
        QRect(text.left(), text.top() + 2 * line, text.width(), line),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(M::DetailsRole).toString(), Qt::ElideRight, text.width()));
    painter->restore();
}

MeetingTimeline::MeetingTimeline(Session& session, QWidget* parent)
    : QListView(parent), m_model(new MeetingListModel(session, this))
{
    setObjectName(QStringLiteral("meetingTimeline"));
    setModel(m_model);
    setItemDelegate(new TimelineDelegate(this));
    setUniformItemSizes(true);
    setVerticalScrollMode(ScrollPerPixel);
    connect(this, &QListView::activated, this, [this](const QModelIndex& index) {
        emit meetingActivated(index.data(MeetingListModel::IdRole).toLongLong(),
                              index.data(MeetingListModel::ProspectIdRole).toLongLong());
    });
}

} // namespace accord::gui
