#include "ReferenceData.h"

#include "core/Demo.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace accord::bench {

using namespace accord::core;

namespace {

// Words of the synthetic notes: a few very common ones (in most notes), many
// mid-frequency ones, and a per-meeting code word that occurs once.
constexpr std::array<const char*, 12> kCommon{"order", "online",  "customers", "team",
                                              "data",  "portal",  "reps",      "quarter",
                                              "price", "account", "review",    "next"};
constexpr std::array<const char*, 48> kWords{
    "warehouse", "catalogue", "shipping",  "reorder",   "margin",     "pilot",   "benchmark",
    "forecast",  "invoice",   "logistics", "checkout",  "abandoned",  "carts",   "inventory",
    "pricing",   "discount",  "contract",  "renewal",   "onboarding", "support", "mobile",
    "search",    "returns",   "loyalty",   "regional",  "wholesale",  "dealers", "spares",
    "service",   "seasonal",  "promotion", "analytics", "dashboard",  "budget",  "approval",
    "legal",     "security",  "training",  "workshop",  "timeline",   "volume",  "growth",
    "channel",   "partners",  "catalog",   "traffic",   "conversion", "basket"};

QString sentence(QRandomGenerator& rng, int words)
{
    QString out;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            out += u' ';
        const bool common = rng.bounded(3) == 0;
        out += QLatin1String(common ? kCommon[rng.bounded(static_cast<int>(kCommon.size()))]
                                    : kWords[rng.bounded(static_cast<int>(kWords.size()))]);
    }
    out += u'.';
    out[0] = out[0].toUpper();
    return out;
}

QString notes(QRandomGenerator& rng, qint64 serial)
{
    QString out;
    out.reserve(340);
    while (out.size() < 280) {
        if (!out.isEmpty())
            out += u' ';
        out += sentence(rng, 6 + static_cast<int>(rng.bounded(6)));
    }
    out += QStringLiteral(" Ref %1.").arg(rareWord(serial));
    return out;
}

} // namespace

QString rareWord(qint64 meetingSerial)
{
    // Letters only, so the tokenizer keeps it whole; 'qz' never starts an English word.
    QString word = QStringLiteral("qz");
    qint64 n = meetingSerial * 7919 + 13; // scatter neighbours
    for (int i = 0; i < 6; ++i) {
        word += QChar(u'a' + static_cast<char16_t>(n % 26));
        n /= 26;
    }
    return word;
}

std::vector<ProspectBundle> referenceChunk(const ReferenceShape& shape, int chunkIndex)
{
    const int first = chunkIndex * shape.chunk;
    const int count = std::min(shape.chunk, shape.prospects - first);
    if (count <= 0)
        return {};
    DemoOptions options;
    options.seed = 1000u + static_cast<quint32>(chunkIndex);
    options.prospects = count;
    options.now = shape.now;
    std::vector<ProspectBundle> bundles = makeDemoPipeline(options);

    QRandomGenerator rng(77u + static_cast<quint32>(chunkIndex));
    qint64 serial = static_cast<qint64>(first) * shape.meetingsPerProspect;
    Id nextMeetingId = 1'000'000'000;
    for (ProspectBundle& b : bundles) {
        Prospect& p = b.prospect;
        const qint64 life = std::max<qint64>(3600, p.createdAt.secsTo(shape.now));
        while (static_cast<int>(b.meetings.size()) < shape.meetingsPerProspect) {
            Meeting m;
            m.id = nextMeetingId++;
            m.occurredAt = p.createdAt.addSecs(static_cast<qint64>(rng.bounded(quint64(life))));
            m.durationMinutes = 30;
            m.kind = MeetingKind::Call;
            m.stageAtTime = p.stage;
            m.attendees = b.contacts.empty() ? QString() : b.contacts.front().name;
            m.summary = QStringLiteral("Follow-up call");
            m.notes = notes(rng, serial++);
            m.loggedBy = p.owner;
            b.meetings.push_back(std::move(m));
        }
        std::stable_sort(
            b.meetings.begin(), b.meetings.end(),
            [](const Meeting& a, const Meeting& c) { return a.occurredAt > c.occurredAt; });
        // A pause and a restart early in the first stage keep the history consistent.
        std::vector<StageChange> early;
        for (int k = 0;
             static_cast<int>(b.history.size() + early.size()) < shape.historyPerProspect; ++k) {
            StageChange pause;
            pause.at = p.createdAt.addSecs(600 + 1200 * k);
            pause.fromStatus = Status::Active;
            pause.toStatus = Status::OnHold;
            pause.by = p.owner;
            pause.reason = QStringLiteral("Budget freeze until their next quarter");
            StageChange resume = pause;
            resume.at = pause.at.addSecs(600);
            resume.fromStatus = Status::OnHold;
            resume.toStatus = Status::Active;
            resume.reason = QStringLiteral("Budget released");
            early.push_back(pause);
            early.push_back(resume);
        }
        b.history.insert(b.history.begin(), early.begin(), early.end());
    }
    return bundles;
}

} // namespace accord::bench
