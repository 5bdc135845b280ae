#include "GuiTestSupport.h"

#include "review/ReviewPage.h"
#include "views/BoardView.h"

#include "Startup.h"
#include "storage/SqliteStore.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCoreApplication>

namespace accord::test {

std::unique_ptr<core::Store> GuiFixture::open(const QString& path)
{
    return storage::openStore(path);
}

GuiFixture::GuiFixture(bool demo) : path(dir.path(QStringLiteral("pipeline.sqlite")))
{
    auto store = open(path);
    if (demo)
        gui::fillWithDemo(*store, QDateTime::currentDateTimeUtc());
    session = std::make_unique<gui::Session>(std::move(store));
    session->setUserName(QStringLiteral("Tester"));
    window = std::make_unique<gui::MainWindow>(*session, prompter, &GuiFixture::open);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    // The window opens on the Today page (ActivityGuiTests checks it); most
    // tests drive the board, so they start there.
    window->showPage(window->board());
}

GuiFixture::~GuiFixture()
{
    window.reset();
    session.reset();
}

core::Id GuiFixture::addProspect(const QString& name, const QString& owner, qint64 valueMinor)
{
    core::Prospect p;
    p.name = name;
    p.owner = owner;
    p.industry = QStringLiteral("Retail");
    p.value.minor = valueMinor;
    const core::Id id = session->service().addProspect(p);
    session->notifyChanged();
    return id;
}

core::Prospect GuiFixture::prospect(core::Id id)
{
    auto p = session->store().prospects().find(id);
    REQUIRE(p);
    return *p;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

gui::ReviewPage* addReview(GuiFixture& f)
{
    auto* page = new gui::ReviewPage(*f.session, f.prompter);
    f.window->addPage(QStringLiteral("Review"), page);
    QObject::connect(page, &gui::ReviewPage::openRequested, f.window.get(),
                     [&f](core::Id id) { f.window->openProspect(id); });
    f.window->resize(1400, 1000);
    f.window->showPage(page);
    settle();
    return page;
}

int barPixels(QChartView* view)
{
    const QImage image = view->grab().toImage();
    QList<QRgb> colors;
    for (QAbstractSeries* s : view->chart()->series())
        for (QBarSet* set : static_cast<QAbstractBarSeries*>(s)->barSets())
            colors << set->color().rgb();
    const QRect plot = view->mapFromScene(view->chart()->plotArea()).boundingRect();
    int count = 0;
    for (int y = plot.top(); y <= plot.bottom(); ++y)
        for (int x = plot.left(); x <= plot.right(); ++x)
            if (image.rect().contains(x, y) && colors.contains(image.pixel(x, y)))
                ++count;
    return count;
}

} // namespace accord::test
