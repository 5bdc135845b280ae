#include "PipelineService.h"

#include "Activities.h"
#include "CloseDates.h"
#include "PipelineSettings.h"
#include "Validation.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace accord::core {

namespace {
/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};
} // namespace

Prospect PipelineService::require(Id id, bool forChange)
{
    auto p = forChange ? m_store.prospects().findForChange(id) : m_store.prospects().find(id);
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
    Id id = kNoId;
    m_store.transaction([&] {
        id = m_store.prospects().add(p);
        Prospect added = p;
        added.id = id;
        if (const auto c = closeChangeOf(Prospect{}, added, actor(), now))
            m_store.applyChanges({insertPatch(*c)});
    });
    return id;
}

QStringList PipelineService::editableProspectFields()
{
    // Stage, status and their times change only through moveStage/changeStatus/reopen
    // (with history); the trash has its own commands; updated_at is a stamp.
    static const QStringList keys = [] {
        QStringList out;
        for (const FieldSpec& s : fieldSpecs(RecordKind::Prospect))
            out << s.key;
        for (const char* fixed :
             {"stage", "status", "stage_entered_at", "created_at", "deleted_at", "updated_at"})
            out.removeAll(QLatin1String(fixed));
        return out;
    }();
    return keys;
}

ChangeSet PipelineService::applyProspectPatch(const FieldPatch& patch)
{
    const QStringList editable = editableProspectFields();
    for (const FieldChange& f : patch.fields)
        if (!editable.contains(f.key))
            throw ValidationError(
                f.key, QCoreApplication::translate("accord", "The %1 is not changed by an edit.")
                           .arg(findField(RecordKind::Prospect, f.key)
                                    ? findField(RecordKind::Prospect, f.key)->label
                                    : f.key));
    ChangeSet written;
    m_store.transaction([&] {
        const Prospect current = require(patch.id);
        if (patch.fields.empty())
            return; // nothing to change: nothing written, not even the stamp
        Prospect candidate = current;
        core::applyPatch(candidate, patch);
        validate(candidate);
        // Only removing the date of a partnership is refused: one that never had
        // a date (imported as won or lost) stays editable.
        if (candidate.stage == Stage::Partnership && current.signedOn.isValid() &&
            !candidate.signedOn.isValid())
            throw ValidationError(QStringLiteral("signed_on"),
                                  QCoreApplication::translate(
                                      "accord", "%1 is a partnership and keeps its signed date; "
                                                "reopen it first to remove the date.")
                                      .arg(candidate.name));
        const QDateTime now = m_clock.now().toUTC();
        FieldPatch stamped = patch;
        stamped.fields.push_back(
            FieldChange{QStringLiteral("updated_at"), QVariant(), QVariant(now)});
        ChangeSet changes{stamped};
        // A new close date goes into its history in the same transaction (and
        // undo takes the entry back with the date).
        if (const auto c = closeChangeOf(current, candidate, actor(), now))
            changes.push_back(insertPatch(*c));
        written = m_store.applyChanges(changes);
    });
    return written;
}

ChangeSet PipelineService::updateProspect(Prospect p)
{
    ChangeSet written;
    m_store.transaction([&] {
        const Prospect current = require(p.id);
        written = applyProspectPatch(diffPatch(current, p, editableProspectFields()));
    });
    return written;
}

Prospect PipelineService::editProspect(Id id, const std::function<void(Prospect&)>& edit,
                                       ChangeSet* applied)
{
    Prospect after;
    m_store.transaction([&] {
        const Prospect current = require(id);
        after = current;
        edit(after);
        after.id = id;
        const ChangeSet written =
            applyProspectPatch(diffPatch(current, after, editableProspectFields()));
        if (applied)
            *applied = written;
    });
    return after;
}

Id PipelineService::logMeeting(Meeting m, ChangeSet* applied)
{
    validate(m);
    Id id = kNoId;
    m_store.transaction([&] {
        const Prospect p = require(m.prospectId);
        const QDate today = m_clock.now().toLocalTime().date();
        const ChangeSet written = m_store.applyChanges(meetingLogChanges(m, p, today));
        id = written.front().id;
        if (applied)
            *applied = written;
    });
    return id;
}

GateResult PipelineService::gate(Id prospectId, Stage stage)
{
    return evaluateGate(stage, m_store.gates().criteria(), m_store.evidence().summary(prospectId));
}

namespace {

bool hasCriterion(const std::vector<GateCriterion>& list, Id id)
{
    return std::any_of(list.begin(), list.end(),
                       [id](const GateCriterion& c) { return c.id == id; });
}

/// Every prospect's ticks of the criteria of `before` that `after` lacks.
std::vector<GateCheck> ticksOfRemoved(GateRepository& gates,
                                      const std::vector<GateCriterion>& before,
                                      const std::vector<GateCriterion>& after)
{
    std::vector<GateCheck> out;
    for (const GateCriterion& c : before)
        if (!hasCriterion(after, c.id))
            for (const GateCheck& t : gates.checksOfCriterion(c.id))
                out.push_back(t);
    return out;
}

} // namespace

std::vector<GateCheck> PipelineService::replaceCriteria(const std::vector<Stage>& stages,
                                                        const std::vector<GateCriterion>& list)
{
    std::vector<GateCheck> taken;
    m_store.transaction([&] {
        std::vector<GateCriterion> stored;
        for (const GateCriterion& c : m_store.gates().criteria())
            if (std::find(stages.begin(), stages.end(), c.stage) != stages.end())
                stored.push_back(c);
        taken = ticksOfRemoved(m_store.gates(), stored, list);
        for (Stage stage : stages) {
            std::vector<GateCriterion> ofStage;
            for (const GateCriterion& c : list)
                if (c.stage == stage) {
                    validate(c);
                    ofStage.push_back(c);
                }
            m_store.gates().replaceCriteria(stage, ofStage);
        }
    });
    return taken;
}

std::vector<GateCheck> PipelineService::restoreDefaultCriteria()
{
    std::vector<GateCheck> taken;
    m_store.transaction([&] {
        const std::vector<GateCriterion> before = m_store.gates().criteria();
        const std::vector<GateCheck> ticks = ticksOfRemoved(m_store.gates(), before, {});
        m_store.gates().restoreDefaults();
        const std::vector<GateCriterion> after = m_store.gates().criteria();
        taken.clear();
        for (const GateCheck& t : ticks)
            if (!hasCriterion(after, t.criterionId))
                taken.push_back(t);
    });
    return taken;
}

GateResult PipelineService::currentGate(Id prospectId)
{
    return gate(prospectId, require(prospectId).stage);
}

namespace {

/// The prospect's change and its history entry, as one change set.
ChangeSet stageChangeSet(const Prospect& before, const Prospect& after, const StageChange& change)
{
    return ChangeSet{diffPatch(before, after,
                               {QStringLiteral("stage"), QStringLiteral("status"),
                                QStringLiteral("stage_entered_at"), QStringLiteral("lost_reason"),
                                QStringLiteral("reason_code"), QStringLiteral("updated_at")}),
                     insertPatch(change)};
}

StageChange historyEntry(const Prospect& before, const Prospect& after, const QDateTime& now,
                         const QString& by, const QString& reason)
{
    StageChange change;
    change.prospectId = before.id;
    change.at = now;
    change.fromStage = before.stage;
    change.toStage = after.stage;
    change.fromStatus = before.status;
    change.toStatus = after.status;
    change.by = by;
    change.reason = reason.trimmed();
    return change;
}

/// One move of a prospect (stage, status or reopen) in one transaction: `decide`
/// judges the row as `load` reads it; when allowed, `edit` changes a copy and
/// the change is written with its history entry.
template <typename Load, typename Decide, typename Edit>
MoveDecision applyMove(Store& store, const Clock& clock, Load load, Decide decide, Edit edit,
                       const QString& by, const QString& reason, ChangeSet* applied)
{
    MoveDecision decision;
    store.transaction([&] {
        const Prospect before = load();
        decision = decide(before);
        if (!decision.allowed())
            return;
        const QDateTime now = clock.now();
        Prospect after = before;
        edit(after, now);
        after.updatedAt = now;
        StageChange change = historyEntry(before, after, now, by, reason);
        change.gateOverride = decision.gateOverride;
        const ChangeSet written = store.applyChanges(stageChangeSet(before, after, change));
        if (applied)
            *applied = written;
    });
    return decision;
}

} // namespace

MoveDecision PipelineService::moveStage(Id prospectId, Stage to, const QString& reason,
                                        const QString& by, ChangeSet* applied)
{
    return applyMove(
        m_store, m_clock, [&] { return require(prospectId, true); },
        [&](const Prospect& before) {
            return decideStageMove(before, to, m_store.gates().criteria(),
                                   m_store.evidence().summary(prospectId), reason);
        },
        [&](Prospect& after, const QDateTime& now) {
            after.stage = to;
            after.stageEnteredAt = now;
            if (to == Stage::Partnership)
                after.status = Status::Won;
        },
        by, reason, applied);
}

MoveDecision PipelineService::changeStatus(Id prospectId, Status to, const QString& reason,
                                           const QString& by, ChangeSet* applied,
                                           const QString& reasonCode)
{
    QString code;
    QString why = reason.trimmed();
    if (!reasonCode.trimmed().isEmpty()) {
        const std::vector<Reason> reasons = PipelineSettings::load(m_store.settings()).reasons;
        code = requireReason(reasons, reasonCode);
        // The history tells the reason by its label when no note was written.
        if (why.isEmpty())
            why = reasonLabel(reasons, code);
    }
    return applyMove(
        m_store, m_clock, [&] { return require(prospectId, true); },
        [&](const Prospect& before) { return decideStatusChange(before, to, why); },
        [&](Prospect& after, const QDateTime&) {
            if (to == Status::Lost) {
                after.lostReason = reason.trimmed();
                after.reasonCode = code;
            } else if (after.status == Status::Lost) {
                after.lostReason.clear(); // the history keeps why it was lost
                after.reasonCode.clear();
            }
            after.status = to;
        },
        by, why, applied);
}

MoveDecision PipelineService::decideReopen(const Prospect& prospect, Stage to,
                                           const QString& reason)
{
    MoveDecision d;
    if (prospect.deletedAt.isValid()) {
        d.message =
            Text::tr("%1 is in the trash: restore it before reopening it.").arg(prospect.name);
        return d;
    }
    if (prospect.status != Status::Won && prospect.status != Status::Lost) {
        d.message = Text::tr("%1 is neither won nor lost: move it or change its status instead.")
                        .arg(prospect.name);
        return d;
    }
    if (to == Stage::Partnership) {
        d.message = Text::tr("A prospect is reopened in stage 1, 2 or 3; it becomes a partnership "
                             "again by moving it there.");
        return d;
    }
    if (reason.trimmed().isEmpty()) {
        d.verdict = MoveVerdict::NeedsReason;
        d.message = Text::tr("Reopening %1 needs a reason.").arg(prospect.name);
        return d;
    }
    d.verdict = MoveVerdict::Allowed;
    d.backward = static_cast<int>(to) < static_cast<int>(prospect.stage);
    d.message = Text::tr("%1 is active again in %2.").arg(prospect.name, stageName(to));
    return d;
}

MoveDecision PipelineService::reopen(Id prospectId, Stage to, const QString& reason,
                                     const QString& by, ChangeSet* applied)
{
    return applyMove(
        m_store, m_clock, [&] { return require(prospectId, true); },
        [&](const Prospect& before) { return decideReopen(before, to, reason); },
        [&](Prospect& after, const QDateTime& now) {
            if (to != after.stage)
                after.stageEnteredAt = now;
            after.status = Status::Active;
            after.stage = to;
            after.lostReason.clear(); // the history keeps why it was lost
            after.reasonCode.clear();
        },
        by, reason, applied);
}

namespace {

/// The trash move (or, reversed, the restore) of a prospect as a field patch.
FieldPatch trashPatch(Id id, const QDateTime& at)
{
    FieldPatch p;
    p.kind = RecordKind::Prospect;
    p.id = id;
    p.fields.push_back(FieldChange{QStringLiteral("deleted_at"), QVariant(), QVariant(at.toUTC())});
    return p;
}

} // namespace

ChangeSet PipelineService::trash(Id prospectId)
{
    ChangeSet written;
    m_store.transaction([&] {
        const auto p = m_store.prospects().find(prospectId);
        if (p && p->deletedAt.isValid())
            throw ValidationError(
                QStringLiteral("deleted_at"),
                QCoreApplication::translate("accord", "%1 is already in the trash.").arg(p->name));
        written = m_store.applyChanges({trashPatch(prospectId, m_clock.now())});
    });
    return written;
}

ChangeSet PipelineService::restore(Id prospectId)
{
    ChangeSet written;
    m_store.transaction([&] {
        const auto p = m_store.prospects().find(prospectId);
        if (!p)
            throw StoreError(
                QCoreApplication::translate("accord", "The prospect no longer exists."));
        if (!p->deletedAt.isValid())
            throw ValidationError(
                QStringLiteral("deleted_at"),
                QCoreApplication::translate("accord", "%1 is not in the trash.").arg(p->name));
        written = m_store.applyChanges({trashPatch(prospectId, p->deletedAt).reversed()});
    });
    return written;
}

std::vector<Id> PipelineService::purge(const std::vector<Id>& ids)
{
    std::vector<Id> skipped;
    m_store.transaction([&] {
        skipped.clear();
        for (Id id : ids)
            if (!m_store.prospects().purge(id))
                skipped.push_back(id);
    });
    return skipped;
}

void PipelineService::revertChanges(const ChangeSet& applied)
{
    m_store.applyChanges(reversed(applied));
}

void PipelineService::reapplyChanges(const ChangeSet& applied)
{
    // Reversed twice: the same change without the old stamps.
    m_store.applyChanges(reversed(reversed(applied)));
}

QString PipelineService::conflictSentence(const ConflictError& e, Attempt attempt)
{
    const QString tail = attempt == Attempt::Redo   ? Text::tr("redo is not possible")
                         : attempt == Attempt::Undo ? Text::tr("undo is not possible")
                                                    : Text::tr("nothing was saved");
    if (e.reason() == ConflictError::Reason::Linked) {
        const QString from = recordKindName(e.linkedFrom());
        const bool vowel = !from.isEmpty() && QStringLiteral("aeiou").contains(from.front());
        return (vowel ? Text::tr("Someone linked an %1 to this %2 since; %3.")
                      : Text::tr("Someone linked a %1 to this %2 since; %3."))
            .arg(from, recordKindName(e.kind()), tail);
    }
    if (e.reason() == ConflictError::Reason::Taken)
        return Text::tr("Another %1 took its place since; %2.").arg(recordKindName(e.kind()), tail);
    if (e.kind() != RecordKind::Prospect) {
        if (e.missing())
            return Text::tr("The %1 no longer exists; %2.").arg(recordKindName(e.kind()), tail);
        if (!e.by().isEmpty())
            return Text::tr("%1 changed the %2 since; %3.")
                .arg(e.by(), recordKindName(e.kind()), tail);
        return Text::tr("The %1 was changed since; %2.").arg(recordKindName(e.kind()), tail);
    }
    std::optional<Prospect> p;
    try {
        p = m_store.prospects().find(e.id());
    } catch (const StoreError&) {
    }
    if (!p || e.missing())
        return Text::tr("The prospect no longer exists; %1.").arg(tail);
    const bool moved = e.fields().contains(QStringLiteral("stage")) ||
                       e.fields().contains(QStringLiteral("status"));
    if (moved) {
        std::vector<StageChange> history;
        try {
            history = m_store.prospects().history(e.id());
        } catch (const StoreError&) {
        }
        if (!history.empty()) {
            const StageChange& last =
                *std::max_element(history.begin(), history.end(), [](const auto& a, const auto& b) {
                    return std::tie(a.at, a.id) < std::tie(b.at, b.id);
                });
            const QString who = last.by.trimmed().isEmpty() ? Text::tr("Someone") : last.by;
            if (last.toStage != last.fromStage)
                return Text::tr("%1 moved %2 to %3 since; %4.")
                    .arg(who, p->name, stageShortName(last.toStage), tail);
            return Text::tr("%1 marked %2 as %3 since; %4.")
                .arg(who, p->name, statusName(last.toStatus).toLower(), tail);
        }
    }
    QStringList labels;
    for (const QString& key : e.fields())
        if (const FieldSpec* s = findField(RecordKind::Prospect, key))
            labels << s->label;
    const QString what = labels.isEmpty() ? Text::tr("data") : labels.join(Text::tr(" and "));
    if (!e.by().isEmpty())
        return Text::tr("%1 changed %2's %3 since; %4.").arg(e.by(), p->name, what, tail);
    return Text::tr("%1's %2 was changed since; %3.").arg(p->name, what, tail);
}

} // namespace accord::core
