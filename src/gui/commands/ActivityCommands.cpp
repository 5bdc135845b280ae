#include "ActivityCommands.h"

#include "Session.h"

#include <QCoreApplication>

namespace accord::gui {

namespace {

using core::Activity;
using core::ChangeSet;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::gui::ActivityCommands)
};

core::ActivityService service(Session& s)
{
    return core::ActivityService(s.store(), s.clock());
}

ChangeSet written(const std::optional<Activity>& result, ChangeSet applied)
{
    if (!result)
        throw core::StoreError(
            Text::tr("The activity is gone: someone removed it or its prospect meanwhile."));
    return applied;
}

} // namespace

std::unique_ptr<ChangeSetCommand> makePlanActivity(Session& s, const core::Activity& a)
{
    return std::make_unique<ChangeSetCommand>(
        s, Text::tr("Plan “%1”").arg(a.title),
        [a](Session& session) { return service(session).plan(a); });
}

std::unique_ptr<ChangeSetCommand> makeEditActivity(Session& s, const core::Activity& after)
{
    return std::make_unique<ChangeSetCommand>(
        s, Text::tr("Edit “%1”").arg(after.title), [after](Session& session) {
            core::ChangeSet applied;
            const auto result = service(session).edit(
                after.id,
                [&after](core::Activity& a) {
                    const QDateTime done = a.doneAt; // done is its own command
                    a = after;
                    a.doneAt = done;
                },
                &applied);
            return written(result, applied);
        });
}

std::unique_ptr<ChangeSetCommand> makeRescheduleActivity(Session& s, const core::Activity& a,
                                                         const core::Due& due)
{
    return std::make_unique<ChangeSetCommand>(
        s, Text::tr("Reschedule “%1”").arg(a.title), [id = a.id, due](Session& session) {
            core::ChangeSet applied;
            const auto result = service(session).reschedule(id, due, &applied);
            return written(result, applied);
        });
}

std::unique_ptr<ChangeSetCommand> makeMarkActivityDone(Session& s, const core::Activity& a,
                                                       const std::optional<core::Meeting>& log)
{
    const QString text =
        log ? Text::tr("Done and logged: “%1”").arg(a.title) : Text::tr("Done: “%1”").arg(a.title);
    return std::make_unique<ChangeSetCommand>(
        s, text, [id = a.id, log](Session& session) { return service(session).markDone(id, log); });
}

std::unique_ptr<ChangeSetCommand> makeReopenActivity(Session& s, const core::Activity& a)
{
    return std::make_unique<ChangeSetCommand>(
        s, Text::tr("Open “%1” again").arg(a.title),
        [id = a.id](Session& session) { return service(session).reopen(id); });
}

std::unique_ptr<ChangeSetCommand> makeRemoveActivity(Session& s, const core::Activity& a)
{
    return std::make_unique<ChangeSetCommand>(
        s, Text::tr("Remove “%1”").arg(a.title),
        [id = a.id](Session& session) { return service(session).remove(id); });
}

} // namespace accord::gui
