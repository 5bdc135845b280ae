#include "Measure.h"

#include "PageCache.h"

#include "core/PipelineService.h"
#include "core/PipelineSettings.h"
#include "core/ReviewFold.h"
#include "core/io/Summary.h"
#include "gui/MainWindow.h"
#include "gui/Prompter.h"
#include "gui/Session.h"
#include "gui/models/ProspectListModel.h"
#include "gui/views/BoardView.h"
#include "gui/views/FilterBar.h"
#include "report/SummaryPdf.h"
#include "storage/SqliteStore.h"
#include "storage/StoreLocation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QSettings>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

namespace accord::bench {

using namespace accord::core;

namespace {

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

qint64 statusField(const char* name)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

void note(bool progress, const char* what)
{
    if (progress)
        std::fprintf(stderr, "measuring: %s\n", what);
}

int loadedCards(gui::BoardView& board)
{
    int n = 0;
    for (Stage s : kAllStages)
        n += board.columnModel(s)->rowCount();
    return n;
}

// ACCORD_BENCH_TRACE=<ms>: every statement slower than that goes to stderr.
void traceSlowStatements(Store& store)
{
    const double threshold = qEnvironmentVariableIntValue("ACCORD_BENCH_TRACE");
    if (threshold > 0)
        store.maintenance().traceSlowStatements(threshold, [](double ms, const QString& sql) {
            std::fprintf(stderr, "[%.1f ms] %s\n", ms, sql.toUtf8().constData());
        });
}

} // namespace

double Samples::median() const
{
    return percentile(50);
}

double Samples::percentile(double p) const
{
    if (ms.empty())
        return 0;
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    // Nearest rank.
    const auto rank =
        static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

double Samples::max() const
{
    return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end());
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QString();
}

qint64 residentKb()
{
    return statusField("VmRSS");
}

qint64 peakResidentKb()
{
    return statusField("VmHWM");
}

MeasureFigures measureAll(const QString& path, const ReferenceShape& shape,
                          const MeasureOptions& options)
{
    const bool progress = options.progress;
    MeasureFigures f;
    // Declared first, so its descriptors close after every connection (PageCache.h).
    PageCache cache(path);
    auto evict = [&] {
        if (options.cold)
            f.cachedMbAfterEvict = std::max(f.cachedMbAfterEvict, cache.evict());
    };
    gui::QueuePrompter prompter; // answers nothing: no dialog may block the bench
    auto opener = [](const QString& location) -> std::unique_ptr<Store> {
        return storage::openStoreAt(location);
    };

    note(progress, "open to the board");
    for (int i = 0; i < 3; ++i) {
        evict();
        QElapsedTimer t;
        t.start();
        auto store = storage::openStoreAt(path);
        f.openStoreOnly.ms.push_back(ms(t));
        store.reset();
    }
    // The last window stays open: the other measurements run with it on screen,
    // as a user's would.
    std::unique_ptr<gui::Session> session;
    std::unique_ptr<gui::MainWindow> window;
    for (int i = 0; i < 3; ++i) {
        window.reset();
        session.reset();
        evict();
        QElapsedTimer t;
        t.start();
        session = std::make_unique<gui::Session>(storage::openStoreAt(path));
        window = std::make_unique<gui::MainWindow>(*session, prompter, opener);
        window->show();
        QApplication::processEvents();
        f.openBoard.ms.push_back(ms(t));
    }
    f.openBoard.load = f.openStoreOnly.load = loadAverage();
    f.boardCards = loadedCards(*window->board());
    traceSlowStatements(session->store());
    f.residentAfterOpenKb = residentKb();

    // A user looks at the board for a moment before typing; the window uses that
    // idle time to load the text filter (MainWindow), as it would for them.
    {
        QElapsedTimer idle;
        idle.start();
        while (idle.elapsed() < 1000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    note(progress, "filter keystrokes");
    QLineEdit* text = window->filterBar()->textEdit();
    for (const QString& word : {QStringLiteral("north"), QStringLiteral("lab"),
                                QStringLiteral("zzq"), QStringLiteral("retail")}) {
        // One keystroke: typed (or erased), then the view updated.
        auto keystroke = [&](bool cold, const std::function<void()>& type) {
            if (cold)
                evict();
            QElapsedTimer t;
            t.start();
            type();
            QApplication::processEvents();
            const double took = ms(t);
            (cold ? f.filterFirstCold : f.filterKeystroke).ms.push_back(took);
            f.keystrokesInOrder.push_back(took);
            f.keystrokeCold.push_back(cold);
        };
        for (QChar c : word)
            keystroke(options.cold && c == word.front(), [&] { text->insert(QString(c)); });
        while (!text->text().isEmpty())
            keystroke(false, [&] { text->backspace(); });
    }
    f.filterKeystroke.load = f.filterFirstCold.load = loadAverage();

    note(progress, "global search");
    Store& store = session->store();
    const qint64 meetings = static_cast<qint64>(shape.prospects) * shape.meetingsPerProspect;
    const QStringList queries{// rare: one meeting each, or a handful of prospects
                              rareWord(7), rareWord(meetings / 2), rareWord(meetings - 3),
                              QStringLiteral("Northwind"),
                              // common: in most notes
                              QStringLiteral("order"), QStringLiteral("online"),
                              QStringLiteral("customers team"), QStringLiteral("data"),
                              // prefixes (the last word is always a prefix too)
                              QStringLiteral("onl"), QStringLiteral("wareh"), QStringLiteral("re"),
                              QStringLiteral("price disc")};
    for (int round = 0; round < 5; ++round)
        for (const QString& q : queries) {
            QElapsedTimer t;
            t.start();
            const auto hits = store.search().search(q, 60);
            const double took = ms(t);
            f.search.ms.push_back(took);
            if (round == 0)
                f.searchByQuery[q] = took;
            else
                f.searchByQuery[q] = std::min(f.searchByQuery[q], took);
            Q_UNUSED(hits);
        }
    f.search.load = loadAverage();

    note(progress, "log a meeting");
    PipelineService& service = session->service();
    for (int i = 0; i < 60; ++i) {
        Meeting m;
        m.prospectId = 1 + (i * 4999) % shape.prospects;
        m.occurredAt = shape.now.addSecs(qint64{-3600} * i);
        m.kind = MeetingKind::Call;
        m.summary = QStringLiteral("Bench call %1").arg(i);
        m.notes = QStringLiteral("Logged by the benchmark: pricing, order data and the pilot.");
        m.loggedBy = QStringLiteral("Bench");
        QElapsedTimer t;
        t.start();
        service.logMeeting(m);
        f.logMeeting.ms.push_back(ms(t));
    }
    f.logMeeting.load = loadAverage();
    QApplication::processEvents();

    note(progress, "summary PDF");
    for (int i = 0; i < 5; ++i) {
        const Id id = 3 + i * 7;
        QElapsedTimer t;
        t.start();
        const auto bundle = loadBundle(store, id);
        SummaryOptions options;
        options.now = shape.now;
        const QByteArray pdf = report::summaryPdf(buildSummary(*bundle, options));
        f.summaryPdf.ms.push_back(ms(t));
        Q_UNUSED(pdf);
    }
    f.summaryPdf.load = loadAverage();

    note(progress, "review dashboard");
    {
        ReviewService reports(store);
        for (int i = 0; i < 3; ++i) {
            ReportQuery q;
            q.now = shape.now;
            q.from = shape.now.addDays(-90);
            q.to = shape.now;
            q.settings = PipelineSettings::load(store.settings());
            evict();
            QElapsedTimer t;
            t.start();
            const PipelineReport r = reports.compute(q);
            f.dashboard.ms.push_back(ms(t));
            Q_UNUSED(r);
        }
    }
    f.dashboard.load = loadAverage();
    f.peakResidentKb = peakResidentKb();
    window.reset();
    session.reset();
    return f;
}

} // namespace accord::bench
