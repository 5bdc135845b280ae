#include "StepProgress.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace accord::report {

void drawStepProgress(QPainter& painter, const QRectF& rect,
                      const std::vector<core::StepProgress>& steps, const PageGeometry& g)
{
    if (steps.empty())
        return;
    const qreal mm = g.pxPerMm;
    const qreal radius = 3.6 * mm;
    const int n = static_cast<int>(steps.size());
    const qreal slot = rect.width() / n;
    const qreal cy = rect.top() + radius + 0.5 * mm;
    const QColor done(0x2e, 0x7d, 0x32);
    const QColor current(0x15, 0x65, 0xc0);
    const QColor todo(0xa0, 0xa8, 0xb8);

    painter.setRenderHint(QPainter::Antialiasing);
    // Connecting lines first, so the circles sit on top of them.
    for (int i = 0; i + 1 < n; ++i) {
        const qreal x1 = rect.left() + slot * (i + 0.5) + radius;
        const qreal x2 = rect.left() + slot * (i + 1.5) - radius;
        painter.setPen(QPen(steps[static_cast<std::size_t>(i)].done ? done : todo, 0.6 * mm));
        painter.drawLine(QPointF(x1, cy), QPointF(x2, cy));
    }

    QFont number = reportFont(10);
    number.setBold(true);
    QFont label = reportFont(8.5);
    QFont detail = reportFont(7.5);
    for (int i = 0; i < n; ++i) {
        const core::StepProgress& s = steps[static_cast<std::size_t>(i)];
        const QPointF centre(rect.left() + slot * (i + 0.5), cy);
        const QColor colour = s.done ? done : s.current ? current : todo;
        painter.setPen(QPen(colour, 0.6 * mm));
        painter.setBrush(s.done || s.current ? QBrush(colour) : QBrush(Qt::white));
        painter.drawEllipse(centre, radius, radius);

        painter.setFont(number);
        painter.setPen(s.done || s.current ? Qt::white : colour);
        const QRectF circle(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
        painter.drawText(circle, Qt::AlignCenter,
                         s.done ? QStringLiteral("✓") : QString::number(static_cast<int>(s.stage)));

        const QRectF labelRect(centre.x() - slot / 2, cy + radius + 1 * mm, slot, 4.5 * mm);
        label.setBold(s.current);
        painter.setFont(label);
        painter.setPen(s.current ? current : QColor(0x1d, 0x23, 0x30));
        painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop, core::stageShortName(s.stage));
        const QRectF detailRect = labelRect.translated(0, 4.2 * mm);
        painter.setFont(detail);
        painter.setPen(QColor(0x58, 0x61, 0x74));
        painter.drawText(detailRect, Qt::AlignHCenter | Qt::AlignTop,
                         QCoreApplication::translate("accord::report", "%1 of %2 criteria met")
                             .arg(s.met)
                             .arg(s.total));
    }
}

} // namespace accord::report
