// The field tables drive the SQL: every field of every record type is a column
// of its table, is written and read back, and a field patch on it applies.

#include "StoreFixture.h"

#include "core/Bundle.h"
#include "storage/RecordSql.h"
#include "support/FieldSamples.h"

#include <catch2/catch.hpp>

#include <set>

using namespace accord;
using namespace accord::core;
using namespace accord::test;

namespace {

template <typename S> std::set<QString> columnsOfTable(S& store, const char* table)
{
    std::set<QString> out;
#ifdef ACCORD_TEST_PG
    auto st = store.connection().prepare("SELECT column_name FROM information_schema.columns "
                                         "WHERE table_schema = current_schema() "
                                         "AND table_name = ?1::text");
    st.bind(1, QString::fromLatin1(table));
#else
    auto st = store.connection().prepare(std::string("SELECT name FROM pragma_table_info('") +
                                         table + "')");
#endif
    while (st.step())
        out.insert(st.text(0));
    return out;
}

template <typename T, typename S> void checkColumns(S& store)
{
    const char* table = storage::tableOf(recordKindOf<T>());
    INFO(table);
    const std::set<QString> columns = columnsOfTable(store, table);
    for (const Field<T>& f : fields<T>())
        CHECK(columns.count(f.keyText()) == 1);
}

} // namespace

TEST_CASE("every field of every record type is a column of its SQL table", "[storage][fields]")
{
    StoreFixture f;
    checkColumns<Prospect>(*f.store);
    checkColumns<Contact>(*f.store);
    checkColumns<Meeting>(*f.store);
    checkColumns<StageChange>(*f.store);
    checkColumns<Insight>(*f.store);
    checkColumns<DataRequest>(*f.store);
    checkColumns<Metric>(*f.store);
    checkColumns<Opportunity>(*f.store);
    checkColumns<Tradable>(*f.store);
    checkColumns<Activity>(*f.store);
    checkColumns<Negotiation>(*f.store);
}

TEST_CASE("every field of every record type survives the store", "[storage][fields]")
{
    StoreFixture f;
    Prospect p = sampleRecord<Prospect>();
    p.deletedAt = {}; // a prospect in the trash has no workspace
    const Id pid = f.store->prospects().add(p);
    std::map<QString, Id> refs{{QStringLiteral("prospect_id"), pid}};

    Contact contact = sampleRecord<Contact>(refs);
    contact.id = f.store->prospects().addContact(contact);
    Meeting meeting = sampleRecord<Meeting>(refs);
    meeting.id = f.store->meetings().add(meeting);
    refs[QStringLiteral("meeting_id")] = meeting.id;
    refs[QStringLiteral("champion_contact_id")] = contact.id;

    auto& evidence = f.store->evidence();
    Insight insight = sampleRecord<Insight>(refs);
    insight.id = evidence.addInsight(insight);
    DataRequest request = sampleRecord<DataRequest>(refs);
    request.id = evidence.addDataRequest(request);
    Metric metric = sampleRecord<Metric>(refs);
    metric.id = evidence.addMetric(metric);
    Opportunity opportunity = sampleRecord<Opportunity>(refs);
    opportunity.id = evidence.addOpportunity(opportunity);
    Tradable tradable = sampleRecord<Tradable>(refs);
    tradable.id = evidence.addTradable(tradable);
    Negotiation negotiation = sampleRecord<Negotiation>();
    negotiation.prospectId = pid;
    evidence.saveNegotiation(negotiation);
    refs[QStringLiteral("contact_id")] = contact.id;
    Activity activity = sampleRecord<Activity>(refs);
    activity.id = f.store->activities().add(activity);

    f.reopen();
    auto& stored = f.store->evidence();
    CHECK(f.store->meetings().find(meeting.id) == meeting);
    CHECK(f.store->meetings().recent(10) == std::vector{meeting});
    CHECK(f.store->prospects().contacts(pid) == std::vector{contact});
    CHECK(f.store->prospects().findContact(contact.id) == contact);
    CHECK(f.store->meetings().forProspect(pid) == std::vector{meeting});
    CHECK(stored.insights(pid) == std::vector{insight});
    CHECK(stored.dataRequests(pid) == std::vector{request});
    CHECK(stored.metrics(pid) == std::vector{metric});
    CHECK(stored.opportunities(pid) == std::vector{opportunity});
    CHECK(stored.tradables(pid) == std::vector{tradable});
    CHECK(stored.negotiation(pid) == negotiation);
    CHECK(f.store->activities().forProspect(pid) == std::vector{activity});
    CHECK(f.store->activities().find(activity.id) == activity);
    const Prospect read = *f.store->prospects().find(pid);
    StageChange change = sampleRecord<StageChange>(refs);
    change.id = f.store->prospects().addHistory(change);
    CHECK(f.store->prospects().history(pid) == std::vector{change});
    for (const Field<Prospect>& field : fields<Prospect>()) {
        if (field.keyText() == QLatin1String("updated_at") ||
            field.keyText() == QLatin1String("deleted_at"))
            continue; // stamped by the store, and the trash
        INFO(field.key);
        CHECK(field.get(read) == field.get(p));
    }

    // An update writes every field back, and a patch on each field applies.
    Tradable edited = sampleRecord<Tradable>(refs);
    edited.id = tradable.id;
    for (const Field<Tradable>& field : fields<Tradable>())
        if (field.type == FieldType::Text)
            field.set(edited, field.get(tradable).toString() + QStringLiteral(" (edited)"));
    stored.updateTradable(edited);
    CHECK(stored.tradables(pid) == std::vector{edited});
    Tradable patched = edited;
    for (const Field<Tradable>& field : fields<Tradable>())
        if (field.type == FieldType::Text)
            field.set(patched, QStringLiteral("patched %1").arg(field.keyText()));
    f.store->applyChanges({diffPatch(edited, patched)});
    CHECK(stored.tradables(pid) == std::vector{patched});
}

TEST_CASE("the SQL of a record type lists its table's fields in table order", "[storage][fields]")
{
    QStringList keys{QStringLiteral("id")};
    QStringList assignments;
    int parameter = 2;
    for (const Field<Tradable>& field : fields<Tradable>()) {
        keys << field.keyText();
        assignments << QStringLiteral("%1 = ?%2").arg(field.keyText()).arg(parameter++);
    }
    const QString list = keys.join(QStringLiteral(", "));
    CHECK(QString::fromStdString(storage::selectSql<Tradable>("ORDER BY id")) ==
          QStringLiteral("SELECT %1 FROM tradable ORDER BY id").arg(list));
    CHECK(QString::fromStdString(storage::insertSql<Tradable>())
              .startsWith(QStringLiteral("INSERT INTO tradable(%1) VALUES (?1, ?2").arg(list)));
    CHECK(QString::fromStdString(storage::updateSql<Tradable>()) ==
          QStringLiteral("UPDATE tradable SET %1 WHERE id = ?1")
              .arg(assignments.join(QStringLiteral(", "))));
}

TEST_CASE("the SQL of a record type names its columns with an alias and upserts every field",
          "[storage][fields]")
{
    QStringList columns;
    QStringList parameters;
    QStringList upserts;
    int parameter = 4;
    for (const Field<Negotiation>& field : fields<Negotiation>()) {
        columns << QStringLiteral("n.") + field.keyText();
        parameters << QStringLiteral("?%1").arg(parameter++);
        upserts << QStringLiteral("%1 = excluded.%1").arg(field.keyText());
    }
    const auto text = [](const std::string& sql) { return QString::fromStdString(sql); };
    CHECK(text(storage::fieldColumns<Negotiation>("n")) == columns.join(QStringLiteral(", ")));
    CHECK(text(storage::fieldParameters<Negotiation>(4)) == parameters.join(QStringLiteral(", ")));
    CHECK(text(storage::fieldUpserts<Negotiation>()) == upserts.join(QStringLiteral(", ")));
    CHECK(text(storage::selectSql<Meeting>("WHERE m.id = ?1", "m"))
              .startsWith(QStringLiteral("SELECT m.id, m.prospect_id, m.")));
    CHECK(text(storage::selectSql<Meeting>("WHERE m.id = ?1", "m"))
              .endsWith(QStringLiteral(" FROM meeting m WHERE m.id = ?1")));
}

TEST_CASE("a record's fields bind and read back from any parameter and column", "[storage][fields]")
{
    StoreFixture f;
    const Metric metric = sampleRecord<Metric>();
    // Two leading columns the fields do not own: the fields start at ?3 and column 2.
    auto st =
        f.store->connection().prepare("SELECT ?1, ?2, " + storage::fieldParameters<Metric>(3));
    st.bind(1, qint64(1)).bind(2, qint64(2));
    storage::bindFields(st, metric, 3);
    REQUIRE(st.step());
    Metric read;
    storage::readFields(st, read, 2);
    CHECK(read == metric);
    CHECK(st.int64(1) == 2);
}
