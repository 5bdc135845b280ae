// What each user finds through the search, the meeting lists, the review and
// the pipeline-wide settings of the store: the server's policies decide.

#include "PgPolicyFixture.h"

#include "core/ReviewRows.h"
#include "storage/pg/PgStore.h"

using namespace accord;
using namespace accord::test;
using storage::pg::PgStore;

namespace {

QStringList hitNames(core::Store& store, const QString& text)
{
    QStringList out;
    for (const core::SearchHit& hit : store.search().search(text, 50))
        out << hit.prospectName;
    out.sort();
    return out;
}

QStringList reviewOwners(core::Store& store)
{
    QStringList out;
    store.reports().prospects({}, [&](const core::ReviewProspectRow& row) { out << row.owner; });
    out.sort();
    return out;
}

} // namespace

TEST_CASE("a rep's search, meeting list and review cover their team's prospects only", "[pg]")
{
    TeamsFixture f;
    auto admin = PgStore::open(f.db.uriAs(f.ann));
    for (const core::Id id : {f.acme, f.bolt, f.cog}) {
        core::Contact c;
        c.prospectId = id;
        c.name = QStringLiteral("Quartermaster");
        admin->prospects().addContact(c);
    }
    CHECK(hitNames(*admin, QStringLiteral("quarter")).size() == 3);

    auto rep = PgStore::open(f.db.uriAs(f.dana));
    CHECK(hitNames(*rep, QStringLiteral("quarter")) ==
          QStringList{QStringLiteral("Acme"), QStringLiteral("Bolt")});
    CHECK(rep->search().count(QStringLiteral("quarter"), -1) == 2);
    CHECK(hitNames(*rep, QStringLiteral("cog")).isEmpty());
    CHECK(rep->meetings().recent(10).size() == 2);
    CHECK(reviewOwners(*rep) == QStringList{f.dana, f.ravi});
    CHECK(rep->reports().describe({f.acme, f.cog}).size() == 1);
    CHECK(rep->evidence().summary(f.cog).insights == 0);

    auto south = PgStore::open(f.db.uriAs(f.bo));
    CHECK(hitNames(*south, QStringLiteral("quarter")) == QStringList{QStringLiteral("Cog")});
    CHECK(reviewOwners(*south) == QStringList{f.bo});
}

TEST_CASE("only an admin changes the exit criteria and the pipeline's settings", "[pg]")
{
    TeamsFixture f;
    auto lead = PgStore::open(f.db.uriAs(f.lee));
    const std::vector<core::GateCriterion> criteria = lead->gates().criteria();
    REQUIRE_FALSE(criteria.empty());
    CHECK_THROWS_AS(lead->settings().setValue(QStringLiteral("currency"), QStringLiteral("EUR")),
                    core::StoreError);
    CHECK_THROWS_AS(lead->gates().restoreDefaults(), core::StoreError);
    CHECK(lead->settings().value(QStringLiteral("currency")).isEmpty());

    auto admin = PgStore::open(f.db.uriAs(f.ann));
    admin->settings().setValue(QStringLiteral("currency"), QStringLiteral("EUR"));
    admin->gates().restoreDefaults();
    CHECK(lead->settings().value(QStringLiteral("currency")) == QStringLiteral("EUR"));
    CHECK(lead->gates().criteria() == criteria);
}
