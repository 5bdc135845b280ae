#include "Theme.h"

#include <QApplication>
#include <QChart>
#include <QEvent>
#include <QWidget>

#include <cmath>

namespace accord::gui::theme {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

// The hue each tone starts from, light palette first, then dark.
QColor base(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xc1, 0x6b) : QColor(0x8a, 0x4b, 0x00);
    case Tone::Success:
        return dark ? QColor(0x81, 0xd6, 0x8c) : QColor(0x1b, 0x6e, 0x2d);
    }
    return {};
}

// Tells when the application's palette changes (the desktop switched
// between light and dark): Qt sends the application object itself an
// ApplicationPaletteChange. One watcher serves every widget that follows.
class PaletteWatcher final : public QObject
{
    Q_OBJECT
public:
    static PaletteWatcher& instance()
    {
        static auto* watcher = new PaletteWatcher(QCoreApplication::instance());
        return *watcher;
    }

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == QCoreApplication::instance() &&
            event->type() == QEvent::ApplicationPaletteChange)
            emit changed();
        return QObject::eventFilter(watched, event);
    }

private:
    explicit PaletteWatcher(QObject* app) : QObject(app) { app->installEventFilter(this); }
};

void setSheet(QWidget* widget, const QString& sheet)
{
    if (widget->styleSheet() != sheet)
        widget->setStyleSheet(sheet);
}

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& wanted, const QColor& background, double ratio)
{
    QColor c = wanted.toHsl();
    const bool lighten = luminance(background) < 0.18;
    for (int step = 0; step < 40 && contrast(c, background) < ratio; ++step) {
        const int l = c.lightness();
        c.setHsl(c.hslHue(), c.hslSaturation(),
                 lighten ? std::min(255, l + 8) : std::max(0, l - 8));
    }
    return c.toRgb();
}

QColor text(Tone tone, const QPalette& palette)
{
    QColor c = base(tone, isDark(palette));
    c = readableOn(c, palette.color(QPalette::Window));
    return readableOn(c, palette.color(QPalette::Base));
}

Banner banner(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    const QColor hue = base(tone, false);
    const QColor window = palette.color(QPalette::Window);
    // A tint of the tone over the window: light on light palettes, deep on dark ones.
    QColor background = hue.toHsl();
    background.setHsl(background.hslHue(), std::min(200, background.hslSaturation()),
                      dark ? 40 : 238);
    background = background.toRgb();
    if (dark && window.lightness() < 40)
        background = background.lighter(130);
    QColor foreground = readableOn(dark ? base(tone, true) : hue.darker(140), background, 7.0);
    QColor border = readableOn(hue, background, 1.6);
    return {background, foreground, border};
}

QColor series(int n, const QPalette& palette)
{
    static const QColor light[] = {QColor(0x7a, 0xa6, 0xd6), QColor(0x4a, 0x86, 0xc5),
                                   QColor(0x2f, 0x6f, 0xb3), QColor(0x2e, 0x8b, 0x57),
                                   QColor(0xe0, 0x9a, 0x3e), QColor(0xc6, 0x28, 0x28),
                                   QColor(0x8a, 0x9b, 0xa8), QColor(0xd1, 0x8b, 0x2c)};
    static const QColor dark[] = {QColor(0x9c, 0xc4, 0xf0), QColor(0x6f, 0xa8, 0xe8),
                                  QColor(0x4f, 0x8f, 0xd8), QColor(0x5c, 0xc0, 0x86),
                                  QColor(0xf0, 0xb0, 0x5a), QColor(0xf0, 0x6a, 0x5e),
                                  QColor(0xa8, 0xb6, 0xc2), QColor(0xe8, 0xa8, 0x50)};
    const int i = ((n % 8) + 8) % 8;
    return isDark(palette) ? dark[i] : light[i];
}

void styleChart(QChart& chart, const QPalette& palette)
{
    chart.setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart.setBackgroundBrush(palette.color(QPalette::Base));
    chart.setBackgroundPen(Qt::NoPen);
    chart.setTitleBrush(palette.color(QPalette::Text));
    chart.legend()->setLabelColor(palette.color(QPalette::Text));
    const QColor grid = palette.color(QPalette::Mid);
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void follow(QWidget* widget, std::function<void()> apply)
{
    apply();
    QObject::connect(&PaletteWatcher::instance(), &PaletteWatcher::changed, widget,
                     std::move(apply));
}

void toneText(QWidget* label, Tone tone, bool bold)
{
    follow(label, [label, tone, bold] {
        const QColor c = text(tone, QApplication::palette(label));
        setSheet(label,
                 QStringLiteral("color: %1;%2")
                     .arg(c.name(), bold ? QStringLiteral(" font-weight: 600;") : QString()));
    });
}

void toneBanner(QWidget* label, Tone tone)
{
    follow(label, [label, tone] {
        const Banner b = banner(tone, QApplication::palette(label));
        setSheet(label, QStringLiteral(
                            "QLabel { background: %1; color: %2; border-bottom: 1px solid %3; }")
                            .arg(b.background.name(), b.text.name(), b.border.name()));
    });
}

} // namespace accord::gui::theme

#include "Theme.moc"
