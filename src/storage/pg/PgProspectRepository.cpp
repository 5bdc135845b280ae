#include "PgProspectRepository.h"

// Not yet on the team server: every call refuses with one sentence.

namespace accord::storage::pg {

namespace {
core::StoreError pending()
{
    return core::StoreError(QStringLiteral("This is not available on a team server yet."));
}
} // namespace

PgProspectRepository::PgProspectRepository(Connection& db, const core::Clock& clock,
                                           PgEvidenceRepository& evidence, PgGateRepository& gates)
    : m_db(db), m_clock(clock), m_evidence(evidence), m_gates(gates)
{}

PgProspectRepository::~PgProspectRepository() = default;

core::Id PgProspectRepository::add(const core::Prospect&)
{
    throw pending();
}

void PgProspectRepository::update(const core::Prospect&)
{
    throw pending();
}

std::optional<core::Prospect> PgProspectRepository::find(core::Id)
{
    throw pending();
}

std::vector<core::ProspectRow> PgProspectRepository::rows(const core::ProspectFilter&,
                                                          core::ProspectSort, bool, int, int)
{
    throw pending();
}

std::optional<core::ProspectRow> PgProspectRepository::row(core::Id)
{
    throw pending();
}

int PgProspectRepository::count(const core::ProspectFilter&)
{
    throw pending();
}

std::vector<core::StageTotal> PgProspectRepository::totals(const core::ProspectFilter&)
{
    throw pending();
}

int PgProspectRepository::stalledCount(const QDateTime&, const core::PipelineSettings&)
{
    throw pending();
}

void PgProspectRepository::prepareTextFilter()
{
    throw pending();
}

void PgProspectRepository::moveToTrash(core::Id, const QDateTime&)
{
    throw pending();
}

void PgProspectRepository::restoreFromTrash(core::Id)
{
    throw pending();
}

bool PgProspectRepository::purge(core::Id)
{
    throw pending();
}

core::Id PgProspectRepository::applyStageChange(const core::Prospect&, const core::StageChange&)
{
    throw pending();
}

void PgProspectRepository::revertStageChange(const core::Prospect&, core::Id)
{
    throw pending();
}

std::vector<core::StageChange> PgProspectRepository::history(core::Id)
{
    throw pending();
}

core::Id PgProspectRepository::addHistory(const core::StageChange&)
{
    throw pending();
}

QStringList PgProspectRepository::owners()
{
    throw pending();
}

QStringList PgProspectRepository::industries()
{
    throw pending();
}

std::vector<core::Contact> PgProspectRepository::contacts(core::Id)
{
    throw pending();
}

std::optional<core::Contact> PgProspectRepository::findContact(core::Id)
{
    throw pending();
}

core::Id PgProspectRepository::addContact(const core::Contact&)
{
    throw pending();
}

void PgProspectRepository::updateContact(const core::Contact&)
{
    throw pending();
}

void PgProspectRepository::removeContact(core::Id)
{
    throw pending();
}

QStringList PgProspectRepository::tags(core::Id)
{
    throw pending();
}

void PgProspectRepository::setTags(core::Id, const QStringList&)
{
    throw pending();
}

QStringList PgProspectRepository::allTags()
{
    throw pending();
}

} // namespace accord::storage::pg
