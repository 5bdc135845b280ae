#include "ProspectActions.h"

#include "Prompter.h"
#include "ReadError.h"
#include "Session.h"
#include "commands/Commands.h"
#include "dialogs/GateDialog.h"
#include "dialogs/LogMeetingDialog.h"
#include "dialogs/NewProspectDialog.h"
#include "views/TextLabel.h"

namespace accord::gui {

ProspectActions::ProspectActions(Session& session, Prompter& prompter, QWidget* window)
    : QObject(window), m_session(session), m_prompter(prompter), m_window(window)
{}

void ProspectActions::requestMove(core::Id id, core::Stage to)
{
    std::optional<core::Prospect> p;
    core::MoveDecision decision;
    try {
        p = m_session.store().prospects().find(id);
        if (!p || p->stage == to)
            return;
        decision = core::decideStageMove(*p, to, m_session.store().gates().criteria(),
                                         m_session.store().evidence().summary(id), QString());
    } catch (const std::exception& e) {
        emit m_session.commandFailed(QString::fromUtf8(e.what()));
        return;
    }
    switch (decision.verdict) {
    case core::MoveVerdict::Allowed:
        m_session.execute(makeMove(m_session, id, to, QString()));
        return;
    case core::MoveVerdict::Refused:
        m_prompter.inform(m_window, tr("Cannot move %1").arg(shortName(p->name)), decision.message);
        return;
    case core::MoveVerdict::NeedsReason: {
        auto* dialog = new GateDialog(*p, to, decision, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, id, to] {
            m_session.execute(makeMove(m_session, id, to, dialog->reason()));
        });
        dialog->open();
        return;
    }
    }
}

void ProspectActions::advance(core::Id id)
{
    if (auto p = m_session.store().prospects().find(id); p && p->stage != core::Stage::Partnership)
        requestMove(id, static_cast<core::Stage>(static_cast<int>(p->stage) + 1));
}

void ProspectActions::moveBack(core::Id id)
{
    if (auto p = m_session.store().prospects().find(id); p && p->stage != core::Stage::Informative)
        requestMove(id, static_cast<core::Stage>(static_cast<int>(p->stage) - 1));
}

void ProspectActions::requestStatus(core::Id id, core::Status to)
{
    auto p = m_session.store().prospects().find(id);
    if (!p || p->status == to)
        return;
    QString reason;
    QString reasonCode;
    if (to == core::Status::Lost) {
        // Lost: a reason from the pipeline's list (counted on the Review page), then a note.
        std::vector<core::Reason> reasons;
        for (const core::Reason& r : m_session.pipelineSettings().reasons)
            if (!r.retired)
                reasons.push_back(r);
        QStringList labels;
        for (const core::Reason& r : reasons)
            labels << r.label;
        const int chosen = m_prompter.choose(
            m_window, tr("Set %1 to %2").arg(shortName(p->name), core::statusName(to)),
            tr("Why was it lost?"), labels);
        if (chosen < 0 || chosen >= static_cast<int>(reasons.size()))
            return;
        reasonCode = reasons[static_cast<std::size_t>(chosen)].key;
        reason = m_prompter.askText(
            m_window, tr("Set %1 to %2").arg(shortName(p->name), core::statusName(to)),
            tr("A note on why (optional, kept with the reason):"));
        m_session.execute(makeMove(m_session, id, to, reason, reasonCode));
        return;
    }
    core::MoveDecision d = core::decideStatusChange(*p, to, reason);
    if (d.verdict == core::MoveVerdict::NeedsReason) {
        reason = m_prompter.askText(
            m_window, tr("Set %1 to %2").arg(shortName(p->name), core::statusName(to)),
            tr("Reason (kept in the history):"));
        if (reason.isEmpty())
            return;
        d = core::decideStatusChange(*p, to, reason);
    }
    if (d.verdict == core::MoveVerdict::Refused) {
        m_prompter.inform(m_window, tr("Cannot change the status of %1").arg(shortName(p->name)),
                          d.message);
        return;
    }
    m_session.execute(makeMove(m_session, id, to, reason));
}

void ProspectActions::newProspect()
{
    auto* dialog = new NewProspectDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto command = std::make_unique<AddProspectCommand>(m_session, dialog->prospect());
        auto* raw = command.get();
        if (m_session.execute(std::move(command)))
            emit prospectCreated(raw->prospectId());
    });
    dialog->open();
}

void ProspectActions::logMeeting(core::Id prospectId)
{
    auto* dialog = new LogMeetingDialog(m_session, prospectId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::Meeting m = dialog->meeting();
        bool wasMet = false;
        tryRead(m_session, tr("The exit criteria could not be read: %1"),
                [&] { wasMet = m_session.service().currentGate(m.prospectId).allMet(); });
        auto command = makeLogMeeting(m_session, m);
        auto* raw = command.get();
        if (!m_session.execute(std::move(command)))
            return;
        emit meetingLogged(m.prospectId, raw->insertedId());
        offerToAdvance(m.prospectId, wasMet);
    });
    dialog->open();
}

void ProspectActions::offerToAdvance(core::Id prospectId, bool gateWasMet)
{
    std::optional<core::Prospect> p;
    core::GateResult gate;
    const bool read = tryRead(m_session, tr("The exit criteria could not be read: %1"), [&] {
        p = m_session.store().prospects().find(prospectId);
        if (p && p->stage != core::Stage::Partnership && p->status == core::Status::Active)
            gate = m_session.service().currentGate(prospectId);
    });
    if (!read || !p || p->stage == core::Stage::Partnership || p->status != core::Status::Active)
        return;
    if (gateWasMet || gate.total() == 0 || !gate.allMet())
        return;
    const auto next = static_cast<core::Stage>(static_cast<int>(p->stage) + 1);
    if (m_prompter.confirm(m_window, tr("Advance %1?").arg(shortName(p->name)),
                           tr("Every exit criterion of %1 is met. Move %2 to %3 now?")
                               .arg(core::stageName(p->stage), p->name, core::stageName(next))))
        requestMove(prospectId, next);
}

void ProspectActions::editMeeting(core::Id meetingId)
{
    auto m = m_session.store().meetings().find(meetingId);
    if (!m)
        return;
    auto* dialog = new LogMeetingDialog(m_session, *m, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const core::Meeting after = dialog->meeting();
        if (!(after == dialog->original()))
            m_session.execute(makeEditMeeting(m_session, dialog->original(), after));
    });
    dialog->open();
}

void ProspectActions::deleteMeeting(core::Id meetingId)
{
    if (auto m = m_session.store().meetings().find(meetingId))
        m_session.execute(makeDeleteMeeting(m_session, *m));
}

void ProspectActions::moveToTrash(const QList<core::Id>& ids)
{
    if (ids.isEmpty())
        return;
    if (ids.size() > 1)
        m_session.undoStack()->beginMacro(
            tr("Delete %n prospects", nullptr, static_cast<int>(ids.size())));
    for (core::Id id : ids) {
        const auto p = m_session.store().prospects().find(id);
        if (p && !p->deletedAt.isValid())
            m_session.execute(makeTrash(m_session, id, p->name, true));
    }
    if (ids.size() > 1)
        m_session.undoStack()->endMacro();
}

} // namespace accord::gui
