#pragma once

// The prospect table's columns as the repository and the list read and write them.

#include "Sqlite.h"
#include "core/Model.h"

namespace accord::storage {

/// Every column of `prospect p`, in the order readProspect() reads them.
inline constexpr const char* kProspectColumns =
    "p.id, p.name, p.industry, p.segment, p.website, p.owner, p.stage, p.status, p.value_minor, "
    "p.currency, p.lost_reason, p.next_step, p.next_step_due, p.created_at, p.updated_at, "
    "p.stage_entered_at, p.deleted_at, p.signed_on, p.agreement_summary";
inline constexpr int kProspectColumnCount = 19;

/// A stage column's value; out of range reads as the first stage.
core::Stage stageAt(const Statement& st, int column);
/// The prospect in columns 0..18 (kProspectColumns).
core::Prospect readProspect(const Statement& st);
/// Binds ?1 = id and ?2..?19 in kProspectColumns order.
void bindProspect(Statement& st, const core::Prospect& p);

} // namespace accord::storage
