#include "CrmImport.h"

#include "core/Parse.h"
#include "core/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace accord::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::io", text);
}

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
        throw InputError(line(), h, tr("Line %1, field \"%2\": %3").arg(line()).arg(h, message));
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

} // namespace

QString ImportReport::text(bool dryRun) const
{
    QString out = dryRun ? tr("Would create %1 prospect(s) and %2 contact(s) from %3 row(s).")
                               .arg(prospects)
                               .arg(contacts)
                               .arg(rows)
                         : tr("Created %1 prospect(s) and %2 contact(s) from %3 row(s).")
                               .arg(prospects)
                               .arg(contacts)
                               .arg(rows);
    if (notes > 0)
        out += QLatin1Char(' ') +
               tr("%1 note(s) kept as an \"Imported notes\" entry in the meetings.").arg(notes);
    if (unknownStages > 0)
        out += QLatin1Char(' ') +
               tr("%1 row(s) had a stage or status Accord does not know: they start in "
                  "stage 1 (see the warnings).")
                   .arg(unknownStages);
    if (skippedRows > 0)
        out += QLatin1Char(' ') + tr("%1 blank row(s) skipped.").arg(skippedRows);
    return out;
}

CsvImportPlan planCsvImport(const CsvTable& table, const CsvImportOptions& options)
{
    const ColumnMapping& mapping = options.mapping;
    if (!mapping.has(ImportField::Name))
        throw InputError(1, importFieldKey(ImportField::Name),
                         tr("No column is mapped to the prospect name: map one with "
                            "name=HEADER."));
    for (const auto& [field, header] : mapping.columns)
        if (table.columnOf(header) < 0)
            throw InputError(1, header,
                             tr("Line 1: the file has no column \"%1\" (mapped to %2).")
                                 .arg(header, importFieldKey(field)));

    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    CsvImportPlan plan;
    std::map<QString, std::size_t> byName; // case-folded name → bundle index
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
        if (p.name.isEmpty())
            row.fail(ImportField::Name, tr("the prospect name is empty."));
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
                row.fail(ImportField::Value, tr("\"%1\" is in %2, but the currency column says %3.")
                                                 .arg(valueText, *named, currency));
            const auto money = parseMoney(valueText, p.value.currency);
            if (!money || money->minor < 0)
                row.fail(ImportField::Value,
                         tr("\"%1\" is not an amount of money.").arg(valueText));
            p.value = *money;
        }
        static const QRegularExpression isoCurrency(QStringLiteral("^[A-Z]{3}$"));
        if (!isoCurrency.match(p.value.currency).hasMatch())
            row.fail(ImportField::Currency,
                     tr("\"%1\" is not a three-letter currency code.").arg(p.value.currency));

        // Stage and status: either column may carry either (CRMs put "Closed Won" in the stage).
        for (ImportField f : {ImportField::Stage, ImportField::Status}) {
            const QString text = row.value(f);
            if (text.isEmpty())
                continue;
            const auto meaning = options.values.find(text);
            if (!meaning) {
                ++plan.report.unknownStages;
                plan.report.warnings.append(
                    tr("Line %1: %2 \"%3\" is not in the value table; the prospect starts in "
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
        if (p.status == Status::Lost && p.lostReason.isEmpty())
            p.lostReason = tr("Imported as lost");

        const QString createdText = row.value(ImportField::Created);
        if (!createdText.isEmpty()) {
            if (const auto d = parseDate(createdText)) {
                p.createdAt = startOfDayUtc(*d);
            } else if (const auto t = parseDateTime(createdText, options.zone)) {
                p.createdAt = *t;
            } else {
                row.fail(ImportField::Created, tr("\"%1\" is not a date.").arg(createdText));
            }
        }
        if (!p.createdAt.isValid())
            p.createdAt = now;
        p.updatedAt = now;
        p.stageEnteredAt = p.stage == Stage::Informative ? p.createdAt : now;
        if (p.status == Status::Won)
            p.signedOn = p.createdAt.date();

        p.nextStep = row.value(ImportField::NextStep);
        const QString dueText = row.value(ImportField::NextStepDue);
        if (!dueText.isEmpty()) {
            const auto d = parseDate(dueText);
            if (d) {
                p.nextStepDue = *d;
            } else if (const auto t = parseDateTime(dueText, options.zone)) {
                p.nextStepDue = t->toTimeZone(options.zone).date();
            } else {
                row.fail(ImportField::NextStepDue, tr("\"%1\" is not a date.").arg(dueText));
            }
            if (p.nextStep.isEmpty())
                p.nextStep = row.header(ImportField::NextStepDue)
                                     .contains(QStringLiteral("close"), Qt::CaseInsensitive)
                                 ? tr("Expected close")
                                 : tr("Follow up");
        }

        try {
            validate(p);
        } catch (const ValidationError& e) {
            const auto f = importFieldForValidation(e.field(), false);
            row.fail(f.value_or(ImportField::Name), e.message());
        }

        std::optional<Contact> contact;
        Contact c;
        c.name = row.value(ImportField::ContactName);
        c.title = row.value(ImportField::ContactTitle);
        c.email = row.value(ImportField::ContactEmail);
        c.phone = row.value(ImportField::ContactPhone);
        if (!c.name.isEmpty() || !c.email.isEmpty() || !c.phone.isEmpty()) {
            if (c.name.isEmpty())
                c.name = !c.email.isEmpty() ? c.email : c.phone;
            try {
                validate(c);
            } catch (const ValidationError& e) {
                const auto f = importFieldForValidation(e.field(), true);
                row.fail(f.value_or(ImportField::ContactName), e.message());
            }
            contact = c;
        }

        const QString notes = row.value(ImportField::Notes);
        std::optional<Meeting> noteEntry;
        if (!notes.isEmpty()) {
            Meeting m;
            m.occurredAt = p.createdAt;
            m.kind = MeetingKind::Email;
            m.stageAtTime = p.stage;
            m.summary = tr("Imported notes");
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
        };

        // The same organisation on several rows (one row per deal or per person): one prospect.
        const QString nameKey = p.name.toCaseFolded();
        const auto existing = byName.find(nameKey);
        if (existing != byName.end()) {
            plan.report.warnings.append(
                tr("Line %1: \"%2\" already appeared above; its contact and notes are added to "
                   "that prospect.")
                    .arg(row.line())
                    .arg(p.name));
            addRowTo(plan.bundles[existing->second]);
            continue;
        }
        ProspectBundle b;
        b.prospect = p;
        addRowTo(b);
        byName.emplace(nameKey, plan.bundles.size());
        plan.bundles.push_back(std::move(b));
        ++plan.report.prospects;
    }
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
            ids.push_back(id);
        }
    });
    return ids;
}

} // namespace accord::core
