// The field tables drive the JSON form: every field of every record type is
// written under its key and read back, the JSON holds nothing else, and the
// enum tables agree with themselves.

#include "core/Bundle.h"
#include "core/EnumTraits.h"
#include "core/FieldPatch.h"
#include "support/FieldSamples.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

using namespace accord;
using namespace accord::core;
using namespace accord::test;
using nlohmann::json;

namespace {

/// The JSON keys a record's table promises: the id, every field but the custom ones.
template <typename T> std::set<std::string> tableKeys()
{
    std::set<std::string> out;
    if constexpr (kHasId<T>)
        out.insert("id");
    for (const Field<T>& f : fields<T>())
        if (!f.has(Custom))
            out.insert(f.key);
    return out;
}

std::set<std::string> jsonKeys(const json& j)
{
    std::set<std::string> out;
    for (const auto& item : j.items())
        out.insert(item.key());
    return out;
}

template <typename T> void checkTable()
{
    INFO(recordKindName(recordKindOf<T>()).toStdString());
    const T record = sampleRecord<T>({{QStringLiteral("prospect_id"), 1}});
    CHECK(fieldsAtDefault(record).isEmpty()); // the sample exercises every field
    std::set<std::string> keys;
    for (const Field<T>& f : fields<T>()) {
        CHECK(keys.insert(f.key).second); // keys are unique
        CHECK_FALSE(f.labelText().isEmpty());
        CHECK(f.get != nullptr);
        CHECK(f.set != nullptr);
        CHECK((f.type != FieldType::Choice || f.choices));
        // get and set agree
        T copy{};
        f.set(copy, f.get(record));
        CHECK(f.get(copy) == f.get(record));
    }
    // Columns are 0…n-1 with a header each.
    for (const Field<T>* c : columnsOf<T>()) {
        REQUIRE(c);
        CHECK_FALSE(c->headerText().isEmpty());
    }
}

} // namespace

TEST_CASE("every field table has unique keys, labels, members and gapless columns",
          "[core][fields]")
{
    checkTable<Prospect>();
    checkTable<Contact>();
    checkTable<Meeting>();
    checkTable<StageChange>();
    checkTable<Insight>();
    checkTable<DataRequest>();
    checkTable<Metric>();
    checkTable<Opportunity>();
    checkTable<Tradable>();
    checkTable<Activity>();
    checkTable<Negotiation>();
}

TEST_CASE("the JSON form of each record type holds exactly its field table's keys",
          "[core][fields][json]")
{
    const std::map<QString, Id> refs{{QStringLiteral("prospect_id"), 1}};
    CHECK(jsonKeys(toJson(sampleRecord<Contact>(refs))) == tableKeys<Contact>());
    CHECK(jsonKeys(toJson(sampleRecord<Meeting>(refs))) == tableKeys<Meeting>());
    CHECK(jsonKeys(toJson(sampleRecord<StageChange>(refs))) == tableKeys<StageChange>());
    CHECK(jsonKeys(toJson(sampleRecord<Insight>(refs))) == tableKeys<Insight>());
    CHECK(jsonKeys(toJson(sampleRecord<DataRequest>(refs))) == tableKeys<DataRequest>());
    CHECK(jsonKeys(toJson(sampleRecord<Metric>(refs))) == tableKeys<Metric>());
    CHECK(jsonKeys(toJson(sampleRecord<Opportunity>(refs))) == tableKeys<Opportunity>());
    CHECK(jsonKeys(toJson(sampleRecord<Tradable>(refs))) == tableKeys<Tradable>());
    CHECK(jsonKeys(toJson(sampleRecord<Activity>(refs))) == tableKeys<Activity>());

    auto prospectKeys = tableKeys<Prospect>();
    prospectKeys.insert("value"); // money is one object for two fields
    CHECK(jsonKeys(toJson(sampleRecord<Prospect>())) == prospectKeys);

    auto negotiationKeys = tableKeys<Negotiation>();
    negotiationKeys.insert({"prospect_id", "levers"});
    const json negotiation = toJson(Negotiation{});
    CHECK(jsonKeys(negotiation) == negotiationKeys);
    auto leverKeys = tableKeys<LeverPosition>();
    leverKeys.insert("lever");
    for (const json& lever : negotiation.at("levers"))
        CHECK(jsonKeys(lever) == leverKeys);
}

TEST_CASE("every field of every record type survives the JSON round trip", "[core][fields][json]")
{
    const std::map<QString, Id> refs{{QStringLiteral("prospect_id"), 1}};
    ProspectBundle b;
    b.prospect = sampleRecord<Prospect>();
    b.prospect.id = 1;
    b.contacts = {sampleRecord<Contact>(refs)};
    b.meetings = {sampleRecord<Meeting>(refs)};
    b.history = {sampleRecord<StageChange>(refs)};
    b.insights = {sampleRecord<Insight>(refs)};
    b.dataRequests = {sampleRecord<DataRequest>(refs)};
    b.metrics = {sampleRecord<Metric>(refs)};
    b.opportunities = {sampleRecord<Opportunity>(refs)};
    b.tradables = {sampleRecord<Tradable>(refs)};
    b.activities = {sampleRecord<Activity>(refs)};
    b.activities[0].contactId = kNoId; // a link within the bundle is the backup's rule
    Negotiation n = sampleRecord<Negotiation>();
    n.prospectId = 1;
    for (LeverPosition& l : n.levers) {
        const Lever lever = l.lever;
        l = sampleRecord<LeverPosition>();
        l.lever = lever;
    }
    b.negotiation = n;
    int id = 10;
    for (auto* v : {&b.contacts[0].id, &b.meetings[0].id, &b.history[0].id, &b.insights[0].id,
                    &b.dataRequests[0].id, &b.metrics[0].id, &b.opportunities[0].id,
                    &b.tradables[0].id, &b.activities[0].id})
        *v = id++;

    const json written = toJson(b);
    const ProspectBundle read = bundleFromJson(written);
    CHECK(read.prospect == b.prospect);
    CHECK(read.contacts == b.contacts);
    CHECK(read.meetings == b.meetings);
    CHECK(read.history == b.history);
    CHECK(read.insights == b.insights);
    CHECK(read.dataRequests == b.dataRequests);
    CHECK(read.metrics == b.metrics);
    CHECK(read.opportunities == b.opportunities);
    CHECK(read.tradables == b.tradables);
    CHECK(read.negotiation == b.negotiation);
    CHECK(read.activities == b.activities);
    CHECK(toJson(read).dump() == written.dump());
}

TEST_CASE("a required field missing from JSON is named by its path", "[core][fields][json]")
{
    json j = toJson(sampleRecord<Tradable>());
    j.erase("item");
    const json bundle{{"prospect", toJson(sampleRecord<Prospect>())}, {"tradables", {j}}};
    try {
        bundleFromJson(bundle);
        FAIL("a tradable without an item was read");
    } catch (const ValidationError& e) {
        CHECK(e.field() == QStringLiteral("$.tradables[0].item"));
    }
}

namespace {
template <typename E> void checkEnum()
{
    const auto values = EnumTraits<E>::values();
    const QStringList keys = EnumTraits<E>::keys();
    const QStringList names = EnumTraits<E>::names();
    REQUIRE(keys.size() == static_cast<qsizetype>(values.size()));
    REQUIRE(names.size() == keys.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        CHECK(EnumTraits<E>::fromKey(EnumTraits<E>::key(values[i])) == values[i]);
        CHECK(EnumTraits<E>::indexOf(values[i]) == static_cast<int>(i));
        CHECK(keys.count(keys[static_cast<qsizetype>(i)]) == 1);
        CHECK_FALSE(names[static_cast<qsizetype>(i)].isEmpty());
    }
    CHECK_FALSE(EnumTraits<E>::fromKey(QStringLiteral("no such key")));
}
} // namespace

TEST_CASE("each enum's table maps keys and values both ways and names every value",
          "[core][fields][enum]")
{
    checkEnum<Stage>();
    checkEnum<Status>();
    checkEnum<ContactRole>();
    checkEnum<MeetingKind>();
    checkEnum<DataRequestStatus>();
    checkEnum<MetricSource>();
    checkEnum<OpportunityStatus>();
    checkEnum<LiftKind>();
    checkEnum<Lever>();
    checkEnum<Side>();
    checkEnum<ActivityKind>();
    CHECK(contactRoleKey(ContactRole::FieldSales) == QStringLiteral("field_sales"));
    CHECK(EnumTraits<DataRequestStatus>::names() == QStringList{QStringLiteral("Requested"),
                                                                QStringLiteral("Received"),
                                                                QStringLiteral("Declined")});
}
