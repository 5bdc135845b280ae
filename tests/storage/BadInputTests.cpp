#include "StoreFixture.h"

using namespace accord;
using namespace accord::core;
using namespace accord::test;

TEST_CASE("hostile and unusual text round-trips exactly", "[storage]")
{
    StoreFixture f;
    const QStringList names{
        QStringLiteral("O'Brien \"Quoted\" & Sons"),
        QStringLiteral("'); DROP TABLE prospect;--"),
        QString::fromUtf8("Café 😀 Ünïcödé 🚀"),
        QString::fromUtf8("شركة الأفق للتجارة"), // RTL
        QString::fromUtf8("\xe2\x80\x8f"
                          "mixed RTL mark \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d"),
        QStringLiteral("100% _wild_ \\ back\\slash"),
        QStringLiteral("line\nbreak\ttab"),
#ifndef ACCORD_TEST_PG
        QString(QChar(u'a')) + QChar(0) + QStringLiteral("after nul"),
#endif
    };
#ifdef ACCORD_TEST_PG
    // A server's text cannot hold a NUL character: refused with a sentence, nothing written.
    try {
        f.store->prospects().add(
            sampleProspect(QString(QChar(u'a')) + QChar(0) + QStringLiteral("after nul")));
        FAIL("a name with a NUL character was stored");
    } catch (const StoreError& e) {
        CHECK(QString::fromUtf8(e.what()).contains(QLatin1String("NUL character")));
    }
    CHECK(f.store->prospects().count({}) == 0);
#endif
    std::vector<Id> ids;
    for (const QString& name : names) {
        Prospect p = sampleProspect(name);
        p.owner = name;
        p.industry = name;
        ids.push_back(f.store->prospects().add(p));
    }
    f.reopen();
    CHECK(f.store->connection().queryInt("SELECT count(*) FROM prospect") == names.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto p = f.store->prospects().find(ids[i]);
        REQUIRE(p);
        CHECK(p->name == names.at(static_cast<qsizetype>(i)));
        CHECK(p->name.size() == names.at(static_cast<qsizetype>(i)).size());
        CHECK(p->owner == names.at(static_cast<qsizetype>(i)));
    }
    CHECK(f.store->prospects().owners().size() == names.size());

    // Filtering by these owners and text neither breaks nor over-matches.
    ProspectFilter filter;
    filter.owners = {names.at(1), names.at(0)};
    CHECK(f.store->prospects().count(filter) == 2);
    filter = {};
    filter.text = QStringLiteral("DROP TABLE");
    CHECK(f.store->prospects().count(filter) == 1);
    filter.text = QString::fromUtf8("😀");
    CHECK(f.store->prospects().count(filter) == 1);

    CHECK(f.store->search().search(QString::fromUtf8("الأفق"), 10).size() == 1);
    CHECK(f.store->search().search(QStringLiteral("cafe"), 10).size() == 1); // diacritics folded
    CHECK(f.store->search().search(QStringLiteral("O'Brien"), 10).size() == 1);
}

TEST_CASE("a one-million-character note round-trips and is searchable", "[storage]")
{
    StoreFixture f;
    const Id pid = f.store->prospects().add(sampleProspect());
    Meeting m = sampleMeeting(pid);
    QString note;
    note.reserve(1'000'000);
    while (note.size() < 990'000)
        note += QStringLiteral("word ") + QString::number(note.size() % 97) + u' ';
    note += QStringLiteral(" needleword ");
    while (note.size() < 1'000'000)
        note += QStringLiteral("z ");
    note.truncate(1'000'000 - 1);
    note += QString::fromUtf8("é");
    REQUIRE(note.size() == 1'000'000);
    m.notes = note;
    m.id = f.store->meetings().add(m);
    f.reopen();
    const auto back = f.store->meetings().find(m.id);
    REQUIRE(back);
    CHECK(back->notes.size() == 1'000'000);
    CHECK(back->notes == note);
    const auto hits = f.store->search().search(QStringLiteral("needlewor"), 5);
    REQUIRE(hits.size() == 1);
    CHECK(hits.front().snippet.contains(QStringLiteral("[needleword]")));
    CHECK(hits.front().snippet.size() < 400);
}

TEST_CASE("settings round-trip with a fallback for missing keys", "[storage]")
{
    StoreFixture f;
    auto& s = f.store->settings();
    CHECK(s.value(QStringLiteral("currency"), QStringLiteral("USD")) == QStringLiteral("USD"));
    s.setValue(QStringLiteral("currency"), QStringLiteral("EUR"));
    s.setValue(QStringLiteral("currency"), QStringLiteral("GBP"));
    s.setValue(QStringLiteral("odd'key\""), QString::fromUtf8("välue 😀"));
    f.reopen();
    CHECK(f.store->settings().value(QStringLiteral("currency")) == QStringLiteral("GBP"));
    CHECK(f.store->settings().value(QStringLiteral("odd'key\"")) == QString::fromUtf8("välue 😀"));
}
