#include "Summary.h"

#include "core/Activities.h"
#include "core/EnumTraits.h"
#include "core/GapAnalysis.h"
#include "core/Parse.h"
#include "core/WinWin.h"
#include "core/Wording.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <tuple>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::summary)

public:
    /// Counts read "1 day", "2 days" even where no translation is loaded;
    /// `text` comes marked with QT_TRANSLATE_N_NOOP.
    static QString count(const char* text, int n)
    {
        return translateCount("accord::summary", text, n, nullptr);
    }
};

using Fields = std::vector<std::pair<QString, QString>>;

class Formatter
{
public:
    explicit Formatter(const SummaryOptions& o) : m_o(o)
    {
        m_dateFormat = o.locale.dateFormat(QLocale::ShortFormat);
        if (!m_dateFormat.contains(QStringLiteral("yyyy")))
            m_dateFormat.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    QString date(const QDate& d) const
    {
        return d.isValid() ? m_o.locale.toString(d, m_dateFormat) : QString();
    }
    QString dateTime(const QDateTime& t) const
    {
        if (!t.isValid())
            return {};
        // Minutes are as exact as a summary needs: no seconds.
        const QDateTime local = t.toTimeZone(m_o.zone);
        return date(local.date()) + QLatin1Char(' ') +
               m_o.locale.toString(local.time(), shortTimeFormat(m_o.locale));
    }
    QString number(double v) const
    {
        const bool whole = std::abs(v - std::round(v)) < 1e-9;
        return m_o.locale.toString(v, 'f', whole ? 0 : 2);
    }
    QString money(const Money& m) const { return formatMoney(m, m_o.locale); }

private:
    const SummaryOptions& m_o;
    QString m_dateFormat;
};

void addField(Fields& fields, const QString& label, const QString& value)
{
    if (!value.trimmed().isEmpty())
        fields.emplace_back(label, value);
}

SummaryBlock fieldsBlock(Fields fields, const QString& caption = {})
{
    SummaryBlock b;
    b.kind = SummaryBlock::Kind::Fields;
    b.caption = caption;
    b.fields = std::move(fields);
    return b;
}

SummaryBlock tableBlock(QStringList header, std::vector<QStringList> rows,
                        const QString& caption = {})
{
    SummaryBlock b;
    b.kind = SummaryBlock::Kind::Table;
    b.caption = caption;
    b.header = std::move(header);
    b.rows = std::move(rows);
    return b;
}

void addSection(SummaryDocument& doc, const QString& key, const QString& title,
                std::vector<SummaryBlock> blocks)
{
    // A section with nothing in it is left out, and so is an empty block.
    std::erase_if(blocks, [](const SummaryBlock& b) {
        switch (b.kind) {
        case SummaryBlock::Kind::Fields:
            return b.fields.empty();
        case SummaryBlock::Kind::Table:
            return b.rows.empty();
        case SummaryBlock::Kind::Text:
            return b.text.trimmed().isEmpty();
        case SummaryBlock::Kind::Entries:
            return b.entries.empty();
        }
        return true;
    });
    if (!blocks.empty())
        doc.sections.push_back(SummarySection{key, title, std::move(blocks)});
}

QString checkMark(bool met)
{
    return met ? QStringLiteral("✓") : QStringLiteral("✗");
}

} // namespace

const SummarySection* SummaryDocument::section(const QString& key) const
{
    for (const SummarySection& s : sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

std::optional<SummaryAudience> summaryAudienceFromKey(const QString& key)
{
    if (key == u"internal")
        return SummaryAudience::Internal;
    if (key == u"customer")
        return SummaryAudience::Customer;
    return std::nullopt;
}

QString summaryAudienceKey(SummaryAudience audience)
{
    return audience == SummaryAudience::Customer ? QStringLiteral("customer")
                                                 : QStringLiteral("internal");
}

int daysInStage(const Prospect& p, const QDateTime& now)
{
    return wholeDaysBetween(p.stageEnteredAt, now);
}

SummaryDocument buildSummary(const ProspectBundle& b, const SummaryOptions& options)
{
    const Formatter f(options);
    const Prospect& p = b.prospect;
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();

    // What the customer may read is decided here, once: each format renders
    // only the document.
    const bool customer = options.audience == SummaryAudience::Customer;
    SummaryDocument doc;
    doc.audience = options.audience;
    doc.title = p.name;
    doc.stage = p.stage;
    doc.status = p.status;
    doc.daysInStage = daysInStage(p, now);
    doc.generatedAt = f.dateTime(now);
    doc.subtitle =
        Text::count(QT_TRANSLATE_N_NOOP("accord::summary", "%1 · %n day(s) in stage · %2"),
                    doc.daysInStage)
            .arg(stageName(p.stage), statusName(p.status));

    const EvidenceSummary evidence = summarizeEvidence(
        p, b.insights, b.dataRequests, b.metrics, b.opportunities, b.negotiation, b.gateChecks);
    for (Stage s : {Stage::Informative, Stage::Consulting, Stage::Negotiation}) {
        const GateResult g = evaluateGate(s, options.criteria, evidence);
        doc.steps.push_back(StepProgress{s, g.metCount(), g.total(), s == p.stage,
                                         static_cast<int>(s) < static_cast<int>(p.stage)});
        if (s == p.stage)
            doc.currentGate = g;
    }
    if (customer) {
        doc.steps.clear(); // the gates are our method's bookkeeping
        doc.subtitle = Text::tr("Prepared on %1").arg(f.date(now.toTimeZone(options.zone).date()));
    }

    // Profile. The customer reads who they are to us, not our figures.
    if (customer) {
        Fields fields;
        addField(fields, Text::tr("Industry"), p.industry);
        addField(fields, Text::tr("Segment"), p.segment);
        addField(fields, Text::tr("Website"), p.website);
        addSection(doc, QStringLiteral("profile"), Text::tr("Profile"), {fieldsBlock(fields)});
    } else {
        Fields fields;
        addField(fields, Text::tr("Owner"), p.owner);
        addField(fields, Text::tr("Industry"), p.industry);
        addField(fields, Text::tr("Segment"), p.segment);
        addField(fields, Text::tr("Website"), p.website);
        addField(fields, Text::tr("Status"), statusName(p.status));
        if (p.status == Status::Lost)
            addField(fields, Text::tr("Lost because"), p.lostReason);
        if (p.value.minor != 0)
            addField(fields, Text::tr("Estimated annual value"), f.money(p.value));
        addField(fields, Text::tr("Tags"), b.tags.join(QStringLiteral(", ")));
        addField(fields, Text::tr("Created"), f.date(p.createdAt.toTimeZone(options.zone).date()));
        addField(fields, Text::tr("Signed on"), f.date(p.signedOn));
        addField(fields, Text::tr("Agreement"), p.agreementSummary);
        if (p.deletedAt.isValid())
            addField(fields, Text::tr("In the trash since"), f.dateTime(p.deletedAt));
        addSection(doc, QStringLiteral("profile"), Text::tr("Profile"), {fieldsBlock(fields)});
    }

    // Stage and days in it.
    if (!customer) {
        Fields fields;
        addField(fields, Text::tr("Stage"),
                 Text::tr("%1. %2").arg(static_cast<int>(p.stage)).arg(stageName(p.stage)));
        addField(fields, Text::tr("In this stage since"),
                 f.date(p.stageEnteredAt.toTimeZone(options.zone).date()));
        addField(fields, Text::tr("Days in stage"), QString::number(doc.daysInStage));
        addSection(doc, QStringLiteral("stage"), Text::tr("Stage"), {fieldsBlock(fields)});
    }

    // Stage timeline, oldest first (who moved it and why: internal).
    if (!customer) {
        std::vector<StageChange> history = b.history;
        std::stable_sort(history.begin(), history.end(),
                         [](const StageChange& a, const StageChange& c) { return a.at < c.at; });
        std::vector<QStringList> rows;
        for (const StageChange& c : history) {
            QString change;
            if (c.fromStage != c.toStage)
                change =
                    Text::tr("%1 → %2").arg(stageShortName(c.fromStage), stageShortName(c.toStage));
            if (c.fromStatus != c.toStatus) {
                const QString status =
                    Text::tr("%1 → %2").arg(statusName(c.fromStatus), statusName(c.toStatus));
                change = change.isEmpty() ? status : change + QStringLiteral("; ") + status;
            }
            QString reason = c.reason;
            if (c.gateOverride)
                reason = reason.isEmpty() ? Text::tr("gate override")
                                          : Text::tr("gate override: %1").arg(reason);
            rows.push_back({f.dateTime(c.at), change, c.by, reason});
        }
        addSection(
            doc, QStringLiteral("timeline"), Text::tr("Stage timeline"),
            {tableBlock({Text::tr("When"), Text::tr("Change"), Text::tr("By"), Text::tr("Reason")},
                        rows)});
    }

    // Gate status of the current stage (ticks, overrides: internal).
    if (!customer && !doc.currentGate.criteria.empty()) {
        std::vector<QStringList> rows;
        for (const CriterionResult& r : doc.currentGate.criteria) {
            // How the criterion is met: by an automatic rule on the evidence, or
            // ticked by someone (who and when, when the tick says).
            QString how;
            if (r.met && !r.automatic) {
                const GateCheck* tick = nullptr;
                for (const GateCheck& c : b.gateChecks)
                    if (c.criterionId == r.criterion.id && c.checked)
                        tick = &c;
                if (tick && !tick->checkedBy.isEmpty() && tick->checkedAt.isValid())
                    how = Text::tr("Ticked by %1 on %2")
                              .arg(tick->checkedBy,
                                   f.date(tick->checkedAt.toTimeZone(options.zone).date()));
                else if (tick && !tick->checkedBy.isEmpty())
                    how = Text::tr("Ticked by %1").arg(tick->checkedBy);
                else
                    how = Text::tr("Ticked by hand");
            } else if (r.criterion.rule == GateRule::Manual) {
                how = Text::tr("To be ticked by hand");
            } else {
                how = Text::tr("Automatic: %1").arg(gateRuleDescription(r.criterion.rule));
            }
            QString why = r.why;
            if (r.met && !r.automatic) {
                why.clear(); // the tick's own evidence, if it has any
                for (const GateCheck& c : b.gateChecks)
                    if (c.criterionId == r.criterion.id && c.checked)
                        why = c.evidence;
            }
            rows.push_back({checkMark(r.met), r.criterion.label, how, why});
        }
        SummaryBlock summary;
        summary.kind = SummaryBlock::Kind::Text;
        summary.text = Text::tr("%1 of %2 exit criteria of %3 met.")
                           .arg(doc.currentGate.metCount())
                           .arg(doc.currentGate.total())
                           .arg(stageName(p.stage));
        addSection(doc, QStringLiteral("gate"), Text::tr("Gate status"),
                   {summary, tableBlock({Text::tr("Met"), Text::tr("Criterion"), Text::tr("How"),
                                         Text::tr("Why")},
                                        rows)});
    }

    // Contacts.
    {
        std::vector<QStringList> rows;
        for (const Contact& c : b.contacts)
            rows.push_back({c.name, c.title, contactRoleName(c.role), c.email, c.phone});
        addSection(doc, QStringLiteral("contacts"), Text::tr("Contacts"),
                   {tableBlock({Text::tr("Name"), Text::tr("Title"), Text::tr("Role"),
                                Text::tr("Email"), Text::tr("Phone")},
                               rows)});
    }

    // Meetings, newest first.
    {
        std::vector<Meeting> meetings = b.meetings;
        std::stable_sort(meetings.begin(), meetings.end(), [](const Meeting& a, const Meeting& c) {
            return a.occurredAt > c.occurredAt;
        });
        SummaryBlock block;
        block.kind = SummaryBlock::Kind::Entries;
        for (const Meeting& m : meetings) {
            SummaryBlock::Entry e;
            e.title = Text::tr("%1 · %2").arg(f.dateTime(m.occurredAt), meetingKindName(m.kind));
            if (!m.summary.isEmpty())
                e.title += QStringLiteral(" · ") + m.summary;
            if (!customer)
                addField(e.fields, Text::tr("Stage"), stageShortName(m.stageAtTime));
            if (m.durationMinutes > 0)
                addField(e.fields, Text::tr("Duration"),
                         Text::count(QT_TRANSLATE_N_NOOP("accord::summary", "%n minute(s)"),
                                     m.durationMinutes));
            addField(e.fields, Text::tr("Attendees"), m.attendees);
            if (customer) {
                // Our notes, what we learned, our next step and who logged it stay in.
                addField(e.fields, Text::tr("Shared"), m.shared);
                block.entries.push_back(std::move(e));
                continue;
            }
            addField(e.fields, Text::tr("Notes"), m.notes);
            addField(e.fields, Text::tr("We shared"), m.shared);
            addField(e.fields, Text::tr("We learned"), m.learned);
            if (!m.nextStep.isEmpty())
                addField(e.fields, Text::tr("Next step"),
                         m.nextStepDue.isValid()
                             ? Text::tr("%1 (due %2)").arg(m.nextStep, f.date(m.nextStepDue))
                             : m.nextStep);
            addField(e.fields, Text::tr("Logged by"), m.loggedBy);
            block.entries.push_back(std::move(e));
        }
        addSection(doc, QStringLiteral("meetings"), Text::tr("Meetings"), {block});
    }

    // Insights shared.
    {
        SummaryBlock block;
        block.kind = SummaryBlock::Kind::Entries;
        for (const Insight& i : b.insights) {
            SummaryBlock::Entry e;
            e.title = i.title;
            addField(e.fields, Text::tr("Shared on"), f.date(i.sharedOn));
            addField(e.fields, Text::tr("Source"), i.source);
            if (i.meetingId != kNoId) {
                for (const Meeting& m : b.meetings)
                    if (m.id == i.meetingId)
                        addField(e.fields, Text::tr("At the meeting"),
                                 Text::tr("%1 · %2").arg(
                                     f.dateTime(m.occurredAt),
                                     m.summary.isEmpty() ? meetingKindName(m.kind) : m.summary));
            }
            addField(e.fields, Text::tr("Insight"), i.body);
            block.entries.push_back(std::move(e));
        }
        addSection(doc, QStringLiteral("insights"), Text::tr("Insights shared"), {block});
    }

    // Data requests.
    {
        std::vector<QStringList> rows;
        for (const DataRequest& r : b.dataRequests) {
            const QString status = EnumTraits<DataRequestStatus>::name(r.status);
            rows.push_back({r.item, f.date(r.requestedOn), status, f.date(r.receivedOn)});
            if (!customer) // the note is ours
                rows.back().append(r.note);
        }
        QStringList header{Text::tr("Item"), Text::tr("Requested"), Text::tr("Status"),
                           Text::tr("Received")};
        if (!customer)
            header.append(Text::tr("Note"));
        addSection(doc, QStringLiteral("data_requests"), Text::tr("Data requests"),
                   {tableBlock(header, rows)});
    }

    // Metrics beside their benchmarks (the same gap table as the Consulting tab).
    {
        std::vector<QStringList> rows;
        for (const GapRow& g : gapAnalysis(b.metrics)) {
            QString benchmark;
            QString benchmarkValue;
            if (g.benchmark) {
                benchmark = EnumTraits<MetricSource>::name(g.benchmark->source);
                if (!g.benchmark->name.isEmpty() &&
                    normalizedMetricKey(g.benchmark->name) != normalizedMetricKey(g.prospect.name))
                    benchmark += QStringLiteral(" (%1)").arg(g.benchmark->name);
                benchmarkValue = f.number(g.benchmark->value);
            }
            QString gap = g.error;
            if (!g.refused() && g.difference) {
                gap =
                    (*g.difference > 0 ? QStringLiteral("+") : QString()) + f.number(*g.difference);
                if (g.percent)
                    gap += QStringLiteral(" (%1%2%)")
                               .arg(*g.percent > 0 ? QStringLiteral("+") : QString())
                               .arg(options.locale.toString(*g.percent, 'f', 1));
            }
            rows.push_back({g.prospect.name, g.prospect.period, g.prospect.unit,
                            f.number(g.prospect.value), benchmark, benchmarkValue, gap});
        }
        addSection(
            doc, QStringLiteral("metrics"), Text::tr("Metrics and benchmarks"),
            {tableBlock(
                {Text::tr("Metric"), Text::tr("Period"), Text::tr("Unit"),
                 Text::tr("Their figure", "the prospect's own value"), Text::tr("Benchmark"),
                 Text::tr("Benchmark figure", "the benchmark's value"), Text::tr("Difference")},
                rows)});
    }

    // Opportunities.
    {
        std::vector<QStringList> rows;
        for (const Opportunity& o : b.opportunities) {
            if (customer && o.status == OpportunityStatus::Rejected)
                continue; // what they embraced or are weighing, in their words
            QString champion;
            for (const Contact& c : b.contacts)
                if (c.id == o.championContactId && o.championContactId != kNoId)
                    champion = c.name;
            QString lift;
            if (o.liftValue != 0.0) {
                lift = o.liftKind == LiftKind::Percent
                           ? Text::tr("%1%").arg(f.number(o.liftValue))
                           : f.money(Money{static_cast<qint64>(std::llround(o.liftValue)),
                                           p.value.currency});
            }
            const QString status = EnumTraits<OpportunityStatus>::name(o.status);
            rows.push_back(customer ? QStringList{o.title, lift, champion, o.description}
                                    : QStringList{o.title, lift, champion, status, o.description});
        }
        QStringList header{Text::tr("Opportunity"), Text::tr("Estimated lift"),
                           Text::tr("Champion")};
        if (!customer)
            header.append(Text::tr("Status"));
        header.append(Text::tr("Description"));
        addSection(doc, QStringLiteral("opportunities"), Text::tr("Opportunities"),
                   {tableBlock(header, rows)});
    }

    // The customer's negotiation part is the terms: what was agreed and on what
    // basis, and each side's stated position per lever.
    if (customer) {
        Fields fields;
        addField(fields, Text::tr("Signed on"), f.date(p.signedOn));
        addField(fields, Text::tr("Agreement"), p.agreementSummary);
        std::vector<QStringList> levers;
        if (b.negotiation) {
            addField(fields, Text::tr("Objective criteria"), b.negotiation->objectiveCriteria);
            for (const LeverPosition& l : b.negotiation->levers)
                if (!l.ourPosition.isEmpty() || !l.theirPosition.isEmpty())
                    levers.push_back({leverName(l.lever), l.ourPosition, l.theirPosition});
        }
        addSection(doc, QStringLiteral("terms"), Text::tr("Terms"),
                   {fieldsBlock(fields), tableBlock({Text::tr("Lever"), Text::tr("Our position"),
                                                     Text::tr("Your position", "the customer's")},
                                                    levers, Text::tr("Positions"))});
        return doc;
    }

    // Negotiation worksheet.
    {
        std::vector<SummaryBlock> blocks;
        if (b.negotiation) {
            const Negotiation& n = *b.negotiation;
            Fields fields;
            addField(fields, Text::tr("Our BATNA"), n.ourBatna);
            addField(fields, Text::tr("Their BATNA (estimated)"), n.theirBatna);
            addField(fields, Text::tr("Their interests"), n.theirInterests);
            addField(fields, Text::tr("Our interests"), n.ourInterests);
            addField(fields, Text::tr("Objective criteria"), n.objectiveCriteria);
            if (!fields.empty())
                addField(fields, Text::tr("Our stance"),
                         Text::tr("%1 of 5 (1 cooperative … 5 competitive)").arg(n.stance));
            blocks.push_back(fieldsBlock(fields));
            std::vector<QStringList> levers;
            const auto priority = [](int v) { return v > 0 ? QString::number(v) : QString(); };
            for (const LeverPosition& l : n.levers) {
                if (l.ourPriority == 0 && l.theirPriority == 0 && l.ourPosition.isEmpty() &&
                    l.theirPosition.isEmpty() && l.ourConcession.isEmpty() &&
                    l.theirConcession.isEmpty())
                    continue;
                levers.push_back({leverName(l.lever), priority(l.ourPriority),
                                  priority(l.theirPriority), l.ourPosition, l.theirPosition,
                                  l.ourConcession, l.theirConcession});
            }
            const bool anyLever = !levers.empty();
            blocks.push_back(
                tableBlock({Text::tr("Lever"), Text::tr("Our priority"), Text::tr("Their priority"),
                            Text::tr("Our position"), Text::tr("Their position"),
                            Text::tr("Our concession"), Text::tr("Their concession")},
                           levers, Text::tr("Levers")));
            if (anyLever) {
                const WinWinCheck check = checkWinWin(n, b.tradables);
                SummaryBlock winWin;
                winWin.kind = SummaryBlock::Kind::Text;
                winWin.caption = Text::tr("Win-win check");
                QStringList lines{check.summary};
                for (const WinWinWarning& w : check.warnings)
                    lines.append(w.message);
                winWin.text = lines.join(QLatin1Char('\n'));
                blocks.push_back(winWin);
            }
        }
        std::vector<QStringList> tradables;
        for (const Tradable& t : b.tradables)
            tradables.push_back(
                {EnumTraits<Side>::name(t.side), t.item, t.valueToOther, t.costToGive});
        blocks.push_back(tableBlock({Text::tr("Side"), Text::tr("Item"),
                                     Text::tr("Value to the other side"), Text::tr("Cost to give")},
                                    tradables, Text::tr("Tradables")));
        addSection(doc, QStringLiteral("negotiation"), Text::tr("Negotiation worksheet"), blocks);
    }

    // Planned activities, ours: the open ones, due first at the top.
    if (!customer) {
        std::vector<Activity> open;
        std::copy_if(b.activities.begin(), b.activities.end(), std::back_inserter(open),
                     [](const Activity& a) { return a.isOpen(); });
        std::sort(open.begin(), open.end(), [](const Activity& x, const Activity& y) {
            return std::tuple(x.dueOn, x.dueMinute, x.id) < std::tuple(y.dueOn, y.dueMinute, y.id);
        });
        std::vector<QStringList> rows;
        for (const Activity& a : open) {
            QString due = f.date(a.dueOn);
            if (a.hasDueTime())
                due += QLatin1Char(' ') +
                       options.locale.toString(QTime(a.dueMinute / 60, a.dueMinute % 60),
                                               shortTimeFormat(options.locale));
            if (activityState(a, now, options.zone) == ActivityState::Overdue)
                due = Text::tr("%1 (overdue)").arg(due);
            rows.push_back({due, activityKindName(a.kind), a.title, a.owner});
        }
        addSection(doc, QStringLiteral("activities"), Text::tr("Planned activities"),
                   {tableBlock(
                       {Text::tr("Due"), Text::tr("Activity"), Text::tr("What"), Text::tr("Owner")},
                       rows)});
    }
    return doc;
}

} // namespace accord::core
