// Contacts and meetings from a script: add-contact, edit-contact,
// remove-contact, edit-meeting, remove-meeting.

#include "RecordCommands.h"

#include "core/Validation.h"

namespace accord::cli {
namespace {

using namespace accord::core;

QStringList contactOptions()
{
    return {opt("name"), opt("title"), opt("role"), opt("email"), opt("phone")};
}

/// Sets the contact options given on `c`.
void applyContactOptions(const Args& args, Contact& c)
{
    textOption(args, "name", c.name);
    textOption(args, "title", c.title);
    c.role = choiceOption<ContactRole>(args, "role").value_or(c.role);
    if (args.has(opt("email")))
        c.email = args.value(opt("email")).trimmed();
    textOption(args, "phone", c.phone);
}

int addContactCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, contactOptions(), {});
    const Prospect p = prospectArg(ctx, QStringLiteral("add-contact"), args);
    if (!args.has(opt("name")))
        throw UsageError(Cli::tr("add-contact needs --name."));
    Contact c;
    c.prospectId = p.id;
    applyContactOptions(args, c);
    const Id id = ctx.workspace().add(c).front().id;
    printAdded(ctx, Cli::tr("contact"), id, p, toJson(c));
    return kExitOk;
}

int editContactCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, withProspectOption(contactOptions()), {});
    return editRecordCommand<Contact>(ctx, args, QStringLiteral("edit-contact"), Cli::tr("contact"),
                                      contactOptions(),
                                      [&](Contact& c) { applyContactOptions(args, c); });
}

int removeContactCommand(CliContext& ctx, const QStringList& argv)
{
    return removeRecordCommand<Contact>(ctx, argv, QStringLiteral("remove-contact"),
                                        Cli::tr("contact"));
}

int editMeetingCommand(CliContext& ctx, const QStringList& argv)
{
    const Args args(argv, withProspectOption(meetingOptionNames()), {});
    return editRecordCommand<Meeting>(ctx, args, QStringLiteral("edit-meeting"), Cli::tr("meeting"),
                                      meetingOptionNames(),
                                      [&](Meeting& m) { meetingOptions(args, m); });
}

int removeMeetingCommand(CliContext& ctx, const QStringList& argv)
{
    return removeRecordCommand<Meeting>(ctx, argv, QStringLiteral("remove-meeting"),
                                        Cli::tr("meeting"));
}

} // namespace

void registerContactCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("add-contact"),
                  QStringLiteral("add-contact ID --name N [--title T] "
                                 "[--role executive|operations|field_sales|other] [--email E] "
                                 "[--phone P] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli", "Add a contact person to a prospect."),
                  addContactCommand});
    registry.add(
        {QStringLiteral("edit-contact"),
         QStringLiteral("edit-contact CONTACT_ID [--name N] [--title T] [--role R] "
                        "[--email E] [--phone P] [--prospect ID] [--json]"),
         QT_TRANSLATE_NOOP("accord::cli::Cli", "Change a contact; only the fields given change."),
         editContactCommand});
    registry.add({QStringLiteral("remove-contact"),
                  QStringLiteral("remove-contact CONTACT_ID [--prospect ID] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Remove a contact (the opportunities it championed lose their "
                                    "champion)."),
                  removeContactCommand});
    registry.add({QStringLiteral("edit-meeting"),
                  QStringLiteral("edit-meeting MEETING_ID [--summary S] [--when T] [--kind K] "
                                 "[--duration MIN] [--attendees A] [--notes N | --notes-file F] "
                                 "[--shared S] [--learned L] [--next-step T] [--due D] "
                                 "[--prospect ID] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Change a logged meeting; only the fields given change."),
                  editMeetingCommand});
    registry.add({QStringLiteral("remove-meeting"),
                  QStringLiteral("remove-meeting MEETING_ID [--prospect ID] [--json]"),
                  QT_TRANSLATE_NOOP("accord::cli::Cli",
                                    "Delete a logged meeting (insights presented at it keep their "
                                    "text and lose the link)."),
                  removeMeetingCommand});
}

} // namespace accord::cli
