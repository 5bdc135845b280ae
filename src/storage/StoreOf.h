#pragma once

// What both stores are made of: one connection, the clock that stamps edits,
// and the repositories over them, handed out as core's interfaces. SqliteStore
// (a file) and pg::PgStore (a team server) derive from StoreOf of their
// connection type and add what is their own.

#include "core/Clock.h"
#include "core/Store.h"
#include "core/StoreMaintenance.h"

#include <memory>

namespace accord::storage {

class Connection;
class SqliteEvidenceRepository;
class SqliteGateRepository;
class SqliteProspectRepository;
class SqliteSearchRepository;

namespace pg {
class Connection;
class PgEvidenceRepository;
class PgGateRepository;
class PgProspectRepository;
class PgSearchRepository;
} // namespace pg

template <typename Db> class ActivityRepositoryOf;
template <typename Db> class SettingsRepositoryOf;
template <typename Db> class AttachmentRepositoryOf;
template <typename Db> class ReportRowsOf;
template <typename Db, typename Prospects> class MeetingRepositoryOf;

/// The repository classes of a store that are its own (beside the templates).
template <typename Db> struct StoreRepositories;

template <> struct StoreRepositories<Connection>
{
    using Evidence = SqliteEvidenceRepository;
    using Gates = SqliteGateRepository;
    using Prospects = SqliteProspectRepository;
    using Search = SqliteSearchRepository;
};

template <> struct StoreRepositories<pg::Connection>
{
    using Evidence = pg::PgEvidenceRepository;
    using Gates = pg::PgGateRepository;
    using Prospects = pg::PgProspectRepository;
    using Search = pg::PgSearchRepository;
};

/// The connection and repositories of a store (`Db`: the connection of Sqlite.h
/// or pg/Pg.h).
template <typename Db> class StoreOf : public core::Store, public core::StoreMaintenance
{
public:
    ~StoreOf() override;

    core::ProspectRepository& prospects() override;
    core::MeetingRepository& meetings() override;
    core::EvidenceRepository& evidence() override;
    core::ActivityRepository& activities() override;
    core::GateRepository& gates() override;
    core::SearchRepository& search() override;
    core::SettingsRepository& settings() override;
    core::AttachmentRepository& attachments() override;
    core::ReportRows& reports() override;
    core::StoreMaintenance& maintenance() override;
    void transaction(const std::function<void()>& work) override;
    bool isReadOnly() const override;

    /// For storage internals and tests only.
    Db& connection() { return *m_db; }

protected:
    using Repositories = StoreRepositories<Db>;

    /// `clock` stamps updated_at on edits; nullptr is the system clock.
    StoreOf(std::unique_ptr<Db> db, const core::Clock* clock);
    /// Adds to `problems` the prospects whose kept time of their latest meeting
    /// (for the review) differs from their meetings'.
    void checkLatestMeetings(QStringList& problems);

    std::unique_ptr<core::SystemClock> m_systemClock;
    const core::Clock* m_clock = nullptr;
    std::unique_ptr<Db> m_db;
    std::unique_ptr<typename Repositories::Evidence> m_evidence;
    std::unique_ptr<typename Repositories::Gates> m_gates;
    std::unique_ptr<typename Repositories::Prospects> m_prospects;
    std::unique_ptr<MeetingRepositoryOf<Db, typename Repositories::Prospects>> m_meetings;
    std::unique_ptr<typename Repositories::Search> m_search;
    std::unique_ptr<ActivityRepositoryOf<Db>> m_activities;
    std::unique_ptr<SettingsRepositoryOf<Db>> m_settings;
    std::unique_ptr<AttachmentRepositoryOf<Db>> m_attachments;
    std::unique_ptr<ReportRowsOf<Db>> m_reports;
};

} // namespace accord::storage
