#include "MeetingTimeline.h"

#include "delegates/LinesDelegate.h"
#include "models/MeetingListModel.h"

#include <QPainter>

namespace accord::gui {

namespace {

/// A meeting on the time line: date and kind, summary, who was there.
void paintMeeting(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    using M = MeetingListModel;
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
    const QString head =
        MeetingTimeline::tr("%1 · %2").arg(when, index.data(M::KindRole).toString());
    painter->drawText(QRect(text.left(), text.top(), text.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter, head);
    painter->setFont(option.font);
    LinesDelegate::drawLine(painter, fm, QRect(text.left(), text.top() + line, text.width(), line),
                            index.data(M::SummaryRole).toString());
    painter->setPen(pal.color(QPalette::PlaceholderText));
    LinesDelegate::drawLine(painter, fm,
                            QRect(text.left(), text.top() + 2 * line, text.width(), line),
                            index.data(M::DetailsRole).toString());
}

} // namespace

MeetingTimeline::MeetingTimeline(Session& session, QWidget* parent)
    : QListView(parent), m_model(new MeetingListModel(session, this))
{
    setObjectName(QStringLiteral("meetingTimeline"));
    setModel(m_model);
    setItemDelegate(new LinesDelegate(300, 3, 22, paintMeeting, this));
    setUniformItemSizes(true);
    setVerticalScrollMode(ScrollPerPixel);
    connect(this, &QListView::activated, this, [this](const QModelIndex& index) {
        emit meetingActivated(index.data(MeetingListModel::IdRole).toLongLong(),
                              index.data(MeetingListModel::ProspectIdRole).toLongLong());
    });
}

} // namespace accord::gui
