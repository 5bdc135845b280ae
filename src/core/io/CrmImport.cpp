#include "CrmImport.h"

#include "core/CloseDates.h"
#include "core/Money.h"
#include "core/Parse.h"
#include "core/Validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::io)
};

/// The values of one CSV row by field.
class RowView
{
public:
    RowView(const CsvTable& table, const ColumnMapping& mapping, std::size_t row)
        : m_table(table), m_mapping(mapping), m_row(row)
    {}
    int line() const { return m_table.lines[m_row]; }
    QString header(ImportField f) const { return m_mapping.headerFor(f); }
    QString value(ImportField f) const
    {
        const QString h = m_mapping.headerFor(f);
        if (h.isEmpty())
            return {};
        const int column = m_table.columnOf(h);
        if (column < 0)
            return {};
        return m_table.rows[m_row].at(column).trimmed();
    }
    [[noreturn]] void fail(ImportField f, const QString& message) const
    {
        const QString h = header(f).isEmpty() ? importFieldKey(f) : header(f);
        throw InputError(line(), h,
                         Text::tr("Line %1, field \"%2\": %3").arg(line()).arg(h, message));
    }

private:
    const CsvTable& m_table;
    const ColumnMapping& m_mapping;
    std::size_t m_row;
};

QDateTime startOfDayUtc(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc());
}

/// The order the file's numeric dates are in: the one asked for, else the one
/// its date columns show (a date such as 30/01/2026 reads only day first).
/// Throws InputError when they show both.
DateOrder fileDateOrder(const CsvTable& table, const ColumnMapping& mapping, DateOrder asked)
{
    if (asked != DateOrder::Auto)
        return asked;
    struct Seen
    {
        int line = 0;
        QString header;
        QString text;
    };
    std::map<DateOrder, Seen> seen;
    for (ImportField f :
         {ImportField::Created, ImportField::NextStepDue, ImportField::ExpectedClose}) {
        const int column = mapping.has(f) ? table.columnOf(mapping.headerFor(f)) : -1;
        if (column < 0)
            continue;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const QString& text = table.rows[r].at(column);
            const auto order = dateOrderEvidence(text);
            if (!order || seen.contains(*order))
                continue;
            seen[*order] = Seen{table.lines[r], mapping.headerFor(f), text.trimmed()};
        }
    }
    if (seen.size() == 2) {
        const Seen& dmy = seen[DateOrder::DMY];
        const Seen& mdy = seen[DateOrder::MDY];
        const Seen& later = dmy.line > mdy.line ? dmy : mdy;
        throw InputError(
            later.line, later.header,
            Text::tr("Line %1, field \"%2\": \"%3\" reads only day first, but \"%4\" on "
                     "line %5 reads only month first; say which order the file's dates "
                     "are in (DMY or MDY).")
                .arg(dmy.line)
                .arg(dmy.header, dmy.text, mdy.text)
                .arg(mdy.line));
    }
    return seen.empty() ? DateOrder::Auto : seen.begin()->first;
}

/// A date column's cell: its date, and its time when it has one (else invalid).
struct CellDate
{
    QDate date;
    QDateTime time;
};

std::optional<CellDate> readDate(const RowView& row, ImportField f, DateOrder order,
                                 const QTimeZone& zone)
{
    const QString text = row.value(f);
    if (text.isEmpty())
        return std::nullopt;
    bool ambiguous = false;
    bool refused = false;
    const QString iso = isoDateText(text, order, &ambiguous, &refused);
    if (ambiguous)
        row.fail(f, Text::tr("\"%1\" reads both day first and month first; say which order the "
                             "file's dates are in (DMY or MDY).")
                        .arg(text));
    if (refused)
        row.fail(f, Text::tr("\"%1\" is not a date in year-month-day order (YMD).").arg(text));
    if (const auto d = parseDate(iso))
        return CellDate{*d, {}};
    if (const auto t = parseDateTime(iso, zone))
        return CellDate{t->toTimeZone(zone).date(), *t};
    row.fail(f, Text::tr("\"%1\" is not a date.").arg(text));
}

/// The row's contact, if it names one. An email address that is not one is
/// left out with a warning (the row still imports); other bad values refuse it.
std::optional<Contact> readContact(const RowView& row, ImportReport& report)
{
    Contact c;
    c.name = row.value(ImportField::ContactName);
    c.title = row.value(ImportField::ContactTitle);
    c.email = row.value(ImportField::ContactEmail);
    c.phone = row.value(ImportField::ContactPhone);
    if (!c.email.isEmpty()) {
        Contact probe;
        probe.name = QStringLiteral("-");
        probe.email = c.email;
        try {
            validate(probe);
        } catch (const ValidationError&) {
            const bool alone = c.name.isEmpty() && c.phone.isEmpty();
            report.warnings.append(
                (alone
                     ? Text::tr(
                           "Line %1: \"%2\" is not an email address and the row names no other "
                           "contact details, so it has no contact; the prospect is imported.")
                     : Text::tr("Line %1: \"%2\" is not an email address; the contact is imported "
                                "without it."))
                    .arg(row.line())
                    .arg(c.email.left(200)));
            c.email.clear();
        }
    }
    if (c.name.isEmpty() && c.email.isEmpty() && c.phone.isEmpty())
        return std::nullopt;
    if (c.name.isEmpty())
        c.name = !c.email.isEmpty() ? c.email : c.phone;
    try {
        validate(c);
    } catch (const ValidationError& e) {
        const auto f = importFieldForValidation(e.field(), true);
        row.fail(f.value_or(ImportField::ContactName), e.message());
    }
    return c;
}

/// One row's deal, as the prospect's imported notes list it when rows merge.
struct Deal
{
    int line = 0;
    QString title;
    std::optional<Money> value;
};

/// Adds a later row's deal value to the prospect its organisation names.
void addDealValue(const RowView& row, Prospect& prospect, const std::vector<Deal>& earlier,
                  const Deal& deal, ImportReport& report)
{
    if (!deal.value)
        return;
    const bool valued = std::any_of(earlier.begin(), earlier.end(),
                                    [](const Deal& d) { return d.value.has_value(); });
    if (!valued) {
        prospect.value = *deal.value;
        return;
    }
    if (deal.value->currency != prospect.value.currency) {
        report.warnings.append(
            Text::tr("Line %1: the deal's value is in %2, the earlier deals of \"%3\" in %4; it is "
                     "listed in the prospect's imported notes but not added to its value.")
                .arg(row.line())
                .arg(deal.value->currency, prospect.name, prospect.value.currency));
        return;
    }
    qint64 sum = 0;
    if (__builtin_add_overflow(prospect.value.minor, deal.value->minor, &sum) ||
        sum > maxMinor(prospect.value.currency))
        row.fail(
            ImportField::Value,
            Text::tr("the deals of \"%1\" add up to more than Accord takes (%2 %3).")
                .arg(prospect.name, QLocale().toString(kMaxMoneyMajor), prospect.value.currency));
    prospect.value.minor = sum;
}

/// "Deals imported from the file:" and one line per deal, for the notes.
QString dealList(const std::vector<Deal>& deals)
{
    constexpr std::size_t kListed = 1000;
    QStringList lines{Text::tr("Deals imported from the file:")};
    for (std::size_t i = 0; i < deals.size() && i < kListed; ++i) {
        const Deal& d = deals[i];
        const QString title = d.title.isEmpty() ? Text::tr("(no title)") : d.title.left(200);
        const QString value = d.value ? formatMoney(*d.value, QLocale::c()) : Text::tr("no value");
        lines << Text::tr("- %1: %2 (line %3)").arg(title, value).arg(d.line);
    }
    if (deals.size() > kListed)
        lines << Text::tr("… and %1 more.").arg(deals.size() - kListed);
    return lines.join(QLatin1Char('\n'));
}

/// Lists the deals of each prospect that more than one row named in its
/// imported notes (a notes entry of their own when the notes are long).
void listMergedDeals(CsvImportPlan& plan, const std::vector<std::vector<Deal>>& deals)
{
    for (std::size_t i = 0; i < plan.bundles.size(); ++i) {
        if (deals[i].size() < 2)
            continue;
        ProspectBundle& b = plan.bundles[i];
        const QString list = dealList(deals[i]);
        if (!b.meetings.empty() &&
            b.meetings.front().notes.size() + list.size() + 2 <= kMaxLongText) {
            b.meetings.front().notes += QStringLiteral("\n\n") + list;
            continue;
        }
        Meeting m;
        m.occurredAt = b.prospect.createdAt;
        m.kind = MeetingKind::Email;
        m.stageAtTime = b.prospect.stage;
        m.summary = Text::tr("Imported notes");
        m.notes = list;
        m.loggedBy = b.prospect.owner;
        b.meetings.insert(b.meetings.begin(), m);
        ++plan.report.notes;
    }
}

} // namespace

QString ImportReport::text(bool dryRun) const
{
    QString out = dryRun ? Text::tr("Would create %1 prospect(s) and %2 contact(s) from %3 row(s).")
                               .arg(prospects)
                               .arg(contacts)
                               .arg(rows)
                         : Text::tr("Created %1 prospect(s) and %2 contact(s) from %3 row(s).")
                               .arg(prospects)
                               .arg(contacts)
                               .arg(rows);
    if (notes > 0)
        out +=
            QLatin1Char(' ') +
            Text::tr("%1 note(s) kept as an \"Imported notes\" entry in the meetings.").arg(notes);
    if (mergedDeals > 0)
        out += QLatin1Char(' ') + Text::tr("%1 deal(s) joined a prospect named on an earlier row: "
                                           "their values are added up and listed in its notes.")
                                      .arg(mergedDeals);
    if (unknownStages > 0)
        out += QLatin1Char(' ') +
               Text::tr("%1 row(s) had a stage or status Accord does not know: they start in "
                        "stage 1 (see the warnings).")
                   .arg(unknownStages);
    if (skippedRows > 0)
        out += QLatin1Char(' ') +
               Text::tr("%1 row(s) skipped: blank, or without a prospect name.").arg(skippedRows);
    return out;
}

CsvImportPlan planCsvImport(const CsvTable& table, const CsvImportOptions& options)
{
    const ColumnMapping& mapping = options.mapping;
    if (!mapping.has(ImportField::Name))
        throw InputError(1, importFieldKey(ImportField::Name),
                         Text::tr("No column is mapped to the prospect name: map one with "
                                  "name=HEADER."));
    for (const auto& [field, header] : mapping.columns)
        if (table.columnOf(header) < 0)
            throw InputError(1, header,
                             Text::tr("Line 1: the file has no column \"%1\" (mapped to %2).")
                                 .arg(header, importFieldKey(field)));

    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    CsvImportPlan plan;
    const DateOrder order = fileDateOrder(table, mapping, options.dateOrder);
    plan.report.dateOrder = order;
    std::map<QString, std::size_t> byName; // case-folded name → bundle index
    std::vector<std::vector<Deal>> deals;  // per bundle, one per row that named it
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const RowView row(table, mapping, r);
        ++plan.report.rows;
        bool blank = true;
        for (const QString& cell : table.rows[r])
            blank = blank && cell.trimmed().isEmpty();
        if (blank) {
            ++plan.report.skippedRows;
            continue;
        }

        Prospect p;
        p.name = row.value(ImportField::Name);
        if (p.name.isEmpty()) {
            ++plan.report.skippedRows;
            plan.report.warnings.append(
                Text::tr("Line %1: the prospect name (column \"%2\") is empty; the row is skipped.")
                    .arg(row.line())
                    .arg(row.header(ImportField::Name)));
            continue;
        }
        p.owner = row.value(ImportField::Owner);
        if (p.owner.isEmpty())
            p.owner = options.defaultOwner;
        p.industry = row.value(ImportField::Industry);
        p.segment = row.value(ImportField::Segment);
        p.website = row.value(ImportField::Website);

        const QString currency = row.value(ImportField::Currency).toUpper();
        p.value.currency = currency.isEmpty() ? options.defaultCurrency : currency;
        const QString valueText = row.value(ImportField::Value);
        if (!valueText.isEmpty()) {
            // "€40k" is euros: a symbol or code in the value must agree with the currency column.
            const auto named = currencyNamedIn(valueText);
            if (named && !currency.isEmpty() && *named != currency)
                row.fail(ImportField::Value,
                         Text::tr("\"%1\" is in %2, but the currency column says %3.")
                             .arg(valueText, *named, currency));
            const auto money = parseMoney(valueText, p.value.currency);
            if (!money || money->minor < 0)
                row.fail(ImportField::Value,
                         Text::tr("\"%1\" is not an amount of money.").arg(valueText));
            p.value = *money;
        }
        static const QRegularExpression isoCurrency(QStringLiteral("^[A-Z]{3}$"));
        if (!isoCurrency.match(p.value.currency).hasMatch())
            row.fail(ImportField::Currency,
                     Text::tr("\"%1\" is not a three-letter currency code.").arg(p.value.currency));

        // Stage and status: either column may carry either (CRMs put "Closed Won" in the stage).
        for (ImportField f : {ImportField::Stage, ImportField::Status}) {
            const QString text = row.value(f);
            if (text.isEmpty())
                continue;
            const auto meaning = options.values.find(text);
            if (!meaning) {
                ++plan.report.unknownStages;
                plan.report.warnings.append(
                    Text::tr("Line %1: %2 \"%3\" is not in the value table; the prospect starts in "
                             "stage 1 (%4).")
                        .arg(row.line())
                        .arg(row.header(f), text, stageName(Stage::Informative)));
                continue;
            }
            if (meaning->stage)
                p.stage = *meaning->stage;
            if (meaning->status)
                p.status = *meaning->status;
        }
        if (p.status == Status::Won)
            p.stage = Stage::Partnership;
        if (p.stage == Stage::Partnership && p.status != Status::Lost)
            p.status = Status::Won;
        // A lost reason names a reason of the list (label or key); other text is kept
        // as the note of reason "other".
        if (const QString lost = row.value(ImportField::LostReason); !lost.isEmpty()) {
            if (const Reason* known = findReason(options.reasons, lost)) {
                p.reasonCode = known->key;
            } else {
                p.reasonCode = QString::fromLatin1(kOtherReason);
                p.lostReason = lost;
                plan.report.warnings.append(
                    Text::tr("Line %1: %2 \"%3\" is not one of the pipeline's reasons; it is kept "
                             "as the note of reason \"%4\".")
                        .arg(row.line())
                        .arg(row.header(ImportField::LostReason), lost,
                             reasonLabel(options.reasons, p.reasonCode)));
            }
        }
        if (p.status == Status::Lost && p.lostReason.isEmpty() && p.reasonCode.isEmpty())
            p.lostReason = Text::tr("Imported as lost");
        if (p.status != Status::Lost && p.status != Status::Won)
            p.reasonCode.clear();

        if (const auto created = readDate(row, ImportField::Created, order, options.zone))
            p.createdAt = created->time.isValid() ? created->time : startOfDayUtc(created->date);
        if (!p.createdAt.isValid())
            p.createdAt = now;
        p.updatedAt = now;
        p.stageEnteredAt = p.stage == Stage::Informative ? p.createdAt : now;
        if (p.status == Status::Won)
            p.signedOn = p.createdAt.date();

        // The next step becomes the prospect's next planned activity: a task due on
        // its date, or on the day of the import when the file gives none.
        std::optional<Activity> next;
        const auto due = readDate(row, ImportField::NextStepDue, order, options.zone);
        if (!row.value(ImportField::NextStep).isEmpty() || due) {
            Activity a;
            a.kind = ActivityKind::Task;
            a.title = row.value(ImportField::NextStep);
            if (a.title.isEmpty())
                a.title = row.header(ImportField::NextStepDue)
                                  .contains(QStringLiteral("close"), Qt::CaseInsensitive)
                              ? Text::tr("Expected close")
                              : Text::tr("Follow up");
            a.dueOn = due ? due->date : now.toTimeZone(options.zone).date();
            if (due && due->time.isValid()) {
                const QTime local = due->time.toTimeZone(options.zone).time();
                a.dueMinute = local.hour() * 60 + local.minute();
            }
            a.owner = p.owner;
            try {
                Activity check = a;
                check.prospectId = 1; // the id comes when the prospect is written
                validate(check);
            } catch (const ValidationError& e) {
                row.fail(e.field() == QLatin1String("title") ? ImportField::NextStep
                                                             : ImportField::NextStepDue,
                         e.message());
            }
            next = a;
        }
        if (const auto close = readDate(row, ImportField::ExpectedClose, order, options.zone))
            p.expectedClose = close->date;

        try {
            validate(p);
        } catch (const ValidationError& e) {
            const auto f = importFieldForValidation(e.field(), false);
            row.fail(f.value_or(ImportField::Name), e.message());
        }

        const std::optional<Contact> contact = readContact(row, plan.report);

        const QString notes = row.value(ImportField::Notes);
        std::optional<Meeting> noteEntry;
        if (!notes.isEmpty()) {
            Meeting m;
            m.occurredAt = p.createdAt;
            m.kind = MeetingKind::Email;
            m.stageAtTime = p.stage;
            m.summary = Text::tr("Imported notes");
            m.notes = notes;
            m.loggedBy = p.owner;
            try {
                Meeting check = m;
                check.prospectId = 1; // the id comes when the prospect is written
                validate(check);
            } catch (const ValidationError& e) {
                row.fail(ImportField::Notes, e.message());
            }
            noteEntry = m;
        }

        // The row's contact and notes, counted, go to the prospect they belong to.
        auto addRowTo = [&](ProspectBundle& b) {
            if (contact) {
                b.contacts.push_back(*contact);
                ++plan.report.contacts;
            }
            if (noteEntry) {
                b.meetings.push_back(*noteEntry);
                ++plan.report.notes;
            }
            if (next)
                b.activities.push_back(*next);
        };
        Deal deal{row.line(), row.value(ImportField::DealTitle), std::nullopt};
        if (!valueText.isEmpty())
            deal.value = p.value;

        // The same organisation on several rows (one row per deal or per person): one
        // prospect, whose value is what all its deals are worth.
        const QString nameKey = p.name.toCaseFolded();
        const auto existing = byName.find(nameKey);
        if (existing != byName.end()) {
            ProspectBundle& b = plan.bundles[existing->second];
            std::vector<Deal>& earlier = deals[existing->second];
            plan.report.warnings.append(
                Text::tr("Line %1: \"%2\" already appeared above; its deal, contact and notes are "
                         "added to that prospect.")
                    .arg(row.line())
                    .arg(p.name));
            if (deal.value || !deal.title.isEmpty()) { // a row per person carries no deal
                addDealValue(row, b.prospect, earlier, deal, plan.report);
                earlier.push_back(deal);
                ++plan.report.mergedDeals;
            }
            addRowTo(b);
            continue;
        }
        ProspectBundle b;
        b.prospect = p;
        // The close date's history starts with the import (CloseDates.h).
        if (const auto c = closeChangeOf(Prospect{}, p, Text::tr("import"), now))
            b.closeChanges.push_back(*c);
        addRowTo(b);
        byName.emplace(nameKey, plan.bundles.size());
        plan.bundles.push_back(std::move(b));
        deals.push_back(deal.value || !deal.title.isEmpty() ? std::vector<Deal>{deal}
                                                            : std::vector<Deal>{});
        ++plan.report.prospects;
    }
    listMergedDeals(plan, deals);
    return plan;
}

std::vector<Id> applyImport(Store& store, const CsvImportPlan& plan)
{
    std::vector<Id> ids;
    store.transaction([&] {
        for (const ProspectBundle& b : plan.bundles) {
            const Id id = store.prospects().add(b.prospect);
            for (Contact c : b.contacts) {
                c.prospectId = id;
                store.prospects().addContact(c);
            }
            for (Meeting m : b.meetings) {
                m.prospectId = id;
                store.meetings().add(m);
            }
            for (Activity a : b.activities) {
                a.prospectId = id;
                store.activities().add(a);
            }
            for (CloseChange c : b.closeChanges) {
                c.prospectId = id;
                store.prospects().addCloseChange(c);
            }
            ids.push_back(id);
        }
    });
    return ids;
}

} // namespace accord::core
