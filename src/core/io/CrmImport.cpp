#include "CrmImport.h"

#include "core/Parse.h"
#include "core/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace accord::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::io", text);
}

struct FieldInfo
{
    ImportField field;
    const char* key;
    const char* description;
    // Header names seen in exports, in order of preference (normalised when compared).
    std::vector<const char*> headers;
};

// Pipedrive exports prefix columns with the entity ("Deal - Title", "Organization - Name",
// "Person - Email"); HubSpot uses plain labels ("Deal Name", "Company name", "Deal owner");
// Salesforce reports use "Opportunity Name", "Account Name", "Opportunity Owner". The
// organisation is Accord's prospect, so its name comes before the deal's title.
const std::vector<FieldInfo>& fieldTable()
{
    static const std::vector<FieldInfo> table{
        {ImportField::Name,
         "name",
         QT_TRANSLATE_NOOP("accord::io", "Prospect name"),
         {"name", "prospect", "prospect name", "organization - name", "organization name",
          "organization", "company name", "company", "associated company", "account name",
          "account", "deal - organization", "deal - title", "deal name", "deal title",
          "opportunity name", "title"}},
        {ImportField::Owner,
         "owner",
         QT_TRANSLATE_NOOP("accord::io", "Owner (account manager)"),
         {"owner", "account manager", "deal - owner", "deal owner", "opportunity owner",
          "organization - owner", "company owner", "account owner", "owner name", "hubspot owner",
          "assigned to", "sales rep"}},
        {ImportField::Industry,
         "industry",
         QT_TRANSLATE_NOOP("accord::io", "Industry"),
         {"industry", "organization - industry", "company industry", "account industry",
          "account: industry", "vertical", "sector"}},
        {ImportField::Segment,
         "segment",
         QT_TRANSLATE_NOOP("accord::io", "Segment"),
         {"segment", "customer segment", "market segment", "organization - segment", "account type",
          "company type", "type"}},
        {ImportField::Website,
         "website",
         QT_TRANSLATE_NOOP("accord::io", "Website"),
         {"website", "website url", "web site", "url", "organization - website",
          "company domain name", "domain", "account website"}},
        {ImportField::Value,
         "value",
         QT_TRANSLATE_NOOP("accord::io", "Estimated annual value"),
         {"value", "estimated value", "annual value", "deal - value", "deal value", "amount",
          "deal amount", "opportunity amount", "amount in company currency", "expected revenue"}},
        {ImportField::Currency,
         "currency",
         QT_TRANSLATE_NOOP("accord::io", "Currency (ISO code)"),
         {"currency", "deal - currency", "deal currency", "deal currency code", "currency code",
          "opportunity currency", "amount currency", "currency iso code"}},
        {ImportField::Stage,
         "stage",
         QT_TRANSLATE_NOOP("accord::io", "Stage"),
         {"stage", "deal - stage", "deal stage", "opportunity stage", "pipeline stage",
          "stage name"}},
        {ImportField::Status,
         "status",
         QT_TRANSLATE_NOOP("accord::io", "Status"),
         {"status", "deal - status", "deal status", "opportunity status"}},
        {ImportField::Created,
         "created",
         QT_TRANSLATE_NOOP("accord::io", "Created on"),
         {"created", "created at", "created on", "create date", "created date", "creation date",
          "deal - deal created", "deal - add time", "deal created", "organization - add time",
          "date created"}},
        {ImportField::NextStep,
         "next_step",
         QT_TRANSLATE_NOOP("accord::io", "Next step"),
         {"next step", "next_step", "deal - next activity subject", "next activity",
          "next activity subject"}},
        {ImportField::NextStepDue,
         "next_step_due",
         QT_TRANSLATE_NOOP("accord::io", "Next step due"),
         {"next step due", "next_step_due", "due", "due date", "deal - next activity date",
          "next activity date", "close date", "deal - expected close date", "expected close date"}},
        {ImportField::ContactName,
         "contact_name",
         QT_TRANSLATE_NOOP("accord::io", "Contact name"),
         {"contact name", "contact_name", "contact", "contact person", "person - name",
          "person name", "primary contact", "associated contact", "full name"}},
        {ImportField::ContactTitle,
         "contact_title",
         QT_TRANSLATE_NOOP("accord::io", "Contact job title"),
         {"contact title", "contact_title", "job title", "person - job title", "contact job title",
          "position"}},
        {ImportField::ContactEmail,
         "contact_email",
         QT_TRANSLATE_NOOP("accord::io", "Contact email"),
         {"contact email", "contact_email", "email", "e-mail", "email address", "person - email",
          "person - email - work", "contact: email"}},
        {ImportField::ContactPhone,
         "contact_phone",
         QT_TRANSLATE_NOOP("accord::io", "Contact phone"),
         {"contact phone", "contact_phone", "phone", "phone number", "person - phone",
          "person - phone - work", "mobile phone", "contact: phone"}},
        {ImportField::Notes,
         "notes",
         QT_TRANSLATE_NOOP("accord::io", "Notes"),
         {"notes", "note", "description", "deal - notes", "deal description",
          "opportunity description", "comments"}},
    };
    return table;
}

const FieldInfo& infoOf(ImportField f)
{
    for (const FieldInfo& info : fieldTable())
        if (info.field == f)
            return info;
    return fieldTable().front();
}

// Lower case with runs of spaces, dashes, colons and underscores reduced to one space,
// so "Deal - Title", "deal title" and "Deal_Title" compare equal.
QString headerKey(const QString& header)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_:.]+"));
    return header.toLower().replace(separators, QStringLiteral(" ")).trimmed();
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

// Maps a field named by core validation to the import field whose column carries it.
std::optional<ImportField> fieldForValidation(const QString& validationField, bool contact)
{
    const QString k = headerKey(validationField).remove(u' ');
    struct Pair
    {
        const char* key;
        ImportField field;
    };
    static const std::array<Pair, 11> prospectFields{{
        {"name", ImportField::Name},
        {"owner", ImportField::Owner},
        {"industry", ImportField::Industry},
        {"segment", ImportField::Segment},
        {"website", ImportField::Website},
        {"value", ImportField::Value},
        {"currency", ImportField::Currency},
        {"valuecurrency", ImportField::Currency},
        {"nextstep", ImportField::NextStep},
        {"nextstepdue", ImportField::NextStepDue},
        {"createdat", ImportField::Created},
    }};
    static const std::array<Pair, 5> contactFields{{
        {"name", ImportField::ContactName},
        {"title", ImportField::ContactTitle},
        {"email", ImportField::ContactEmail},
        {"phone", ImportField::ContactPhone},
        {"contactname", ImportField::ContactName},
    }};
    if (contact) {
        for (const Pair& p : contactFields)
            if (k == QLatin1String(p.key))
                return p.field;
        return std::nullopt;
    }
    for (const Pair& p : prospectFields)
        if (k == QLatin1String(p.key))
            return p.field;
    return std::nullopt;
}

QDateTime startOfDayUtc(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc());
}

} // namespace

const std::vector<ImportField>& allImportFields()
{
    static const std::vector<ImportField> fields = [] {
        std::vector<ImportField> out;
        for (const FieldInfo& info : fieldTable())
            out.push_back(info.field);
        return out;
    }();
    return fields;
}

QString importFieldKey(ImportField f)
{
    return QString::fromLatin1(infoOf(f).key);
}

std::optional<ImportField> importFieldFromKey(const QString& key)
{
    QString k = key.trimmed().toLower();
    k.replace(u'-', u'_');
    for (const FieldInfo& info : fieldTable())
        if (k == QLatin1String(info.key))
            return info.field;
    return std::nullopt;
}

QString importFieldDescription(ImportField f)
{
    return QCoreApplication::translate("accord::io", infoOf(f).description);
}

QString ColumnMapping::headerFor(ImportField f) const
{
    const auto it = columns.find(f);
    return it == columns.end() ? QString() : it->second;
}

void ColumnMapping::set(ImportField f, const QString& header)
{
    if (header.trimmed().isEmpty())
        columns.erase(f);
    else
        columns[f] = header.trimmed();
}

QString ColumnMapping::toSpec() const
{
    QStringList parts;
    for (const auto& [field, header] : columns)
        parts.append(importFieldKey(field) + QLatin1Char('=') + header);
    return parts.join(QLatin1Char(','));
}

ColumnMapping guessMapping(const QStringList& header)
{
    ColumnMapping mapping;
    std::vector<bool> used(static_cast<std::size_t>(header.size()), false);
    std::vector<QString> keys;
    for (const QString& h : header)
        keys.push_back(headerKey(h));
    for (const FieldInfo& info : fieldTable()) {
        bool found = false;
        for (const char* candidate : info.headers) {
            const QString wanted = headerKey(QString::fromLatin1(candidate));
            for (std::size_t i = 0; i < keys.size() && !found; ++i) {
                if (!used[i] && !keys[i].isEmpty() && keys[i] == wanted) {
                    used[i] = true;
                    mapping.columns[info.field] = header.at(static_cast<qsizetype>(i));
                    found = true;
                }
            }
            if (found)
                break;
        }
    }
    return mapping;
}

ColumnMapping applyMappingSpec(const QString& spec, const QStringList& header, ColumnMapping base)
{
    // "a=X,b=Y": a part without '=' belongs to the previous header (a header with a comma).
    std::vector<std::pair<QString, QString>> pairs;
    for (const QString& part : spec.split(QLatin1Char(','))) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0) {
            if (pairs.empty()) {
                if (part.trimmed().isEmpty())
                    continue;
                throw ValidationError(QStringLiteral("--map"),
                                      tr("\"%1\" is not of the form field=Header.").arg(part));
            }
            pairs.back().second += QLatin1Char(',') + part;
            continue;
        }
        pairs.emplace_back(part.left(eq).trimmed(), part.mid(eq + 1));
    }
    for (const auto& [key, rawHeader] : pairs) {
        const auto field = importFieldFromKey(key);
        if (!field) {
            QStringList known;
            for (ImportField f : allImportFields())
                known.append(importFieldKey(f));
            throw ValidationError(QStringLiteral("--map"),
                                  tr("\"%1\" is not an Accord field; fields are: %2.")
                                      .arg(key, known.join(QStringLiteral(", "))));
        }
        const QString wanted = rawHeader.trimmed();
        if (wanted.isEmpty()) {
            base.clear(*field);
            continue;
        }
        QString actual;
        for (const QString& h : header)
            if (h.compare(wanted, Qt::CaseInsensitive) == 0)
                actual = h;
        if (actual.isEmpty())
            throw ValidationError(QStringLiteral("--map"),
                                  tr("The file has no column \"%1\"; its columns are: %2.")
                                      .arg(wanted, header.join(QStringLiteral(", "))));
        // A column fills one field: take it away from any field that had it.
        for (auto it = base.columns.begin(); it != base.columns.end();) {
            if (it->second.compare(actual, Qt::CaseInsensitive) == 0 && it->first != *field)
                it = base.columns.erase(it);
            else
                ++it;
        }
        base.set(*field, actual);
    }
    return base;
}

QString ValueMap::normalise(const QString& value)
{
    return value.simplified().toLower();
}

std::optional<ValueMeaning> ValueMap::find(const QString& value) const
{
    const auto it = entries.find(normalise(value));
    if (it == entries.end())
        return std::nullopt;
    return it->second;
}

ValueMap ValueMap::defaults()
{
    ValueMap map;
    const auto stage = [&map](Stage s, std::initializer_list<const char*> names) {
        for (const char* n : names)
            map.set(QString::fromLatin1(n), ValueMeaning{s, std::nullopt});
    };
    const auto status = [&map](std::optional<Stage> s, Status st,
                               std::initializer_list<const char*> names) {
        for (const char* n : names)
            map.set(QString::fromLatin1(n), ValueMeaning{s, st});
    };
    for (Stage s : kAllStages) {
        map.set(stageKey(s), ValueMeaning{s, std::nullopt});
        map.set(stageName(s), ValueMeaning{s, std::nullopt});
        map.set(stageShortName(s), ValueMeaning{s, std::nullopt});
        map.set(QString::number(static_cast<int>(s)), ValueMeaning{s, std::nullopt});
    }
    // Accord's statuses, then the usual open/won/lost words of other tools.
    for (Status st : {Status::Active, Status::OnHold, Status::Lost}) {
        map.set(statusKey(st), ValueMeaning{std::nullopt, st});
        map.set(statusName(st), ValueMeaning{std::nullopt, st});
    }
    status(Stage::Partnership, Status::Won, {"won", "closed won", "closedwon", "signed"});
    map.set(statusName(Status::Won), ValueMeaning{Stage::Partnership, Status::Won});
    status(std::nullopt, Status::Active, {"open", "in progress"});
    status(std::nullopt, Status::OnHold, {"on hold", "paused", "stalled"});
    status(std::nullopt, Status::Lost, {"closed lost", "closedlost", "deleted"});
    // Salesforce's default opportunity stages.
    stage(Stage::Informative, {"prospecting", "qualification"});
    stage(Stage::Consulting,
          {"needs analysis", "value proposition", "id. decision makers", "perception analysis"});
    stage(Stage::Negotiation, {"proposal/price quote", "negotiation/review"});
    // HubSpot's default deal stages (labels and internal names).
    stage(Stage::Informative,
          {"appointment scheduled", "appointmentscheduled", "qualified to buy", "qualifiedtobuy",
           "presentation scheduled", "presentationscheduled"});
    stage(Stage::Consulting, {"decision maker bought-in", "decisionmakerboughtin"});
    stage(Stage::Negotiation, {"contract sent", "contractsent"});
    // Pipedrive's default pipeline.
    stage(Stage::Informative, {"lead in", "contact made"});
    stage(Stage::Consulting, {"demo scheduled", "needs defined"});
    stage(Stage::Negotiation, {"proposal made", "negotiations started"});
    return map;
}

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
            const auto f = fieldForValidation(e.field(), false);
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
                const auto f = fieldForValidation(e.field(), true);
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

        // The same organisation on several rows (one row per deal or per person): one prospect.
        const QString nameKey = p.name.toCaseFolded();
        const auto existing = byName.find(nameKey);
        if (existing != byName.end()) {
            ProspectBundle& b = plan.bundles[existing->second];
            plan.report.warnings.append(
                tr("Line %1: \"%2\" already appeared above; its contact and notes are added to "
                   "that prospect.")
                    .arg(row.line())
                    .arg(p.name));
            if (contact) {
                b.contacts.push_back(*contact);
                ++plan.report.contacts;
            }
            if (noteEntry) {
                b.meetings.push_back(*noteEntry);
                ++plan.report.notes;
            }
            continue;
        }
        ProspectBundle b;
        b.prospect = p;
        if (contact) {
            b.contacts.push_back(*contact);
            ++plan.report.contacts;
        }
        if (noteEntry) {
            b.meetings.push_back(*noteEntry);
            ++plan.report.notes;
        }
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
