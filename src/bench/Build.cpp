#include "Build.h"

#include "storage/Migrations.h"
#include "storage/SqliteStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdio>
#include <optional>
#include <stdexcept>

namespace accord::bench {

using namespace accord::core;

namespace {

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

template <typename F> double msOf(const F& work)
{
    QElapsedTimer t;
    t.start();
    work();
    return ms(t);
}

// The raw side: the same rows with nothing but prepared statements. Text is
// converted to UTF-8 (the rows live in QStrings in both cases) and bound static.
class RawLoader
{
public:
    explicit RawLoader(const QString& path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE,
                            nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot open the raw comparison file");
        exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
        for (const char* t : {"prospect", "contact", "meeting"})
            for (const char* w : {"insert", "delete", "update"})
                exec(std::string("DROP TRIGGER ") + t + "_search_" + w);
        exec("BEGIN IMMEDIATE");
        m_prospect = prepare(
            "INSERT INTO prospect(id, name, industry, segment, website, owner, stage, status, "
            "value_minor, currency, lost_reason, created_at, updated_at, stage_entered_at, "
            "deleted_at, signed_on, agreement_summary) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?)");
        m_contact = prepare("INSERT INTO contact(prospect_id, name, title, role, email, phone) "
                            "VALUES (?, ?, ?, ?, ?, ?)");
        m_meeting = prepare(
            "INSERT INTO meeting(prospect_id, occurred_at, duration_minutes, kind, stage_at_time, "
            "attendees, summary, notes, shared, learned, next_step, next_step_due, logged_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_history = prepare("INSERT INTO stage_change(prospect_id, at, from_stage, to_stage, "
                            "from_status, to_status, by, reason, gate_override) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_insight = prepare("INSERT INTO insight(prospect_id, meeting_id, title, body, source, "
                            "shared_on) VALUES (?, ?, ?, ?, ?, ?)");
        m_request = prepare("INSERT INTO data_request(prospect_id, item, requested_on, status, "
                            "received_on, note) VALUES (?, ?, ?, ?, ?, ?)");
        m_metric = prepare("INSERT INTO metric(prospect_id, name, value, unit, period, source) "
                           "VALUES (?, ?, ?, ?, ?, ?)");
        m_opportunity =
            prepare("INSERT INTO opportunity(prospect_id, title, description, lift_kind, "
                    "lift_value, champion_contact_id, status) VALUES (?, ?, ?, ?, ?, ?, ?)");
        m_negotiation = prepare("INSERT INTO negotiation(prospect_id, our_batna, their_batna, "
                                "their_interests, our_interests, objective_criteria, stance) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)");
        m_lever = prepare("INSERT INTO negotiation_lever(prospect_id, lever, position, "
                          "our_priority, their_priority, our_position, their_position, "
                          "our_concession, their_concession) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_tradable = prepare("INSERT INTO tradable(prospect_id, side, item, value_to_other, "
                             "cost_to_give) VALUES (?, ?, ?, ?, ?)");
        m_activity = prepare("INSERT INTO activity(prospect_id, kind, title, due_on, due_minute, "
                             "duration_minutes, owner, contact_id, note, done_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_check = prepare("INSERT INTO gate_check(prospect_id, criterion_id, checked, evidence, "
                          "checked_at, checked_by) VALUES (?, ?, 1, ?, ?, ?)");
        m_tag = prepare("INSERT INTO tag(name) VALUES (?) ON CONFLICT(name) DO NOTHING");
        m_tagLink = prepare("INSERT OR IGNORE INTO prospect_tag(prospect_id, tag_id) "
                            "SELECT ?, id FROM tag WHERE name = ?");
    }
    RawLoader(const RawLoader&) = delete;
    RawLoader& operator=(const RawLoader&) = delete;
    ~RawLoader()
    {
        for (sqlite3_stmt* s : m_all)
            sqlite3_finalize(s);
        sqlite3_close_v2(m_db);
    }

    void load(const ProspectBundle& b)
    {
        const Prospect& p = b.prospect;
        insert(m_prospect, p.name, p.industry, p.segment, p.website, p.owner, p.stage,
               statusKey(p.status), p.value.minor, p.value.currency, p.lostReason, p.createdAt,
               p.updatedAt, p.stageEnteredAt, p.deletedAt, p.signedOn, p.agreementSummary);
        const qint64 pid = sqlite3_last_insert_rowid(m_db);

        std::vector<std::pair<Id, qint64>> contactIds;
        for (const Contact& c : b.contacts) {
            insert(m_contact, pid, c.name, c.title, contactRoleKey(c.role), c.email, c.phone);
            contactIds.emplace_back(c.id, sqlite3_last_insert_rowid(m_db));
        }
        std::vector<std::pair<Id, qint64>> meetingIds;
        for (auto it = b.meetings.rbegin(); it != b.meetings.rend(); ++it) {
            const Meeting& m = *it;
            insert(m_meeting, pid, m.occurredAt, m.durationMinutes, meetingKindKey(m.kind),
                   m.stageAtTime, m.attendees, m.summary, m.notes, m.shared, m.learned, m.nextStep,
                   m.nextStepDue, m.loggedBy);
            meetingIds.emplace_back(m.id, sqlite3_last_insert_rowid(m_db));
        }
        for (const StageChange& c : b.history)
            insert(m_history, pid, c.at, c.fromStage, c.toStage, statusKey(c.fromStatus),
                   statusKey(c.toStatus), c.by, c.reason, c.gateOverride);
        auto mapped = [](const std::vector<std::pair<Id, qint64>>& ids,
                         Id id) -> std::optional<qint64> {
            for (const auto& [from, to] : ids)
                if (from == id)
                    return to;
            return std::nullopt;
        };
        for (const Insight& v : b.insights)
            insert(m_insight, pid, mapped(meetingIds, v.meetingId), v.title, v.body, v.source,
                   v.sharedOn);
        for (const DataRequest& v : b.dataRequests)
            insert(m_request, pid, v.item, v.requestedOn, dataRequestStatusKey(v.status),
                   v.receivedOn, v.note);
        for (const Metric& v : b.metrics)
            insert(m_metric, pid, v.name, v.value, v.unit, v.period, metricSourceKey(v.source));
        for (const Opportunity& v : b.opportunities)
            insert(m_opportunity, pid, v.title, v.description, liftKindKey(v.liftKind), v.liftValue,
                   mapped(contactIds, v.championContactId), opportunityStatusKey(v.status));
        if (b.negotiation) {
            const Negotiation& n = *b.negotiation;
            insert(m_negotiation, pid, n.ourBatna, n.theirBatna, n.theirInterests, n.ourInterests,
                   n.objectiveCriteria, n.stance);
            for (const LeverPosition& l : n.levers)
                insert(m_lever, pid, leverKey(l.lever), static_cast<int>(l.lever), l.ourPriority,
                       l.theirPriority, l.ourPosition, l.theirPosition, l.ourConcession,
                       l.theirConcession);
        }
        for (const Tradable& v : b.tradables)
            insert(m_tradable, pid, sideKey(v.side), v.item, v.valueToOther, v.costToGive);
        for (const Activity& a : b.activities)
            insert(m_activity, pid, activityKindKey(a.kind), a.title, a.dueOn, a.dueMinute,
                   a.durationMinutes, a.owner, mapped(contactIds, a.contactId), a.note, a.doneAt);
        for (const GateCheck& c : b.gateChecks)
            if (c.checked)
                insert(m_check, pid, c.criterionId, c.evidence, c.checkedAt, c.checkedBy);
        for (const QString& tag : b.tags) {
            insert(m_tag, tag);
            insert(m_tagLink, pid, tag);
        }
    }

    /// Fills the search index the fastest raw way, then commits.
    void finish()
    {
        // The same time-ordered keys as the app's rebuild (storage/Migrations.h).
        using accord::storage::searchKeySql;
        exec(("INSERT INTO search_index(rowid, title, body) SELECT " +
              searchKeySql("created_at", "id", 1) +
              ", name, industry || ' ' || segment FROM prospect ORDER BY 1"));
        exec(("INSERT INTO search_index(rowid, title, body) SELECT " +
              searchKeySql("p.created_at", "c.id", 2) +
              ", c.name, c.title || ' ' || c.email FROM contact c JOIN prospect p ON p.id = "
              "c.prospect_id ORDER BY 1"));
        exec(("INSERT INTO search_index(rowid, title, body) SELECT " +
              searchKeySql("occurred_at", "id", 3) +
              ", summary, notes || char(10) || shared || char(10) || learned || char(10) || "
              "attendees FROM meeting ORDER BY 1"));
        exec("COMMIT");
    }
    void commitRows() {}

private:
    sqlite3_stmt* prepare(const char* sql)
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(m_db));
        m_all.push_back(st);
        return st;
    }
    void exec(const std::string& sql)
    {
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(m_db));
    }
    /// Binds `values` to the statement's parameters in order and writes the row.
    template <typename... V> void insert(sqlite3_stmt* st, const V&... values)
    {
        int i = 0;
        (bind(st, ++i, values), ...);
        run(st);
    }
    void run(sqlite3_stmt* st)
    {
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            throw std::runtime_error(sqlite3_errmsg(m_db));
        m_buffers.clear();
    }
    void bind(sqlite3_stmt* st, int i, const QString& s)
    {
        m_buffers.push_back(s.toUtf8());
        const QByteArray& b = m_buffers.back();
        sqlite3_bind_text(st, i, b.constData(), static_cast<int>(b.size()), SQLITE_STATIC);
    }
    static void bind(sqlite3_stmt* st, int i, int v) { sqlite3_bind_int(st, i, v); }
    static void bind(sqlite3_stmt* st, int i, bool v) { sqlite3_bind_int(st, i, v ? 1 : 0); }
    static void bind(sqlite3_stmt* st, int i, qint64 v) { sqlite3_bind_int64(st, i, v); }
    static void bind(sqlite3_stmt* st, int i, double v) { sqlite3_bind_double(st, i, v); }
    static void bind(sqlite3_stmt* st, int i, Stage v) { bind(st, i, static_cast<int>(v)); }
    /// A row id, or NULL when there is none.
    static void bind(sqlite3_stmt* st, int i, const std::optional<qint64>& id)
    {
        if (id)
            sqlite3_bind_int64(st, i, *id);
        else
            sqlite3_bind_null(st, i);
    }
    static void bind(sqlite3_stmt* st, int i, const QDateTime& t)
    {
        if (t.isValid())
            sqlite3_bind_int64(st, i, t.toSecsSinceEpoch());
        else
            sqlite3_bind_null(st, i);
    }
    void bind(sqlite3_stmt* st, int i, const QDate& d)
    {
        if (d.isValid())
            bind(st, i, d.toString(Qt::ISODate));
        else
            sqlite3_bind_null(st, i);
    }

    sqlite3* m_db = nullptr;
    std::vector<sqlite3_stmt*> m_all;
    std::vector<QByteArray> m_buffers; // alive until the row is written
    sqlite3_stmt* m_prospect;
    sqlite3_stmt* m_contact;
    sqlite3_stmt* m_meeting;
    sqlite3_stmt* m_history;
    sqlite3_stmt* m_insight;
    sqlite3_stmt* m_request;
    sqlite3_stmt* m_metric;
    sqlite3_stmt* m_opportunity;
    sqlite3_stmt* m_negotiation;
    sqlite3_stmt* m_lever;
    sqlite3_stmt* m_tradable;
    sqlite3_stmt* m_activity;
    sqlite3_stmt* m_check;
    sqlite3_stmt* m_tag;
    sqlite3_stmt* m_tagLink;
};

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

void BuildFigures::count(const std::vector<ProspectBundle>& bundles)
{
    for (const ProspectBundle& b : bundles) {
        prospects += 1;
        meetings += static_cast<qint64>(b.meetings.size());
        history += static_cast<qint64>(b.history.size());
        contacts += static_cast<qint64>(b.contacts.size());
        evidence += static_cast<qint64>(b.insights.size() + b.dataRequests.size() +
                                        b.metrics.size() + b.opportunities.size() +
                                        b.tradables.size() + (b.negotiation ? 5 : 0));
    }
}

BuildFigures buildReference(const ReferenceShape& shape, const QString& path,
                            const QString& rawPath, bool progress)
{
    removeDatabase(path);
    removeDatabase(rawPath);
    // Both files start from the product's own schema (migrations), empty.
    storage::SqliteStore::open(rawPath).reset();
    auto store = storage::SqliteStore::open(path);
    RawLoader raw(rawPath);

    BuildFigures f;
    const int chunks = (shape.prospects + shape.chunk - 1) / shape.chunk;
    QElapsedTimer total;
    total.start();
    double outsideProduct = 0; // generation and raw work done inside bulkLoad's scope
    // Times work that is not the product's own, into `figure`.
    auto outside = [&](double& figure, const auto& work) {
        const double spent = msOf(work);
        figure += spent;
        outsideProduct += spent;
    };
    store->bulkLoad([&] {
        for (int c = 0; c < chunks; ++c) {
            std::vector<ProspectBundle> bundles;
            outside(f.generateMs, [&] { bundles = referenceChunk(shape, c); });
            f.count(bundles);
            outside(f.rawRowsMs, [&] {
                for (const ProspectBundle& b : bundles)
                    raw.load(b);
            });
            store->saveBundles(bundles);
            if (progress)
                std::fprintf(stderr, "\rbuilding the reference database: %d/%d prospects",
                             std::min((c + 1) * shape.chunk, shape.prospects), shape.prospects);
        }
        if (progress)
            std::fprintf(stderr, "\n");
    });
    f.productMs = ms(total) - outsideProduct;
    f.rawIndexMs = msOf([&] { raw.finish(); });
    store.reset();
    removeDatabase(rawPath);
    f.fileMb = static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
    return f;
}

} // namespace accord::bench
