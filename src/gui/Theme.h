#pragma once

// Every colour Accord adds to the desktop's own, derived from the palette in
// use: errors, warnings and successes, banners, the board's and the review's
// series, and charts. Light and dark palettes each get colours that keep text
// readable (contrast of at least 4.5:1, as WCAG asks of body text); widgets
// that use them follow a change of the desktop's palette while Accord runs.

#include <QColor>
#include <QPalette>

#include <functional>

class QChart;
class QWidget;

namespace accord::gui::theme {

/// What a colour says.
enum class Tone { Error, Warning, Success };

/// Whether `palette` is a dark one (light text on a dark window).
bool isDark(const QPalette& palette);

/// The contrast ratio of two colours (1 to 21), as WCAG 2 defines it.
double contrast(const QColor& a, const QColor& b);
/// `wanted`, made lighter or darker until it reaches `ratio` against `background`.
QColor readableOn(const QColor& wanted, const QColor& background, double ratio = 4.5);

/// Text in `tone`, readable on the palette's window and base colours.
QColor text(Tone tone, const QPalette& palette);

/// A banner across the window: background, text and border in `tone`.
struct Banner
{
    QColor background;
    QColor text;
    QColor border;
};
Banner banner(Tone tone, const QPalette& palette);

/// The n-th colour of a chart's series or a board's marks (stages 1–4 are
/// 0–3), distinct in light and dark palettes. Not for text.
QColor series(int n, const QPalette& palette);

/// Labels, legend, grid and background of `chart` from `palette`.
void styleChart(QChart& chart, const QPalette& palette);

/// Runs `apply` now and whenever the application's palette changes (the
/// desktop switched between light and dark), for as long as `widget` lives.
void follow(QWidget* widget, std::function<void()> apply);

/// Shows `label`'s text in `tone` (bold when asked), following palette changes.
void toneText(QWidget* label, Tone tone, bool bold = false);
/// Makes `label` a banner in `tone`, following palette changes.
void toneBanner(QWidget* label, Tone tone);

} // namespace accord::gui::theme
