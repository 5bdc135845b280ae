// accord_resilience_writer: the child process of the resilience suite. Logs
// meetings through the product's own service into a file and reports each one
// on stdout as soon as it is committed ("committed <id>"), so the parent can
// kill it at any moment and check that nothing reported was lost.
//
//   accord_resilience_writer DB PROSPECT_ID COUNT [--fsize BYTES]
//   accord_resilience_writer DB PROSPECT_ID --tick-new-criterion
//     adds an exit criterion to stage 1 and ticks it for the prospect (one commit).
//
// COUNT < 0 writes until killed. --fsize sets RLIMIT_FSIZE first (a full disk).
// Exit codes: 0 all written, 3 a store error (its sentence on stderr).

#include "core/PipelineService.h"
#include "storage/SqliteStore.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>

using namespace accord;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s DB PROSPECT_ID COUNT [--fsize BYTES]\n", argv[0]);
        return 2;
    }
    if (argc >= 6 && std::strcmp(argv[4], "--fsize") == 0) {
        // Writes past the limit fail with EFBIG instead of killing the process.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlim_t bytes = std::strtoull(argv[5], nullptr, 10);
        rlimit limit{bytes, bytes};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    if (std::strcmp(argv[3], "--tick-new-criterion") == 0) {
        try {
            auto store = storage::SqliteStore::open(QString::fromLocal8Bit(argv[1]));
            const core::Id prospect = std::strtoll(argv[2], nullptr, 10);
            store->transaction([&] {
                std::vector<core::GateCriterion> stage1;
                for (const auto& c : store->gates().criteria())
                    if (c.stage == core::Stage::Informative)
                        stage1.push_back(c);
                core::GateCriterion added;
                added.stage = core::Stage::Informative;
                added.label = QStringLiteral("Met their CFO");
                stage1.push_back(added);
                store->gates().replaceCriteria(core::Stage::Informative, stage1);
                core::GateCheck tick;
                tick.prospectId = prospect;
                tick.checked = true;
                tick.evidence = QStringLiteral("Lunch on Tuesday");
                tick.checkedAt = QDateTime::currentDateTimeUtc();
                for (const auto& c : store->gates().criteria())
                    if (c.label == added.label)
                        tick.criterionId = c.id;
                store->gates().setCheck(tick);
            });
            std::printf("committed\n");
            return 0;
        } catch (const core::StoreError& e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 3;
        }
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const core::Id prospect = std::strtoll(argv[2], nullptr, 10);
    const long count = std::strtol(argv[3], nullptr, 10);
    try {
        auto store = storage::SqliteStore::open(path);
        core::SystemClock clock;
        core::PipelineService service(*store, clock);
        const QString notes = QStringLiteral("Resilience run: order data, pricing and the pilot "
                                             "plan discussed at length. ")
                                  .repeated(4);
        for (long i = 0; count < 0 || i < count; ++i) {
            core::Meeting m;
            m.prospectId = prospect;
            m.occurredAt = clock.now();
            m.kind = core::MeetingKind::Call;
            m.summary =
                QStringLiteral("Writer %1 call %2").arg(QCoreApplication::applicationPid()).arg(i);
            m.notes = notes;
            m.loggedBy = QStringLiteral("writer");
            const core::Id id = service.logMeeting(m);
            std::printf("committed %lld\n", static_cast<long long>(id));
            std::fflush(stdout);
        }
    } catch (const core::StoreError& e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 3;
    }
    return 0;
}
