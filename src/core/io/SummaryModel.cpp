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

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    // Counts read "1 day", "2 days" even where no translation is loaded.
    return n >= 0 ? translateCount("accord::summary", text, n, disambiguation)
                  : QCoreApplication::translate("accord::summary", text, disambiguation, n);
}

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
    doc.subtitle = tr("%1 · %n day(s) in stage · %2", nullptr, doc.daysInStage)
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
        doc.subtitle = tr("Prepared on %1").arg(f.date(now.toTimeZone(options.zone).date()));
    }

    // Profile. The customer reads who they are to us, not our figures.
    if (customer) {
        Fields fields;
        addField(fields, tr("Industry"), p.industry);
        addField(fields, tr("Segment"), p.segment);
        addField(fields, tr("Website"), p.website);
        addSection(doc, QStringLiteral("profile"), tr("Profile"), {fieldsBlock(fields)});
    } else {
        Fields fields;
        addField(fields, tr("Owner"), p.owner);
        addField(fields, tr("Industry"), p.industry);
        addField(fields, tr("Segment"), p.segment);
        addField(fields, tr("Website"), p.website);
        addField(fields, tr("Status"), statusName(p.status));
        if (p.status == Status::Lost)
            addField(fields, tr("Lost because"), p.lostReason);
        if (p.value.minor != 0)
            addField(fields, tr("Estimated annual value"), f.money(p.value));
        addField(fields, tr("Tags"), b.tags.join(QStringLiteral(", ")));
        addField(fields, tr("Created"), f.date(p.createdAt.toTimeZone(options.zone).date()));
        addField(fields, tr("Signed on"), f.date(p.signedOn));
        addField(fields, tr("Agreement"), p.agreementSummary);
        if (p.deletedAt.isValid())
            addField(fields, tr("In the trash since"), f.dateTime(p.deletedAt));
        addSection(doc, QStringLiteral("profile"), tr("Profile"), {fieldsBlock(fields)});
    }

    // Stage and days in it.
    if (!customer) {
        Fields fields;
        addField(fields, tr("Stage"),
                 tr("%1. %2").arg(static_cast<int>(p.stage)).arg(stageName(p.stage)));
        addField(fields, tr("In this stage since"),
                 f.date(p.stageEnteredAt.toTimeZone(options.zone).date()));
        addField(fields, tr("Days in stage"), QString::number(doc.daysInStage));
        addSection(doc, QStringLiteral("stage"), tr("Stage"), {fieldsBlock(fields)});
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
                change = tr("%1 → %2").arg(stageShortName(c.fromStage), stageShortName(c.toStage));
            if (c.fromStatus != c.toStatus) {
                const QString status =
                    tr("%1 → %2").arg(statusName(c.fromStatus), statusName(c.toStatus));
                change = change.isEmpty() ? status : change + QStringLiteral("; ") + status;
            }
            QString reason = c.reason;
            if (c.gateOverride)
                reason =
                    reason.isEmpty() ? tr("gate override") : tr("gate override: %1").arg(reason);
            rows.push_back({f.dateTime(c.at), change, c.by, reason});
        }
        addSection(doc, QStringLiteral("timeline"), tr("Stage timeline"),
                   {tableBlock({tr("When"), tr("Change"), tr("By"), tr("Reason")}, rows)});
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
                    how = tr("Ticked by %1 on %2")
                              .arg(tick->checkedBy,
                                   f.date(tick->checkedAt.toTimeZone(options.zone).date()));
                else if (tick && !tick->checkedBy.isEmpty())
                    how = tr("Ticked by %1").arg(tick->checkedBy);
                else
                    how = tr("Ticked by hand");
            } else if (r.criterion.rule == GateRule::Manual) {
                how = tr("To be ticked by hand");
            } else {
                how = tr("Automatic: %1").arg(gateRuleDescription(r.criterion.rule));
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
        summary.text = tr("%1 of %2 exit criteria of %3 met.")
                           .arg(doc.currentGate.metCount())
                           .arg(doc.currentGate.total())
                           .arg(stageName(p.stage));
        addSection(doc, QStringLiteral("gate"), tr("Gate status"),
                   {summary, tableBlock({tr("Met"), tr("Criterion"), tr("How"), tr("Why")}, rows)});
    }

    // Contacts.
    {
        std::vector<QStringList> rows;
        for (const Contact& c : b.contacts)
            rows.push_back({c.name, c.title, contactRoleName(c.role), c.email, c.phone});
        addSection(
            doc, QStringLiteral("contacts"), tr("Contacts"),
            {tableBlock({tr("Name"), tr("Title"), tr("Role"), tr("Email"), tr("Phone")}, rows)});
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
            e.title = tr("%1 · %2").arg(f.dateTime(m.occurredAt), meetingKindName(m.kind));
            if (!m.summary.isEmpty())
                e.title += QStringLiteral(" · ") + m.summary;
            if (!customer)
                addField(e.fields, tr("Stage"), stageShortName(m.stageAtTime));
            if (m.durationMinutes > 0)
                addField(e.fields, tr("Duration"), tr("%n minute(s)", nullptr, m.durationMinutes));
            addField(e.fields, tr("Attendees"), m.attendees);
            if (customer) {
                // Our notes, what we learned, our next step and who logged it stay in.
                addField(e.fields, tr("Shared"), m.shared);
                block.entries.push_back(std::move(e));
                continue;
            }
            addField(e.fields, tr("Notes"), m.notes);
            addField(e.fields, tr("We shared"), m.shared);
            addField(e.fields, tr("We learned"), m.learned);
            if (!m.nextStep.isEmpty())
                addField(e.fields, tr("Next step"),
                         m.nextStepDue.isValid()
                             ? tr("%1 (due %2)").arg(m.nextStep, f.date(m.nextStepDue))
                             : m.nextStep);
            addField(e.fields, tr("Logged by"), m.loggedBy);
            block.entries.push_back(std::move(e));
        }
        addSection(doc, QStringLiteral("meetings"), tr("Meetings"), {block});
    }

    // Insights shared.
    {
        SummaryBlock block;
        block.kind = SummaryBlock::Kind::Entries;
        for (const Insight& i : b.insights) {
            SummaryBlock::Entry e;
            e.title = i.title;
            addField(e.fields, tr("Shared on"), f.date(i.sharedOn));
            addField(e.fields, tr("Source"), i.source);
            if (i.meetingId != kNoId) {
                for (const Meeting& m : b.meetings)
                    if (m.id == i.meetingId)
                        addField(e.fields, tr("At the meeting"),
                                 tr("%1 · %2").arg(f.dateTime(m.occurredAt),
                                                   m.summary.isEmpty() ? meetingKindName(m.kind)
                                                                       : m.summary));
            }
            addField(e.fields, tr("Insight"), i.body);
            block.entries.push_back(std::move(e));
        }
        addSection(doc, QStringLiteral("insights"), tr("Insights shared"), {block});
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
        QStringList header{tr("Item"), tr("Requested"), tr("Status"), tr("Received")};
        if (!customer)
            header.append(tr("Note"));
        addSection(doc, QStringLiteral("data_requests"), tr("Data requests"),
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
        addSection(doc, QStringLiteral("metrics"), tr("Metrics and benchmarks"),
                   {tableBlock({tr("Metric"), tr("Period"), tr("Unit"),
                                tr("Their figure", "the prospect's own value"), tr("Benchmark"),
                                tr("Benchmark figure", "the benchmark's value"), tr("Difference")},
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
                           ? tr("%1%").arg(f.number(o.liftValue))
                           : f.money(Money{static_cast<qint64>(std::llround(o.liftValue)),
                                           p.value.currency});
            }
            const QString status = EnumTraits<OpportunityStatus>::name(o.status);
            rows.push_back(customer ? QStringList{o.title, lift, champion, o.description}
                                    : QStringList{o.title, lift, champion, status, o.description});
        }
        QStringList header{tr("Opportunity"), tr("Estimated lift"), tr("Champion")};
        if (!customer)
            header.append(tr("Status"));
        header.append(tr("Description"));
        addSection(doc, QStringLiteral("opportunities"), tr("Opportunities"),
                   {tableBlock(header, rows)});
    }

    // The customer's negotiation part is the terms: what was agreed and on what
    // basis, and each side's stated position per lever.
    if (customer) {
        Fields fields;
        addField(fields, tr("Signed on"), f.date(p.signedOn));
        addField(fields, tr("Agreement"), p.agreementSummary);
        std::vector<QStringList> levers;
        if (b.negotiation) {
            addField(fields, tr("Objective criteria"), b.negotiation->objectiveCriteria);
            for (const LeverPosition& l : b.negotiation->levers)
                if (!l.ourPosition.isEmpty() || !l.theirPosition.isEmpty())
                    levers.push_back({leverName(l.lever), l.ourPosition, l.theirPosition});
        }
        addSection(doc, QStringLiteral("terms"), tr("Terms"),
                   {fieldsBlock(fields), tableBlock({tr("Lever"), tr("Our position"),
                                                     tr("Your position", "the customer's")},
                                                    levers, tr("Positions"))});
        return doc;
    }

    // Negotiation worksheet.
    {
        std::vector<SummaryBlock> blocks;
        if (b.negotiation) {
            const Negotiation& n = *b.negotiation;
            Fields fields;
            addField(fields, tr("Our BATNA"), n.ourBatna);
            addField(fields, tr("Their BATNA (estimated)"), n.theirBatna);
            addField(fields, tr("Their interests"), n.theirInterests);
            addField(fields, tr("Our interests"), n.ourInterests);
            addField(fields, tr("Objective criteria"), n.objectiveCriteria);
            if (!fields.empty())
                addField(fields, tr("Our stance"),
                         tr("%1 of 5 (1 cooperative … 5 competitive)").arg(n.stance));
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
            blocks.push_back(tableBlock({tr("Lever"), tr("Our priority"), tr("Their priority"),
                                         tr("Our position"), tr("Their position"),
                                         tr("Our concession"), tr("Their concession")},
                                        levers, tr("Levers")));
            if (anyLever) {
                const WinWinCheck check = checkWinWin(n, b.tradables);
                SummaryBlock winWin;
                winWin.kind = SummaryBlock::Kind::Text;
                winWin.caption = tr("Win-win check");
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
        blocks.push_back(
            tableBlock({tr("Side"), tr("Item"), tr("Value to the other side"), tr("Cost to give")},
                       tradables, tr("Tradables")));
        addSection(doc, QStringLiteral("negotiation"), tr("Negotiation worksheet"), blocks);
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
                due = tr("%1 (overdue)").arg(due);
            rows.push_back({due, activityKindName(a.kind), a.title, a.owner});
        }
        addSection(doc, QStringLiteral("activities"), tr("Planned activities"),
                   {tableBlock({tr("Due"), tr("Activity"), tr("What"), tr("Owner")}, rows)});
    }
    return doc;
}

} // namespace accord::core
