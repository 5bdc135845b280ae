#include "support/AudienceData.h"
#include "support/TestSupport.h"

#include "core/FileSlug.h"
#include "core/Wording.h"
#include "core/io/Summary.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace accord::core;

namespace {

SummaryOptions options()
{
    SummaryOptions o;
    o.now = accord::test::referenceNow();
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.zone = QTimeZone::utc();
    return o;
}

ProspectBundle bare(const QString& name)
{
    ProspectBundle b;
    b.prospect.id = 1;
    b.prospect.name = name;
    b.prospect.owner = QStringLiteral("Dana");
    b.prospect.stage = Stage::Informative;
    b.prospect.createdAt = accord::test::referenceNow().addDays(-30);
    b.prospect.stageEnteredAt = accord::test::referenceNow().addDays(-9);
    return b;
}

ProspectBundle full(const QString& name)
{
    ProspectBundle b = bare(name);
    const QDateTime now = accord::test::referenceNow();
    b.prospect.stage = Stage::Consulting;
    b.prospect.industry = QStringLiteral("Retail");
    b.prospect.value = Money{4000000, QStringLiteral("USD")};
    Activity next;
    next.id = 9;
    next.prospectId = 1;
    next.kind = ActivityKind::ReviewGap;
    next.title = QStringLiteral("Workshop <b>on</b> the gap");
    next.dueOn = QDate(2026, 6, 20);
    next.owner = QStringLiteral("Dana");
    b.activities.push_back(next);
    Activity late = next;
    late.id = 10;
    late.title = QStringLiteral("Send the late figures");
    late.dueOn = QDate(2026, 6, 1);
    b.activities.push_back(late);
    Activity done = next;
    done.id = 11;
    done.title = QStringLiteral("Done and gone");
    done.doneAt = now.addDays(-2);
    b.activities.push_back(done);
    b.contacts.push_back(Contact{5,
                                 1,
                                 QStringLiteral("Maria <img src=x onerror=alert(1)>"),
                                 QStringLiteral("COO"),
                                 ContactRole::Operations,
                                 QStringLiteral("maria@example.com"),
                                 {}});
    Meeting older;
    older.id = 20;
    older.prospectId = 1;
    older.occurredAt = now.addDays(-20);
    older.kind = MeetingKind::Presentation;
    older.summary = QStringLiteral("Older meeting");
    Meeting newer = older;
    newer.id = 21;
    newer.occurredAt = now.addDays(-2);
    newer.kind = MeetingKind::Discovery;
    newer.summary = QStringLiteral("Newer meeting");
    newer.notes = QStringLiteral("</table><script>alert(2)</script>");
    b.meetings = {older, newer}; // deliberately oldest first
    b.history.push_back(StageChange{1, 1, now.addDays(-9), Stage::Informative, Stage::Consulting,
                                    Status::Active, Status::Active, QStringLiteral("Dana"),
                                    QStringLiteral("Data received"), false});
    b.insights.push_back(Insight{30, 1, 20, QStringLiteral("Cart abandonment in retail"),
                                 QStringLiteral("Body"), QStringLiteral("Industry report"),
                                 QDate(2026, 5, 26)});
    b.dataRequests.push_back(DataRequest{40,
                                         1,
                                         QStringLiteral("Online revenue"),
                                         QDate(2026, 5, 27),
                                         DataRequestStatus::Received,
                                         QDate(2026, 6, 1),
                                         {}});
    b.metrics.push_back(Metric{50, 1, QStringLiteral("Conversion"), 1.8, QStringLiteral("%"),
                               QStringLiteral("2025"), MetricSource::Prospect});
    b.metrics.push_back(Metric{51, 1, QStringLiteral("Conversion"), 2.4, QStringLiteral("%"),
                               QStringLiteral("2025"), MetricSource::Industry});
    b.opportunities.push_back(Opportunity{60,
                                          1,
                                          QStringLiteral("Recover abandoned carts"),
                                          {},
                                          LiftKind::Percent,
                                          12,
                                          5,
                                          OpportunityStatus::Embraced});
    Negotiation n;
    n.prospectId = 1;
    n.ourBatna = QStringLiteral("Other retailer");
    n.levers[0].ourPriority = 5;
    n.levers[0].ourConcession = QStringLiteral("Discount");
    b.negotiation = n;
    Tradable t;
    t.id = 70;
    t.prospectId = 1;
    t.item = QStringLiteral("Case study rights");
    t.valueToOther = QStringLiteral("High");
    t.costToGive = QStringLiteral("Low");
    b.tradables.push_back(t);
    return b;
}

QStringList sectionKeys(const SummaryDocument& doc)
{
    QStringList keys;
    for (const SummarySection& s : doc.sections)
        keys.append(s.key);
    return keys;
}

} // namespace

TEST_CASE("an HTML summary of a prospect named <script> contains no live tag", "[io][summary]")
{
    const QString evil = QStringLiteral("<script>alert(1)</script>");
    const QString html = summaryHtml(buildSummary(full(evil), options()));
    CHECK(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    CHECK(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    CHECK(!html.contains(QStringLiteral("<b>on"), Qt::CaseInsensitive));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK(html.contains(QStringLiteral("<title>&lt;script&gt;")));
    // Self-contained: no external resources at all.
    CHECK(!html.contains(QStringLiteral("src=\"")));
    CHECK(!html.contains(QStringLiteral("href=")));
    CHECK(html.contains(QStringLiteral("Content-Security-Policy")));
    // Only the tags the renderer writes itself.
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9!]+)"));
    const QStringList allowed{
        QStringLiteral("!DOCTYPE"), QStringLiteral("html"),  QStringLiteral("head"),
        QStringLiteral("meta"),     QStringLiteral("title"), QStringLiteral("style"),
        QStringLiteral("body"),     QStringLiteral("h1"),    QStringLiteral("h2"),
        QStringLiteral("h3"),       QStringLiteral("p"),     QStringLiteral("ol"),
        QStringLiteral("li"),       QStringLiteral("br"),    QStringLiteral("small"),
        QStringLiteral("table"),    QStringLiteral("tr"),    QStringLiteral("th"),
        QStringLiteral("td"),       QStringLiteral("thead")};
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const QString name = it.next().captured(2);
        CAPTURE(name);
        CHECK(allowed.contains(name));
    }
}

TEST_CASE("a summary leaves out sections with nothing in them", "[io][summary]")
{
    const SummaryDocument doc = buildSummary(bare(QStringLiteral("Northwind")), options());
    CHECK(sectionKeys(doc) ==
          QStringList{QStringLiteral("profile"), QStringLiteral("stage"), QStringLiteral("gate")});
    const QString md = summaryMarkdown(doc);
    CHECK(md.startsWith(QStringLiteral("# Northwind\n")));
    for (const char* absent : {"## Contacts", "## Meetings", "## Insights", "## Data requests",
                               "## Metrics", "## Opportunities", "## Negotiation",
                               "## Stage timeline", "## Planned activities", "Industry"})
        CHECK(!md.contains(QString::fromLatin1(absent)));
    CHECK(md.contains(QStringLiteral("## Profile")));
    CHECK(md.contains(QStringLiteral("## Gate status")));
    CHECK(md.contains(QStringLiteral("9")));
}

TEST_CASE("a full summary has every section in order with meetings newest first", "[io][summary]")
{
    const SummaryDocument doc = buildSummary(full(QStringLiteral("Northwind")), options());
    CHECK(sectionKeys(doc) ==
          QStringList{QStringLiteral("profile"), QStringLiteral("stage"),
                      QStringLiteral("timeline"), QStringLiteral("gate"),
                      QStringLiteral("contacts"), QStringLiteral("meetings"),
                      QStringLiteral("insights"), QStringLiteral("data_requests"),
                      QStringLiteral("metrics"), QStringLiteral("opportunities"),
                      QStringLiteral("negotiation"), QStringLiteral("activities")});
    CHECK(doc.daysInStage == 9);
    REQUIRE(doc.steps.size() == 3);
    CHECK(doc.steps[0].done);
    CHECK(doc.steps[1].current);
    CHECK(!doc.steps[2].current);

    const QString md = summaryMarkdown(doc);
    CHECK(md.indexOf(QStringLiteral("Newer meeting")) <
          md.indexOf(QStringLiteral("Older meeting")));
    CHECK(md.contains(QStringLiteral("Collaborative Consulting")));
    CHECK(md.contains(QStringLiteral("Maria \\<img src=x onerror=alert\\(1\\)\\>")));
    CHECK(!md.contains(QStringLiteral("<script>")));
    // The metric and its industry benchmark are side by side with the gap.
    const SummarySection* metrics = doc.section(QStringLiteral("metrics"));
    REQUIRE(metrics != nullptr);
    const QStringList row = metrics->blocks.at(0).rows.at(0);
    // The columns are named as in the app's gap table.
    CHECK(metrics->blocks.at(0).header.at(3) == QStringLiteral("Their figure"));
    CHECK(metrics->blocks.at(0).header.at(5) == QStringLiteral("Benchmark figure"));
    CHECK(row.at(0) == QStringLiteral("Conversion"));
    CHECK(row.at(3) == QStringLiteral("1.80"));
    CHECK(row.at(5) == QStringLiteral("2.40"));
    CHECK(row.at(6).startsWith(QStringLiteral("-0.60")));
    // The opportunity names its champion.
    CHECK(doc.section(QStringLiteral("opportunities"))->blocks.at(0).rows.at(0).at(2) ==
          QStringLiteral("Maria <img src=x onerror=alert(1)>"));
}

TEST_CASE("the JSON summary is the bundle plus the gate status", "[io][summary]")
{
    const nlohmann::json j = summaryJson(full(QStringLiteral("Northwind")), options());
    CHECK(j.at("prospect").at("name") == "Northwind");
    CHECK(j.at("days_in_stage") == 9);
    CHECK(j.at("gate_status").at("stage") == "consulting");
    CHECK(j.at("gate_status").at("total").get<int>() ==
          static_cast<int>(j.at("gate_status").at("criteria").size()));
    CHECK(j.at("steps").size() == 3);
    // Still a bundle: the extra keys do not get in the way of reading it back.
    CHECK(bundleFromJson(j).prospect.name == QStringLiteral("Northwind"));
}

TEST_CASE("Markdown escaping keeps text literal", "[io][summary]")
{
    CHECK(escapeMarkdown(QStringLiteral("*bold* _x_ [link](y) <b> a|b #1")) ==
          QStringLiteral("\\*bold\\* \\_x\\_ \\[link\\]\\(y\\) \\<b\\> a\\|b \\#1"));
}

TEST_CASE("counts in a summary read as English plurals: 1 day, 2 days, 1 minute", "[io][summary]")
{
    ProspectBundle one = full(QStringLiteral("Northwind"));
    one.prospect.stageEnteredAt = accord::test::referenceNow().addDays(-1);
    one.meetings[0].durationMinutes = 1;
    one.meetings[1].durationMinutes = 90;
    const SummaryDocument doc = buildSummary(one, options());
    CHECK(doc.subtitle.contains(QStringLiteral("1 day in stage")));
    const QString md = summaryMarkdown(doc);
    CHECK(md.contains(QStringLiteral("1 minute\n")));
    CHECK(md.contains(QStringLiteral("90 minutes")));
    CHECK_FALSE(md.contains(QStringLiteral("(s)")));
    CHECK_FALSE(summaryHtml(doc).contains(QStringLiteral("(s)")));

    ProspectBundle two = bare(QStringLiteral("Contoso"));
    two.prospect.stageEnteredAt = accord::test::referenceNow().addDays(-2);
    CHECK(buildSummary(two, options()).subtitle.contains(QStringLiteral("2 days in stage")));
}

TEST_CASE("summary times show hours and minutes, never seconds, in any locale", "[io][summary]")
{
    static const QRegularExpression seconds(QStringLiteral("\\d{1,2}:\\d{2}:\\d{2}"));
    for (const QLocale& locale :
         {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
          QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::French, QLocale::France)}) {
        SummaryOptions o = options();
        o.locale = locale;
        const SummaryDocument doc = buildSummary(full(QStringLiteral("Northwind")), o);
        const QString md = summaryMarkdown(doc);
        CAPTURE(locale.name());
        CHECK_FALSE(seconds.match(md).hasMatch());
        CHECK_FALSE(seconds.match(doc.generatedAt).hasMatch());
        CHECK(QRegularExpression(QStringLiteral("\\d{1,2}[:.]\\d{2}")).match(md).hasMatch());
    }
}

TEST_CASE("the gate table's How column says how each criterion is or can be met", "[io][summary]")
{
    ProspectBundle b = full(QStringLiteral("Northwind"));
    std::vector<GateCriterion> criteria = defaultGateCriteria();
    GateCriterion manual;
    manual.id = 900;
    manual.stage = Stage::Consulting;
    manual.position = 99;
    manual.label = QStringLiteral("Their CFO saw the gap");
    manual.rule = GateRule::Manual;
    criteria.push_back(manual);
    GateCheck tick;
    tick.prospectId = 1;
    tick.criterionId = 900;
    tick.checked = true;
    tick.checkedBy = QStringLiteral("Ravi");
    tick.checkedAt = accord::test::referenceNow().addDays(-1);
    tick.evidence = QStringLiteral("Call on Monday");
    b.gateChecks.push_back(tick);
    SummaryOptions o = options();
    o.criteria = criteria;
    const SummaryDocument doc = buildSummary(b, o);
    const SummarySection* gate = doc.section(QStringLiteral("gate"));
    REQUIRE(gate != nullptr);
    const SummaryBlock& table = gate->blocks.at(1);
    REQUIRE(table.header.at(2) == QStringLiteral("How"));
    bool sawTick = false;
    for (const QStringList& row : table.rows) {
        CAPTURE(row.join(QStringLiteral(" | ")));
        CHECK_FALSE(row.at(2).isEmpty());
        if (row.at(1) == manual.label) {
            sawTick = true;
            CHECK(row.at(2).startsWith(QStringLiteral("Ticked by Ravi on ")));
            CHECK(row.at(3) == QStringLiteral("Call on Monday"));
        }
    }
    CHECK(sawTick);
}

TEST_CASE("a summary's file name keeps the letters of every script", "[io][summary]")
{
    CHECK(fileSlug(QStringLiteral("Rocket Migré Café")) == QStringLiteral("rocket-migré-café"));
    // "é" typed as e + combining accent is the same letter.
    CHECK(fileSlug(QStringLiteral("Cafe\u0301 Noir")) == QStringLiteral("café-noir"));
    CHECK(fileSlug(QStringLiteral("شركة النور للتجارة")) == QStringLiteral("شركة-النور-للتجارة"));
    CHECK(fileSlug(QStringLiteral("Müller & Söhne GmbH")) == QStringLiteral("müller-söhne-gmbh"));
    CHECK(fileSlug(QStringLiteral("東京 Trading")) == QStringLiteral("東京-trading"));
    CHECK(fileSlug(QStringLiteral("../../etc/passwd")) == QStringLiteral("etc-passwd"));
    CHECK(fileSlug(QStringLiteral("🚀 Launch")) == QStringLiteral("launch"));
    CHECK(fileSlug(QStringLiteral("<>:\"/\\|?*")) == QStringLiteral("prospect"));
    CHECK(fileSlug(QString(60, QLatin1Char('a'))).size() == 40);
    // Never half of a character beyond the Basic Multilingual Plane.
    const QString wide = fileSlug(QString(39, QLatin1Char('a')) + QStringLiteral("𝒜𝒜"));
    CHECK(!wide.back().isHighSurrogate());
}

TEST_CASE("English plural forms without a translation", "[io][summary]")
{
    CHECK(englishPlural(QStringLiteral("%n day(s)"), 1) == QStringLiteral("%n day"));
    CHECK(englishPlural(QStringLiteral("%n day(s)"), 0) == QStringLiteral("%n days"));
    CHECK(englishPlural(QStringLiteral("%n match(es)"), 2) == QStringLiteral("%n matches"));
    CHECK(englishPlural(QStringLiteral("%n opportunit(y/ies)"), 1) ==
          QStringLiteral("%n opportunity"));
    CHECK(englishPlural(QStringLiteral("%n opportunit(y/ies)"), 3) ==
          QStringLiteral("%n opportunities"));
    // Through Qt's own tr() with %n, as every screen uses it.
    CHECK(QCoreApplication::translate("accord", "%n day(s) in stage", nullptr, 1) ==
          QStringLiteral("1 day in stage"));
    CHECK(QCoreApplication::translate("accord", "%n day(s) in stage", nullptr, 12) ==
          QStringLiteral("12 days in stage"));
}

TEST_CASE("a count reads the spelled-out singular for one and fills %n otherwise", "[io][summary]")
{
    CHECK(countedText("1 warning", "%n warnings", 1) == u"1 warning");
    CHECK(countedText("1 warning", "%n warnings", 3) == u"3 warnings");
    CHECK(countedText("1 warning", "%n warnings", 0) == u"0 warnings");
    CHECK(countedText("Only 1 of the 4 levers discussed", "%n of the 4 levers discussed", 1) ==
          u"Only 1 of the 4 levers discussed");
}

namespace {

/// Each summary format a customer could be sent, as text.
std::vector<std::pair<QString, QString>> summaryTexts(SummaryAudience audience)
{
    SummaryOptions o = options();
    o.audience = audience;
    o.criteria = accord::test::audienceCriteria();
    const ProspectBundle b = accord::test::audienceBundle();
    const SummaryDocument doc = buildSummary(b, o);
    return {{QStringLiteral("Markdown"), summaryMarkdown(doc)},
            {QStringLiteral("HTML"), summaryHtml(doc)},
            {QStringLiteral("rich text"), summaryHtml(doc, HtmlFlavour::RichText)},
            {QStringLiteral("JSON"), QString::fromStdString(summaryJson(b, o).dump(2))}};
}

} // namespace

TEST_CASE("a customer summary leaves out every internal field in every format", "[io][summary]")
{
    for (const auto& [format, text] : summaryTexts(SummaryAudience::Customer)) {
        INFO(format.toStdString());
        const QString flat = accord::test::withoutSpace(text);
        for (const accord::test::AudienceWord& w : accord::test::kLeftOutWords) {
            INFO(w.what);
            CHECK_FALSE(flat.contains(QLatin1String(w.word), Qt::CaseInsensitive));
        }
        for (const QString& label : accord::test::kLeftOutLabels) {
            INFO(label.toStdString());
            CHECK_FALSE(text.contains(label, Qt::CaseInsensitive));
        }
        for (const accord::test::AudienceWord& w : accord::test::kKeptWords) {
            INFO(w.what);
            CHECK(flat.contains(QLatin1String(w.word)));
        }
    }
}

TEST_CASE("an internal summary keeps every field the customer's leaves out", "[io][summary]")
{
    for (const auto& [format, text] : summaryTexts(SummaryAudience::Internal)) {
        INFO(format.toStdString());
        const QString flat = accord::test::withoutSpace(text);
        for (const accord::test::AudienceWord& w : accord::test::kLeftOutWords) {
            // The JSON summary carries the whole bundle, so every field; the
            // documents show the current stage's worksheet, ticks and history.
            INFO(w.what);
            CHECK(flat.contains(QLatin1String(w.word)));
        }
        for (const accord::test::AudienceWord& w : accord::test::kKeptWords) {
            INFO(w.what);
            CHECK(flat.contains(QLatin1String(w.word)));
        }
    }
    CHECK(summaryTexts(SummaryAudience::Internal)
              .front()
              .second.contains(QStringLiteral("Our stance")));
}

TEST_CASE("the customer JSON summary is the document: audience, sections and their blocks",
          "[io][summary]")
{
    SummaryOptions o = options();
    o.audience = SummaryAudience::Customer;
    const nlohmann::json j = summaryJson(accord::test::audienceBundle(), o);
    CHECK(j.at("audience") == "customer");
    CHECK(j.at("title") == "Northwind Traders");
    QStringList keys;
    for (const nlohmann::json& s : j.at("sections"))
        keys.append(QString::fromStdString(s.at("key").get<std::string>()));
    CHECK(keys == QStringList{QStringLiteral("profile"), QStringLiteral("contacts"),
                              QStringLiteral("meetings"), QStringLiteral("insights"),
                              QStringLiteral("data_requests"), QStringLiteral("metrics"),
                              QStringLiteral("opportunities"), QStringLiteral("terms")});
    CHECK_FALSE(j.contains("gate_status"));
    CHECK(summaryAudienceFromKey(QStringLiteral("customer")) == SummaryAudience::Customer);
    CHECK(summaryAudienceFromKey(QStringLiteral("internal")) == SummaryAudience::Internal);
    CHECK_FALSE(summaryAudienceFromKey(QStringLiteral("press")).has_value());
}
