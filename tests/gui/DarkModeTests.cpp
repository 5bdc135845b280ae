// Dark mode: every colour Accord adds comes from the palette (gui/Theme.h),
// so text stays readable on a dark desktop. The window, each page and each
// prospect tab are shown on a dark palette and every piece of text, every
// coloured cell and every chart label is measured against what it is drawn
// on: a contrast below 4.5:1 fails.

#include "GuiTestSupport.h"
#include "Theme.h"
#include "review/ReviewPage.h"
#include "views/ProspectDetailView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTabWidget>
#include <QValueAxis>

using namespace accord;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// The application on a dark palette (Fusion draws with it) for one test.
struct DarkDesktop
{
    DarkDesktop() : style(QApplication::style()->name()), palette(QApplication::palette())
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    ~DarkDesktop()
    {
        QApplication::setPalette(palette);
        QApplication::setStyle(QStyleFactory::create(style));
    }
    QString style;
    QPalette palette;
};

// What `w` is drawn on: the nearest widget, itself included, that paints a
// background (a window, a filled widget, a style-sheet background, a view's
// viewport), in the role it paints it with.
QColor backgroundOf(const QWidget* w)
{
    if (qobject_cast<const QLineEdit*>(w))
        return w->palette().color(QPalette::Base);
    for (const QWidget* at = w; at; at = at->parentWidget()) {
        if (at->isWindow() || at->autoFillBackground() ||
            at->styleSheet().contains(QLatin1String("background")))
            return at->palette().color(at->backgroundRole());
        if (auto* area = qobject_cast<const QAbstractScrollArea*>(at->parentWidget());
            area && area->viewport() == at)
            return at->palette().color(at->backgroundRole());
    }
    return {};
}

struct Finding
{
    QString where;
    double ratio;
};

// Every visible piece of text in `root`, measured.
void measureWidgets(const QWidget* root, const QString& page, QList<Finding>& low, int& measured)
{
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        bool hasText = false;
        if (auto* label = qobject_cast<const QLabel*>(w))
            hasText = !label->text().isEmpty() && label->pixmap().isNull();
        else if (auto* button = qobject_cast<const QAbstractButton*>(w))
            hasText = !button->text().isEmpty();
        else if (auto* edit = qobject_cast<const QLineEdit*>(w))
            hasText = !edit->text().isEmpty();
        if (!hasText || !w->isEnabled())
            continue;
        const QColor fg = w->palette().color(w->foregroundRole());
        const QColor bg = backgroundOf(w);
        const double ratio = gui::theme::contrast(fg, bg);
        ++measured;
        if (ratio < 4.5)
            low.append({page + u'/' + QString::fromLatin1(w->metaObject()->className()) + u' ' +
                            w->objectName() +
                            QStringLiteral(" (%1 on %2)").arg(fg.name(), bg.name()),
                        ratio});
    }
    // Cells a model colours itself.
    for (const QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (!view->isVisible() || !view->model())
            continue;
        const QAbstractItemModel* model = view->model();
        const QColor base = view->palette().color(QPalette::Base);
        for (int r = 0; r < std::min(model->rowCount(), 60); ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const QVariant brush = model->index(r, c).data(Qt::ForegroundRole);
                if (!brush.isValid())
                    continue;
                const QColor fg = brush.value<QBrush>().color();
                ++measured;
                if (gui::theme::contrast(fg, base) < 4.5)
                    low.append({page + u'/' + view->objectName() +
                                    QStringLiteral(" cell %1,%2").arg(r).arg(c),
                                gui::theme::contrast(fg, base)});
            }
    }
    // Charts: title, legend and axis labels on the chart's background.
    for (const QChartView* view : root->findChildren<QChartView*>()) {
        if (!view->isVisible())
            continue;
        const QChart* chart = view->chart();
        const QColor bg = chart->backgroundBrush().color();
        QList<QPair<QString, QColor>> texts{
            {QStringLiteral("legend"), chart->legend()->labelColor()}};
        if (!chart->title().isEmpty())
            texts.append({QStringLiteral("title"), chart->titleBrush().color()});
        for (const QAbstractAxis* axis : chart->axes())
            texts.append({QStringLiteral("axis"), axis->labelsColor()});
        for (const auto& [what, fg] : texts) {
            ++measured;
            if (gui::theme::contrast(fg, bg) < 4.5)
                low.append(
                    {page + u'/' + view->objectName() + u' ' + what, gui::theme::contrast(fg, bg)});
        }
    }
}

QString describe(const QList<Finding>& low)
{
    QStringList out;
    for (const Finding& f : low)
        out << QStringLiteral("%1: %2:1").arg(f.where).arg(f.ratio, 0, 'f', 2);
    return out.join(u'\n');
}

} // namespace

TEST_CASE("the theme's colours are readable on light and dark palettes", "[gui][theme]")
{
    using gui::theme::Tone;
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    for (const QPalette& p : {light, darkPalette()}) {
        INFO((gui::theme::isDark(p) ? "dark" : "light"));
        for (Tone tone : {Tone::Error, Tone::Warning, Tone::Success}) {
            const QColor text = gui::theme::text(tone, p);
            CHECK(gui::theme::contrast(text, p.color(QPalette::Window)) >= 4.5);
            CHECK(gui::theme::contrast(text, p.color(QPalette::Base)) >= 4.5);
            const gui::theme::Banner banner = gui::theme::banner(tone, p);
            CHECK(gui::theme::contrast(banner.text, banner.background) >= 4.5);
        }
        // The board's gate badge: the card's colour on the badge's fill.
        CHECK(gui::theme::contrast(p.color(QPalette::Base), gui::theme::text(Tone::Success, p)) >=
              4.5);
    }
    CHECK(gui::theme::contrast(Qt::black, Qt::white) == Approx(21.0));
    CHECK(gui::theme::contrast(QColor(0x77, 0x77, 0x77), Qt::white) == Approx(4.48).margin(0.01));
}

TEST_CASE("on a dark desktop every text of every page is readable", "[gui][theme]")
{
    DarkDesktop dark;
    test::GuiFixture f(true);
    auto* review = new gui::ReviewPage(*f.session, f.prompter);
    review->setObjectName(QStringLiteral("reviewPage"));
    const int reviewIndex = f.window->addPage(QStringLiteral("Review"), review);
    (void)reviewIndex;
    f.window->resize(1400, 900);
    f.window->show();
    test::settle();

    QList<Finding> low;
    int measured = 0;
    // The banners are shown as they would be when they speak.
    for (const char* name : {"readOnlyBanner", "readErrorBanner"})
        if (auto* banner = f.window->findChild<QLabel*>(QString::fromLatin1(name))) {
            banner->setText(QStringLiteral("A sentence in the banner."));
            banner->show();
        }
    measureWidgets(f.window.get(), QStringLiteral("board"), low, measured);

    // Every page of the navigation, the review included.
    auto* pages = f.window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    REQUIRE(pages);
    for (int i = 0; i < pages->count(); ++i) {
        f.window->showPage(pages->widget(i));
        test::settle();
        measureWidgets(pages->widget(i), QStringLiteral("page %1").arg(i), low, measured);
    }
    const auto rows =
        f.session->store().prospects().rows({}, core::ProspectSort::Value, false, 1, 0);
    REQUIRE_FALSE(rows.empty());
    f.window->openProspect(rows.front().prospect.id);
    QTabWidget* tabs = f.window->detail()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        test::settle();
        measureWidgets(tabs->currentWidget(), tabs->tabText(i), low, measured);
    }

    INFO(describe(low).toStdString());
    CHECK(low.isEmpty());
    CHECK(measured > 100);
}

TEST_CASE("banners follow the desktop from light to dark while Accord runs", "[gui][theme]")
{
    test::GuiFixture f;
    auto* banner = f.window->findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    const QString lightSheet = banner->styleSheet();
    {
        DarkDesktop dark;
        test::settle();
        CHECK(banner->styleSheet() != lightSheet);
        const gui::theme::Banner b =
            gui::theme::banner(gui::theme::Tone::Warning, QApplication::palette());
        CHECK(banner->styleSheet().contains(b.background.name()));
    }
    test::settle();
    CHECK(banner->styleSheet() == lightSheet);
}

// `gui_tests "[screenshots]"` writes docs/screenshots/board-dark.png (or to
// $ACCORD_SCREENSHOT_DIR).
TEST_CASE("screenshot of the board on a dark desktop", "[.][screenshots]")
{
    DarkDesktop dark;
    test::GuiFixture f(true);
    f.window->resize(1400, 850);
    f.window->show();
    test::settle();
    const QString folder =
        qEnvironmentVariable("ACCORD_SCREENSHOT_DIR", QStringLiteral(ACCORD_SCREENSHOTS_DEFAULT));
    REQUIRE(QDir().mkpath(folder));
    CHECK(f.window->grab().save(QDir(folder).filePath(QStringLiteral("board-dark.png"))));
}
