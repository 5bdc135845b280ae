#include "Method.h"

#include <QCoreApplication>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};

bool isBlank(const QString& s)
{
    return s.trimmed().isEmpty();
}

MoveDecision refused(const QString& message)
{
    MoveDecision d;
    d.verdict = MoveVerdict::Refused;
    d.message = message;
    return d;
}

QString listLabels(const std::vector<CriterionResult>& unmet)
{
    QStringList labels;
    for (const auto& c : unmet)
        labels << c.criterion.label;
    return labels.join(QStringLiteral("; "));
}

} // namespace

MoveDecision decideStageMove(const Prospect& prospect, Stage to,
                             const std::vector<GateCriterion>& criteria,
                             const EvidenceSummary& evidence, const QString& reason)
{
    const Stage from = prospect.stage;
    if (from == to)
        return refused(Text::tr("%1 is already in %2.").arg(prospect.name, stageName(to)));
    if (prospect.deletedAt.isValid())
        return refused(
            Text::tr("%1 is in the trash: restore it before moving it.").arg(prospect.name));
    if (prospect.status == Status::Won)
        return refused(
            Text::tr("%1 is won: its stage can no longer change (undo the move instead).")
                .arg(prospect.name));
    if (prospect.status == Status::Lost)
        return refused(Text::tr("%1 is lost: reopen it before moving it.").arg(prospect.name));

    MoveDecision d;
    if (static_cast<int>(to) < static_cast<int>(from)) {
        d.backward = true;
        if (isBlank(reason)) {
            d.verdict = MoveVerdict::NeedsReason;
            d.message =
                Text::tr("Moving %1 back to %2 needs a reason.").arg(prospect.name, stageName(to));
        } else {
            d.verdict = MoveVerdict::Allowed;
            d.message = Text::tr("%1 moves back to %2.").arg(prospect.name, stageName(to));
        }
        return d;
    }

    for (int s = static_cast<int>(from); s < static_cast<int>(to); ++s) {
        const GateResult gate = evaluateGate(static_cast<Stage>(s), criteria, evidence);
        for (const CriterionResult& c : gate.criteria)
            (c.met ? d.met : d.unmet).push_back(c);
    }

    if (to == Stage::Partnership) {
        const GateResult last = evaluateGate(Stage::Negotiation, criteria, evidence);
        std::vector<CriterionResult> missing = last.unmet();
        QStringList what;
        if (!missing.empty())
            what << listLabels(missing);
        if (!evidence.signedOn)
            what << Text::tr("the signed date");
        if (!what.isEmpty()) {
            d.verdict = MoveVerdict::Refused;
            d.message =
                Text::tr("%1 can become a partnership only when the negotiation is complete; "
                         "missing: %2.")
                    .arg(prospect.name, what.join(QStringLiteral("; ")));
            return d;
        }
    }

    if (d.unmet.empty()) {
        d.verdict = MoveVerdict::Allowed;
        d.message = Text::tr("%1 moves to %2.").arg(prospect.name, stageName(to));
        return d;
    }
    if (isBlank(reason)) {
        d.verdict = MoveVerdict::NeedsReason;
        d.message =
            Text::tr("Moving %1 to %2 skips unmet criteria (%3): write a reason to override.")
                .arg(prospect.name, stageName(to), listLabels(d.unmet));
        return d;
    }
    d.verdict = MoveVerdict::Allowed;
    d.gateOverride = true;
    d.message = Text::tr("%1 moves to %2 with a gate override.").arg(prospect.name, stageName(to));
    return d;
}

MoveDecision decideStatusChange(const Prospect& prospect, Status to, const QString& reason)
{
    if (prospect.status == to)
        return refused(Text::tr("%1 is already %2.").arg(prospect.name, statusName(to).toLower()));
    if (prospect.deletedAt.isValid())
        return refused(Text::tr("%1 is in the trash: restore it before changing its status.")
                           .arg(prospect.name));
    if (to == Status::Won)
        return refused(Text::tr("A prospect is won by moving it to Partnership."));
    if (prospect.status == Status::Won)
        return refused(
            Text::tr("%1 is won: that is final (undo the move instead).").arg(prospect.name));

    MoveDecision d;
    if (to == Status::Lost && isBlank(reason)) {
        d.verdict = MoveVerdict::NeedsReason;
        d.message = Text::tr("Marking %1 as lost needs a reason.").arg(prospect.name);
        return d;
    }
    d.verdict = MoveVerdict::Allowed;
    switch (to) {
    case Status::Active:
        d.message = Text::tr("%1 is active again.").arg(prospect.name);
        break;
    case Status::OnHold:
        d.message = Text::tr("%1 is on hold.").arg(prospect.name);
        break;
    case Status::Lost:
        d.message = Text::tr("%1 is marked as lost.").arg(prospect.name);
        break;
    case Status::Won:
        break;
    }
    return d;
}

QDate defaultRequestedOn(const std::optional<QDate>& receivedOn, const QDate& today)
{
    if (receivedOn && receivedOn->isValid() && (!today.isValid() || *receivedOn < today))
        return *receivedOn;
    return today;
}

} // namespace accord::core
