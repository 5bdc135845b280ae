#include "ServerBench.h"

#include "core/PipelineService.h"
#include "storage/pg/PgStore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>

namespace accord::bench {

using namespace accord::core;

namespace {

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

qint64 serverProspects(const QString& location)
{
    auto store = storage::pg::PgStore::open(location);
    ProspectFilter all;
    all.trash = ProspectFilter::Trash::Include;
    return store->prospects().count(all);
}

BuildFigures buildReferenceOnServer(const ReferenceShape& shape, const QString& location,
                                    bool progress)
{
    auto store = storage::pg::PgStore::open(location);
    BuildFigures f;
    const int chunks = (shape.prospects + shape.chunk - 1) / shape.chunk;
    QElapsedTimer total;
    total.start();
    store->bulkLoad([&] {
        for (int c = 0; c < chunks; ++c) {
            QElapsedTimer generate;
            generate.start();
            const std::vector<ProspectBundle> bundles = referenceChunk(shape, c);
            f.generateMs += ms(generate);
            f.count(bundles);
            store->saveBundles(bundles);
            if (progress)
                std::fprintf(stderr, "\rbuilding the reference on the server: %d/%d prospects",
                             std::min((c + 1) * shape.chunk, shape.prospects), shape.prospects);
        }
        if (progress)
            std::fprintf(stderr, "\n");
    });
    f.productMs = ms(total) - f.generateMs;
    return f;
}

double ClientFigures::perSecond() const
{
    const auto ops = static_cast<double>(logMeeting.ms.size() + moveCard.ms.size());
    return seconds > 0 ? ops / seconds : 0;
}

ClientFigures measureClients(const QString& location, const ReferenceShape& shape, int clients,
                             int seconds)
{
    ClientFigures f;
    f.clients = clients;
    std::mutex lock;
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(clients));
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            Samples meetings;
            Samples moves;
            qint64 errors = 0;
            QStringList firstErrors;
            std::vector<Id> logged; // taken out again after the run, so runs do not pile up
            try {
                auto store = storage::pg::PgStore::open(location);
                SystemClock clock;
                PipelineService service(*store, clock);
                std::mt19937 random(static_cast<std::mt19937::result_type>(7919 * (c + 1)));
                std::uniform_int_distribution<int> pick(1, shape.prospects);
                QElapsedTimer running;
                running.start();
                for (int i = 0; running.elapsed() < qint64{1000} * seconds; ++i) {
                    const Id id = pick(random);
                    QElapsedTimer t;
                    t.start();
                    try {
                        if (i % 4 == 3) {
                            const Prospect p = *store->prospects().find(id);
                            const Stage to = p.stage == Stage::Informative ? Stage::Consulting
                                                                           : Stage::Informative;
                            service.moveStage(id, to, QStringLiteral("Load test"),
                                              QStringLiteral("bench-%1").arg(c));
                            moves.ms.push_back(ms(t));
                        } else {
                            Meeting m;
                            m.prospectId = id;
                            m.occurredAt = clock.now();
                            m.kind = MeetingKind::Call;
                            m.summary = QStringLiteral("Load test call %1.%2").arg(c).arg(i);
                            m.notes = QStringLiteral("Pricing, order data and the pilot.");
                            m.loggedBy = QStringLiteral("bench-%1").arg(c);
                            logged.push_back(service.logMeeting(m));
                            meetings.ms.push_back(ms(t));
                        }
                    } catch (const std::exception& e) {
                        ++errors;
                        if (firstErrors.size() < 5)
                            firstErrors << QString::fromUtf8(e.what());
                    }
                }
                // One at a time: removals in one transaction would lock the
                // prospects of other clients' removals in another order.
                for (const Id id : logged)
                    store->meetings().remove(id);
            } catch (const std::exception& e) {
                ++errors;
                firstErrors << QString::fromUtf8(e.what());
            }
            const std::lock_guard<std::mutex> guard(lock);
            f.logMeeting.ms.insert(f.logMeeting.ms.end(), meetings.ms.begin(), meetings.ms.end());
            f.moveCard.ms.insert(f.moveCard.ms.end(), moves.ms.begin(), moves.ms.end());
            f.errors += errors;
            for (const QString& e : firstErrors)
                if (f.firstErrors.size() < 5)
                    f.firstErrors << e;
        });
    for (std::thread& t : threads)
        t.join();
    f.seconds = static_cast<double>(wall.elapsed()) / 1000.0;
    f.logMeeting.load = f.moveCard.load = loadAverage();
    return f;
}

} // namespace accord::bench
