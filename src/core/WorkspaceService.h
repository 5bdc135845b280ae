#pragma once

// The use cases that change what is recorded about one prospect: its contacts
// and meetings, the evidence of stages 1–3 (insights, data requests, metrics,
// opportunities, tradables), the negotiation worksheet and its levers, hand
// ticks of gate criteria and tags. Each validates, applies the method's rules
// once and writes through the store's change sets; it returns what was written,
// which is what undo needs. The GUI's undo commands and the CLI both call it.

#include "Clock.h"
#include "FieldPatch.h"
#include "Gate.h"
#include "Store.h"

#include <functional>

namespace accord::core {

/// The status rule of a data request: a received one has a received date
/// (`today` when it has none), the others have none.
void setDataRequestStatus(DataRequest& v, DataRequestStatus status, const QDate& today);

class WorkspaceService
{
public:
    WorkspaceService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    Store& store() { return m_store; }
    /// The user's day, by the service's clock.
    QDate today() const;

    /// Applies the rules to `record` and inserts it (keeping its id when set).
    /// T is Contact, Insight, DataRequest, Metric, Opportunity or Tradable.
    /// Returns what was written; the new id is `front().id`.
    template <typename T> ChangeSet add(T record);
    /// Applies the rules to `after` and writes the fields that differ from
    /// `before`, as compare-and-set: ConflictError when the record no longer
    /// holds `before` in those fields. T is also Meeting or Negotiation.
    template <typename T> ChangeSet edit(const T& before, T after);
    /// Deletes a contact, meeting or evidence item with the links other records
    /// had to it (see Store::removeRecord).
    ChangeSet remove(RecordKind kind, Id id);
    /// Does a removal again (redo): the record must still hold what it held;
    /// the links made to it since are read anew.
    ChangeSet redoRemoval(const ChangeSet& removal);

    /// The record `id` of type T (Contact, Meeting, Insight, DataRequest,
    /// Metric, Opportunity or Tradable): of prospect `prospectId` when given,
    /// else looked for across the pipeline, trash included; nullopt when there
    /// is none.
    template <typename T> std::optional<T> find(Id id, std::optional<Id> prospectId = {});
    /// Reads record `id`, lets `change` edit it, applies the rules and writes
    /// the fields that differ, in one write transaction. nullopt (nothing
    /// written) when there is no such record. `applied` receives what was
    /// written (for undo).
    template <typename T>
    std::optional<T> editRecord(Id id, std::optional<Id> prospectId,
                                const std::function<void(T&)>& change,
                                ChangeSet* applied = nullptr);

    std::optional<DataRequest> findDataRequest(Id id, std::optional<Id> prospectId = {})
    {
        return find<DataRequest>(id, prospectId);
    }
    std::optional<DataRequest> editDataRequest(Id id, std::optional<Id> prospectId,
                                               const std::function<void(DataRequest&)>& change)
    {
        return editRecord<DataRequest>(id, prospectId, change);
    }

    /// The prospect's worksheet as stored, or a fresh one with the four levers.
    Negotiation negotiation(Id prospectId);
    /// Reads the worksheet, lets `change` edit it and writes the fields that
    /// differ, in one write transaction. Returns the worksheet as written.
    Negotiation editNegotiation(Id prospectId, const std::function<void(Negotiation&)>& change,
                                ChangeSet* applied = nullptr);

    /// The prospect's hand tick of a criterion, unticked when there is none.
    GateCheck gateCheck(Id prospectId, Id criterionId);
    /// A tick (or untick) by `by`, stamped now.
    GateCheck newGateCheck(Id prospectId, Id criterionId, bool checked, const QString& evidence,
                           const QString& by) const;
    /// Validates and writes a tick as it is (undo writes an earlier one back).
    void setGateCheck(const GateCheck& check);

    QStringList tags(Id prospectId);
    /// Validates each tag (one line of text, at most kMaxNameLength) and
    /// replaces the prospect's tags.
    void setTags(Id prospectId, const QStringList& tags);
    /// "retail, key account,, retail" → the tags it names: trimmed, without
    /// blanks and repeats, in order.
    static QStringList parseTags(const QString& text);

private:
    Store& m_store;
    const Clock& m_clock;
};

} // namespace accord::core
