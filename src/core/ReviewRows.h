#pragma once

// The rows the review is computed from, and the face of the store that streams
// them (Store::reports()). A store only reads rows; what they mean (movement,
// conversion, stalled, every figure) is core's (ReviewFold, docs/report.md).

#include "Report.h"

#include <functional>

namespace accord::core {

/// A prospect as it is now. Times are unix seconds UTC, nullopt when not set.
struct ReviewProspectRow
{
    Id id = kNoId;
    QString owner;
    Stage stage = Stage::Informative;
    Status status = Status::Active;
    qint64 valueMinor = 0; // in `currency`
    QString currency;
    std::optional<qint64> createdAt;
    std::optional<qint64> stageEnteredAt;
    std::optional<qint64> lastMeetingAt; // the latest meeting's time
};

/// One entry of a prospect's stage history (a stage move, a status change or both).
struct ReviewChangeRow
{
    Id prospectId = kNoId;
    Id id = kNoId;
    qint64 at = 0; // unix seconds UTC
    Stage fromStage = Stage::Informative;
    Stage toStage = Stage::Informative;
    Status fromStatus = Status::Active;
    Status toStatus = Status::Active;
};

/// A prospect as the forecast and the losses per reason read it.
struct ForecastProspectRow
{
    Id id = kNoId;
    QString owner;
    Stage stage = Stage::Informative;
    Status status = Status::Active;
    qint64 valueMinor = 0; // in `currency`
    QString currency;
    QDate expectedClose; // not set: no date
    QDate signedOn;
    QString reasonCode;
};

/// A move of a prospect's close date (close_change).
struct CloseMoveRow
{
    Id prospectId = kNoId;
    qint64 at = 0; // unix seconds UTC
    QDate fromDate;
    QDate toDate;
};

/// Streams the review's rows from one store. Call inside Store::readSnapshot
/// so that both streams see the same moment. May throw StoreError.
class ReportRows
{
public:
    virtual ~ReportRows() = default;
    /// Every prospect not in the trash whose owner is one of `owners` (empty =
    /// every owner), each once, in any order.
    virtual void prospects(const QStringList& owners,
                           const std::function<void(const ReviewProspectRow&)>& row) = 0;
    /// Stage history entries that have a time, each once, in any order (the
    /// fold orders them): every entry at or after `since`, and at least each
    /// prospect's last stage move (from_stage ≠ to_stage) before `since`. Other
    /// earlier entries may come too; entries of prospects out of scope may come too.
    virtual void changes(qint64 since, const std::function<void(const ReviewChangeRow&)>& row) = 0;
    /// The prospects with these ids (trash left out), ordered by name (ASCII
    /// case-insensitive), then id.
    virtual std::vector<ReportProspect> describe(const std::vector<Id>& ids) = 0;
    /// Every prospect not in the trash whose owner is one of `owners` (empty =
    /// every owner), each once, in any order: what the forecast reads.
    virtual void forecastProspects(const QStringList& owners,
                                   const std::function<void(const ForecastProspectRow&)>& row) = 0;
    /// The close date moves with from <= at < to (unix seconds), in any order.
    virtual void closeMoves(qint64 from, qint64 to,
                            const std::function<void(const CloseMoveRow&)>& row) = 0;
};

} // namespace accord::core
