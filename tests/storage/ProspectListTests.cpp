// The prospect list answered from memory (ProspectListIndex) gives exactly
// what SQL gives, and follows every write: this connection's, a rolled-back
// one, another connection's.

#include "StoreFixture.h"
#include "storage/SqliteProspectList.h"
#include "storage/SqliteProspectRepository.h"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::core;
using accord::test::at;
using accord::test::referenceNow;
using accord::test::sampleMeeting;
using accord::test::sampleProspect;
using accord::test::StoreFixture;

namespace {

storage::SqliteProspectList& listOf(storage::SqliteStore& store)
{
    return dynamic_cast<storage::SqliteProspectRepository&>(store.prospects()).list();
}

std::vector<Id> ids(const std::vector<ProspectRow>& rows)
{
    std::vector<Id> out;
    out.reserve(rows.size());
    for (const auto& r : rows)
        out.push_back(r.prospect.id);
    return out;
}

// Totals as comparable text: stage, count, and each currency's count and sum.
QStringList describe(const std::vector<StageTotal>& totals)
{
    QStringList out;
    for (const StageTotal& t : totals) {
        QString line = QStringLiteral("%1:%2").arg(static_cast<int>(t.stage)).arg(t.count);
        for (const CurrencySum& s : t.sums)
            line += QStringLiteral(" %1=%2x%3%4")
                        .arg(s.currency)
                        .arg(s.minor)
                        .arg(s.count)
                        .arg(s.overflow ? QStringLiteral("!") : QString());
        out << line;
    }
    return out;
}

// A pipeline with every kind of value the filter compares: owners differing
// only in case, Unicode names, negative and large values, several currencies,
// no updated_at, trashed and purged prospects.
void fill(Store& store)
{
    const QStringList names{QStringLiteral("Northwind Traders"), QStringLiteral("Contoso Retail"),
                            QStringLiteral("Straße & Söhne"),    QStringLiteral("ÉCOLE Nord"),
                            QStringLiteral("Litware Labs"),      QStringLiteral("Fabrikam"),
                            QStringLiteral("north star"),        QStringLiteral("Tailspin")};
    const QStringList owners{QStringLiteral("Dana"), QStringLiteral("dana"), QStringLiteral("Ravi"),
                             QString()};
    const QStringList industries{QStringLiteral("Retail"), QStringLiteral("Banking"),
                                 QStringLiteral("retail"), QString()};
    const QStringList currencies{QStringLiteral("EUR"), QStringLiteral("USD"),
                                 QStringLiteral("GBP")};
    const Status statuses[] = {Status::Active, Status::Active, Status::OnHold, Status::Won,
                               Status::Lost};
    auto& repo = store.prospects();
    for (int i = 0; i < 240; ++i) {
        Prospect p = sampleProspect(QStringLiteral("%1 %2").arg(names[i % names.size()]).arg(i));
        p.owner = owners[(i / 3) % owners.size()];
        p.industry = industries[(i / 5) % industries.size()];
        p.segment = i % 7 == 0 ? QStringLiteral("Labs unit") : QStringLiteral("Mid-market");
        p.stage = kAllStages[static_cast<std::size_t>(i % kStageCount)];
        p.status = statuses[i % 5];
        p.value = Money{(i % 11 == 0 ? -1 : 1) * (qint64(i) * 7'777'777'777 % 90'000'000'000),
                        currencies[(i / 2) % currencies.size()]};
        // Ties on updated_at, and some with none at all.
        p.updatedAt = i % 13 == 0 ? QDateTime() : at(1 + i % 20, i % 3);
        const Id id = repo.add(p);
        if (i % 17 == 0)
            repo.moveToTrash(id, referenceNow());
        if (i % 41 == 0) {
            repo.moveToTrash(id, referenceNow());
            repo.purge(id);
        }
    }
}

std::vector<ProspectFilter> filters()
{
    std::vector<ProspectFilter> out;
    const QStringList texts{QString(),
                            QStringLiteral("n"),
                            QStringLiteral("nor"),
                            QStringLiteral("NORTH"),
                            QStringLiteral("strasse"),
                            QStringLiteral("école"),
                            QStringLiteral("labs"),
                            QStringLiteral("zzq"),
                            QStringLiteral(" a ")};
    for (const QString& text : texts)
        for (int variant = 0; variant < 12; ++variant) {
            ProspectFilter f;
            f.text = text;
            if (variant % 2 == 1)
                f.status = Status::Active;
            if (variant % 3 == 1)
                f.stage = Stage::Consulting;
            if (variant == 4)
                f.owners = {QStringLiteral("Dana")};
            if (variant == 5)
                f.owners = {QStringLiteral("dana"), QStringLiteral("Ravi")};
            if (variant == 6)
                f.owners = {QStringLiteral("Nobody")};
            if (variant == 7)
                f.industry = QStringLiteral("Retail");
            if (variant == 8)
                f.industry = QStringLiteral("Nope");
            if (variant == 9)
                f.trash = ProspectFilter::Trash::Only;
            if (variant == 10)
                f.trash = ProspectFilter::Trash::Include;
            if (variant == 11)
                f.status = Status::Won;
            out.push_back(f);
        }
    return out;
}

// Every answer the list gives, once from memory and once from SQL alone, are the same.
void requireSameAnswers(storage::SqliteStore& store)
{
    auto& list = listOf(store);
    for (const ProspectFilter& f : filters()) {
        INFO("text '" << f.text.toStdString() << "' owners " << f.owners.join(u',').toStdString()
                      << " industry " << f.industry.toStdString());
        for (bool ascending : {false, true})
            for (auto [limit, offset] : {std::pair{30, 0}, std::pair{7, 5}, std::pair{-1, 0}}) {
                list.setAnswersFromMemory(true);
                const auto memory = list.rows(f, ProspectSort::Updated, ascending, limit, offset);
                list.setAnswersFromMemory(false);
                const auto sql = list.rows(f, ProspectSort::Updated, ascending, limit, offset);
                REQUIRE(ids(memory) == ids(sql));
                for (std::size_t i = 0; i < sql.size(); ++i) {
                    CHECK(memory[i].gateMet == sql[i].gateMet);
                    CHECK(memory[i].meetingCount == sql[i].meetingCount);
                    CHECK(memory[i].lastMeetingAt == sql[i].lastMeetingAt);
                    CHECK(memory[i].prospect.name == sql[i].prospect.name);
                }
            }
        list.setAnswersFromMemory(true);
        const int memoryCount = list.count(f);
        const QStringList memoryTotals = describe(list.totals(f));
        list.setAnswersFromMemory(false);
        CHECK(memoryCount == list.count(f));
        CHECK(memoryTotals == describe(list.totals(f)));
    }
    list.setAnswersFromMemory(true);
}

} // namespace

TEST_CASE("the list answered from memory gives the rows, counts and totals SQL gives",
          "[storage][list]")
{
    StoreFixture f;
    fill(*f.store);
    auto& list = listOf(*f.store);
    list.warm();
    list.waitUntilWarm();
    const int before = list.memoryAnswers();
    requireSameAnswers(*f.store);
    CHECK(list.memoryAnswers() > before + 100); // memory did answer
}

TEST_CASE("the list in memory follows this connection's writes, a rollback and another "
          "connection's commit",
          "[storage][list]")
{
    StoreFixture f;
    fill(*f.store);
    auto& repo = f.store->prospects();
    auto& list = listOf(*f.store);
    list.warm();
    list.waitUntilWarm();
    ProspectFilter north;
    north.text = QStringLiteral("north");

    // This connection: a rename, a move, a new prospect, the trash and a purge.
    const auto first = list.rows(north, ProspectSort::Updated, false, 1, 0);
    REQUIRE(first.size() == 1);
    Prospect renamed = first.front().prospect;
    renamed.name = QStringLiteral("Blue Yonder");
    renamed.stage = Stage::Negotiation;
    repo.update(renamed);
    Prospect added = sampleProspect(QStringLiteral("Northgate"));
    added.value = Money{5'000'000'000'000, QStringLiteral("CHF")};
    const Id addedId = repo.add(added);
    const Id trashed = list.rows(north, ProspectSort::Updated, true, 1, 0).front().prospect.id;
    repo.moveToTrash(trashed, referenceNow());
    requireSameAnswers(*f.store);
    const std::vector<Id> now = ids(list.rows(north, ProspectSort::Updated, false, -1, 0));
    CHECK(std::count(now.begin(), now.end(), renamed.id) == 0);
    CHECK(std::count(now.begin(), now.end(), addedId) == 1);
    repo.purge(trashed);
    requireSameAnswers(*f.store);

    // A transaction that rolls back: inside it memory sees the change, after it not.
    ProspectFilter yonder;
    yonder.text = QStringLiteral("yonder");
    try {
        f.store->transaction([&] {
            Prospect again = renamed;
            again.name = QStringLiteral("Wingtip Toys");
            repo.update(again);
            ProspectFilter wingtip;
            wingtip.text = QStringLiteral("wingtip");
            CHECK(list.rows(wingtip, ProspectSort::Updated, false, -1, 0).size() == 1);
            CHECK(list.count(yonder) == 0);
            throw StoreError(QStringLiteral("rolled back"));
        });
    } catch (const StoreError&) {
    }
    CHECK(list.count(yonder) == 1);
    requireSameAnswers(*f.store);

    // Another connection's commit: SQL answers until memory has read it again.
    auto other = storage::SqliteStore::open(f.path);
    const int allBefore = list.count(ProspectFilter{});
    other->prospects().add(sampleProspect(QStringLiteral("Northbound Elsewhere")));
    CHECK(list.count(ProspectFilter{}) == allBefore + 1);
    ProspectFilter elsewhere;
    elsewhere.text = QStringLiteral("elsewhere");
    CHECK(list.count(elsewhere) == 1);
    other->prospects().add(sampleProspect(QStringLiteral("Second Elsewhere")));
    list.warm(); // read again on a thread of its own
    other->prospects().add(sampleProspect(QStringLiteral("Third Elsewhere")));
    list.waitUntilWarm();
    CHECK(list.count(elsewhere) == 3);
    requireSameAnswers(*f.store);
}

TEST_CASE("rows kept in memory are read again after any write", "[storage][list]")
{
    StoreFixture f;
    auto& repo = f.store->prospects();
    const Id id = repo.add(sampleProspect(QStringLiteral("Adventure Works")));
    auto& list = listOf(*f.store);
    list.warm();
    list.waitUntilWarm();
    ProspectFilter all;
    auto rows = list.rows(all, ProspectSort::Updated, false, 10, 0);
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().meetingCount == 0);
    const int gateMet = rows.front().gateMet;

    f.store->meetings().add(sampleMeeting(id, at(12)));
    rows = list.rows(all, ProspectSort::Updated, false, 10, 0);
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().meetingCount == 1);
    CHECK(rows.front().lastMeetingAt == at(12));

    Metric mine;
    mine.prospectId = id;
    mine.name = QStringLiteral("Conversion");
    mine.period = QStringLiteral("2026");
    mine.source = MetricSource::Prospect;
    f.store->evidence().addMetric(mine);
    Metric theirs = mine;
    theirs.source = MetricSource::Industry;
    f.store->evidence().addMetric(theirs);
    rows = list.rows(all, ProspectSort::Updated, false, 10, 0);
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().gateMet == gateMet + 1);
    CHECK(rows.front().gateMet == repo.row(id)->gateMet);
}

TEST_CASE("owners and industries list each value once, sorted, without blank or trashed ones",
          "[storage][list]")
{
    StoreFixture f;
    auto& repo = f.store->prospects();
    auto add = [&](const QString& owner, const QString& industry, bool trash) {
        Prospect p = sampleProspect();
        p.owner = owner;
        p.industry = industry;
        const Id id = repo.add(p);
        if (trash)
            repo.moveToTrash(id, referenceNow());
    };
    add(QStringLiteral("dana"), QStringLiteral("retail"), false);
    add(QStringLiteral("Dana"), QStringLiteral("Retail"), false);
    add(QStringLiteral("Dana"), QStringLiteral("Retail"), false);
    add(QString(), QString(), false);
    add(QStringLiteral("Zed"), QStringLiteral("Zoos"), false);
    add(QStringLiteral("Gone"), QStringLiteral("Mining"), true);
    add(QStringLiteral("Élise"), QStringLiteral("Énergie"), false);
    CHECK(repo.owners() == QStringList{QStringLiteral("Dana"), QStringLiteral("Zed"),
                                       QStringLiteral("dana"), QStringLiteral("Élise")});
    CHECK(repo.industries() == QStringList{QStringLiteral("Retail"), QStringLiteral("Zoos"),
                                           QStringLiteral("retail"), QStringLiteral("Énergie")});
}
