#include "AttachmentCommands.h"

#include "Session.h"

#include <QCoreApplication>

namespace accord::gui {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

core::AttachmentService service(Session& session)
{
    return core::AttachmentService(session.store(), session.clock());
}

} // namespace

AddAttachmentCommand::AddAttachmentCommand(Session& session, core::Id prospectId, QString name,
                                           QByteArray bytes, core::AttachmentLink link)
    : Command(session, Text::tr("Attach %1").arg(name)), m_prospectId(prospectId),
      m_name(std::move(name)), m_bytes(std::move(bytes)), m_link(link)
{}

void AddAttachmentCommand::apply(bool first)
{
    if (first)
        m_info =
            service(m_session).add(m_prospectId, m_name, m_bytes, m_link, m_session.userName());
    else
        service(m_session).restore(core::Attachment{m_info, m_bytes});
}

void AddAttachmentCommand::revert()
{
    service(m_session).remove(m_info);
}

RemoveAttachmentCommand::RemoveAttachmentCommand(Session& session, core::AttachmentInfo info)
    : Command(session, Text::tr("Remove %1").arg(info.name)), m_removed{std::move(info), {}}
{}

void RemoveAttachmentCommand::apply(bool first)
{
    if (first)
        m_removed = service(m_session).remove(m_removed.info.id); // keeps the bytes for undo
    else
        service(m_session).remove(m_removed.info);
}

void RemoveAttachmentCommand::revert()
{
    service(m_session).restore(m_removed);
}

} // namespace accord::gui
