#include "StoreFixture.h"

using namespace accord;
using namespace accord::core;
using namespace accord::test;

TEST_CASE("a meeting round-trips every field", "[storage]")
{
    StoreFixture f;
    const Id pid = f.store->prospects().add(sampleProspect());
    Meeting m = sampleMeeting(pid);
    m.id = f.store->meetings().add(m);
    f.reopen();
    CHECK(f.store->meetings().find(m.id) == m);
    m.summary = QStringLiteral("Changed summary");
    m.kind = MeetingKind::Email;
    m.nextStepDue = QDate();
    f.store->meetings().update(m);
    CHECK(f.store->meetings().find(m.id) == m);
    f.store->meetings().remove(m.id);
    CHECK_FALSE(f.store->meetings().find(m.id).has_value());
    CHECK_THROWS_AS(f.store->meetings().update(m), StoreError);
}

TEST_CASE("meetings come newest first, per prospect and paged", "[storage]")
{
    StoreFixture f;
    const Id a = f.store->prospects().add(sampleProspect(QStringLiteral("A")));
    const Id b = f.store->prospects().add(sampleProspect(QStringLiteral("B")));
    std::vector<Id> ofA;
    for (int day : {5, 1, 9, 3})
        ofA.push_back(f.store->meetings().add(sampleMeeting(a, at(day))));
    const Id sameTime = f.store->meetings().add(sampleMeeting(a, at(9)));
    f.store->meetings().add(sampleMeeting(b, at(7)));

    const auto all = f.store->meetings().forProspect(a);
    REQUIRE(all.size() == 5);
    CHECK(all[0].id == sameTime); // same time: the later id first
    CHECK(all[1].id == ofA[2]);
    CHECK(all[4].occurredAt == at(1));
    const auto page = f.store->meetings().forProspect(a, 2, 2);
    REQUIRE(page.size() == 2);
    CHECK(page[0].id == all[2].id);
    CHECK(page[1].id == all[3].id);

    const auto recent = f.store->meetings().recent(3);
    REQUIRE(recent.size() == 3);
    CHECK(recent[2].prospectId == b);
    CHECK(f.store->meetings().count() == 6);
    f.store->prospects().moveToTrash(a, referenceNow());
    CHECK(f.store->meetings().recent(10).size() == 1);
}

TEST_CASE("recent meetings of the prospects a filter selects come newest first, paged", "[storage]")
{
    StoreFixture f;
    auto& meetings = f.store->meetings();
    Prospect alpha = sampleProspect(QStringLiteral("Alpha Foods"));
    alpha.owner = QStringLiteral("Ana");
    alpha.stage = Stage::Informative;
    Prospect bravo = sampleProspect(QStringLiteral("Bravo Parts"));
    bravo.owner = QStringLiteral("Ben");
    const Id a = f.store->prospects().add(alpha);
    const Id b = f.store->prospects().add(bravo);
    const Id early = meetings.add(sampleMeeting(a, at(3)));
    const Id late = meetings.add(sampleMeeting(a, at(8)));
    const Id other = meetings.add(sampleMeeting(b, at(5)));
    auto ids = [](const std::vector<Meeting>& list) {
        std::vector<Id> out;
        for (const Meeting& m : list)
            out.push_back(m.id);
        return out;
    };
    using V = std::vector<Id>;

    ProspectFilter everyone;
    CHECK(ids(meetings.recentOf(everyone, -1)) == V{late, other, early});
    CHECK(ids(meetings.recentOf(everyone, 2)) == V{late, other});
    CHECK(ids(meetings.recentOf(everyone, 2, 2)) == V{early});
    ProspectFilter ana;
    ana.owners = {QStringLiteral("Ana")};
    CHECK(ids(meetings.recentOf(ana, 10)) == V{late, early});
    ProspectFilter firstStage;
    firstStage.stage = Stage::Informative;
    CHECK(ids(meetings.recentOf(firstStage, 10)) == V{late, early});
    ProspectFilter text;
    text.text = QStringLiteral("bravo");
    CHECK(ids(meetings.recentOf(text, 10)) == V{other});

    f.store->prospects().moveToTrash(b, referenceNow());
    CHECK(ids(meetings.recentOf(everyone, 10)) == V{late, early});
}
