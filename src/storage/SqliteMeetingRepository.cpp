#include "SqliteMeetingRepository.h"

namespace accord::storage {

using namespace accord::core;

namespace {

constexpr const char* kColumns =
    "m.id, m.prospect_id, m.occurred_at, m.duration_minutes, m.kind, m.stage_at_time, "
    "m.attendees, m.summary, m.notes, m.shared, m.learned, m.next_step, m.next_step_due, "
    "m.logged_by";

std::vector<Meeting> readMeetings(Statement& st)
{
    std::vector<Meeting> out;
    while (st.step()) {
        Meeting m;
        m.id = st.id(0);
        m.prospectId = st.id(1);
        m.occurredAt = st.time(2);
        m.durationMinutes = st.integer(3);
        m.kind = meetingKindFromKey(st.text(4)).value_or(MeetingKind::Call);
        const int stage = st.integer(5);
        m.stageAtTime =
            stage >= 1 && stage <= kStageCount ? static_cast<Stage>(stage) : Stage::Informative;
        m.attendees = st.text(6);
        m.summary = st.text(7);
        m.notes = st.text(8);
        m.shared = st.text(9);
        m.learned = st.text(10);
        m.nextStep = st.text(11);
        m.nextStepDue = st.date(12);
        m.loggedBy = st.text(13);
        out.push_back(std::move(m));
    }
    return out;
}

void bindMeeting(Statement& st, const Meeting& m)
{
    st.bindId(1, m.id)
        .bind(2, m.prospectId)
        .bindTime(3, m.occurredAt)
        .bind(4, m.durationMinutes)
        .bind(5, meetingKindKey(m.kind))
        .bind(6, static_cast<int>(m.stageAtTime))
        .bind(7, m.attendees)
        .bind(8, m.summary)
        .bind(9, m.notes)
        .bind(10, m.shared)
        .bind(11, m.learned)
        .bind(12, m.nextStep)
        .bindDate(13, m.nextStepDue)
        .bind(14, m.loggedBy);
}

} // namespace

Id SqliteMeetingRepository::add(const Meeting& m)
{
    Statement st = m_db.prepare(
        "INSERT INTO meeting(id, prospect_id, occurred_at, duration_minutes, kind, stage_at_time, "
        "attendees, summary, notes, shared, learned, next_step, next_step_due, logged_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    bindMeeting(st, m);
    st.run();
    return m_db.lastInsertId();
}

void SqliteMeetingRepository::update(const Meeting& m)
{
    Statement st = m_db.prepare(
        "UPDATE meeting SET prospect_id = ?2, occurred_at = ?3, duration_minutes = ?4, kind = ?5, "
        "stage_at_time = ?6, attendees = ?7, summary = ?8, notes = ?9, shared = ?10, "
        "learned = ?11, next_step = ?12, next_step_due = ?13, logged_by = ?14 WHERE id = ?1");
    bindMeeting(st, m);
    st.run();
    expectChanged(m_db, "meeting");
}

void SqliteMeetingRepository::remove(Id id)
{
    Statement st = m_db.prepare("DELETE FROM meeting WHERE id = ?1");
    st.bind(1, id);
    st.run();
}

std::optional<Meeting> SqliteMeetingRepository::find(Id id)
{
    Statement st =
        m_db.prepare(std::string("SELECT ") + kColumns + " FROM meeting m WHERE m.id = ?1");
    st.bind(1, id);
    auto found = readMeetings(st);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<Meeting> SqliteMeetingRepository::forProspect(Id prospectId, int limit, int offset)
{
    Statement st = m_db.prepare(std::string("SELECT ") + kColumns +
                                " FROM meeting m WHERE m.prospect_id = ?1"
                                " ORDER BY m.occurred_at DESC, m.id DESC LIMIT ?2 OFFSET ?3");
    st.bind(1, prospectId).bind(2, limit < 0 ? -1 : limit).bind(3, offset < 0 ? 0 : offset);
    return readMeetings(st);
}

std::vector<Meeting> SqliteMeetingRepository::recent(int limit, int offset)
{
    Statement st = m_db.prepare(
        std::string("SELECT ") + kColumns +
        " FROM meeting m JOIN prospect p ON p.id = m.prospect_id WHERE p.deleted_at IS NULL"
        " ORDER BY m.occurred_at DESC, m.id DESC LIMIT ?1 OFFSET ?2");
    st.bind(1, limit < 0 ? -1 : limit).bind(2, offset < 0 ? 0 : offset);
    return readMeetings(st);
}

std::vector<Meeting> SqliteMeetingRepository::recentOf(const ProspectFilter& filter, int limit,
                                                       int offset)
{
    std::vector<std::variant<qint64, QString>> params;
    const std::string where = m_prospects.where(filter, params);
    Statement st = m_db.prepare(std::string("SELECT ") + kColumns +
                                " FROM meeting m JOIN prospect p ON p.id = m.prospect_id" + where +
                                " ORDER BY m.occurred_at DESC, m.id DESC LIMIT ? OFFSET ?");
    int index = 0;
    for (const auto& p : params) {
        if (const auto* v = std::get_if<qint64>(&p))
            st.bind(++index, *v);
        else
            st.bind(++index, std::get<QString>(p));
    }
    st.bind(index + 1, limit < 0 ? -1 : limit);
    st.bind(index + 2, offset < 0 ? 0 : offset);
    return readMeetings(st);
}

int SqliteMeetingRepository::count()
{
    return static_cast<int>(m_db.queryInt("SELECT count(*) FROM meeting"));
}

} // namespace accord::storage
