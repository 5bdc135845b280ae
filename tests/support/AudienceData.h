#pragma once

// A prospect in stage 3 with a distinctive word in every field the customer's
// summary leaves out and in every field it keeps, for the audience tests of
// each summary format (Markdown, HTML, JSON, PDF). Words are single tokens of
// letters so that no renderer wraps or escapes them.

#include "TestSupport.h"

#include "core/Bundle.h"

#include <QRegularExpression>

namespace accord::test {

struct AudienceWord
{
    const char* word;
    const char* what;
};

/// One word per left-out field; none may appear in a customer summary.
inline constexpr AudienceWord kLeftOutWords[] = {
    {"Qzourbatna", "our BATNA"},
    {"Qztheirbatna", "their BATNA"},
    {"Qzourconcession", "our concession"},
    {"Qztheirconcession", "their concession"},
    {"Qzoverridereason", "a gate override's reason"},
    {"Qzmeetingnotes", "a meeting's notes"},
    {"Qzwelearned", "what we learned"},
    {"Qzrequestnote", "a data request's note"},
    {"Qztickevidence", "a hand tick's evidence"},
    {"Qzloggedby", "who logged a meeting"},
    {"Qzmovedby", "who moved the stage"},
    {"Qztickedby", "who ticked a criterion"},
    {"Qzowner", "the owner"},
    {"Qzcosttogive", "a tradable's cost"},
    {"Qztradable", "a tradable"},
    {"Qztheirinterests", "their interests (our reading of them)"},
    {"Qzournextstep", "our next step"},
    {"Qzrejectedidea", "a rejected opportunity"},
    {"Qzinternaltag", "a tag"},
};

/// Labels of left-out figures that have no text of their own (stance, priorities).
inline const QStringList kLeftOutLabels = {QStringLiteral("stance"), QStringLiteral("priority"),
                                           QStringLiteral("competitive")};

/// One word per kept field; each must appear in a customer summary.
inline constexpr AudienceWord kKeptWords[] = {
    {"Qkinsighttitle", "an insight shared"}, {"Qkinsightbody", "an insight's text"},
    {"Qkdataitem", "the data agreed"},       {"Qkmetric", "the gap picture"},
    {"Qkopportunity", "an opportunity"},     {"Qktheirwords", "the opportunity in their words"},
    {"Qkagreedterms", "the agreed terms"},   {"Qkcriteria", "the objective criteria"},
    {"Qkposition", "a lever position"},
};

/// Manual criterion of stage 3 that the bundle ticks (the defaults have none).
inline constexpr core::Id kTickedCriterion = 99;

inline std::vector<core::GateCriterion> audienceCriteria()
{
    std::vector<core::GateCriterion> c = core::defaultGateCriteria();
    c.push_back(core::GateCriterion{kTickedCriterion, core::Stage::Negotiation, 9,
                                    QStringLiteral("Legal reviewed"), core::GateRule::Manual});
    return c;
}

inline core::ProspectBundle audienceBundle()
{
    using namespace core;
    const auto w = [](const char* s) { return QString::fromLatin1(s); };
    const QDateTime now = referenceNow();
    ProspectBundle b;
    Prospect& p = b.prospect;
    p.id = 1;
    p.name = QStringLiteral("Northwind Traders");
    p.owner = w("Qzowner");
    p.industry = QStringLiteral("Retail");
    p.stage = Stage::Negotiation;
    p.value = Money{4000000, QStringLiteral("USD")};
    Activity next;
    next.id = 30;
    next.prospectId = 1;
    next.title = w("Qzournextstep");
    next.dueOn = QDate(2026, 6, 20);
    b.activities.push_back(next);
    p.createdAt = now.addDays(-60);
    p.stageEnteredAt = now.addDays(-5);
    p.signedOn = QDate(2026, 6, 1);
    p.agreementSummary = w("Qkagreedterms");
    b.tags = {w("Qzinternaltag")};
    b.contacts.push_back(Contact{5,
                                 1,
                                 QStringLiteral("Maria Lopez"),
                                 QStringLiteral("COO"),
                                 ContactRole::Operations,
                                 QStringLiteral("maria@example.com"),
                                 {}});
    Meeting m;
    m.id = 20;
    m.prospectId = 1;
    m.occurredAt = now.addDays(-10);
    m.kind = MeetingKind::Negotiation;
    m.summary = QStringLiteral("Terms session");
    m.notes = w("Qzmeetingnotes");
    m.learned = w("Qzwelearned");
    m.shared = QStringLiteral("Draft terms");
    m.loggedBy = w("Qzloggedby");
    b.meetings.push_back(m);
    b.history.push_back(StageChange{1, 1, now.addDays(-5), Stage::Consulting, Stage::Negotiation,
                                    Status::Active, Status::Active, w("Qzmovedby"),
                                    w("Qzoverridereason"), true});
    b.insights.push_back(Insight{30, 1, 20, w("Qkinsighttitle"), w("Qkinsightbody"),
                                 QStringLiteral("Industry report"), QDate(2026, 5, 1)});
    b.dataRequests.push_back(DataRequest{40, 1, w("Qkdataitem"), QDate(2026, 5, 2),
                                         DataRequestStatus::Received, QDate(2026, 5, 5),
                                         w("Qzrequestnote")});
    b.metrics.push_back(Metric{50, 1, w("Qkmetric"), 1.8, QStringLiteral("%"),
                               QStringLiteral("2025"), MetricSource::Prospect});
    b.metrics.push_back(Metric{51, 1, w("Qkmetric"), 2.4, QStringLiteral("%"),
                               QStringLiteral("2025"), MetricSource::Industry});
    b.opportunities.push_back(Opportunity{60, 1, w("Qkopportunity"), w("Qktheirwords"),
                                          LiftKind::Percent, 12, 5, OpportunityStatus::Embraced});
    b.opportunities.push_back(Opportunity{
        61, 1, w("Qzrejectedidea"), {}, LiftKind::Percent, 3, kNoId, OpportunityStatus::Rejected});
    Negotiation n;
    n.prospectId = 1;
    n.ourBatna = w("Qzourbatna");
    n.theirBatna = w("Qztheirbatna");
    n.theirInterests = w("Qztheirinterests");
    n.objectiveCriteria = w("Qkcriteria");
    n.stance = 4;
    n.levers[0].ourPriority = 5;
    n.levers[0].theirPriority = 2;
    n.levers[0].ourPosition = w("Qkposition");
    n.levers[0].ourConcession = w("Qzourconcession");
    n.levers[1].theirConcession = w("Qztheirconcession");
    b.negotiation = n;
    Tradable t;
    t.id = 70;
    t.prospectId = 1;
    t.item = w("Qztradable");
    t.valueToOther = QStringLiteral("High");
    t.costToGive = w("Qzcosttogive");
    b.tradables.push_back(t);
    b.gateChecks.push_back(GateCheck{1, kTickedCriterion, true, w("Qztickevidence"),
                                     now.addDays(-1), w("Qztickedby")});
    return b;
}

/// `text` with every run of white space removed, so that a word a layout
/// wrapped or hyphen-split still counts as present.
inline QString withoutSpace(const QString& text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

} // namespace accord::test
