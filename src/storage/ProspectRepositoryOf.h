#pragma once

#include "core/Clock.h"
#include "core/Store.h"

#include <memory>

namespace accord::storage {

/// Prospects with their contacts, tags and stage history, in either store
/// (`Db`: the connection of Sqlite.h or pg/Pg.h, StoreSql.h). The list reads
/// (rows(), counts and totals) are each store's own `List`; so are the
/// filter's SQL and readying the text filter.
template <typename Db, typename List> class ProspectRepositoryOf : public core::ProspectRepository
{
public:
    ProspectRepositoryOf(Db& db, const core::Clock& clock, std::unique_ptr<List> list);
    ~ProspectRepositoryOf() override;

    core::Id add(const core::Prospect& p) override;
    void update(const core::Prospect& p) override;
    std::optional<core::Prospect> find(core::Id id) override;
    std::vector<core::ProspectRow> rows(const core::ProspectFilter& filter, core::ProspectSort sort,
                                        bool ascending, int limit, int offset) override;
    std::optional<core::ProspectRow> row(core::Id id) override;
    int count(const core::ProspectFilter& filter) override;
    std::vector<core::StageTotal> totals(const core::ProspectFilter& filter) override;
    int stalledCount(const QDateTime& now, const core::PipelineSettings& settings) override;
    void moveToTrash(core::Id id, const QDateTime& at) override;
    void restoreFromTrash(core::Id id) override;
    bool purge(core::Id id) override;

    core::Id applyStageChange(const core::Prospect& after,
                              const core::StageChange& change) override;
    void revertStageChange(const core::Prospect& before, core::Id changeId) override;
    std::vector<core::StageChange> history(core::Id prospectId) override;
    core::Id addHistory(const core::StageChange& c) override;
    std::vector<core::CloseChange> closeHistory(core::Id prospectId) override;
    core::Id addCloseChange(const core::CloseChange& c) override;

    QStringList owners() override;
    QStringList industries() override;

    std::vector<core::Contact> contacts(core::Id prospectId) override;
    std::optional<core::Contact> findContact(core::Id id) override;
    core::Id addContact(const core::Contact& v) override;
    void updateContact(const core::Contact& v) override;
    void removeContact(core::Id id) override;

    QStringList tags(core::Id prospectId) override;
    void setTags(core::Id prospectId, const QStringList& tags) override;
    QStringList allTags() override;

protected:
    Db& m_db;
    const core::Clock& m_clock;
    std::unique_ptr<List> m_list;

private:
    void write(const core::Prospect& p); // every column as given
};

} // namespace accord::storage
