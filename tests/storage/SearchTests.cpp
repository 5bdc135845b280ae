#include "StoreFixture.h"

#include "storage/SqliteSearchRepository.h"

using namespace accord;
using namespace accord::core;
using namespace accord::test;

namespace {

#ifdef ACCORD_TEST_PG
// The server keeps each row's words in its search_vector column.
constexpr const char* kIndexedRows =
    "SELECT (SELECT count(*) FROM prospect WHERE search_vector <> ''::tsvector) + "
    "(SELECT count(*) FROM contact WHERE search_vector <> ''::tsvector) + "
    "(SELECT count(*) FROM meeting WHERE search_vector <> ''::tsvector)";
constexpr const char* kRowsWithZyxa =
    "SELECT (SELECT count(*) FROM prospect WHERE search_vector @@ 'zyxa'::tsquery) + "
    "(SELECT count(*) FROM contact WHERE search_vector @@ 'zyxa'::tsquery) + "
    "(SELECT count(*) FROM meeting WHERE search_vector @@ 'zyxa'::tsquery)";
#else
constexpr const char* kIndexedRows = "SELECT count(*) FROM search_index";
constexpr const char* kRowsWithZyxa =
    "SELECT count(*) FROM search_index WHERE search_index MATCH 'zyxa'";
#endif

std::vector<SearchHit::Kind> kinds(const std::vector<SearchHit>& hits)
{
    std::vector<SearchHit::Kind> out;
    for (const auto& h : hits)
        out.push_back(h.kind);
    return out;
}

} // namespace

TEST_CASE("search finds prospects, contacts and meetings, newest first, with snippets", "[storage]")
{
    StoreFixture f;
    Prospect p = sampleProspect(QStringLiteral("Contoso Pharma"));
    p.industry = QStringLiteral("Healthcare");
    const Id pid = f.store->prospects().add(p);
    Contact c;
    c.prospectId = pid;
    c.name = QStringLiteral("Ravi Contoso-Shah");
    c.email = QStringLiteral("ravi@contoso.example");
    const Id cid = f.store->prospects().addContact(c);
    Meeting m = sampleMeeting(pid, at(11));
    m.notes = QStringLiteral("Contoso wants faster checkout and fewer abandoned carts");
    const Id mid = f.store->meetings().add(m);

    const auto hits = f.store->search().search(QStringLiteral("contoso"), 10);
    CHECK(kinds(hits) == std::vector<SearchHit::Kind>{SearchHit::Kind::Meeting,
                                                      SearchHit::Kind::Contact,
                                                      SearchHit::Kind::Prospect});
    REQUIRE(hits.size() == 3);
    CHECK(hits[0].itemId == mid);
    CHECK(hits[0].prospectId == pid);
    CHECK(hits[0].prospectName == QStringLiteral("Contoso Pharma"));
    CHECK(hits[0].title == m.summary);
    CHECK(hits[0].when == at(11));
    CHECK(hits[0].snippet.contains(QStringLiteral("[Contoso]")));
    CHECK(hits[1].itemId == cid);
    CHECK(hits[1].title == c.name);
    CHECK(hits[1].when.isNull());
    CHECK(hits[2].itemId == pid);
    CHECK(hits[2].title == p.name);

    CHECK(f.store->search().search(QStringLiteral("contoso"), 1).size() == 1);
    CHECK(f.store->search().search(QStringLiteral("health"), 10).size() == 1); // prefix, industry
    CHECK(f.store->search().search(QStringLiteral("abandoned cart"), 10).size() == 1);
    CHECK(f.store->search().search(QStringLiteral("abandoned zebra"), 10).empty());
}

TEST_CASE("the search index follows inserts, updates and deletes", "[storage]")
{
    StoreFixture f;
    auto& search = f.store->search();
    auto& prospects = f.store->prospects();
    Prospect p = sampleProspect(QStringLiteral("Fabrikam"));
    p.id = prospects.add(p);
    CHECK(search.search(QStringLiteral("fabrikam"), 10).size() == 1);
    p.name = QStringLiteral("Litware");
    prospects.update(p);
    CHECK(search.search(QStringLiteral("fabrikam"), 10).empty());
    CHECK(search.search(QStringLiteral("litware"), 10).size() == 1);

    Contact c;
    c.prospectId = p.id;
    c.name = QStringLiteral("Olga Petrova");
    c.id = prospects.addContact(c);
    CHECK(search.search(QStringLiteral("petrova"), 10).size() == 1);
    c.name = QStringLiteral("Olga Ivanova");
    prospects.updateContact(c);
    CHECK(search.search(QStringLiteral("petrova"), 10).empty());
    CHECK(search.search(QStringLiteral("ivanova"), 10).size() == 1);
    prospects.removeContact(c.id);
    CHECK(search.search(QStringLiteral("ivanova"), 10).empty());

    Meeting m = sampleMeeting(p.id);
    m.learned = QStringLiteral("They use a mainframe");
    m.id = f.store->meetings().add(m);
    CHECK(search.search(QStringLiteral("mainframe"), 10).size() == 1);
    m.learned = QStringLiteral("They moved to the cloud");
    f.store->meetings().update(m);
    CHECK(search.search(QStringLiteral("mainframe"), 10).empty());
    CHECK(search.search(QStringLiteral("cloud"), 10).size() == 1);
    f.store->meetings().remove(m.id);
    CHECK(search.search(QStringLiteral("cloud"), 10).empty());

    // Stage moves and trash do not touch the index rows, deletes remove them.
    prospects.moveToTrash(p.id, referenceNow());
    prospects.restoreFromTrash(p.id);
    CHECK(search.search(QStringLiteral("litware"), 10).size() == 1);
    prospects.moveToTrash(p.id, referenceNow());
    REQUIRE(prospects.purge(p.id));
    CHECK(search.search(QStringLiteral("litware"), 10).empty());
    CHECK(f.store->connection().queryInt(kIndexedRows) == 0);
}

TEST_CASE("FTS operators and punctuation typed by people are searched literally", "[storage]")
{
    StoreFixture f;
    const Id pid = f.store->prospects().add(sampleProspect(QStringLiteral("AND Partners")));
    Meeting m = sampleMeeting(pid);
    m.notes = QStringLiteral("The \"near\" term plan: NEAR(alpha beta) - not OR");
    f.store->meetings().add(m);

    const QStringList inputs{QStringLiteral("AND"),
                             QStringLiteral("OR"),
                             QStringLiteral("NOT"),
                             QStringLiteral("NEAR"),
                             QStringLiteral("NEAR(alpha beta)"),
                             QStringLiteral("*"),
                             QStringLiteral("\""),
                             QStringLiteral("\"\""),
                             QStringLiteral("\"unbalanced"),
                             QStringLiteral("-"),
                             QStringLiteral("-plan"),
                             QStringLiteral(":"),
                             QStringLiteral("title:plan"),
                             QStringLiteral("("),
                             QStringLiteral(")"),
                             QStringLiteral("(plan"),
                             QStringLiteral("plan)"),
                             QStringLiteral("^plan"),
                             QStringLiteral("{title body}: plan"),
                             QStringLiteral("a AND b OR c NOT d"),
                             QStringLiteral("'); DROP TABLE prospect;--"),
                             QStringLiteral("   "),
                             QString(),
                             QStringLiteral("!!!"),
                             QStringLiteral("😀"),
                             QStringLiteral("plan*"),
                             QStringLiteral("\"near\""),
                             QStringLiteral("\\"),
                             QStringLiteral("%_")};
    for (const QString& input : inputs) {
        INFO(input.toStdString());
        CHECK_NOTHROW(f.store->search().search(input, 20));
    }
    CHECK(f.store->search().search(QStringLiteral("!!!"), 20).empty());
    CHECK(f.store->search().search(QStringLiteral("\"near\""), 20).size() == 1);
    CHECK(f.store->search().search(QStringLiteral("NEAR(alpha beta)"), 20).size() == 1);
    CHECK(f.store->search().search(QStringLiteral("AND"), 20).size() == 1);
    CHECK(f.store->search().search(QStringLiteral("title:plan"), 20).empty()); // "title plan"
    CHECK(f.store->search().search(QStringLiteral("term plan"), 20).size() == 1);
    CHECK(f.store->prospects().count({}) == 1);

    CHECK(storage::SqliteSearchRepository::matchQuery(QStringLiteral("say \"hi\" now")) ==
          QStringLiteral("\"say\" \"\"\"hi\"\"\" \"now\"*"));
    CHECK(storage::SqliteSearchRepository::matchQuery(QStringLiteral("-- ** ()")).isEmpty());
}

TEST_CASE("search lists newest first by time, not by the order rows were written", "[storage]")
{
    StoreFixture f;
    Prospect early = sampleProspect(QStringLiteral("Harbor Early"));
    early.createdAt = at(1);
    const Id earlyId = f.store->prospects().add(early);
    // Written later, but created earlier than the first.
    Prospect older = sampleProspect(QStringLiteral("Harbor Older"));
    older.createdAt = QDateTime(QDate(2025, 1, 5), QTime(9, 0), Qt::UTC);
    const Id olderId = f.store->prospects().add(older);

    Meeting recent = sampleMeeting(earlyId, at(20));
    recent.summary = QStringLiteral("Harbor review");
    const Id recentId = f.store->meetings().add(recent);
    // Logged afterwards about a meeting months before.
    Meeting backdated = sampleMeeting(earlyId, QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    backdated.summary = QStringLiteral("Harbor kickoff");
    const Id backdatedId = f.store->meetings().add(backdated);

    const auto hits = f.store->search().search(QStringLiteral("harbor"), 10);
    std::vector<std::pair<SearchHit::Kind, Id>> order;
    for (const SearchHit& h : hits)
        order.emplace_back(h.kind, h.itemId);
    using K = SearchHit::Kind;
    CHECK(order == std::vector<std::pair<K, Id>>{{K::Meeting, recentId},
                                                 {K::Prospect, earlyId},
                                                 {K::Meeting, backdatedId},
                                                 {K::Prospect, olderId}});

    // Moving a meeting in time moves it in the list.
    backdated.id = backdatedId;
    backdated.occurredAt = at(25);
    f.store->meetings().update(backdated);
    const auto moved = f.store->search().search(QStringLiteral("harbor"), 1);
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].itemId == backdatedId);
}

TEST_CASE("search counts every match beyond the page it shows", "[storage]")
{
    StoreFixture f;
    const Id pid = f.store->prospects().add(sampleProspect(QStringLiteral("Quayside")));
    f.store->transaction([&] {
        for (int i = 0; i < 312; ++i) {
            Meeting m = sampleMeeting(pid, at(1).addSecs(i * 3600));
            m.notes = QStringLiteral("warehouse slotting review %1").arg(i);
            f.store->meetings().add(m);
        }
    });
    CHECK(f.store->search().search(QStringLiteral("warehouse"), 50).size() == 50);
    CHECK(f.store->search().count(QStringLiteral("warehouse"), -1) == 312);
    CHECK(f.store->search().count(QStringLiteral("wareh"), -1) == 312);
    CHECK(f.store->search().count(QStringLiteral("warehouse"), 100) == 100);
    CHECK(f.store->search().count(QStringLiteral("zebra"), -1) == 0);
    // Trash leaves the count too.
    f.store->prospects().moveToTrash(pid, referenceNow());
    CHECK(f.store->search().count(QStringLiteral("warehouse"), -1) == 0);
}

TEST_CASE("a page of a common word and of a word only old rows hold, and every match unpaged",
          "[storage]")
{
    StoreFixture f;
    // 1,100 prospects a minute apart: every one a "Dock", the oldest 70 also "Harbor".
    std::vector<Id> ids;
    f.store->transaction([&] {
        for (int i = 0; i < 1100; ++i) {
            core::Prospect p = sampleProspect(
                (i < 70 ? QStringLiteral("Harbor Dock %1") : QStringLiteral("Dock %1")).arg(i));
            p.createdAt = at(1).addSecs(i * 60);
            ids.push_back(f.store->prospects().add(p));
        }
    });
    const auto idsOf = [](const std::vector<SearchHit>& hits) {
        std::vector<Id> out;
        for (const SearchHit& h : hits)
            out.push_back(h.itemId);
        return out;
    };
    // Newest first: the last ids written.
    const std::vector<Id> newest(ids.rbegin(), ids.rbegin() + 60);
    CHECK(idsOf(f.store->search().search(QStringLiteral("dock"), 60)) == newest);
    const std::vector<Id> oldHarbors(ids.rbegin() + (1100 - 70), ids.rbegin() + (1100 - 10));
    CHECK(idsOf(f.store->search().search(QStringLiteral("harbor"), 60)) == oldHarbors);
    CHECK(f.store->search().search(QStringLiteral("harbor"), -1).size() == 70);
    CHECK(f.store->search().search(QStringLiteral("dock"), -1).size() == 1100);
}

TEST_CASE("a purged prospect leaves nothing of its contacts in the search index", "[storage]")
{
    StoreFixture f;
    const Id pid = f.store->prospects().add(sampleProspect(QStringLiteral("Ephemeral")));
    Contact c;
    c.prospectId = pid;
    c.name = QStringLiteral("Zyxa Quorn");
    f.store->prospects().addContact(c);
    CHECK(f.store->search().search(QStringLiteral("zyxa"), 10).size() == 1);
    f.store->prospects().moveToTrash(pid, referenceNow());
    REQUIRE(f.store->prospects().purge(pid));
    CHECK(f.store->connection().queryInt(kRowsWithZyxa) == 0);
}
