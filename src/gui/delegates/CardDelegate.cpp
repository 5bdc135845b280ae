#include "CardDelegate.h"

#include "LinesDelegate.h"

#include "Format.h"
#include "Theme.h"
#include "core/Types.h"
#include "models/ActivityText.h"
#include "models/ProspectListModel.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace accord::gui {

namespace {
constexpr int kMargin = 5;
constexpr int kPad = 9;

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::gui::CardDelegate)
};

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
        badge = Text::tr("%1/%2").arg(met).arg(total);
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
    QString second = Text::tr("%1 · %2").arg(index.data(M::OwnerRole).toString(),
                                             index.data(M::ValueTextRole).toString());
    if (status != core::Status::Active && status != core::Status::Won)
        second = Text::tr("%1 · %2").arg(second, core::statusName(status));
    painter->setPen(dim ? text : pal.color(QPalette::Text));
    LinesDelegate::drawLine(painter, fm,
                            QRectF(inner.left(), inner.top() + line, inner.width(), line), second);

    // Line 3: days in stage, days since the last meeting (red when stale).
    const QString inStage =
        Text::tr("%n d in stage", nullptr, index.data(M::DaysInStageRole).toInt());
    const int quiet = index.data(M::DaysSinceMeetingRole).toInt();
    const QString since =
        quiet < 0 ? Text::tr("no meetings") : Text::tr("%n d since meeting", nullptr, quiet);
    const QRectF r3(inner.left(), inner.top() + 2 * line, inner.width(), line);
    QColor subtle = pal.color(QPalette::PlaceholderText);
    painter->setPen(subtle);
    const QString sep = Text::tr("%1 · ").arg(inStage);
    painter->drawText(r3, Qt::AlignLeft | Qt::AlignVCenter, sep);
    const qreal x = fm.horizontalAdvance(sep);
    const bool stale = index.data(M::StaleRole).toBool();
    QString quietText = since;
    if (stale) {
        // Not by colour alone: a stalled card also carries the warning sign.
        quietText = Text::tr("⚠ %1").arg(since);
        QFont f = option.font;
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(theme::text(theme::Tone::Error, pal));
    }
    LinesDelegate::drawLine(painter, fm, r3.adjusted(x, 0, 0, 0), quietText);

    // Line 4: the next activity, its state as an icon and a word; "No next
    // step" with a warning sign for an active prospect with nothing planned.
    const QString next = index.data(M::NextActivityTextRole).toString();
    if (next.isEmpty())
        return;
    const int state = index.data(M::NextActivityStateRole).toInt();
    const QIcon icon =
        state < 0 ? noNextStepIcon() : activityStateIcon(static_cast<core::ActivityState>(state));
    const QRectF r4(inner.left(), inner.top() + 3 * line, inner.width(), line);
    const qreal side = std::min<qreal>(14, line);
    icon.paint(painter, QRectF(r4.left(), r4.center().y() - side / 2, side, side).toRect());
    painter->setFont(option.font);
    painter->setPen(state == static_cast<int>(core::ActivityState::Overdue)
                        ? theme::text(theme::Tone::Error, pal)
                        : pal.color(QPalette::Text));
    LinesDelegate::drawLine(painter, fm, r4.adjusted(side + 4, 0, 0, 0), next);
}

} // namespace

QStyledItemDelegate* newCardDelegate(QObject* parent)
{
    return new LinesDelegate(200, 4, 2 * kPad + 2 * kMargin + 6, paintCard, parent);
}

} // namespace accord::gui
