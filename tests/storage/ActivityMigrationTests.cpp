// A schema-8 file, with the single next step of each prospect, migrates to
// schema 10: every next step becomes an open activity, and the agenda and each
// prospect's next activity read an index.

#include "StoreFixture.h"

#include "core/Activities.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFileInfo>

using namespace accord;
using namespace accord::test;

namespace {

QString plan(storage::Connection& db, const std::string& sql)
{
    storage::Statement st = db.prepare("EXPLAIN QUERY PLAN " + sql);
    QString out;
    while (st.step())
        out += st.text(3) + u'\n';
    return out;
}

} // namespace

TEST_CASE("a schema-9 file migrates to schema 10: each next step becomes an open activity",
          "[storage][migration][file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v7.sqlite"));
    {
        const std::vector<storage::MigrationStep> steps(storage::migrations().begin(),
                                                        storage::migrations().begin() + 9);
        REQUIRE(steps.back().version == 9);
        storage::DatabaseOptions options;
        options.migrations = &steps;
        auto db = storage::openDatabase(path, options);
        // 1 dated, 2 undated (changed on 2026-06-10), 3 blank, 4 only spaces, 5 undated and
        // never changed (created on 2026-05-01).
        db->exec("INSERT INTO prospect(id, name, owner, stage, status, next_step, next_step_due, "
                 "created_at, updated_at) VALUES "
                 "(1, 'Northwind', 'dana', 1, 'active', 'Send the study', '2026-07-01', "
                 "1777593600, 1781085600), "
                 "(2, 'Contoso', 'ravi', 2, 'active', '  Call the COO ', NULL, 1777593600, "
                 "1781085600), "
                 "(3, 'Litware', 'dana', 1, 'active', '', '2026-07-02', 1777593600, 1781085600), "
                 "(4, 'Fabrikam', 'dana', 1, 'active', '   ', NULL, 1777593600, 1781085600), "
                 "(5, 'Tailspin', 'ana', 1, 'on_hold', 'Wait for budget', NULL, 1777593600, "
                 "NULL)");
    }
    auto store = storage::openStore(path);
    REQUIRE(store->schemaVersion() == 10);
    CHECK(QFileInfo::exists(path + QStringLiteral(".pre-v10.bak")));
    CHECK(store->integrityProblems().isEmpty());

    auto one = [&](core::Id prospectId) {
        const auto list = store->activities().forProspect(prospectId);
        REQUIRE(list.size() == 1);
        return list.front();
    };
    const core::Activity dated = one(1);
    CHECK(dated.title == QStringLiteral("Send the study"));
    CHECK(dated.dueOn == QDate(2026, 7, 1));
    CHECK(dated.kind == core::ActivityKind::Task);
    CHECK(dated.owner == QStringLiteral("dana"));
    CHECK(dated.isOpen());
    CHECK_FALSE(dated.hasDueTime());
    const core::Activity undated = one(2);
    CHECK(undated.title == QStringLiteral("Call the COO"));
    CHECK(undated.dueOn == QDate(2026, 6, 10)); // the day the prospect was last changed
    CHECK(undated.owner == QStringLiteral("ravi"));
    CHECK(store->activities().forProspect(3).empty());
    CHECK(store->activities().forProspect(4).empty());
    CHECK(one(5).dueOn == QDate(2026, 5, 1)); // never changed: the day it was created

    // The old columns stay as they were, unread.
    auto& db = store->connection();
    storage::Statement old = db.prepare("SELECT next_step FROM prospect WHERE id = 1");
    REQUIRE(old.step());
    CHECK(old.text(0) == QStringLiteral("Send the study"));
    old.reset();
    CHECK(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'prospect_next_due'") == 0);

    // New activities take ids after the migrated ones.
    core::Activity a = dated;
    a.id = core::kNoId;
    CHECK(store->activities().add(a) > undated.id);
}

TEST_CASE("the agenda and each prospect's next activity read an index", "[storage][file]")
{
    StoreFixture f;
    auto& db = f.store->connection();
    const QString next = plan(db, "SELECT n.id FROM activity n WHERE n.prospect_id = 1 AND "
                                  "n.done_at IS NULL ORDER BY n.due_on, n.due_minute, n.id "
                                  "LIMIT 1");
    INFO(next.toStdString());
    CHECK(next.contains(QStringLiteral("activity_next")));
    CHECK_FALSE(next.contains(QStringLiteral("TEMP B-TREE")));
    const QString agenda = plan(db, "SELECT a.id FROM activity a WHERE a.done_at IS NULL AND "
                                    "a.due_on <= '2026-06-21' ORDER BY a.due_on, a.due_minute, "
                                    "a.id");
    INFO(agenda.toStdString());
    CHECK(agenda.contains(QStringLiteral("activity_agenda")));
    CHECK_FALSE(agenda.contains(QStringLiteral("TEMP B-TREE")));
}
