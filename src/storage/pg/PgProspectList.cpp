#include "PgProspectList.h"

#include "PgEvidenceRepository.h"
#include "PgGateRepository.h"
#include "core/PipelineSettings.h"
#include "storage/ActivityRepositoryOf.h"
#include "storage/RecordSql.h"

#include <QChar>

namespace accord::storage::pg {

using namespace accord::core;

namespace {

constexpr const char* kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr const char* kLower = "abcdefghijklmnopqrstuvwxyz";

// `expr` as SQLite's NOCASE compares it: ASCII letters lowered, then byte by byte.
std::string noCase(const std::string& expr)
{
    return "translate(" + expr + ", '" + kUpper + "', '" + kLower + "') COLLATE \"C\"";
}

// A PostgreSQL text array literal: {"a","b"}, each element quoted.
QString textArray(const QStringList& values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += u',';
        QString v = values[i];
        v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        out += u'"' + v + u'"';
    }
    return out + u'}';
}

// The text filter's needle as the file folds it (ProspectListIndex): trimmed,
// without the separators of its texts, case-folded.
QString needleOf(const QString& text)
{
    QString needle = text.trimmed();
    needle.remove(QChar(0x1e)).remove(QChar(0x1f));
    return needle.toCaseFolded();
}

// Whether the trigram index can narrow a search for `needle`: it holds a run
// of three letters or digits.
bool trigramSearchable(const QString& needle)
{
    int run = 0;
    for (const QChar c : needle) {
        run = c.isLetterOrNumber() ? run + 1 : 0;
        if (run >= 3)
            return true;
    }
    return false;
}

// The direction of an ORDER BY key as SQLite sorts: NULL before every value
// when ascending, after every value when descending. Keys that are never NULL
// go without the NULLS clause, so that an index read backwards serves them.
const char* direction(bool ascending, bool nullable = false)
{
    if (!nullable)
        return ascending ? " ASC" : " DESC";
    return ascending ? " ASC NULLS FIRST" : " DESC NULLS LAST";
}

std::string orderBy(ProspectSort sort, bool ascending)
{
    const char* dir = direction(ascending);
    std::string key;
    switch (sort) {
    case ProspectSort::Name:
        key = noCase("p.name") + dir;
        break;
    case ProspectSort::Owner:
        key = noCase("p.owner") + dir;
        break;
    case ProspectSort::Industry:
        key = noCase("p.industry") + dir;
        break;
    case ProspectSort::Stage:
        key = std::string("p.stage") + dir;
        break;
    case ProspectSort::Status: {
        key = "CASE p.status";
        int rank = 0;
        for (Status s : {Status::Active, Status::OnHold, Status::Won, Status::Lost}) {
            // Keys are fixed identifiers without quotes; inline them so the plan is static.
            key += " WHEN '" + statusKey(s).toStdString() + "' THEN " + std::to_string(rank++);
        }
        key += std::string(" ELSE 9 END") + dir;
        break;
    }
    case ProspectSort::Value:
        key = std::string("p.value_minor") + dir;
        break;
    case ProspectSort::DaysInStage: // more days in stage = entered earlier
        key = std::string("p.stage_entered_at") + direction(!ascending, true);
        break;
    case ProspectSort::LastMeeting:
        key = std::string("last_meeting_at") + direction(ascending, true);
        break;
    case ProspectSort::NextActivity: // none planned counts as latest
        key = nextActivityKeySql(true) + " IS NULL" + dir + ", " + nextActivityKeySql(true) +
              direction(ascending, true);
        break;
    case ProspectSort::Updated:
        key = std::string("p.updated_at") + direction(ascending, true);
        break;
    }
    return " ORDER BY " + key + ", p.id" + dir;
}

// Each code point's simple case folding as Qt does it (QString::toCaseFolded,
// which folds the filter's text) where it differs from the code point itself:
// the two arguments of translate(). Every such folding is one code point.
std::pair<QString, QString> foldTable()
{
    QString from;
    QString to;
    for (char32_t c = 0x80; c <= 0x10FFFF; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        const char32_t folded = QChar::toCaseFolded(c);
        if (folded == c)
            continue;
        from += QString::fromUcs4(&c, 1);
        to += QString::fromUcs4(&folded, 1);
    }
    return {from, to};
}

std::string literal(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return '\'' + quoted.toStdString() + '\'';
}

} // namespace

ProspectWhere prospectWhere(const ProspectFilter& f, int first)
{
    ProspectWhere w;
    w.next = first;
    auto add = [&w](const std::string& condition) {
        w.sql += w.sql.empty() ? " WHERE " : " AND ";
        w.sql += condition;
    };
    auto param = [&w] { return "?" + std::to_string(w.next++); };
    switch (f.trash) {
    case ProspectFilter::Trash::Exclude:
        add("p.deleted_at IS NULL");
        break;
    case ProspectFilter::Trash::Only:
        add("p.deleted_at IS NOT NULL");
        break;
    case ProspectFilter::Trash::Include:
        break;
    }
    if (f.stage) {
        add("p.stage = " + param() + "::integer");
        w.params.emplace_back(qint64(static_cast<int>(*f.stage)));
    }
    if (f.status) {
        add("p.status = " + param() + "::text");
        w.params.emplace_back(statusKey(*f.status));
    }
    if (!f.owners.isEmpty()) {
        add("p.owner = ANY(" + param() + "::text[])");
        w.params.emplace_back(textArray(f.owners));
    }
    if (!f.industry.isEmpty()) {
        add("p.industry = " + param() + "::text");
        w.params.emplace_back(f.industry);
    }
    if (!f.tag.isEmpty()) {
        add("EXISTS (SELECT 1 FROM prospect_tag pt JOIN tag t ON t.id = pt.tag_id "
            "WHERE pt.prospect_id = p.id AND t.name = " +
            param() + "::text)");
        w.params.emplace_back(f.tag);
    }
    if (!f.text.trimmed().isEmpty()) {
        // A case-insensitive substring of name, owner, industry or segment: the
        // stored folded text holds them apart with a separator no needle holds.
        // LIKE where the trigram index narrows it; else strpos, read row by row.
        const QString needle = needleOf(f.text);
        if (trigramSearchable(needle)) {
            QString escaped = needle;
            escaped.replace(u'\\', QStringLiteral("\\\\"))
                .replace(u'%', QStringLiteral("\\%"))
                .replace(u'_', QStringLiteral("\\_"));
            add("p.list_text LIKE " + param() + "::text");
            w.params.emplace_back(u'%' + escaped + u'%');
        } else {
            add("strpos(p.list_text, " + param() + "::text) > 0");
            w.params.emplace_back(needle);
        }
    }
    return w;
}

void bindWhere(Statement& st, const ProspectWhere& where)
{
    int index = where.next - static_cast<int>(where.params.size());
    for (const auto& value : where.params) {
        if (const auto* v = std::get_if<qint64>(&value))
            st.bind(index++, *v);
        else
            st.bind(index++, std::get<QString>(value));
    }
}

std::string prospectListSchemaSql(const std::string& quotedSchema)
{
    // Folded per code point: ASCII letters alone when the text is ASCII (most
    // are), else through the whole table; translate() does not depend on the
    // server's locale. A plain column kept by a trigger (not a generated one,
    // which a BEFORE trigger sees as NULL, so that every update would look
    // like a change to the row version's trigger), only when one of the four
    // fields changes: folding a long non-ASCII text through the table is slow.
    const auto [from, to] = foldTable();
    const std::string folded =
        "SELECT CASE WHEN octet_length(t) = char_length(t) THEN translate(t, '" +
        std::string(kUpper) + "', '" + kLower + "') ELSE translate(t, " +
        literal(QString::fromLatin1(kUpper) + from) + ", " +
        literal(QString::fromLatin1(kLower) + to) +
        ") END FROM (SELECT name || E'\\x1f' || owner || E'\\x1f' || industry || E'\\x1f' || "
        "segment AS t) AS joined";
    return "CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"
           "ALTER TABLE prospect ADD COLUMN IF NOT EXISTS list_text text NOT NULL DEFAULT '';\n"
           "CREATE OR REPLACE FUNCTION accord_list_text(name text, owner text, industry text, "
           "segment text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fold$ " +
           folded +
           " $fold$;\n"
           "CREATE OR REPLACE FUNCTION accord_prospect_list_text() RETURNS trigger "
           "LANGUAGE plpgsql AS $$ BEGIN "
           "NEW.list_text := " +
           quotedSchema +
           ".accord_list_text(NEW.name, NEW.owner, NEW.industry, NEW.segment); "
           "RETURN NEW; END $$;\n"
           "DROP TRIGGER IF EXISTS prospect_list_text_insert ON prospect;\n"
           "CREATE TRIGGER prospect_list_text_insert BEFORE INSERT ON prospect FOR EACH ROW "
           "EXECUTE FUNCTION accord_prospect_list_text();\n"
           "DROP TRIGGER IF EXISTS prospect_list_text_update ON prospect;\n"
           "CREATE TRIGGER prospect_list_text_update BEFORE UPDATE ON prospect FOR EACH ROW "
           "WHEN (NEW.name IS DISTINCT FROM OLD.name OR NEW.owner IS DISTINCT FROM OLD.owner OR "
           "NEW.industry IS DISTINCT FROM OLD.industry OR NEW.segment IS DISTINCT FROM "
           "OLD.segment OR NEW.list_text IS DISTINCT FROM OLD.list_text) "
           "EXECUTE FUNCTION accord_prospect_list_text();\n"
           "UPDATE prospect SET list_text = accord_list_text(name, owner, industry, segment) "
           "WHERE list_text IS DISTINCT FROM accord_list_text(name, owner, industry, segment);\n"
           "CREATE INDEX IF NOT EXISTS prospect_list_text ON prospect "
           "USING gin (list_text gin_trgm_ops);\n"
           // The board's columns and the table, newest first or last (read backwards).
           "CREATE INDEX IF NOT EXISTS prospect_list_stage_updated ON prospect "
           "(stage, updated_at NULLS FIRST, id) WHERE deleted_at IS NULL;\n"
           "CREATE INDEX IF NOT EXISTS prospect_list_updated ON prospect "
           "(updated_at NULLS FIRST, id) WHERE deleted_at IS NULL;\n"
           "CREATE INDEX IF NOT EXISTS prospect_list_name ON prospect (" +
           noCase("name") +
           ", id) WHERE deleted_at IS NULL;\n"
           // The status bar's stalled count, from the index alone.
           "CREATE INDEX IF NOT EXISTS prospect_list_stalled ON prospect "
           "(status, stage, last_meeting_at, stage_entered_at, created_at) "
           "WHERE deleted_at IS NULL;\n"
           // owners() and industries(): one index seek per distinct value.
           "CREATE INDEX IF NOT EXISTS prospect_list_owner ON prospect "
           "(owner COLLATE \"C\") WHERE deleted_at IS NULL;\n"
           "CREATE INDEX IF NOT EXISTS prospect_list_industry ON prospect "
           "(industry COLLATE \"C\") WHERE deleted_at IS NULL;\n";
}

PgProspectList::PgProspectList(Connection& db, PgEvidenceRepository& evidence,
                               PgGateRepository& gates)
    : m_db(db), m_evidence(evidence), m_gates(gates)
{}

std::vector<ProspectRow> PgProspectList::select(const ProspectWhere& where,
                                                const std::string& order, int limit, int offset)
{
    // The prospect's columns (readRow), then its latest meeting and its meeting count.
    static const std::string kSelect =
        "SELECT p.id, " + fieldColumns<Prospect>("p") +
        ", (SELECT max(m.occurred_at) FROM meeting m WHERE m.prospect_id = p.id)"
        " AS last_meeting_at,"
        " (SELECT count(*) FROM meeting m WHERE m.prospect_id = p.id)"
        " FROM prospect p";
    static const int lastMeetingColumn = static_cast<int>(fields<Prospect>().size()) + 1;
    const std::string sql = kSelect + where.sql + order + " LIMIT ?" + std::to_string(where.next) +
                            "::bigint OFFSET ?" + std::to_string(where.next + 1) + "::bigint";
    Statement st = m_db.prepare(sql);
    bindWhere(st, where);
    if (limit < 0)
        st.bindNull(where.next); // LIMIT NULL: no limit
    else
        st.bind(where.next, limit);
    st.bind(where.next + 1, offset < 0 ? 0 : offset);

    std::vector<ProspectRow> rows;
    while (st.step()) {
        ProspectRow row;
        row.prospect = readRow<Prospect>(st);
        row.lastMeetingAt = st.time(lastMeetingColumn);
        row.meetingCount = st.integer(lastMeetingColumn + 1);
        rows.push_back(std::move(row));
    }
    if (rows.empty())
        return rows;

    // Gate progress of each row's current stage, from one aggregate query for the page.
    std::vector<Id> ids;
    ids.reserve(rows.size());
    for (const auto& r : rows)
        ids.push_back(r.prospect.id);
    const std::vector<EvidenceSummary> summaries = m_evidence.summaries(ids);
    const std::vector<GateCriterion> criteria = m_gates.criteria();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const GateResult gate = evaluateGate(rows[i].prospect.stage, criteria, summaries[i]);
        rows[i].gateMet = gate.metCount();
        rows[i].gateTotal = gate.total();
    }
    std::map<Id, Activity> planned = nextOpenActivities(m_db, ids);
    for (ProspectRow& r : rows)
        if (auto it = planned.find(r.prospect.id); it != planned.end())
            r.nextActivity = std::move(it->second);
    return rows;
}

std::vector<ProspectRow> PgProspectList::rows(const ProspectFilter& filter, ProspectSort sort,
                                              bool ascending, int limit, int offset)
{
    return select(prospectWhere(filter), orderBy(sort, ascending), limit, offset);
}

std::optional<ProspectRow> PgProspectList::row(Id id)
{
    ProspectWhere where;
    where.sql = " WHERE p.id = ?1::bigint";
    where.params.emplace_back(qint64(id));
    where.next = 2;
    auto found = select(where, std::string(), -1, 0);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

int PgProspectList::count(const ProspectFilter& filter)
{
    const ProspectWhere where = prospectWhere(filter);
    Statement st = m_db.prepare("SELECT count(*) FROM prospect p" + where.sql);
    bindWhere(st, where);
    return st.step() ? st.integer(0) : 0;
}

int PgProspectList::stalledCount(const QDateTime& now, const PipelineSettings& settings)
{
    // core::stalledOf's rule, as the file counts it (whole days, truncated).
    Statement st = m_db.prepare(
        "SELECT count(*) FROM prospect p "
        "WHERE p.deleted_at IS NULL AND p.status = 'active' AND p.stage < 4 AND "
        "(?1::bigint - COALESCE(p.last_meeting_at, p.stage_entered_at, p.created_at)) / 86400 > "
        "CASE p.stage WHEN 1 THEN ?2::bigint WHEN 2 THEN ?3::bigint ELSE ?4::bigint END");
    st.bindTime(1, now)
        .bind(2, settings.staleDaysFor(Stage::Informative))
        .bind(3, settings.staleDaysFor(Stage::Consulting))
        .bind(4, settings.staleDaysFor(Stage::Negotiation));
    return st.step() ? st.integer(0) : 0;
}

std::vector<StageTotal> PgProspectList::totals(const ProspectFilter& filter)
{
    // Summed per currency in two 32-bit halves, as the file does; CurrencySum
    // puts them together with checked arithmetic. Currencies in code point order.
    const ProspectWhere where = prospectWhere(filter);
    Statement st = m_db.prepare(
        "SELECT p.stage, p.currency, count(*), sum(p.value_minor >> 32)::bigint, "
        "sum(p.value_minor & 4294967295)::bigint FROM prospect p" +
        where.sql + " GROUP BY p.stage, p.currency ORDER BY p.stage, p.currency COLLATE \"C\"");
    bindWhere(st, where);
    std::vector<StageTotal> out;
    for (Stage s : kAllStages)
        out.push_back(StageTotal{s, 0, {}});
    while (st.step()) {
        const int stage = st.integer(0);
        if (stage < 1 || stage > kStageCount)
            continue;
        StageTotal& t = out[static_cast<std::size_t>(stage - 1)];
        const int count = st.integer(2);
        t.count += count;
        CurrencySum sum{st.text(1)};
        sum.addParts(st.int64(3), st.int64(4), count);
        t.sums.push_back(std::move(sum));
    }
    return out;
}

} // namespace accord::storage::pg
