#include "AttachmentModel.h"

#include "Format.h"

#include <map>

namespace accord::gui {

const AttachmentModel::ColumnDef AttachmentModel::kColumns[] = {
    {QT_TR_NOOP("Name"), [](auto&, auto& r) -> QVariant { return r.info.name; }},
    {QT_TR_NOOP("Size"),
     [](auto&, auto& r) -> QVariant { return core::formatAttachmentSize(r.info.size); },
     kNumberAlignment},
    {QT_TR_NOOP("Linked to"), [](auto&, auto& r) -> QVariant { return r.link; }},
    {QT_TR_NOOP("Added by"), [](auto&, auto& r) -> QVariant { return r.info.addedBy; }},
    {QT_TR_NOOP("Added"),
     [](auto&, auto& r) -> QVariant { return Format::dateTime(r.info.addedAt); }},
};

AttachmentModel::AttachmentModel(Session& session, QObject* parent)
    : ProspectRowsModel(
          session, kColumns, [](auto&, auto& r) -> QVariant { return r.info.id; },
          tr("The attachments could not be read: %1"), parent)
{}

std::vector<AttachmentRow> AttachmentModel::fetch(core::Store& store, core::Id prospect) const
{
    std::map<core::Id, QString> requests;
    for (const core::DataRequest& r : store.evidence().dataRequests(prospect))
        requests[r.id] = r.item;
    std::vector<AttachmentRow> rows;
    for (const core::AttachmentInfo& a : store.attachments().list(prospect)) {
        AttachmentRow row{a, {}};
        if (a.link.kind == core::AttachmentLink::Kind::Agreement)
            row.link = tr("Agreement");
        else if (a.link.kind == core::AttachmentLink::Kind::DataRequest)
            row.link = tr("Data request: %1").arg(requests[a.link.dataRequestId]);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace accord::gui
