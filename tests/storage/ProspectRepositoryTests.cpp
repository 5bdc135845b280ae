#include "StoreFixture.h"

using namespace accord;
using namespace accord::core;
using namespace accord::test;

namespace {

std::vector<QString> names(const std::vector<ProspectRow>& rows)
{
    std::vector<QString> out;
    for (const auto& r : rows)
        out.push_back(r.prospect.name);
    return out;
}

} // namespace

TEST_CASE("a prospect round-trips every field through the file", "[storage]")
{
    StoreFixture f;
    Prospect p = sampleProspect();
    p.status = Status::Lost;
    p.lostReason = QStringLiteral("Budget moved");
    p.signedOn = QDate(2026, 5, 30);
    p.deletedAt = QDateTime();
    p.id = f.store->prospects().add(p);
    REQUIRE(p.id != kNoId);
    f.reopen();
    CHECK(f.store->prospects().find(p.id) == p);
    CHECK_FALSE(f.store->prospects().find(p.id + 100).has_value());
}

TEST_CASE("add keeps a given id; update bumps updated_at to the clock", "[storage]")
{
    StoreFixture f;
    Prospect p = sampleProspect();
    p.id = 77;
    CHECK(f.store->prospects().add(p) == 77);
    CHECK_THROWS_AS(f.store->prospects().add(p), StoreError);

    p.name = QStringLiteral("Northwind Renamed");
    f.store->prospects().update(p);
    const auto saved = f.store->prospects().find(77);
    REQUIRE(saved);
    CHECK(saved->name == QStringLiteral("Northwind Renamed"));
    CHECK(saved->updatedAt == referenceNow());
    CHECK(saved->createdAt == p.createdAt);
}

TEST_CASE("rows filter by stage, status, owner, industry, tag and text", "[storage]")
{
    StoreFixture f;
    auto& repo = f.store->prospects();
    auto make = [&](const char* name, const char* owner, Stage stage, Status status,
                    const char* industry) {
        Prospect p = sampleProspect(QString::fromUtf8(name));
        p.owner = QString::fromUtf8(owner);
        p.stage = stage;
        p.status = status;
        p.industry = QString::fromUtf8(industry);
        return repo.add(p);
    };
    const Id a = make("Alpha", "Dana", Stage::Informative, Status::Active, "Retail");
    make("Bravo", "Ravi", Stage::Consulting, Status::OnHold, "Banking");
    make("Charlie 100%", "Dana", Stage::Consulting, Status::Active, "Retail");
    make("Delta_x", "Ana", Stage::Negotiation, Status::Active, "Travel");
    repo.setTags(a, {QStringLiteral("vip"), QStringLiteral("eu")});

    ProspectFilter filter;
    filter.stage = Stage::Consulting;
    CHECK(names(repo.rows(filter, ProspectSort::Name, true, -1, 0)) ==
          std::vector<QString>{QStringLiteral("Bravo"), QStringLiteral("Charlie 100%")});
    filter = {};
    filter.status = Status::OnHold;
    CHECK(names(repo.rows(filter, ProspectSort::Name, true, -1, 0)) ==
          std::vector<QString>{QStringLiteral("Bravo")});
    filter = {};
    filter.owners = {QStringLiteral("Dana"), QStringLiteral("Ana")};
    CHECK(repo.count(filter) == 3);
    filter = {};
    filter.industry = QStringLiteral("Retail");
    CHECK(repo.count(filter) == 2);
    filter = {};
    filter.tag = QStringLiteral("vip");
    CHECK(names(repo.rows(filter, ProspectSort::Name, true, -1, 0)) ==
          std::vector<QString>{QStringLiteral("Alpha")});
    filter = {};
    filter.text = QStringLiteral("ALPH");
    CHECK(repo.count(filter) == 1);
    filter.text = QStringLiteral("ravi"); // owner
    CHECK(repo.count(filter) == 1);
    filter.text = QStringLiteral("%"); // literal, not a wildcard
    CHECK(names(repo.rows(filter, ProspectSort::Name, true, -1, 0)) ==
          std::vector<QString>{QStringLiteral("Charlie 100%")});
    filter.text = QStringLiteral("a_x"); // literal underscore
    CHECK(names(repo.rows(filter, ProspectSort::Name, true, -1, 0)) ==
          std::vector<QString>{QStringLiteral("Delta_x")});
    filter.text = QStringLiteral("_");
    CHECK(repo.count(filter) == 1);

    CHECK(repo.owners() ==
          QStringList{QStringLiteral("Ana"), QStringLiteral("Dana"), QStringLiteral("Ravi")});
    CHECK(repo.industries() == QStringList{QStringLiteral("Banking"), QStringLiteral("Retail"),
                                           QStringLiteral("Travel")});
    CHECK(repo.tags(a) == QStringList{QStringLiteral("eu"), QStringLiteral("vip")});
    CHECK(repo.allTags() == QStringList{QStringLiteral("eu"), QStringLiteral("vip")});
    repo.setTags(a, {QStringLiteral("eu")});
    CHECK(repo.allTags() == QStringList{QStringLiteral("eu")});
}

TEST_CASE("rows sort with a stable id tiebreak and page with limit and offset", "[storage]")
{
    StoreFixture f;
    auto& repo = f.store->prospects();
    std::vector<Id> ids;
    for (int i = 0; i < 10; ++i) {
        Prospect p = sampleProspect(QStringLiteral("P%1").arg(i));
        p.value.minor = (i % 3) * 100; // ties
        p.stageEnteredAt = at(1 + i);
        ids.push_back(repo.add(p));
    }
    const auto byValue = repo.rows({}, ProspectSort::Value, true, -1, 0);
    REQUIRE(byValue.size() == 10);
    for (std::size_t i = 1; i < byValue.size(); ++i) {
        const auto& prev = byValue[i - 1].prospect;
        const auto& cur = byValue[i].prospect;
        CHECK((prev.value.minor < cur.value.minor ||
               (prev.value.minor == cur.value.minor && prev.id < cur.id)));
    }
    const auto page1 = repo.rows({}, ProspectSort::Value, true, 4, 0);
    const auto page2 = repo.rows({}, ProspectSort::Value, true, 4, 4);
    const auto page3 = repo.rows({}, ProspectSort::Value, true, 4, 8);
    REQUIRE(page1.size() == 4);
    REQUIRE(page2.size() == 4);
    REQUIRE(page3.size() == 2);
    CHECK(page2[0].prospect.id == byValue[4].prospect.id);
    CHECK(page3[1].prospect.id == byValue[9].prospect.id);

    // Most days in stage first when descending = entered earliest.
    const auto longest = repo.rows({}, ProspectSort::DaysInStage, false, 1, 0);
    CHECK(longest.front().prospect.id == ids.front());
    const auto desc = repo.rows({}, ProspectSort::Value, false, -1, 0);
    CHECK(desc.front().prospect.id == byValue.back().prospect.id);
}

TEST_CASE("rows carry last meeting, meeting count and current-stage gate progress", "[storage]")
{
    StoreFixture f;
    auto& repo = f.store->prospects();
    Prospect p = sampleProspect();
    p.stage = Stage::Informative;
    const Id id = repo.add(p);
    Prospect won = sampleProspect(QStringLiteral("Signed Co"));
    won.stage = Stage::Partnership;
    const Id wonId = repo.add(won);

    f.store->meetings().add(sampleMeeting(id, at(3)));
    f.store->meetings().add(sampleMeeting(id, at(8)));
    Insight insight;
    insight.prospectId = id;
    insight.title = QStringLiteral("Basket size trends");
    f.store->evidence().addInsight(insight);

    auto row = repo.row(id);
    REQUIRE(row);
    CHECK(row->meetingCount == 2);
    CHECK(row->lastMeetingAt == at(8));
    CHECK(row->gateTotal == 3);
    CHECK(row->gateMet == 1);
    auto wonRow = repo.row(wonId);
    REQUIRE(wonRow);
    CHECK(wonRow->gateTotal == 0);
    CHECK(wonRow->gateMet == 0);
    CHECK(wonRow->meetingCount == 0);
    CHECK(wonRow->lastMeetingAt.isNull());

    const auto sorted = repo.rows({}, ProspectSort::LastMeeting, false, -1, 0);
    CHECK(sorted.front().prospect.id == id);
}

TEST_CASE("totals count and sum value per stage", "[storage]")
{
    StoreFixture f;
    auto& repo = f.store->prospects();
    for (int i = 0; i < 3; ++i) {
        Prospect p = sampleProspect();
        p.stage = Stage::Negotiation;
        p.value.minor = 1000 * (i + 1);
        repo.add(p);
    }
    Prospect trashed = sampleProspect();
    trashed.stage = Stage::Negotiation;
    repo.moveToTrash(repo.add(trashed), referenceNow());
    const auto totals = repo.totals({});
    REQUIRE(totals.size() == 4);
    CHECK(totals[2].stage == Stage::Negotiation);
    CHECK(totals[2].count == 3);
    REQUIRE(totals[2].sums.size() == 1);
    CHECK(totals[2].sums[0].currency == QStringLiteral("EUR"));
    CHECK(totals[2].sums[0].minor == 6000);
    CHECK(totals[0].count == 0);
}

TEST_CASE("trash hides from rows and search; restore brings back; purge removes all", "[storage]")
{
    StoreFixture f;
    auto& repo = f.store->prospects();
    const Id id = repo.add(sampleProspect(QStringLiteral("Trashy Corp")));
    const Id other = repo.add(sampleProspect(QStringLiteral("Staying Ltd")));
    f.store->meetings().add(sampleMeeting(id));
    Contact c;
    c.prospectId = id;
    c.name = QStringLiteral("Tess Trash");
    repo.addContact(c);
    repo.setTags(id, {QStringLiteral("gone")});

    repo.moveToTrash(id, referenceNow());
    CHECK(repo.count({}) == 1);
    CHECK(repo.find(id)->deletedAt == referenceNow());
    CHECK(f.store->search().search(QStringLiteral("trashy"), 10).empty());
    CHECK(f.store->search().search(QStringLiteral("tess"), 10).empty());
    CHECK(f.store->meetings().recent(10).empty());
    CHECK(repo.allTags().isEmpty());
    ProspectFilter trash;
    trash.trash = ProspectFilter::Trash::Only;
    CHECK(names(repo.rows(trash, ProspectSort::Name, true, -1, 0)) ==
          std::vector<QString>{QStringLiteral("Trashy Corp")});
    trash.trash = ProspectFilter::Trash::Include;
    CHECK(repo.count(trash) == 2);

    repo.restoreFromTrash(id);
    CHECK(repo.count({}) == 2);
    CHECK(f.store->search().search(QStringLiteral("trashy"), 10).size() == 1);

    CHECK_FALSE(repo.purge(id)); // restored meanwhile: no longer in the trash, so kept
    CHECK(repo.find(id).has_value());
    repo.moveToTrash(id, referenceNow());
    CHECK(repo.purge(id));
    CHECK_FALSE(repo.find(id).has_value());
    CHECK(repo.contacts(id).empty());
    CHECK(f.store->meetings().count() == 0);
    CHECK(f.store->search().search(QStringLiteral("tess"), 10).empty());
    CHECK(f.store->search().search(QStringLiteral("workshop"), 10).empty());
    CHECK(repo.find(other).has_value());
    CHECK(f.store->connection().queryInt("SELECT count(*) FROM tag") == 0);
}

TEST_CASE("a stage change and its revert are each one transaction", "[storage]")
{
    StoreFixture f;
    auto& repo = f.store->prospects();
    Prospect before = sampleProspect();
    before.id = repo.add(before);

    Prospect after = before;
    after.stage = Stage::Negotiation;
    after.stageEnteredAt = referenceNow();
    after.updatedAt = referenceNow();
    StageChange change;
    change.at = referenceNow();
    change.fromStage = Stage::Consulting;
    change.toStage = Stage::Negotiation;
    change.by = QStringLiteral("Dana");
    change.reason = QStringLiteral("Pushing ahead");
    change.gateOverride = true;
    const Id changeId = repo.applyStageChange(after, change);
    CHECK(repo.find(before.id) == after);
    const auto history = repo.history(before.id);
    REQUIRE(history.size() == 1);
    change.id = changeId;
    change.prospectId = before.id;
    CHECK(history.front() == change);

    // A change for a prospect that is gone writes no history.
    Prospect ghost = after;
    ghost.id = 9999;
    CHECK_THROWS_AS(repo.applyStageChange(ghost, change), StoreError);
    CHECK(f.store->connection().queryInt("SELECT count(*) FROM stage_change") == 1);

    repo.revertStageChange(before, changeId);
    CHECK(repo.find(before.id) == before);
    CHECK(repo.history(before.id).empty());
}

TEST_CASE("history is oldest first and addHistory keeps ids", "[storage]")
{
    StoreFixture f;
    auto& repo = f.store->prospects();
    const Id id = repo.add(sampleProspect());
    StageChange late;
    late.id = 50;
    late.prospectId = id;
    late.at = at(9);
    late.fromStatus = Status::Active;
    late.toStatus = Status::OnHold;
    StageChange early = late;
    early.id = 60;
    early.at = at(4);
    CHECK(repo.addHistory(late) == 50);
    CHECK(repo.addHistory(early) == 60);
    const auto h = repo.history(id);
    REQUIRE(h.size() == 2);
    CHECK(h[0] == early);
    CHECK(h[1] == late);
}

TEST_CASE("contacts round-trip, update and remove", "[storage]")
{
    StoreFixture f;
    auto& repo = f.store->prospects();
    const Id pid = repo.add(sampleProspect());
    Contact c;
    c.prospectId = pid;
    c.name = QStringLiteral("Ana Lima");
    c.title = QStringLiteral("COO");
    c.role = ContactRole::Operations;
    c.email = QStringLiteral("ana@example.com");
    c.phone = QStringLiteral("+351 555 0100");
    c.id = repo.addContact(c);
    CHECK(repo.findContact(c.id) == c);
    c.role = ContactRole::Executive;
    repo.updateContact(c);
    CHECK(repo.contacts(pid) == std::vector<Contact>{c});
    repo.removeContact(c.id);
    CHECK(repo.contacts(pid).empty());
    CHECK_THROWS_AS(repo.updateContact(c), StoreError);
}
