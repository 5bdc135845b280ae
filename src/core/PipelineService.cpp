#include "PipelineService.h"

#include "Validation.h"

#include <QCoreApplication>

namespace accord::core {

Prospect PipelineService::require(Id id)
{
    auto p = m_store.prospects().find(id);
    if (!p)
        throw ValidationError(
            QStringLiteral("prospect_id"),
            QCoreApplication::translate("accord", "There is no prospect %1.").arg(id));
    return *p;
}

Id PipelineService::addProspect(Prospect p)
{
    validate(p);
    const QDateTime now = m_clock.now();
    p.createdAt = now;
    p.updatedAt = now;
    p.stageEnteredAt = now;
    return m_store.prospects().add(p);
}

void PipelineService::updateProspect(Prospect p)
{
    validate(p);
    const Prospect current = require(p.id);
    // Stage and status change only through moveStage/changeStatus, with history.
    p.stage = current.stage;
    p.status = current.status;
    p.stageEnteredAt = current.stageEnteredAt;
    p.createdAt = current.createdAt;
    p.deletedAt = current.deletedAt;
    p.updatedAt = m_clock.now();
    m_store.prospects().update(p);
}

Id PipelineService::logMeeting(Meeting m)
{
    validate(m);
    Id id = kNoId;
    m_store.transaction([&] {
        Prospect p = require(m.prospectId);
        m.stageAtTime = p.stage;
        id = m_store.meetings().add(m);
        if (!m.nextStep.trimmed().isEmpty()) {
            p.nextStep = m.nextStep;
            p.nextStepDue = m.nextStepDue;
            p.updatedAt = m_clock.now();
            m_store.prospects().update(p);
        }
    });
    return id;
}

GateResult PipelineService::gate(Id prospectId, Stage stage)
{
    return evaluateGate(stage, m_store.gates().criteria(), m_store.evidence().summary(prospectId));
}

GateResult PipelineService::currentGate(Id prospectId)
{
    return gate(prospectId, require(prospectId).stage);
}

MoveDecision PipelineService::moveStage(Id prospectId, Stage to, const QString& reason,
                                        const QString& by)
{
    MoveDecision decision;
    m_store.transaction([&] {
        const Prospect before = require(prospectId);
        decision = decideStageMove(before, to, m_store.gates().criteria(),
                                   m_store.evidence().summary(prospectId), reason);
        if (!decision.allowed())
            return;
        const QDateTime now = m_clock.now();
        Prospect after = before;
        after.stage = to;
        after.stageEnteredAt = now;
        after.updatedAt = now;
        if (to == Stage::Partnership)
            after.status = Status::Won;

        StageChange change;
        change.prospectId = prospectId;
        change.at = now;
        change.fromStage = before.stage;
        change.toStage = after.stage;
        change.fromStatus = before.status;
        change.toStatus = after.status;
        change.by = by;
        change.reason = reason.trimmed();
        change.gateOverride = decision.gateOverride;
        m_store.prospects().applyStageChange(after, change);
    });
    return decision;
}

MoveDecision PipelineService::changeStatus(Id prospectId, Status to, const QString& reason,
                                           const QString& by)
{
    MoveDecision decision;
    m_store.transaction([&] {
        const Prospect before = require(prospectId);
        decision = decideStatusChange(before, to, reason);
        if (!decision.allowed())
            return;
        const QDateTime now = m_clock.now();
        Prospect after = before;
        after.status = to;
        after.updatedAt = now;
        if (to == Status::Lost)
            after.lostReason = reason.trimmed();
        else if (before.status == Status::Lost)
            after.lostReason.clear(); // the history keeps why it was lost

        StageChange change;
        change.prospectId = prospectId;
        change.at = now;
        change.fromStage = before.stage;
        change.toStage = before.stage;
        change.fromStatus = before.status;
        change.toStatus = to;
        change.by = by;
        change.reason = reason.trimmed();
        m_store.prospects().applyStageChange(after, change);
    });
    return decision;
}

void PipelineService::revertChange(const Prospect& before, const StageChange& change)
{
    m_store.prospects().revertStageChange(before, change.id);
}

} // namespace accord::core
