// What each user sees and may change through the store, as the app and the
// command line use it: the server's policies decide, the store reports.

#include "PgPolicyFixture.h"

#include "storage/pg/PgStore.h"

using namespace accord;
using namespace accord::test;
using storage::pg::PgStore;

namespace {

QStringList rowNames(core::Store& store)
{
    QStringList out;
    for (const core::ProspectRow& row :
         store.prospects().rows(core::ProspectFilter{}, core::ProspectSort::Name, true, 100, 0))
        out << row.prospect.name;
    return out;
}

} // namespace

TEST_CASE("a rep's store lists their team's prospects and meetings only", "[pg]")
{
    TeamsFixture f;
    auto rep = PgStore::open(f.db.uriAs(f.dana));
    CHECK(rowNames(*rep) == QStringList{QStringLiteral("Acme"), QStringLiteral("Bolt")});
    CHECK(rep->meetings().forProspect(f.acme).size() == 1);
    CHECK(rep->meetings().forProspect(f.cog).empty());
    CHECK(rep->meetings().count() == 2);

    auto other = PgStore::open(f.db.uriAs(f.bo));
    CHECK(rowNames(*other) == QStringList{QStringLiteral("Cog")});
    auto lead = PgStore::open(f.db.uriAs(f.lee));
    CHECK(rowNames(*lead) == QStringList{QStringLiteral("Acme"), QStringLiteral("Bolt")});
    auto admin = PgStore::open(f.db.uriAs(f.ann));
    CHECK(rowNames(*admin) ==
          QStringList{QStringLiteral("Acme"), QStringLiteral("Bolt"), QStringLiteral("Cog")});
    CHECK(admin->meetings().count() == 3);
}

TEST_CASE("a rep's store finds and counts their team's prospects only", "[pg]")
{
    TeamsFixture f;
    auto rep = PgStore::open(f.db.uriAs(f.dana));
    CHECK(rep->userLogin() == f.dana);
    CHECK(rep->prospects().count(core::ProspectFilter{}) == 2);
    CHECK(rep->prospects().find(f.acme).has_value());
    CHECK(rep->prospects().find(f.bolt).has_value());
    CHECK_FALSE(rep->prospects().find(f.cog).has_value());

    auto other = PgStore::open(f.db.uriAs(f.bo));
    CHECK(other->prospects().count(core::ProspectFilter{}) == 1);
    CHECK_FALSE(other->prospects().find(f.acme).has_value());
    auto admin = PgStore::open(f.db.uriAs(f.ann));
    CHECK(admin->prospects().count(core::ProspectFilter{}) == 3);
}

TEST_CASE("a rep's store refuses a change to a teammate's prospect with a sentence", "[pg]")
{
    TeamsFixture f;
    auto rep = PgStore::open(f.db.uriAs(f.dana));
    std::optional<core::Prospect> bolt = rep->prospects().find(f.bolt);
    REQUIRE(bolt.has_value());
    bolt->segment = QStringLiteral("Mine now");
    REQUIRE_THROWS_AS(rep->prospects().update(*bolt), storage::pg::PermissionError);
    std::optional<core::Prospect> acme = rep->prospects().find(f.acme);
    REQUIRE(acme.has_value());
    acme->segment = QStringLiteral("Send the deck");
    rep->prospects().update(*acme);

    auto lead = PgStore::open(f.db.uriAs(f.lee));
    CHECK(lead->prospects().find(f.acme)->segment == QStringLiteral("Send the deck"));
    CHECK(lead->prospects().find(f.bolt)->segment != QStringLiteral("Mine now"));
}
