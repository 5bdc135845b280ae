#pragma once

// A prospect with everything that belongs to it: the unit of `show`, of the
// summary exports and of backup/restore.

#include "Gate.h"
#include "Store.h"

#include <nlohmann/json_fwd.hpp>

namespace accord::core {

struct ProspectBundle
{
    Prospect prospect;
    QStringList tags;
    std::vector<Contact> contacts;
    std::vector<Meeting> meetings;         // newest first
    std::vector<StageChange> history;      // oldest first
    std::vector<CloseChange> closeChanges; // oldest first
    std::vector<Insight> insights;
    std::vector<DataRequest> dataRequests;
    std::vector<Metric> metrics;
    std::vector<Opportunity> opportunities;
    std::optional<Negotiation> negotiation;
    std::vector<Tradable> tradables;
    std::vector<GateCheck> gateChecks;
    std::vector<Activity> activities; // by id
    /// Oldest first; bytes only when loaded (loadBundle's `withFiles`).
    std::vector<Attachment> attachments;
    bool operator==(const ProspectBundle&) const = default;
};

/// Reads everything about one prospect; nullopt when there is no such prospect.
/// Attachments come as metadata, with their bytes only when `withFiles`.
std::optional<ProspectBundle> loadBundle(Store& store, Id id, bool withFiles = false);

/// Writes a whole bundle in one transaction, keeping every id it carries.
void saveBundle(Store& store, const ProspectBundle& bundle);

// JSON forms (stable; documented in docs/cli.md). Dates ISO-8601, timestamps UTC with 'Z'.
/// A record of Model.h, a GateCheck, a GateCriterion or a whole ProspectBundle.
template <typename T> nlohmann::json toJson(const T& value);

/// Parses a bundle; throws ValidationError naming the JSON path of the first bad
/// field, below `path` ("$.prospects[3]" in a backup): "$.meetings[0].occurred_at".
ProspectBundle bundleFromJson(const nlohmann::json& j, const QString& path = QStringLiteral("$"));

} // namespace accord::core
