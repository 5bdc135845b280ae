#include "PgBundleCopy.h"

#include "storage/AttachmentRepositoryOf.h"
#include "storage/RecordSql.h"

#include "core/EnumTraits.h"

#include <algorithm>
#include <libpq-fe.h>
#include <map>
#include <set>

namespace accord::storage::pg {

using namespace accord::core;

// ---------------------------------------------------------------- CopyRows

CopyRows::CopyRows(std::string table, std::string columns)
    : m_table(std::move(table)), m_columns(std::move(columns))
{}

namespace {

std::optional<std::string>& slot(std::vector<std::optional<std::string>>& values, int index)
{
    const auto i = static_cast<std::size_t>(index - 1);
    if (values.size() <= i)
        values.resize(i + 1);
    return values[i];
}

// COPY's text format: a backslash, tab, newline or carriage return is escaped.
void appendEscaped(std::string& out, const std::string& value)
{
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

} // namespace

CopyRows& CopyRows::bind(int index, qint64 value)
{
    slot(m_values, index) = std::to_string(value);
    return *this;
}

CopyRows& CopyRows::bind(int index, double value)
{
    slot(m_values, index) = QByteArray::number(value, 'g', 17).toStdString();
    return *this;
}

CopyRows& CopyRows::bind(int index, const QString& value)
{
    if (value.contains(QChar(0)))
        throw StoreError(QStringLiteral("A team server cannot store text with a NUL character in "
                                        "it; nothing was saved."));
    slot(m_values, index) = value.toStdString();
    return *this;
}

CopyRows& CopyRows::bindNull(int index)
{
    slot(m_values, index).reset();
    return *this;
}

CopyRows& CopyRows::bindId(int index, Id id)
{
    return id == kNoId ? bindNull(index) : bind(index, static_cast<qint64>(id));
}

CopyRows& CopyRows::bindTime(int index, const QDateTime& t)
{
    return t.isValid() ? bind(index, t.toSecsSinceEpoch()) : bindNull(index);
}

CopyRows& CopyRows::bindDate(int index, const QDate& d)
{
    return d.isValid() ? bind(index, d.toString(Qt::ISODate)) : bindNull(index);
}

void CopyRows::endRow()
{
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        if (i > 0)
            m_data += '\t';
        if (m_values[i])
            appendEscaped(m_data, *m_values[i]);
        else
            m_data += "\\N";
        m_values[i].reset();
    }
    m_data += '\n';
    ++m_rows;
}

// A member of Connection (Pg.h), kept with the copying it serves.
void Connection::copyIn(std::string_view sql, std::string_view rows)
{
    renewSession();
    struct Clear
    {
        pg_result* r = nullptr;
        ~Clear() { PQclear(r); }
    };
    const std::string text(sql);
    Clear start{PQexec(m_conn, text.c_str())};
    if (!start.r || PQresultStatus(start.r) != PGRES_COPY_IN)
        throwPgError(m_conn, start.r, sql);
    // The data goes in pieces of at most 1 MB; a failed piece ends the copy,
    // and the server's own error follows from the result below.
    constexpr std::size_t kPiece = std::size_t{1} << 20;
    bool sent = true;
    for (std::size_t at = 0; sent && at < rows.size(); at += kPiece) {
        const std::size_t n = std::min(kPiece, rows.size() - at);
        sent = PQputCopyData(m_conn, rows.data() + at, static_cast<int>(n)) == 1;
    }
    if (PQputCopyEnd(m_conn, sent ? nullptr : "the data could not be sent") != 1)
        throwPgError(m_conn, nullptr, sql);
    Clear end{PQgetResult(m_conn)};
    const bool ok = end.r && PQresultStatus(end.r) == PGRES_COMMAND_OK;
    // Drain what is left so the connection is ready for the next command.
    for (pg_result* more = PQgetResult(m_conn); more; more = PQgetResult(m_conn))
        PQclear(more);
    if (!ok)
        throwPgError(m_conn, end.r, sql);
}

void CopyRows::send(Connection& db)
{
    if (m_rows == 0)
        return;
    db.copyIn("COPY " + m_table + '(' + m_columns + ") FROM STDIN", m_data);
    m_data.clear();
    m_rows = 0;
}

// ---------------------------------------------------------------- copyBundles

namespace {

// Fresh ids of one table, taken from its sequence in one round trip.
class FreshIds
{
public:
    FreshIds(Connection& db, const std::string& table, qint64 count)
    {
        if (count == 0)
            return;
        Statement st = db.prepare("SELECT nextval('" + table +
                                  "_id_seq') FROM generate_series(1, ?1::bigint)");
        st.bind(1, count);
        while (st.step())
            m_ids.push_back(st.int64(0));
        std::sort(m_ids.begin(), m_ids.end());
    }
    Id next() { return m_ids.at(m_at++); }

private:
    std::vector<Id> m_ids;
    std::size_t m_at = 0;
};

// How many rows of each table need a fresh id: all of a new bundle's, and a
// kept bundle's rows that carry none.
struct Counts
{
    qint64 prospects = 0, contacts = 0, meetings = 0, history = 0, closeChanges = 0, insights = 0,
           dataRequests = 0, metrics = 0, opportunities = 0, tradables = 0, activities = 0;
};

template <typename T> qint64 needing(const std::vector<T>& rows, bool fresh)
{
    return std::count_if(rows.begin(), rows.end(),
                         [fresh](const T& row) { return fresh || row.id == kNoId; });
}

Counts countFresh(const std::vector<ProspectBundle>& bundles)
{
    Counts c;
    for (const ProspectBundle& b : bundles) {
        const bool fresh = b.prospect.id == kNoId;
        c.prospects += fresh ? 1 : 0;
        c.contacts += needing(b.contacts, fresh);
        c.meetings += needing(b.meetings, fresh);
        c.history += needing(b.history, fresh);
        c.closeChanges += needing(b.closeChanges, fresh);
        c.insights += needing(b.insights, fresh);
        c.dataRequests += needing(b.dataRequests, fresh);
        c.metrics += needing(b.metrics, fresh);
        c.opportunities += needing(b.opportunities, fresh);
        c.tradables += needing(b.tradables, fresh);
        c.activities += needing(b.activities, fresh);
    }
    return c;
}

struct Pools
{
    Pools(Connection& db, const Counts& c)
        : prospects(db, "prospect", c.prospects), contacts(db, "contact", c.contacts),
          meetings(db, "meeting", c.meetings), history(db, "stage_change", c.history),
          closeChanges(db, "close_change", c.closeChanges), insights(db, "insight", c.insights),
          dataRequests(db, "data_request", c.dataRequests), metrics(db, "metric", c.metrics),
          opportunities(db, "opportunity", c.opportunities), tradables(db, "tradable", c.tradables),
          activities(db, "activity", c.activities)
    {}
    FreshIds prospects, contacts, meetings, history, closeChanges, insights, dataRequests, metrics,
        opportunities, tradables, activities;
};

// Gives every row of `rows` its id and prospect; the old id → new id of each
// row that changed goes into `moved` when asked.
template <typename T>
void renumber(std::vector<T>& rows, bool fresh, Id prospectId, FreshIds& pool,
              std::map<Id, Id>* moved = nullptr)
{
    for (T& row : rows) {
        const Id before = row.id;
        if (fresh || row.id == kNoId)
            row.id = pool.next();
        row.prospectId = prospectId;
        if (moved && before != kNoId)
            (*moved)[before] = row.id;
    }
}

template <typename T, typename Link>
void relink(std::vector<T>& rows, Link link, const std::map<Id, Id>& ids)
{
    for (T& row : rows) {
        const auto it = ids.find(row.*link);
        if (row.*link != kNoId && it != ids.end())
            row.*link = it->second;
    }
}

// The bundle as it will be written: its ids given, its rows tied to them.
void numberBundle(ProspectBundle& b, Pools& pools)
{
    const bool fresh = b.prospect.id == kNoId;
    if (fresh)
        b.prospect.id = pools.prospects.next();
    const Id pid = b.prospect.id;
    std::map<Id, Id> contactIds;
    std::map<Id, Id> meetingIds;
    renumber(b.contacts, fresh, pid, pools.contacts, &contactIds);
    // Oldest first, so that ids follow time as they do for meetings logged one by one.
    std::reverse(b.meetings.begin(), b.meetings.end());
    renumber(b.meetings, fresh, pid, pools.meetings, &meetingIds);
    std::reverse(b.meetings.begin(), b.meetings.end());
    renumber(b.history, fresh, pid, pools.history);
    renumber(b.closeChanges, fresh, pid, pools.closeChanges);
    renumber(b.insights, fresh, pid, pools.insights);
    relink(b.insights, &Insight::meetingId, meetingIds);
    std::map<Id, Id> requestIds;
    renumber(b.dataRequests, fresh, pid, pools.dataRequests, &requestIds);
    for (Attachment& a : b.attachments) {
        a.info.prospectId = pid;
        if (fresh)
            a.info.id = kNoId; // the server gives one
        AttachmentLink& link = a.info.link;
        if (const auto it = requestIds.find(link.dataRequestId);
            link.kind == AttachmentLink::Kind::DataRequest && it != requestIds.end())
            link.dataRequestId = it->second;
    }
    renumber(b.metrics, fresh, pid, pools.metrics);
    renumber(b.opportunities, fresh, pid, pools.opportunities);
    relink(b.opportunities, &Opportunity::championContactId, contactIds);
    renumber(b.tradables, fresh, pid, pools.tradables);
    renumber(b.activities, fresh, pid, pools.activities);
    relink(b.activities, &Activity::contactId, contactIds);
    if (b.negotiation)
        b.negotiation->prospectId = pid;
    for (GateCheck& c : b.gateChecks)
        c.prospectId = pid;
}

// The ids of the tags named in the bundles, made where missing.
std::map<QString, Id> tagIds(Connection& db, const std::vector<ProspectBundle>& bundles)
{
    std::set<QString> names;
    for (const ProspectBundle& b : bundles)
        for (const QString& tag : b.tags)
            if (!tag.trimmed().isEmpty())
                names.insert(tag.trimmed());
    std::map<QString, Id> ids;
    if (names.empty())
        return ids;
    Statement add =
        db.prepare("INSERT INTO tag(name) VALUES (?1::text) ON CONFLICT (name) DO NOTHING");
    Statement find = db.prepare("SELECT id FROM tag WHERE name = ?1::text");
    for (const QString& name : names) {
        add.bind(1, name);
        add.run();
        find.bind(1, name);
        if (find.step())
            ids[name] = find.int64(0);
        find.reset();
    }
    return ids;
}

template <typename T> CopyRows recordRows()
{
    return CopyRows(tableOf(recordKindOf<T>()), "id, " + fieldColumns<T>());
}

template <typename T> void addRecords(CopyRows& rows, const std::vector<T>& records)
{
    for (const T& r : records) {
        bindRow(rows, r);
        rows.endRow();
    }
}

QDateTime latestMeeting(const ProspectBundle& b)
{
    QDateTime latest;
    for (const Meeting& m : b.meetings)
        if (m.occurredAt.isValid() && (!latest.isValid() || latest < m.occurredAt))
            latest = m.occurredAt;
    return latest;
}

} // namespace

void copyBundles(Connection& db, const std::vector<ProspectBundle>& bundles)
{
    std::vector<ProspectBundle> numbered = bundles;
    {
        Pools pools(db, countFresh(numbered));
        for (ProspectBundle& b : numbered)
            numberBundle(b, pools);
    }
    const std::map<QString, Id> tags = tagIds(db, numbered);

    const int prospectColumns = static_cast<int>(fields<Prospect>().size()) + 1;
    CopyRows prospects("prospect", "id, " + fieldColumns<Prospect>() + ", last_meeting_at");
    CopyRows prospectTags("prospect_tag", "prospect_id, tag_id");
    auto contacts = recordRows<Contact>();
    auto meetings = recordRows<Meeting>();
    auto history = recordRows<StageChange>();
    auto closeChanges = recordRows<CloseChange>();
    auto insights = recordRows<Insight>();
    auto dataRequests = recordRows<DataRequest>();
    auto metrics = recordRows<Metric>();
    auto opportunities = recordRows<Opportunity>();
    auto tradables = recordRows<Tradable>();
    auto activities = recordRows<Activity>();
    CopyRows negotiations("negotiation", "prospect_id, " + fieldColumns<Negotiation>());
    CopyRows levers("negotiation_lever",
                    "prospect_id, lever, position, " + fieldColumns<LeverPosition>());
    CopyRows checks("gate_check",
                    "prospect_id, criterion_id, checked, evidence, checked_at, checked_by");

    for (const ProspectBundle& b : numbered) {
        const Id pid = b.prospect.id;
        bindRow(prospects, b.prospect);
        prospects.bindTime(prospectColumns + 1, latestMeeting(b));
        prospects.endRow();
        std::set<Id> tagged;
        for (const QString& tag : b.tags) {
            const auto it = tags.find(tag.trimmed());
            if (it != tags.end() && tagged.insert(it->second).second) {
                prospectTags.bind(1, pid).bind(2, it->second);
                prospectTags.endRow();
            }
        }
        addRecords(contacts, b.contacts);
        addRecords(meetings, b.meetings);
        addRecords(history, b.history);
        addRecords(closeChanges, b.closeChanges);
        addRecords(insights, b.insights);
        addRecords(dataRequests, b.dataRequests);
        addRecords(metrics, b.metrics);
        addRecords(opportunities, b.opportunities);
        addRecords(tradables, b.tradables);
        addRecords(activities, b.activities);
        if (b.negotiation) {
            negotiations.bind(1, pid);
            bindFields(negotiations, *b.negotiation, 2);
            negotiations.endRow();
            for (const LeverPosition& l : b.negotiation->levers) {
                levers.bind(1, pid).bind(2, leverKey(l.lever)).bind(3, static_cast<int>(l.lever));
                bindFields(levers, l, 4);
                levers.endRow();
            }
        }
        for (const GateCheck& c : b.gateChecks) {
            if (!c.checked)
                continue;
            checks.bind(1, pid).bind(2, c.criterionId).bind(3, 1).bind(4, c.evidence);
            checks.bindTime(5, c.checkedAt).bind(6, c.checkedBy);
            checks.endRow();
        }
    }
    // In the order the foreign keys ask for: a row after the rows it names.
    for (CopyRows* rows : {&prospects, &prospectTags, &contacts, &meetings, &history, &closeChanges,
                           &insights, &dataRequests, &metrics, &opportunities, &tradables,
                           &activities, &negotiations, &levers, &checks})
        rows->send(db);
    // Files row by row, each sent in binary as it is: COPY's text would carry a
    // file as hex escapes (twice its size and more), all of a piece's files in
    // one buffer.
    AttachmentRepositoryOf<Connection> attachments(db);
    for (const ProspectBundle& b : numbered)
        for (const Attachment& a : b.attachments)
            attachments.add(a.info, a.bytes);
}

} // namespace accord::storage::pg
