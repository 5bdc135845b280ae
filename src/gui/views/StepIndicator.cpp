#include "StepIndicator.h"
#include "Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace accord::gui {

StepIndicator::StepIndicator(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepIndicator"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StepIndicator::setState(core::Stage current, const std::array<Step, 3>& steps)
{
    m_current = current;
    m_steps = steps;
    QStringList parts;
    for (int i = 0; i < 3; ++i)
        parts << tr("%1: %2 of %3 criteria met")
                     .arg(core::stageShortName(static_cast<core::Stage>(i + 1)))
                     .arg(steps[static_cast<size_t>(i)].met)
                     .arg(steps[static_cast<size_t>(i)].total);
    setAccessibleName(
        current == core::Stage::Partnership
            ? tr("Stage: Partnership")
            : tr("Stage %1 of 3: %2").arg(static_cast<int>(current)).arg(core::stageName(current)));
    setAccessibleDescription(parts.join(QLatin1String("; ")));
    setToolTip(accessibleDescription());
    update();
}

QSize StepIndicator::sizeHint() const
{
    return {520, fontMetrics().lineSpacing() * 3 + 26};
}

QSize StepIndicator::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

void StepIndicator::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor done = theme::text(theme::Tone::Success, pal);
    const QColor idle = pal.color(QPalette::Mid);
    const int cur = static_cast<int>(m_current);
    const qreal d = fontMetrics().height() * 1.8;
    const qreal cy = 4 + d / 2;
    const qreal slot = (width() - 8) / 3.0;

    for (int i = 0; i < 3; ++i) {
        const qreal cx = 4 + slot * (i + 0.5);
        const int n = i + 1;
        if (i < 2) { // connector to the next step
            const qreal nx = 4 + slot * (i + 1.5);
            p.setPen(QPen(n < cur ? done : idle, 2));
            p.drawLine(QPointF(cx + d / 2 + 4, cy), QPointF(nx - d / 2 - 4, cy));
        }
        const QRectF circle(cx - d / 2, cy - d / 2, d, d);
        QColor fill = Qt::transparent;
        QColor ring = idle;
        QColor text = pal.color(QPalette::Text);
        if (n < cur) {
            fill = done;
            ring = done;
            text = Qt::white;
        } else if (n == cur) {
            fill = accent;
            ring = accent;
            text = pal.color(QPalette::HighlightedText);
        }
        p.setPen(QPen(ring, 2));
        p.setBrush(fill);
        p.drawEllipse(circle);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(text);
        p.drawText(circle, Qt::AlignCenter, QLocale().toString(n));

        p.setFont(n == cur ? bold : font());
        p.setPen(pal.color(QPalette::Text));
        const qreal ty = cy + d / 2 + 4;
        const QRectF label(cx - slot / 2, ty, slot, fontMetrics().lineSpacing());
        p.drawText(label, Qt::AlignHCenter | Qt::AlignTop,
                   core::stageShortName(static_cast<core::Stage>(n)));
        const Step& s = m_steps[static_cast<size_t>(i)];
        p.setFont(font());
        p.setPen(s.total > 0 && s.met == s.total ? done : pal.color(QPalette::PlaceholderText));
        p.drawText(label.translated(0, fontMetrics().lineSpacing()),
                   Qt::AlignHCenter | Qt::AlignTop,
                   s.total > 0 ? tr("%1/%2 met").arg(s.met).arg(s.total) : tr("no criteria"));
    }
    if (hasFocus()) {
        p.setPen(QPen(accent, 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(rect().adjusted(1, 1, -1, -1), 4, 4);
    }
}

} // namespace accord::gui
