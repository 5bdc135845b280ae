#pragma once

// The review's meaning, once: what a history entry counts as, who is open or
// stalled, and the fold of the store's rows (ReportRows) into every figure of
// the review and into the lists behind them. docs/report.md defines each one.

#include "ReviewRows.h"

#include <memory>

namespace accord::core {

class Store;

/// The movement a history entry counts as, by precedence: won (into
/// Partnership), lost (status to lost), advanced (to a higher stage), moved back
/// (to a lower stage); nullopt for none (on hold or reopened within a stage).
std::optional<Movement> movementOf(const ReviewChangeRow& c);
/// Whether the entry moves the prospect to another stage.
bool isStageMove(const ReviewChangeRow& c);
/// Open: active or on hold, in stages 1–3.
bool isOpen(Stage stage, Status status);
/// In its stage's snapshot: open, or won (Partnership).
bool inSnapshot(Stage stage, Status status);
/// The prospect's stalled entry at `now` (without its name): active in stages
/// 1–3 and quiet for more whole days than its stage's threshold, since its last
/// meeting, else since entering the stage. nullopt when it is not stalled.
std::optional<StalledProspect> stalledOf(const ReviewProspectRow& p, qint64 now,
                                         const PipelineSettings& settings);

/// Orders stalled entries longest quiet first, ties by name, names them with
/// `describe` (ReportRows::describe: only those that can be shown are looked
/// up) and keeps at most `limit` (< 0: all). Returns how many there were.
int rankStalled(std::vector<StalledProspect>& all, int limit,
                const std::function<std::vector<ReportProspect>(const std::vector<Id>&)>& describe);

/// Folds the rows of one review into its report. Feed every change
/// (ReportRows::changes from the query's `from`), then every prospect in scope
/// (ReportRows::prospects), then call finish() once.
class ReviewFold
{
public:
    using Describe = std::function<std::vector<ReportProspect>(const std::vector<Id>&)>;

    explicit ReviewFold(const ReportQuery& query);
    ~ReviewFold();
    ReviewFold(const ReviewFold&) = delete;
    ReviewFold& operator=(const ReviewFold&) = delete;

    void addChange(const ReviewChangeRow& change);
    void addProspect(const ReviewProspectRow& prospect);
    /// Every figure; `describe` (ReportRows::describe) names the stalled rows shown.
    PipelineReport finish(const Describe& describe);

private:
    struct State;
    std::unique_ptr<State> d;
};

/// The review of `query` from `rows` (read them inside one snapshot).
PipelineReport computeReview(ReportRows& rows, const ReportQuery& query);
/// The prospects behind a figure, by name (the stalled ones longest quiet first).
std::vector<ReportProspect> drillReview(ReportRows& rows, const ReportQuery& query,
                                        const Drill& drill);

/// The review of an open store: each call reads one snapshot of it.
class ReviewService
{
public:
    explicit ReviewService(Store& store) : m_store(store) {}
    PipelineReport compute(const ReportQuery& query);
    std::vector<ReportProspect> drill(const ReportQuery& query, const Drill& drill);
    /// The prospects with these ids (trash left out), by name.
    std::vector<ReportProspect> describe(const std::vector<Id>& ids);

private:
    Store& m_store;
};

} // namespace accord::core
