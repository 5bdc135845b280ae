#include "ReviewFold.h"

#include "Forecast.h"

#include "Store.h"

#include <algorithm>

namespace accord::core {

namespace {

qint64 secs(const QDateTime& t)
{
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

bool ownerInScope(const QStringList& owners, const QString& owner)
{
    return owners.isEmpty() || owners.contains(owner);
}

} // namespace

PipelineReport computeReview(ReportRows& rows, const ReportQuery& query)
{
    ReviewFold fold(query);
    rows.changes(secs(query.from), [&](const ReviewChangeRow& c) { fold.addChange(c); });
    rows.prospects(query.owners, [&](const ReviewProspectRow& p) { fold.addProspect(p); });
    PipelineReport r = fold.finish([&](const std::vector<Id>& ids) { return rows.describe(ids); });
    r.lostByReason = lossesByReason(rows, r.moved(Movement::Lost), query.settings);
    return r;
}

std::vector<ReportProspect> drillReview(ReportRows& rows, const ReportQuery& query,
                                        const Drill& drill)
{
    std::vector<Id> ids;
    const qint64 now = secs(query.now);
    switch (drill.kind) {
    case Drill::Kind::Stage:
    case Drill::Kind::OwnerOpen:
        rows.prospects(query.owners, [&](const ReviewProspectRow& p) {
            const bool hit = drill.kind == Drill::Kind::Stage
                                 ? p.stage == drill.stage && inSnapshot(p.stage, p.status)
                                 : p.owner == drill.owner && isOpen(p.stage, p.status);
            if (hit)
                ids.push_back(p.id);
        });
        return rows.describe(ids);
    case Drill::Kind::Stalled: {
        std::vector<StalledProspect> all;
        rows.prospects(query.owners, [&](const ReviewProspectRow& p) {
            if (auto s = stalledOf(p, now, query.settings))
                all.push_back(std::move(*s));
        });
        rankStalled(all, -1, [&](const std::vector<Id>& list) { return rows.describe(list); });
        std::vector<ReportProspect> out;
        out.reserve(all.size());
        for (const StalledProspect& s : all)
            out.push_back(
                {s.id, s.name, s.owner, s.stage, Status::Active, s.valueMinor, s.currency, {}});
        return out;
    }
    case Drill::Kind::LeftStage:
    case Drill::Kind::Moved: {
        qint64 from = secs(query.from);
        qint64 to = secs(query.to);
        if (drill.kind == Drill::Kind::Moved) { // narrowed to a week when given
            if (drill.from.isValid())
                from = std::max(from, secs(drill.from));
            if (drill.to.isValid())
                to = std::min(to, secs(drill.to));
        }
        auto inWindow = [&](qint64 at) { return at >= from && at < to; };
        if (drill.kind == Drill::Kind::Moved && drill.movement == Movement::New) {
            rows.prospects(query.owners, [&](const ReviewProspectRow& p) {
                if (p.createdAt && inWindow(*p.createdAt))
                    ids.push_back(p.id);
            });
        } else {
            rows.changes(from, [&](const ReviewChangeRow& c) {
                if (!inWindow(c.at))
                    return;
                const bool hit = drill.kind == Drill::Kind::LeftStage
                                     ? isStageMove(c) && c.fromStage == drill.stage
                                     : movementOf(c) == drill.movement;
                if (hit)
                    ids.push_back(c.prospectId);
            });
            // Entries come in any order: each prospect once.
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        }
        std::vector<ReportProspect> out = rows.describe(ids);
        out.erase(std::remove_if(out.begin(), out.end(),
                                 [&](const ReportProspect& p) {
                                     return !ownerInScope(query.owners, p.owner);
                                 }),
                  out.end());
        return out;
    }
    }
    return {};
}

PipelineReport ReviewService::compute(const ReportQuery& query)
{
    PipelineReport r;
    m_store.readSnapshot([&] { r = computeReview(m_store.reports(), query); });
    return r;
}

std::vector<ReportProspect> ReviewService::drill(const ReportQuery& query, const Drill& drill)
{
    std::vector<ReportProspect> out;
    m_store.readSnapshot([&] { out = drillReview(m_store.reports(), query, drill); });
    return out;
}

std::vector<ReportProspect> ReviewService::describe(const std::vector<Id>& ids)
{
    if (ids.empty())
        return {};
    return m_store.reports().describe(ids);
}

} // namespace accord::core
