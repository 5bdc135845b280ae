#pragma once

// A main window over a real SQLite file in a temporary folder, with a prompter
// that answers from a queue.

#include "MainWindow.h"
#include "Prompter.h"
#include "Session.h"
#include "support/TestSupport.h"

#include <QTest>

#include <memory>

class QChartView;

namespace accord::gui {
class ReviewPage;
}

namespace accord::test {

struct GuiFixture
{
    explicit GuiFixture(bool demo = false);
    ~GuiFixture();

    core::Id addProspect(const QString& name, const QString& owner = QStringLiteral("Dana"),
                         qint64 valueMinor = 4'000'000);
    core::Prospect prospect(core::Id id);
    static std::unique_ptr<core::Store> open(const QString& path);

    TempDir dir;
    QString path;
    gui::QueuePrompter prompter;
    std::unique_ptr<gui::Session> session;
    std::unique_ptr<gui::MainWindow> window;
};

/// Lets queued events (dialogs opened with open(), resets) run.
void settle();

/// Adds the Review page to `f`'s window (as the app does), shows it at a
/// size its charts fit, and returns it.
gui::ReviewPage* addReview(GuiFixture& f);

/// Pixels of the chart's plot area painted in one of its bar colours: how
/// much of a bar chart was drawn.
int barPixels(QChartView* view);

} // namespace accord::test
