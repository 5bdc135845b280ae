#include "CardDelegate.h"
#include "Theme.h"

#include "LinesDelegate.h"

#include "Format.h"
#include "core/Types.h"
#include "models/ProspectListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace accord::gui {

namespace {
constexpr int kMargin = 5;
constexpr int kPad = 9;

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("accord::gui::CardDelegate", text, nullptr, n);
}

void paintCard(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    using M = ProspectListModel;
    const QPalette& pal = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const auto status = static_cast<core::Status>(index.data(M::StatusRole).toInt());
    const bool dim = status == core::Status::OnHold || status == core::Status::Lost;

    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, selected ? pal.color(QPalette::Highlight).lighter(185)
                                     : pal.color(QPalette::Base));
    painter->setPen(
        QPen(selected || focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
             selected || focused ? 1.6 : 1.0));
    painter->drawPath(path);

    const QRectF inner = card.adjusted(kPad, kPad - 2, -kPad, -kPad + 2);
    const QFontMetrics fm(option.font);
    const qreal line = fm.lineSpacing() + 2;
    QColor text = pal.color(QPalette::Text);
    if (dim)
        text = pal.color(QPalette::Disabled, QPalette::Text);

    // Line 1: name (bold, elided) and gate badge.
    const int met = index.data(M::GateMetRole).toInt();
    const int total = index.data(M::GateTotalRole).toInt();
    QString badge;
    if (total > 0)
        badge = tr("%1/%2").arg(met).arg(total);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const qreal badgeW = badge.isEmpty() ? 0 : bfm.horizontalAdvance(badge) + 18;
    if (!badge.isEmpty()) {
        const QRectF b(inner.right() - badgeW, inner.top(), badgeW, fm.height() + 2);
        QPainterPath bp;
        bp.addRoundedRect(b, b.height() / 2, b.height() / 2);
        // The badge's text is the card's own background colour, on a fill
        // readable against it: done in the success tone, open in grey.
        const QColor card = pal.color(QPalette::Base);
        const QColor c = met == total
                             ? theme::text(theme::Tone::Success, pal)
                             : theme::readableOn(pal.color(QPalette::PlaceholderText), card);
        painter->fillPath(bp, c);
        painter->setPen(card);
        painter->setFont(bold);
        painter->drawText(b, Qt::AlignCenter, badge);
    }
    painter->setFont(bold);
    painter->setPen(text);
    LinesDelegate::drawLine(painter, bfm,
                            QRectF(inner.left(), inner.top(), inner.width() - badgeW - 6, line),
                            index.data(M::NameRole).toString());

    // Line 2: owner · value (and status when not active).
    painter->setFont(option.font);
    QString second = tr("%1 · %2").arg(index.data(M::OwnerRole).toString(),
                                       index.data(M::ValueTextRole).toString());
    if (status != core::Status::Active && status != core::Status::Won)
        second = tr("%1 · %2").arg(second, core::statusName(status));
    painter->setPen(dim ? text : pal.color(QPalette::Text));
    LinesDelegate::drawLine(painter, fm,
                            QRectF(inner.left(), inner.top() + line, inner.width(), line), second);

    // Line 3: days in stage, days since the last meeting (red when stale).
    const QString inStage = tr("%n d in stage", index.data(M::DaysInStageRole).toInt());
    const int quiet = index.data(M::DaysSinceMeetingRole).toInt();
    const QString since = quiet < 0 ? tr("no meetings") : tr("%n d since meeting", quiet);
    const QRectF r3(inner.left(), inner.top() + 2 * line, inner.width(), line);
    QColor subtle = pal.color(QPalette::PlaceholderText);
    painter->setPen(subtle);
    const QString sep = tr("%1 · ").arg(inStage);
    painter->drawText(r3, Qt::AlignLeft | Qt::AlignVCenter, sep);
    const qreal x = fm.horizontalAdvance(sep);
    const bool stale = index.data(M::StaleRole).toBool();
    QString quietText = since;
    if (stale) {
        // Not by colour alone: a stalled card also carries the warning sign.
        quietText = tr("⚠ %1").arg(since);
        QFont f = option.font;
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(theme::text(theme::Tone::Error, pal));
    }
    LinesDelegate::drawLine(painter, fm, r3.adjusted(x, 0, 0, 0), quietText);
}

} // namespace

QStyledItemDelegate* newCardDelegate(QObject* parent)
{
    return new LinesDelegate(200, 3, 2 * kPad + 2 * kMargin + 6, paintCard, parent);
}

} // namespace accord::gui
