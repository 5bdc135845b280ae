#pragma once

// The faces of the store: one repository interface per aggregate. SQLite is
// one implementation (src/storage); a team server can be another. Nothing
// here names SQL, rowids or pragmas. Every method may throw StoreError.

#include "Attachment.h"
#include "FieldPatch.h"
#include "Gate.h"
#include "Model.h"
#include "Money.h"

#include <functional>
#include <map>
#include <memory>

namespace accord::core {

struct PipelineSettings;
class ReportRows;
class StoreMaintenance;

/// Which prospects a list, board column or total covers.
struct ProspectFilter
{
    enum class Trash { Exclude, Only, Include };
    std::optional<Stage> stage;
    std::optional<Status> status;
    QStringList owners; // empty = everyone
    QString industry;   // exact, empty = any
    QString tag;        // exact, empty = any
    QString text;       // case-insensitive substring of name, owner, industry or segment
    Trash trash = Trash::Exclude;
};

enum class ProspectSort {
    Name,
    Owner,
    Industry,
    Stage,
    Status,
    Value,
    DaysInStage,
    LastMeeting,
    NextActivity, // the earliest due open activity first; none planned last
    Updated
};

/// A prospect with what a board card or table row shows besides its fields.
struct ProspectRow
{
    Prospect prospect;
    QDateTime lastMeetingAt; // null when there is none
    int meetingCount = 0;
    int gateMet = 0;
    int gateTotal = 0;
    /// The open activity due first (ties: the earlier time of day, then the lower id).
    std::optional<Activity> nextActivity;
};

/// A stage's prospects and their value per currency, as the store aggregates
/// them. PipelineSettings::total converts the sums into one figure.
struct StageTotal
{
    Stage stage = Stage::Informative;
    int count = 0;
    std::vector<CurrencySum> sums; // one per currency
};

class ProspectRepository
{
public:
    virtual ~ProspectRepository() = default;
    /// Inserts; keeps `p.id` when it is set (restore, undo), else assigns one. Returns the id.
    virtual Id add(const Prospect& p) = 0;
    /// Writes every field as given (loading data). Edits of a stored prospect go
    /// through PipelineService or Store::applyChanges, which write only what changed.
    virtual void update(const Prospect& p) = 0;
    virtual std::optional<Prospect> find(Id id) = 0;
    /// find() for a change about to be decided on what it reads, inside a write
    /// transaction: the prospect is held against other writers until the
    /// transaction ends (a server locks its row; a file's write transaction
    /// already holds the whole file). Empty also when the user may not change it.
    virtual std::optional<Prospect> findForChange(Id id) { return find(id); }
    virtual std::vector<ProspectRow> rows(const ProspectFilter& filter, ProspectSort sort,
                                          bool ascending, int limit, int offset) = 0;
    virtual std::optional<ProspectRow> row(Id id) = 0;
    virtual int count(const ProspectFilter& filter) = 0;
    virtual std::vector<StageTotal> totals(const ProspectFilter& filter) = 0;
    /// Active prospects in stages 1–3 quiet for more whole days than their stage's
    /// threshold at `now`: since their last meeting, else since entering the
    /// stage. The same figure as the review's stalled count.
    virtual int stalledCount(const QDateTime& now, const PipelineSettings& settings) = 0;
    /// Loads ahead, at an idle moment, what the first text filter would otherwise
    /// load on its keystroke.
    virtual void prepareTextFilter() = 0;
    virtual void moveToTrash(Id id, const QDateTime& at) = 0;
    virtual void restoreFromTrash(Id id) = 0;
    /// Deletes for good, with everything that belongs to the prospect, only if
    /// it is still in the trash. Returns false, deleting nothing, when it is not
    /// (someone restored it meanwhile, or it is gone).
    virtual bool purge(Id id) = 0;

    /// Writes the prospect's new state and the history entry in one transaction.
    /// Returns the history entry's id.
    virtual Id applyStageChange(const Prospect& after, const StageChange& change) = 0;
    /// Puts the prospect back to `before` and deletes history entry `changeId` (undo).
    virtual void revertStageChange(const Prospect& before, Id changeId) = 0;
    virtual std::vector<StageChange> history(Id prospectId) = 0;
    /// Adds a history entry as it is (restore from backup). Keeps `c.id` when set.
    virtual Id addHistory(const StageChange& c) = 0;
    /// The moves of the prospect's expected close date, oldest first.
    virtual std::vector<CloseChange> closeHistory(Id prospectId) = 0;
    /// Adds a close date entry as it is (restore from backup). Keeps `c.id` when set.
    virtual Id addCloseChange(const CloseChange& c) = 0;

    virtual QStringList owners() = 0;
    virtual QStringList industries() = 0;

    virtual std::vector<Contact> contacts(Id prospectId) = 0;
    virtual std::optional<Contact> findContact(Id id) = 0;
    virtual Id addContact(const Contact& c) = 0;
    virtual void updateContact(const Contact& c) = 0;
    virtual void removeContact(Id id) = 0;

    virtual QStringList tags(Id prospectId) = 0;
    virtual void setTags(Id prospectId, const QStringList& tags) = 0;
    virtual QStringList allTags() = 0;
};

class MeetingRepository
{
public:
    virtual ~MeetingRepository() = default;
    virtual Id add(const Meeting& m) = 0; // keeps m.id when set
    virtual void update(const Meeting& m) = 0;
    virtual void remove(Id id) = 0;
    virtual std::optional<Meeting> find(Id id) = 0;
    /// Newest first. limit < 0 means all.
    virtual std::vector<Meeting> forProspect(Id prospectId, int limit = -1, int offset = 0) = 0;
    /// Newest first across the pipeline (prospects in the trash left out).
    virtual std::vector<Meeting> recent(int limit, int offset = 0) = 0;
    /// Newest first, with the prospects `filter` selects (stage, status, owners, text …).
    virtual std::vector<Meeting> recentOf(const ProspectFilter& filter, int limit,
                                          int offset = 0) = 0;
    virtual int count() = 0;
};

class EvidenceRepository
{
public:
    virtual ~EvidenceRepository() = default;
    virtual std::vector<Insight> insights(Id prospectId) = 0;
    virtual Id addInsight(const Insight& v) = 0;
    virtual void updateInsight(const Insight& v) = 0;
    virtual void removeInsight(Id id) = 0;

    virtual std::vector<DataRequest> dataRequests(Id prospectId) = 0;
    virtual Id addDataRequest(const DataRequest& v) = 0;
    virtual void updateDataRequest(const DataRequest& v) = 0;
    virtual void removeDataRequest(Id id) = 0;

    virtual std::vector<Metric> metrics(Id prospectId) = 0;
    virtual Id addMetric(const Metric& v) = 0;
    virtual void updateMetric(const Metric& v) = 0;
    virtual void removeMetric(Id id) = 0;

    virtual std::vector<Opportunity> opportunities(Id prospectId) = 0;
    virtual Id addOpportunity(const Opportunity& v) = 0;
    virtual void updateOpportunity(const Opportunity& v) = 0;
    virtual void removeOpportunity(Id id) = 0;

    virtual std::optional<Negotiation> negotiation(Id prospectId) = 0;
    virtual void saveNegotiation(const Negotiation& v) = 0; // worksheet and its four levers

    virtual std::vector<Tradable> tradables(Id prospectId) = 0;
    virtual Id addTradable(const Tradable& v) = 0;
    virtual void updateTradable(const Tradable& v) = 0;
    virtual void removeTradable(Id id) = 0;

    /// Counts the automatic gate rules look at, from aggregates.
    virtual EvidenceSummary summary(Id prospectId) = 0;
};

class GateRepository
{
public:
    virtual ~GateRepository() = default;
    /// All criteria, ordered by stage then position.
    virtual std::vector<GateCriterion> criteria() = 0;
    /// Replaces one stage's list (ids kept where set, so hand ticks survive a rename).
    virtual void replaceCriteria(Stage stage, const std::vector<GateCriterion>& list) = 0;
    virtual void restoreDefaults() = 0;
    virtual std::vector<GateCheck> checks(Id prospectId) = 0;
    virtual void setCheck(const GateCheck& check) = 0; // checked=false removes the tick
    /// Every prospect's tick of one criterion (what removing the criterion takes with it).
    virtual std::vector<GateCheck> checksOfCriterion(Id criterionId) = 0;
};

/// An activity with what the agenda shows of its prospect.
struct ActivityRow
{
    Activity activity;
    QString prospectName;
    QString prospectOwner;
};

/// Which open activities an agenda lists: due in [from, to] (an invalid date
/// leaves that end open), of the owners named (empty: everyone's), of
/// prospects not in the trash.
struct ActivityRange
{
    QDate from;
    QDate to;
    QStringList owners;
    int limit = -1; // < 0: all
};

/// A prospect without a planned activity, for the agenda.
struct ProspectRef
{
    Id id = kNoId;
    QString name;
    QString owner;
    Stage stage = Stage::Informative;
};

class ActivityRepository
{
public:
    virtual ~ActivityRepository() = default;
    /// Every activity of a prospect, open ones first by due date and time, then
    /// the done ones, latest done first.
    virtual std::vector<Activity> forProspect(Id prospectId) = 0;
    virtual std::optional<Activity> find(Id id) = 0;
    /// Inserts; keeps `a.id` when set (restore, undo). Returns the id.
    virtual Id add(const Activity& a) = 0;
    /// Writes every field as given (loading data); edits go through ActivityService.
    virtual void update(const Activity& a) = 0;
    virtual void remove(Id id) = 0;
    /// Open activities across the pipeline in `range`, earliest due first.
    virtual std::vector<ActivityRow> open(const ActivityRange& range) = 0;
    /// Active prospects (stages 1–3, not in the trash) with no open activity,
    /// owned by one of `owners` (empty: everyone's), by name.
    virtual std::vector<ProspectRef> withoutOpen(const QStringList& owners, int limit) = 0;
    /// Each prospect's open activity due first, for those of `prospectIds` that have one.
    virtual std::map<Id, Activity> nextOpen(const std::vector<Id>& prospectIds) = 0;
};

struct SearchHit
{
    enum class Kind { Prospect, Contact, Meeting };
    Kind kind = Kind::Prospect;
    Id itemId = kNoId;
    Id prospectId = kNoId;
    QString prospectName;
    QString title;   // prospect name, contact name, or meeting summary
    QString snippet; // matched text with the match between [ and ]
    QDateTime when;  // meetings only
};

class SearchRepository
{
public:
    virtual ~SearchRepository() = default;
    /// Words are matched as given, the last one also as a prefix. Newest first by
    /// time: a meeting by when it took place, a prospect by when it was created, a
    /// contact with its prospect.
    virtual std::vector<SearchHit> search(const QString& text, int limit) = 0;
    /// How many items search() finds for `text` with no limit, counting at most
    /// `cap` (< 0: all).
    virtual int count(const QString& text, int cap) = 0;
};

class SettingsRepository
{
public:
    virtual ~SettingsRepository() = default;
    virtual QString value(const QString& key, const QString& fallback = {}) = 0;
    virtual void setValue(const QString& key, const QString& value) = 0;
    /// Writes several settings in one transaction: all of them or none.
    virtual void setValues(const std::map<QString, QString>& values) = 0;
    /// Every stored setting, by key (what a backup carries).
    virtual std::map<QString, QString> all() = 0;
    /// Runs `work` (reads, then writes) in one write transaction taken up front;
    /// calls nest.
    virtual void transaction(const std::function<void()>& work) = 0;
};

/// Raised when a setting someone wants to change was changed by someone else
/// since they read it; nothing was written. The message names the setting.
class SettingChangedError : public StoreError
{
public:
    SettingChangedError(QString key, const QString& message)
        : StoreError(message), m_key(std::move(key))
    {}
    const QString& key() const { return m_key; }

private:
    QString m_key;
};

struct ProspectBundle;

/// One open pipeline store.
class Store
{
public:
    virtual ~Store() = default;
    virtual ProspectRepository& prospects() = 0;
    virtual MeetingRepository& meetings() = 0;
    virtual EvidenceRepository& evidence() = 0;
    virtual ActivityRepository& activities() = 0;
    virtual GateRepository& gates() = 0;
    virtual SearchRepository& search() = 0;
    virtual SettingsRepository& settings() = 0;
    /// Files kept on prospects (Attachment.h).
    virtual AttachmentRepository& attachments() = 0;
    /// The rows the review is computed from (ReviewService reads them).
    virtual ReportRows& reports() = 0;
    /// Schema version, copies, integrity checks (StoreMaintenance.h).
    virtual StoreMaintenance& maintenance() = 0;
    /// Runs `work` all-or-nothing; calls nest (the outermost one commits).
    virtual void transaction(const std::function<void()>& work) = 0;
    /// Runs `work`, which only reads, against one consistent snapshot of the
    /// store: writes committed meanwhile by others are not seen half.
    virtual void readSnapshot(const std::function<void()>& work) = 0;
    /// Applies a change set as compare-and-set in one write transaction taken
    /// up front: every Update and Remove first checks that its record holds the
    /// `before` values, then only the fields named are written (a prospect's
    /// updated_at is stamped unless named). Throws ConflictError, having
    /// written nothing, when a record differs or is gone. Returns the change
    /// set as written, with the ids given to inserted records.
    virtual ChangeSet applyChanges(const ChangeSet& changes) = 0;
    /// Deletes a contact, meeting or evidence item and returns what was
    /// written: the links other records had to it, cleared, then the record
    /// with all its fields. applyChanges(reversed(...)) restores all of it.
    /// With `expected` (the Remove patch of an earlier removal, for redo) the
    /// record must still hold its `before` values (else ConflictError); the
    /// links are read anew.
    virtual ChangeSet removeRecord(RecordKind kind, Id id,
                                   const FieldPatch* expected = nullptr) = 0;
    /// A number that changes when another connection or process commits.
    virtual qint64 dataVersion() = 0;
    /// A socket that becomes readable when someone else commits (a team
    /// server's notifications); dataVersion() then reads what arrived. -1 when
    /// the store has none and dataVersion() is polled instead.
    virtual int changeSocket() { return -1; }
    /// Who the store's user is, for "changed by" and for who may change what:
    /// the login a team server knows them by. Empty for a file, whose user
    /// names themself in the settings.
    virtual QString userLogin() { return {}; }
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    /// Writes whole bundles (Bundle.h) as saveBundle() does each, in one
    /// transaction; a store may write many rows at once (a team server's COPY).
    virtual void saveBundles(const std::vector<ProspectBundle>& bundles);
};

} // namespace accord::core
