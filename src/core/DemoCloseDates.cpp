#include "DemoCloseDates.h"

#include "DemoText.h"

#include <random>

namespace accord::core {

namespace {

using demo::kLostReasons;

// The reason code each of the demo's lost reasons amounts to (same order as kLostReasons).
constexpr std::array<const char*, kLostReasons.size()> kLostCodes{"no_fit", "timing", "price",
                                                                  "champion_left"};

QDate quarterStart(const QDate& d)
{
    return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

void addDemoCloseDates(ProspectBundle& b, int index, quint32 seed, const QDateTime& now)
{
    // A generator of its own: the rest of the demo stays as it was without dates.
    std::mt19937 rng(seed * 7919U + static_cast<quint32>(index));
    auto between = [&](int low, int high) {
        return low + static_cast<int>(rng() % static_cast<quint32>(high - low + 1));
    };
    Prospect& p = b.prospect;
    const QDate today = now.date();
    const QDateTime lastChange = b.history.empty() ? p.createdAt : b.history.back().at;

    QDate close;
    if (p.status == Status::Won) {
        close = p.signedOn.isValid() ? p.signedOn : lastChange.date();
    } else if (p.status == Status::Lost) {
        close = lastChange.date().addDays(between(10, 60));
        for (std::size_t k = 0; k < kLostReasons.size(); ++k)
            if (p.lostReason == QString::fromUtf8(kLostReasons[k]))
                p.reasonCode = QString::fromLatin1(kLostCodes[k]);
    } else {
        // Later stages close sooner: stage 3 mostly this quarter, stage 1 up to two ahead.
        const int stageNo = static_cast<int>(p.stage);
        const int low = stageNo == 3 ? 0 : stageNo == 2 ? 20 : 60;
        const int high = stageNo == 3 ? 100 : stageNo == 2 ? 200 : 270;
        close = quarterStart(today).addDays(between(low, high));
        if (close <= today)
            close = today.addDays(between(5, 25));
    }

    // The moves: the first date set a few days after the prospect came in; one in
    // three slipped once or twice, the open ones among them lately.
    const int slips = index % 3 == 1 ? 1 + index % 2 : 0;
    std::vector<int> slipDays;
    int total = 0;
    for (int k = 0; k < slips; ++k) {
        slipDays.push_back(between(14, 45));
        total += slipDays.back();
    }
    const QDateTime end =
        p.status == Status::Active || p.status == Status::OnHold ? now : lastChange;
    QDateTime when = p.createdAt.addDays(between(1, 6)).addSecs(qint64{3600} * between(0, 8));
    if (when >= end)
        when = p.createdAt;
    QDate date = close.addDays(-total);
    auto entry = [&](const QDate& from, const QDate& to, const QDateTime& at) {
        CloseChange c;
        c.at = at;
        c.fromDate = from;
        c.toDate = to;
        c.by = p.owner;
        b.closeChanges.push_back(c);
    };
    entry(QDate(), date, when);
    for (int k = 0; k < slips; ++k) {
        // Spread over the time left; the last move of an open prospect in the past three weeks.
        const bool last = k == slips - 1;
        QDateTime next = last && end == now ? now.addDays(-between(2, 20))
                                            : when.addSecs(when.secsTo(end) / (slips + 1));
        if (next <= when)
            next = when.addSecs(3600);
        if (next > end)
            next = end;
        const QDate to = date.addDays(slipDays[static_cast<std::size_t>(k)]);
        entry(date, to, next);
        date = to;
        when = next;
    }
    p.expectedClose = date;
}

} // namespace accord::core
