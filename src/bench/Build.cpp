#include "Build.h"

#include "storage/Migrations.h"
#include "storage/SqliteStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdio>
#include <stdexcept>

namespace accord::bench {

using namespace accord::core;

namespace {

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
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
            "value_minor, currency, lost_reason, next_step, next_step_due, created_at, updated_at, "
            "stage_entered_at, deleted_at, signed_on, agreement_summary) VALUES (NULL, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
        int i = 0;
        text(m_prospect, ++i, p.name);
        text(m_prospect, ++i, p.industry);
        text(m_prospect, ++i, p.segment);
        text(m_prospect, ++i, p.website);
        text(m_prospect, ++i, p.owner);
        sqlite3_bind_int(m_prospect, ++i, static_cast<int>(p.stage));
        text(m_prospect, ++i, statusKey(p.status));
        sqlite3_bind_int64(m_prospect, ++i, p.value.minor);
        text(m_prospect, ++i, p.value.currency);
        text(m_prospect, ++i, p.lostReason);
        text(m_prospect, ++i, p.nextStep);
        date(m_prospect, ++i, p.nextStepDue);
        time(m_prospect, ++i, p.createdAt);
        time(m_prospect, ++i, p.updatedAt);
        time(m_prospect, ++i, p.stageEnteredAt);
        time(m_prospect, ++i, p.deletedAt);
        date(m_prospect, ++i, p.signedOn);
        text(m_prospect, ++i, p.agreementSummary);
        run(m_prospect);
        const qint64 pid = sqlite3_last_insert_rowid(m_db);

        std::vector<std::pair<Id, qint64>> contactIds;
        for (const Contact& c : b.contacts) {
            sqlite3_bind_int64(m_contact, 1, pid);
            text(m_contact, 2, c.name);
            text(m_contact, 3, c.title);
            text(m_contact, 4, contactRoleKey(c.role));
            text(m_contact, 5, c.email);
            text(m_contact, 6, c.phone);
            run(m_contact);
            contactIds.emplace_back(c.id, sqlite3_last_insert_rowid(m_db));
        }
        std::vector<std::pair<Id, qint64>> meetingIds;
        for (auto it = b.meetings.rbegin(); it != b.meetings.rend(); ++it) {
            const Meeting& m = *it;
            sqlite3_bind_int64(m_meeting, 1, pid);
            time(m_meeting, 2, m.occurredAt);
            sqlite3_bind_int(m_meeting, 3, m.durationMinutes);
            text(m_meeting, 4, meetingKindKey(m.kind));
            sqlite3_bind_int(m_meeting, 5, static_cast<int>(m.stageAtTime));
            text(m_meeting, 6, m.attendees);
            text(m_meeting, 7, m.summary);
            text(m_meeting, 8, m.notes);
            text(m_meeting, 9, m.shared);
            text(m_meeting, 10, m.learned);
            text(m_meeting, 11, m.nextStep);
            date(m_meeting, 12, m.nextStepDue);
            text(m_meeting, 13, m.loggedBy);
            run(m_meeting);
            meetingIds.emplace_back(m.id, sqlite3_last_insert_rowid(m_db));
        }
        for (const StageChange& c : b.history) {
            sqlite3_bind_int64(m_history, 1, pid);
            time(m_history, 2, c.at);
            sqlite3_bind_int(m_history, 3, static_cast<int>(c.fromStage));
            sqlite3_bind_int(m_history, 4, static_cast<int>(c.toStage));
            text(m_history, 5, statusKey(c.fromStatus));
            text(m_history, 6, statusKey(c.toStatus));
            text(m_history, 7, c.by);
            text(m_history, 8, c.reason);
            sqlite3_bind_int(m_history, 9, c.gateOverride ? 1 : 0);
            run(m_history);
        }
        auto mapped = [](const std::vector<std::pair<Id, qint64>>& ids, Id id) -> qint64 {
            for (const auto& [from, to] : ids)
                if (from == id)
                    return to;
            return 0;
        };
        for (const Insight& v : b.insights) {
            sqlite3_bind_int64(m_insight, 1, pid);
            if (const qint64 mid = mapped(meetingIds, v.meetingId))
                sqlite3_bind_int64(m_insight, 2, mid);
            else
                sqlite3_bind_null(m_insight, 2);
            text(m_insight, 3, v.title);
            text(m_insight, 4, v.body);
            text(m_insight, 5, v.source);
            date(m_insight, 6, v.sharedOn);
            run(m_insight);
        }
        for (const DataRequest& v : b.dataRequests) {
            sqlite3_bind_int64(m_request, 1, pid);
            text(m_request, 2, v.item);
            date(m_request, 3, v.requestedOn);
            text(m_request, 4, dataRequestStatusKey(v.status));
            date(m_request, 5, v.receivedOn);
            text(m_request, 6, v.note);
            run(m_request);
        }
        for (const Metric& v : b.metrics) {
            sqlite3_bind_int64(m_metric, 1, pid);
            text(m_metric, 2, v.name);
            sqlite3_bind_double(m_metric, 3, v.value);
            text(m_metric, 4, v.unit);
            text(m_metric, 5, v.period);
            text(m_metric, 6, metricSourceKey(v.source));
            run(m_metric);
        }
        for (const Opportunity& v : b.opportunities) {
            sqlite3_bind_int64(m_opportunity, 1, pid);
            text(m_opportunity, 2, v.title);
            text(m_opportunity, 3, v.description);
            text(m_opportunity, 4, liftKindKey(v.liftKind));
            sqlite3_bind_double(m_opportunity, 5, v.liftValue);
            if (const qint64 cid = mapped(contactIds, v.championContactId))
                sqlite3_bind_int64(m_opportunity, 6, cid);
            else
                sqlite3_bind_null(m_opportunity, 6);
            text(m_opportunity, 7, opportunityStatusKey(v.status));
            run(m_opportunity);
        }
        if (b.negotiation) {
            const Negotiation& n = *b.negotiation;
            sqlite3_bind_int64(m_negotiation, 1, pid);
            text(m_negotiation, 2, n.ourBatna);
            text(m_negotiation, 3, n.theirBatna);
            text(m_negotiation, 4, n.theirInterests);
            text(m_negotiation, 5, n.ourInterests);
            text(m_negotiation, 6, n.objectiveCriteria);
            sqlite3_bind_int(m_negotiation, 7, n.stance);
            run(m_negotiation);
            for (const LeverPosition& l : n.levers) {
                sqlite3_bind_int64(m_lever, 1, pid);
                text(m_lever, 2, leverKey(l.lever));
                sqlite3_bind_int(m_lever, 3, static_cast<int>(l.lever));
                sqlite3_bind_int(m_lever, 4, l.ourPriority);
                sqlite3_bind_int(m_lever, 5, l.theirPriority);
                text(m_lever, 6, l.ourPosition);
                text(m_lever, 7, l.theirPosition);
                text(m_lever, 8, l.ourConcession);
                text(m_lever, 9, l.theirConcession);
                run(m_lever);
            }
        }
        for (const Tradable& v : b.tradables) {
            sqlite3_bind_int64(m_tradable, 1, pid);
            text(m_tradable, 2, sideKey(v.side));
            text(m_tradable, 3, v.item);
            text(m_tradable, 4, v.valueToOther);
            text(m_tradable, 5, v.costToGive);
            run(m_tradable);
        }
        for (const GateCheck& c : b.gateChecks) {
            if (!c.checked)
                continue;
            sqlite3_bind_int64(m_check, 1, pid);
            sqlite3_bind_int64(m_check, 2, c.criterionId);
            text(m_check, 3, c.evidence);
            time(m_check, 4, c.checkedAt);
            text(m_check, 5, c.checkedBy);
            run(m_check);
        }
        for (const QString& tag : b.tags) {
            text(m_tag, 1, tag);
            run(m_tag);
            sqlite3_bind_int64(m_tagLink, 1, pid);
            text(m_tagLink, 2, tag);
            run(m_tagLink);
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
    void run(sqlite3_stmt* st)
    {
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            throw std::runtime_error(sqlite3_errmsg(m_db));
        m_buffers.clear();
    }
    void text(sqlite3_stmt* st, int i, const QString& s)
    {
        m_buffers.push_back(s.toUtf8());
        const QByteArray& b = m_buffers.back();
        sqlite3_bind_text(st, i, b.constData(), static_cast<int>(b.size()), SQLITE_STATIC);
    }
    void time(sqlite3_stmt* st, int i, const QDateTime& t)
    {
        if (t.isValid())
            sqlite3_bind_int64(st, i, t.toSecsSinceEpoch());
        else
            sqlite3_bind_null(st, i);
    }
    void date(sqlite3_stmt* st, int i, const QDate& d)
    {
        if (d.isValid())
            text(st, i, d.toString(Qt::ISODate));
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
    store->bulkLoad([&] {
        for (int c = 0; c < chunks; ++c) {
            QElapsedTimer t;
            t.start();
            const std::vector<ProspectBundle> bundles = referenceChunk(shape, c);
            f.generateMs += ms(t);
            outsideProduct += ms(t);
            for (const ProspectBundle& b : bundles) {
                f.prospects += 1;
                f.meetings += static_cast<qint64>(b.meetings.size());
                f.history += static_cast<qint64>(b.history.size());
                f.contacts += static_cast<qint64>(b.contacts.size());
                f.evidence += static_cast<qint64>(b.insights.size() + b.dataRequests.size() +
                                                  b.metrics.size() + b.opportunities.size() +
                                                  b.tradables.size() + (b.negotiation ? 5 : 0));
            }
            t.restart();
            for (const ProspectBundle& b : bundles)
                raw.load(b);
            f.rawRowsMs += ms(t);
            outsideProduct += ms(t);
            for (const ProspectBundle& b : bundles)
                saveBundle(*store, b);
            if (progress)
                std::fprintf(stderr, "\rbuilding the reference database: %d/%d prospects",
                             std::min((c + 1) * shape.chunk, shape.prospects), shape.prospects);
        }
        if (progress)
            std::fprintf(stderr, "\n");
    });
    f.productMs = ms(total) - outsideProduct;
    QElapsedTimer t;
    t.start();
    raw.finish();
    f.rawIndexMs = ms(t);
    store.reset();
    removeDatabase(rawPath);
    f.fileMb = static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
    return f;
}

} // namespace accord::bench
