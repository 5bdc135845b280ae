// End-to-end tests of the commands that change what is recorded: contacts,
// a prospect's fields, the trash, meetings and evidence rows edited and
// removed, on a file. Each change writes only what was given; a bad value is
// one sentence and leaves the data as it was.

#include "CliRun.h"
#include "support/TestSupport.h"

#include <QFile>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

using Run = accord::test::CliRun;
using accord::test::cli;
using accord::test::ok;
using accord::test::S;

/// Runs a command that must work with --json and returns its output.
QString idOf(const json& j)
{
    return QString::number(j.at("id").get<long long>());
}

json shown(const QString& db, const QString& id)
{
    return ok(db, {S("show"), id});
}

/// A refusal: the exit code, one line on stderr, and the stored prospect as it was.
void refused(const QString& db, const QString& id, const QStringList& args, int code,
             const char* says)
{
    const json before = shown(db, id);
    const Run r = cli(db, args);
    INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
    CHECK(r.code == code);
    CHECK(r.err.contains(S(says)));
    CHECK(r.err.count(u'\n') == (code == 2 ? 2 : 1)); // usage errors add the usage line
    CHECK(shown(db, id) == before);
}

struct Pipeline
{
    accord::test::TempDir dir;
    QString db = accord::test::createDatabase(dir.path(S("records.sqlite")));
    QString id = idOf(ok(db, {S("add-prospect"), S("--name"), S("Northwind Traders"), S("--owner"),
                              S("Dana"), S("--industry"), S("Retail"), S("--value"), S("40k")}));
};

} // namespace

TEST_CASE("contacts are added, edited field by field and removed from the command line",
          "[cli][records]")
{
    Pipeline f;
    const json added =
        ok(f.db, {S("add-contact"), f.id, S("--name"), S("Maria Anders"), S("--role"),
                  S("executive"), S("--email"), S("maria@northwind.example")});
    const QString cid = idOf(added);
    CHECK(added.at("role") == "executive");
    json contacts = shown(f.db, f.id).at("contacts");
    REQUIRE(contacts.size() == 1);
    CHECK(contacts[0].at("name") == "Maria Anders");

    // Only the email changes; the reply says so.
    const json edited =
        ok(f.db, {S("edit-contact"), cid, S("--email"), S("m.anders@northwind.example")});
    CHECK(edited.at("changed") == json::array({"email"}));
    contacts = shown(f.db, f.id).at("contacts");
    CHECK(contacts[0].at("email") == "m.anders@northwind.example");
    CHECK(contacts[0].at("name") == "Maria Anders");
    CHECK(contacts[0].at("role") == "executive");
    const Run text = cli(f.db, {S("edit-contact"), cid, S("--phone"), S("+1 555 0100")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(S("Saved contact")));
    CHECK(text.out.contains(S("phone")));

    refused(f.db, f.id, {S("edit-contact"), cid, S("--email"), S("maria at northwind")}, 1,
            "email address");
    refused(f.db, f.id, {S("edit-contact"), cid, S("--name"), S("   ")}, 1, "required");
    refused(f.db, f.id, {S("add-contact"), f.id, S("--name"), S("Jan"), S("--email"), S("jan@")}, 1,
            "email address");
    refused(f.db, f.id, {S("add-contact"), f.id, S("--name"), S("Jan"), S("--role"), S("boss")}, 2,
            "executive");
    refused(f.db, f.id, {S("edit-contact"), S("999"), S("--name"), S("X")}, 4, "no contact 999");
    refused(f.db, f.id, {S("edit-contact"), cid}, 2, "needs --name");
    // A contact is named by its own id, and --prospect must be its prospect.
    refused(f.db, f.id, {S("edit-contact"), cid, S("--name"), S("X"), S("--prospect"), S("77")}, 4,
            "no contact");

    const json removed = ok(f.db, {S("remove-contact"), cid});
    CHECK(removed.at("removed") == true);
    CHECK(shown(f.db, f.id).at("contacts").empty());
    CHECK(cli(f.db, {S("remove-contact"), cid}).code == 4);
}

TEST_CASE("edit changes only the prospect's fields it is given", "[cli][records]")
{
    Pipeline f;
    const json before = shown(f.db, f.id).at("prospect");
    const json edited = ok(f.db, {S("edit"), f.id, S("--value"), S("55k"), S("--tags"),
                                  S("key account, retail,, retail")});
    CHECK(edited.at("changed") == json::array({"value_minor", "tags"}));
    CHECK(edited.at("tags") == json::array({"key account", "retail"}));
    json p = shown(f.db, f.id).at("prospect");
    CHECK(p.at("value").at("minor") == 5500000);
    for (const char* kept : {"name", "owner", "industry", "stage", "status", "segment"})
        CHECK(p.at(kept) == before.at(kept));

    ok(f.db,
       {S("edit"), f.id, S("--name"), S("Northwind Trading"), S("--segment"), S("Enterprise")});
    p = shown(f.db, f.id).at("prospect");
    CHECK(p.at("name") == "Northwind Trading");
    CHECK(p.at("segment") == "Enterprise");
    CHECK(p.at("value").at("minor") == 5500000);
    CHECK_FALSE(p.contains("next_step")); // a prospect's next steps are its activities
    const Run same = cli(f.db, {S("edit"), f.id, S("--owner"), S("Dana")});
    CHECK(same.code == 0);
    CHECK(same.out.contains(S("nothing changed")));

    refused(f.db, f.id, {S("edit"), f.id, S("--name"), S("  ")}, 1, "required");
    refused(f.db, f.id, {S("edit"), f.id, S("--value"), S("lots")}, 1, "not an amount");
    refused(f.db, f.id, {S("edit"), f.id, S("--value"), S("€5k"), S("--currency"), S("USD")}, 1,
            "EUR");
    refused(f.db, f.id, {S("edit"), f.id, S("--due"), S("2026-09-01")}, 2, "--due");
    refused(f.db, f.id, {S("edit"), f.id, S("--tags"), S("ok, bad\x1b[2J")}, 1, "tag");
    refused(f.db, f.id, {S("edit"), f.id}, 2, "needs --name");
    refused(f.db, f.id, {S("edit"), S("4242"), S("--name"), S("X")}, 4, "no prospect 4242");
}

TEST_CASE("trash moves a prospect out of the list into list --trash and restore brings it back",
          "[cli][records]")
{
    Pipeline f;
    const QString other = idOf(ok(f.db, {S("add-prospect"), S("--name"), S("Contoso")}));
    const json trashed = ok(f.db, {S("trash"), f.id});
    CHECK(trashed.at("deleted_at").is_string());
    json list = ok(f.db, {S("list")});
    REQUIRE(list.size() == 1);
    CHECK(idOf(list[0]) == other);
    json trash = ok(f.db, {S("list"), S("--trash")});
    REQUIRE(trash.size() == 1);
    CHECK(idOf(trash[0]) == f.id);
    const Run text = cli(f.db, {S("list"), S("--trash")});
    CHECK(text.out.contains(S("Northwind Traders")));
    CHECK_FALSE(text.out.contains(S("Contoso")));

    const Run again = cli(f.db, {S("trash"), f.id});
    CHECK(again.code == 1);
    CHECK(again.err.contains(S("already in the trash")));

    CHECK(ok(f.db, {S("restore"), f.id}).at("deleted_at").is_null());
    CHECK(ok(f.db, {S("list")}).size() == 2);
    CHECK(ok(f.db, {S("list"), S("--trash")}).empty());
    const Run notIn = cli(f.db, {S("restore"), f.id});
    CHECK(notIn.code == 1);
    CHECK(notIn.err.contains(S("not in the trash")));
    CHECK(cli(f.db, {S("trash"), S("999")}).code == 4);
}

TEST_CASE("a logged meeting is edited field by field and removed; a 10 MB note is refused",
          "[cli][records]")
{
    Pipeline f;
    const QString mid = idOf(ok(f.db, {S("log-meeting"), f.id, S("--summary"), S("Kick-off"),
                                       S("--when"), S("2026-03-02 10:00"), S("--kind"),
                                       S("discovery"), S("--notes"), S("Went well")}));
    const json edited = ok(
        f.db, {S("edit-meeting"), mid, S("--summary"), S("Kick-off call"), S("--kind"), S("call")});
    CHECK(edited.at("changed") == json::array({"kind", "summary"}));
    json m = shown(f.db, f.id).at("meetings").at(0);
    CHECK(m.at("summary") == "Kick-off call");
    CHECK(m.at("kind") == "call");
    CHECK(m.at("notes") == "Went well");

    const QString big = f.dir.path(S("big.txt"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(10 * 1024 * 1024, 'a'));
    }
    refused(f.db, f.id, {S("edit-meeting"), mid, S("--notes-file"), big}, 1, "too long");
    refused(f.db, f.id, {S("edit-meeting"), mid, S("--when"), S("yesterday-ish")}, 1, "not a date");
    refused(f.db, f.id, {S("edit-meeting"), S("4242"), S("--summary"), S("X")}, 4,
            "no meeting 4242");

    ok(f.db, {S("remove-meeting"), mid});
    CHECK(shown(f.db, f.id).at("meetings").empty());
    CHECK(cli(f.db, {S("remove-meeting"), mid}).code == 4);
}

TEST_CASE("each kind of evidence the command line adds it also edits and removes", "[cli][records]")
{
    Pipeline f;
    const QString contact = idOf(ok(f.db, {S("add-contact"), f.id, S("--name"), S("Ana")}));
    const QString insight =
        idOf(ok(f.db, {S("add-insight"), f.id, S("--title"), S("Cart trends")}));
    const QString request = idOf(ok(f.db, {S("add-data-request"), f.id, S("--item"), S("Orders")}));
    const QString metric = idOf(
        ok(f.db, {S("add-metric"), f.id, S("--name"), S("Conversion"), S("--value"), S("2.5")}));
    const QString opportunity = idOf(ok(f.db, {S("add-opportunity"), f.id, S("--title"),
                                               S("Click and collect"), S("--champion"), contact}));
    const QString tradable = idOf(
        ok(f.db, {S("add-tradable"), f.id, S("--side"), S("ours"), S("--item"), S("Longer term")}));

    ok(f.db, {S("edit-insight"), insight, S("--body"), S("Carts abandoned at shipping")});
    ok(f.db, {S("edit-data-request"), request, S("--item"), S("Number of orders"), S("--status"),
              S("received"), S("--received"), S("2026-03-01"), S("--requested"), S("2026-02-01")});
    ok(f.db, {S("edit-metric"), metric, S("--value"), S("3.1"), S("--unit"), S("%")});
    ok(f.db, {S("edit-opportunity"), opportunity, S("--champion"), S(""), S("--lift"), S("12%")});
    ok(f.db, {S("edit-tradable"), tradable, S("--side"), S("theirs")});
    json b = shown(f.db, f.id);
    CHECK(b.at("insights").at(0).at("body") == "Carts abandoned at shipping");
    CHECK(b.at("insights").at(0).at("title") == "Cart trends");
    CHECK(b.at("data_requests").at(0).at("item") == "Number of orders");
    CHECK(b.at("data_requests").at(0).at("status") == "received");
    CHECK(b.at("metrics").at(0).at("value") == 3.1);
    CHECK(b.at("metrics").at(0).at("name") == "Conversion");
    CHECK(b.at("opportunities").at(0).at("champion_contact_id") == 0);
    CHECK(b.at("opportunities").at(0).at("title") == "Click and collect");
    CHECK(b.at("tradables").at(0).at("side") == "theirs");
    CHECK(b.at("tradables").at(0).at("item") == "Longer term");

    refused(f.db, f.id, {S("edit-metric"), metric, S("--value"), S("many")}, 1, "not a number");
    refused(f.db, f.id, {S("edit-insight"), insight, S("--title"), S(" ")}, 1, "required");
    refused(f.db, f.id, {S("edit-opportunity"), opportunity, S("--champion"), S("999")}, 4,
            "no contact 999");
    refused(f.db, f.id, {S("edit-data-request"), request, S("--received"), S("2026-01-01")}, 1,
            "before the requested date");
    refused(f.db, f.id, {S("edit-tradable"), S("999"), S("--item"), S("X")}, 4, "no tradable 999");
    refused(f.db, f.id, {S("remove-metric"), S("999")}, 4, "no metric 999");

    for (const auto& [command, id] :
         std::vector<std::pair<const char*, QString>>{{"remove-insight", insight},
                                                      {"remove-data-request", request},
                                                      {"remove-metric", metric},
                                                      {"remove-opportunity", opportunity},
                                                      {"remove-tradable", tradable}}) {
        ok(f.db, {S(command), id});
        CHECK(cli(f.db, {S(command), id}).code == 4);
    }
    b = shown(f.db, f.id);
    for (const char* list : {"insights", "data_requests", "metrics", "opportunities", "tradables"})
        CHECK(b.at(list).empty());
}

TEST_CASE("import csv reads a semicolon file in the date order given and reports its warnings",
          "[cli][import]")
{
    accord::test::TempDir dir;
    const QString db = dir.path(S("import.sqlite"));
    const QString csv = dir.path(S("deals.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Deal - Title;Organization - Name;Deal - Value;Deal - Deal created;"
                   "Person - Email;Deal - Stage\r\n"
                   "Expansion;Northwind;40000;01/02/2026;maria@northwind.example;Qualified\r\n"
                   "Renewal;Northwind;10000;03/02/2026;;Proposal Made\r\n"
                   "Pilot;;5000;04/02/2026;;\r\n"
                   "Rollout;Contoso;7000;05/02/2026;jan at contoso;Demo Scheduled\r\n");
    }
    const Run ambiguous = cli(db, {S("import"), S("csv"), csv});
    CHECK(ambiguous.code == 1);
    CHECK(ambiguous.err.contains(S("Line 2")));
    CHECK(ambiguous.err.contains(S("01/02/2026")));
    CHECK(ambiguous.err.count(u'\n') == 1);
    CHECK(cli(db, {S("import"), S("csv"), csv, S("--date-format"), S("DDMM")}).code == 2);

    const Run dry =
        cli(db, {S("import"), S("csv"), csv, S("--date-format"), S("dmy"), S("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.code == 0);
    CHECK(dry.out.contains(S("semicolon")));
    CHECK(dry.out.contains(S("warning: Line 4")));
    CHECK(dry.out.contains(S("jan at contoso")));

    const json report = ok(db, {S("import"), S("csv"), csv, S("--date-format"), S("DMY")});
    CHECK(report.at("prospects") == 2);
    CHECK(report.at("skipped_rows") == 1);
    CHECK(report.at("merged_deals") == 1);
    CHECK(report.at("separator") == "semicolon");
    CHECK(report.at("date_format") == "DMY");
    CHECK(report.at("warnings").size() == 3); // the merge, the row without a name, the address
    const json list = ok(db, {S("list")});
    REQUIRE(list.size() == 2);
    for (const json& row : list) {
        const json b = shown(db, idOf(row));
        if (row.at("name") == "Northwind") {
            CHECK(row.at("value").at("minor") == 5000000);
            CHECK(b.at("prospect").at("created_at") == "2026-02-01T00:00:00Z");
            const std::string notes = b.at("meetings").at(0).at("notes").get<std::string>();
            CHECK(notes.find("Expansion") != std::string::npos);
            CHECK(notes.find("Renewal") != std::string::npos);
        } else {
            CHECK(row.at("stage") == 2);
            CHECK(b.at("contacts").empty());
        }
    }
}

TEST_CASE("--help lists the commands that change contacts, prospects, meetings and evidence",
          "[cli][records]")
{
    accord::test::TempDir dir;
    const Run help = cli(dir.path(S("none.sqlite")), {S("--help")});
    REQUIRE(help.code == 0);
    for (const char* command : {"add-contact",
                                "edit-contact",
                                "remove-contact",
                                "edit ID",
                                "trash ID",
                                "restore ID",
                                "list [--stage",
                                "edit-meeting",
                                "remove-meeting",
                                "edit-insight",
                                "remove-insight",
                                "edit-data-request",
                                "remove-data-request",
                                "edit-metric",
                                "remove-metric",
                                "edit-opportunity",
                                "remove-opportunity",
                                "edit-tradable",
                                "remove-tradable",
                                "--date-format"})
        CHECK(help.out.contains(S(command)));
}
