#pragma once

// The files kept on one prospect: name, size, link, who added them and when.
// The bytes stay in the store.

#include "ProspectRowsModel.h"

#include "core/Attachment.h"

namespace accord::gui {

struct AttachmentRow
{
    core::AttachmentInfo info;
    QString link; // "Agreement", "Data request: Online revenue", or empty
    bool operator==(const AttachmentRow&) const = default;
};

class AttachmentModel : public ProspectRowsModel<AttachmentModel, AttachmentRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, LinkColumn, AddedByColumn, AddedColumn, ColumnCount };
    enum Role { IdRole = kKeyRole };
    explicit AttachmentModel(Session& session, QObject* parent = nullptr);
    const core::AttachmentInfo* infoAt(int row) const
    {
        const AttachmentRow* r = rowAt(row);
        return r ? &r->info : nullptr;
    }

protected:
    std::vector<AttachmentRow> fetch(core::Store& store, core::Id prospect) const override;

private:
    static const ColumnDef kColumns[];
};

} // namespace accord::gui
