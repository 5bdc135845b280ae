#pragma once

// The data model (docs/schema.md) as plain value structs. Timestamps are UTC
// QDateTime; calendar dates are QDate (invalid = not set); money is minor units.

#include "Types.h"

namespace accord::core {

struct Prospect
{
    Id id = kNoId;
    QString name;
    QString industry;
    QString segment;
    QString website;
    QString owner;
    Stage stage = Stage::Informative;
    Status status = Status::Active;
    Money value;
    QString lostReason;
    QString nextStep;
    QDate nextStepDue;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime stageEnteredAt;
    QDateTime deletedAt; // null when not in the trash
    QDate signedOn;      // Partnership: the day the agreement was signed
    QString agreementSummary;
    QDate expectedClose; // when the deal is expected to close (not set: no date)
    QString reasonCode;  // why it was won or lost: a key of the pipeline's reason list
    bool operator==(const Prospect&) const = default;
};

struct Contact
{
    Id id = kNoId;
    Id prospectId = kNoId;
    QString name;
    QString title;
    ContactRole role = ContactRole::Other;
    QString email;
    QString phone;
    bool operator==(const Contact&) const = default;
};

struct Meeting
{
    Id id = kNoId;
    Id prospectId = kNoId;
    QDateTime occurredAt;
    int durationMinutes = 0;
    MeetingKind kind = MeetingKind::Call;
    Stage stageAtTime = Stage::Informative;
    QString attendees; // comma-separated names, usually from the prospect's contacts
    QString summary;
    QString notes;
    QString shared;  // what we shared
    QString learned; // what we learned
    QString nextStep;
    QDate nextStepDue;
    QString loggedBy;
    bool operator==(const Meeting&) const = default;
};

/// One entry of the stage history: a change of stage and/or status.
struct StageChange
{
    Id id = kNoId;
    Id prospectId = kNoId;
    QDateTime at;
    Stage fromStage = Stage::Informative;
    Stage toStage = Stage::Informative;
    Status fromStatus = Status::Active;
    Status toStatus = Status::Active;
    QString by;
    QString reason;
    bool gateOverride = false;
    bool operator==(const StageChange&) const = default;
};

/// One move of a prospect's expected close date: its history tells the slippage.
struct CloseChange
{
    Id id = kNoId;
    Id prospectId = kNoId;
    QDateTime at;
    QDate fromDate; // not set: the prospect had no date
    QDate toDate;   // not set: the date was cleared
    QString by;
    bool operator==(const CloseChange&) const = default;
};

struct Insight
{
    Id id = kNoId;
    Id prospectId = kNoId;
    Id meetingId = kNoId; // the meeting where it was presented, if any
    QString title;
    QString body;
    QString source;
    QDate sharedOn;
    bool operator==(const Insight&) const = default;
};

struct DataRequest
{
    Id id = kNoId;
    Id prospectId = kNoId;
    QString item; // "Online revenue", "Number of orders", … or free text
    QDate requestedOn;
    DataRequestStatus status = DataRequestStatus::Requested;
    QDate receivedOn;
    QString note;
    bool operator==(const DataRequest&) const = default;
};

struct Metric
{
    Id id = kNoId;
    Id prospectId = kNoId;
    QString name;
    double value = 0.0;
    QString unit;
    QString period;
    MetricSource source = MetricSource::Prospect;
    bool operator==(const Metric&) const = default;
};

struct Opportunity
{
    Id id = kNoId;
    Id prospectId = kNoId;
    QString title;
    QString description;
    LiftKind liftKind = LiftKind::Percent;
    double liftValue = 0.0; // percent, or minor units when liftKind is Amount
    Id championContactId = kNoId;
    OpportunityStatus status = OpportunityStatus::Proposed;
    bool operator==(const Opportunity&) const = default;
};

/// One of the four negotiation levers. Priorities are 0 (not set) to 5 (top).
struct LeverPosition
{
    Lever lever = Lever::Money;
    int ourPriority = 0;
    int theirPriority = 0;
    QString ourPosition;
    QString theirPosition;
    QString ourConcession;
    QString theirConcession;
    bool operator==(const LeverPosition&) const = default;
};

struct Tradable
{
    Id id = kNoId;
    Id prospectId = kNoId;
    Side side = Side::Ours; // whose item it is to give
    QString item;
    QString valueToOther;
    QString costToGive;
    bool operator==(const Tradable&) const = default;
};

/// The stage-3 worksheet. `levers` always holds the four levers in kAllLevers order.
struct Negotiation
{
    Id prospectId = kNoId;
    QString ourBatna;
    QString theirBatna;
    QString theirInterests;
    QString ourInterests;
    QString objectiveCriteria;
    int stance = 3; // 1 cooperative … 5 competitive
    std::vector<LeverPosition> levers = defaultLevers();
    static std::vector<LeverPosition> defaultLevers()
    {
        std::vector<LeverPosition> out;
        for (Lever l : kAllLevers)
            out.push_back(LeverPosition{l, 0, 0, {}, {}, {}, {}});
        return out;
    }
    bool operator==(const Negotiation&) const = default;
};

} // namespace accord::core
