#include "Migrations.h"

namespace accord::storage {

// v9: files kept on a prospect (core/Attachment.h), optionally linked to one
// of its data requests or to the agreement. The content is the row's last
// column, so that listing reads none of its overflow pages.
void applyV9(Connection& db)
{
    db.exec(R"sql(
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    prospect_id INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    data_request_id INTEGER REFERENCES data_request(id) ON DELETE SET NULL,
    agreement INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    added_by TEXT NOT NULL DEFAULT '',
    added_at INTEGER,
    content BLOB NOT NULL
);
CREATE INDEX attachment_prospect ON attachment(prospect_id, added_at, id);
CREATE INDEX attachment_data_request ON attachment(data_request_id)
    WHERE data_request_id IS NOT NULL;
)sql");
}

} // namespace accord::storage
