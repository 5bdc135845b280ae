// The prospect list answered from memory (ProspectListIndex) gives exactly
// what SQL gives, and follows every write: this connection's, a rolled-back
// one, another connection's. On a team server (storage_pg_tests) the list
// gives what the file gives for the same pipeline.

#include "StoreFixture.h"
#include "core/PipelineSettings.h"
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

storage::SqliteProspectList& listOf(Store& store)
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
void requireSameAnswers(Store& store)
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
          "[storage][list][file]")
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
          "[storage][list][file]")
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
    auto other = f.open();
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
#ifndef ACCORD_TEST_PG
    auto& list = listOf(*f.store);
    list.warm();
    list.waitUntilWarm();
#endif
    ProspectFilter all;
    auto rows = repo.rows(all, ProspectSort::Updated, false, 10, 0);
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().meetingCount == 0);
    const int gateMet = rows.front().gateMet;

    f.store->meetings().add(sampleMeeting(id, at(12)));
    rows = repo.rows(all, ProspectSort::Updated, false, 10, 0);
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
    rows = repo.rows(all, ProspectSort::Updated, false, 10, 0);
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

#ifdef ACCORD_TEST_PG
namespace {

// What a row shows besides its order: name, meetings, last meeting, gate progress.
QStringList shown(const std::vector<ProspectRow>& rows)
{
    QStringList out;
    for (const ProspectRow& r : rows)
        out << QStringLiteral("%1|%2|%3|%4/%5")
                   .arg(r.prospect.name)
                   .arg(r.meetingCount)
                   .arg(r.lastMeetingAt.isValid() ? r.lastMeetingAt.toSecsSinceEpoch() : -1)
                   .arg(r.gateMet)
                   .arg(r.gateTotal);
    return out;
}

// fill()'s pipeline and what it leaves out: meetings, tags, evidence, and names
// with LIKE's wildcards and letters whose case folds in unusual ways.
void fillMore(Store& store)
{
    fill(store);
    auto& repo = store.prospects();
    const QStringList odd{QStringLiteral("100% Organic"),
                          QStringLiteral("Under_score Ltd"),
                          QStringLiteral("Back\\slash Co"),
                          QString::fromUtf8("\xe1\x8f\x83herokee \xea\xad\xb0 Trading"),
                          QString::fromUtf8("\xce\xa3\xce\x9f\xce\xa6\xce\x99\xce\x91 Ltd"),
                          QString::fromUtf8("\xc2\xb5-Systems"),
                          QString::fromUtf8("\xc4\xb0stanbul Kargo"),
                          QString::fromUtf8("\xc7\x85"
                                            "emal d.o.o.")};
    for (const QString& name : odd) {
        Prospect p = sampleProspect(name);
        p.updatedAt = at(5);
        repo.add(p);
    }
    ProspectFilter everything;
    everything.trash = ProspectFilter::Trash::Include;
    const auto all = repo.rows(everything, ProspectSort::Name, true, -1, 0);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Id id = all[i].prospect.id;
        if (i % 3 == 0)
            store.meetings().add(sampleMeeting(id, at(1 + static_cast<int>(i % 25))));
        if (i % 4 == 0)
            repo.setTags(id, {QStringLiteral("vip"),
                              i % 8 == 0 ? QStringLiteral("eu") : QStringLiteral("us")});
        if (i % 5 == 0) {
            Insight insight;
            insight.prospectId = id;
            insight.title = QStringLiteral("Basket size");
            store.evidence().addInsight(insight);
        }
    }
}

} // namespace

TEST_CASE("the server's list gives the rows, counts and totals the file gives", "[storage][list]")
{
    StoreFixture server;
    accord::test::TempDir dir;
    storage::StoreOptions options;
    options.clock = &server.clock;
    auto file = storage::SqliteStore::open(dir.path(QStringLiteral("file.sqlite")), options);
    fillMore(*server.store);
    fillMore(*file);
    auto& s = server.store->prospects();
    auto& l = file->prospects();

    std::vector<ProspectFilter> all = filters();
    const std::size_t plain = all.size();
    const QChar separator(0x1f); // what the file's texts hold between fields
    QStringList texts{QStringLiteral("%"),
                      QStringLiteral("_"),
                      QStringLiteral("\\"),
                      QStringLiteral("100%"),
                      QStringLiteral("e_s"),
                      QStringLiteral(" Ltd "),
                      QStringLiteral("istanbul"),
                      QString(separator),
                      QStringLiteral("ltd") + separator + QStringLiteral("dana")};
    for (const char* utf8 : {"\xea\xae\xb3", "\xe1\x8e\xb0", "\xcf\x83\xce\xbf\xcf\x86", "\xcf\x82",
                             "\xce\xbc", "\xc4\xb0", "\xc7\x86\x65"})
        texts << QString::fromUtf8(utf8);
    for (const QString& text : texts) {
        ProspectFilter f;
        f.text = text;
        all.push_back(f);
        f.trash = ProspectFilter::Trash::Include;
        all.push_back(f);
    }
    for (const char* tag : {"vip", "us", "none"}) {
        ProspectFilter f;
        f.tag = QString::fromUtf8(tag);
        all.push_back(f);
        f.text = QStringLiteral("north");
        all.push_back(f);
    }
    const ProspectSort sorts[] = {ProspectSort::Name,         ProspectSort::Owner,
                                  ProspectSort::Industry,     ProspectSort::Stage,
                                  ProspectSort::Status,       ProspectSort::Value,
                                  ProspectSort::DaysInStage,  ProspectSort::LastMeeting,
                                  ProspectSort::NextActivity, ProspectSort::Updated};
    for (std::size_t i = 0; i < all.size(); ++i) {
        const ProspectFilter& f = all[i];
        INFO("text '" << f.text.toStdString() << "' owners " << f.owners.join(u',').toStdString()
                      << " industry " << f.industry.toStdString() << " tag "
                      << f.tag.toStdString());
        for (ProspectSort sort : sorts) {
            // Every order for the plain filters, the board's for the others.
            if (sort != ProspectSort::Updated && i % 12 != 0 && i < plain)
                continue;
            for (bool ascending : {false, true})
                for (auto [limit, offset] : {std::pair{30, 0}, std::pair{7, 5}, std::pair{-1, 0}})
                    REQUIRE(shown(s.rows(f, sort, ascending, limit, offset)) ==
                            shown(l.rows(f, sort, ascending, limit, offset)));
        }
        CHECK(s.count(f) == l.count(f));
        CHECK(describe(s.totals(f)) == describe(l.totals(f)));
    }
    CHECK(s.owners() == l.owners());
    CHECK(s.industries() == l.industries());
    CHECK(s.allTags() == l.allTags());
    const PipelineSettings settings;
    for (int day : {1, 20, 60})
        CHECK(s.stalledCount(at(day).addMonths(1), settings) ==
              l.stalledCount(at(day).addMonths(1), settings));
}
#endif
