#pragma once

// Adding and removing a prospect's file as undoable commands. Each keeps the
// bytes it needs to redo or undo (a removal keeps the file), and every write
// goes through core's AttachmentService, which refuses with a sentence when
// someone changed or removed the file since.

#include "Command.h"

#include "core/Attachment.h"

namespace accord::gui {

class AddAttachmentCommand final : public Command
{
public:
    AddAttachmentCommand(Session& session, core::Id prospectId, QString name, QByteArray bytes,
                         core::AttachmentLink link);
    const core::AttachmentInfo& added() const { return m_info; }

protected:
    void apply(bool first) override;
    void revert() override;

private:
    core::Id m_prospectId;
    QString m_name;
    QByteArray m_bytes;
    core::AttachmentLink m_link;
    core::AttachmentInfo m_info;
};

class RemoveAttachmentCommand final : public Command
{
public:
    RemoveAttachmentCommand(Session& session, core::AttachmentInfo info);

protected:
    void apply(bool first) override;
    void revert() override;

private:
    core::Attachment m_removed;
};

} // namespace accord::gui
