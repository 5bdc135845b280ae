#include "CrmMapping.h"

#include "core/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::io)
};

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
          "stage name", "lifecycle stage"}},
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
          "next activity date"}},
        {ImportField::ExpectedClose,
         "expected_close",
         QT_TRANSLATE_NOOP("accord::io", "Expected close date"),
         {"expected close date", "expected_close", "expected close", "close date",
          "deal - expected close date", "closing date", "expected closing date"}},
        {ImportField::LostReason,
         "lost_reason",
         QT_TRANSLATE_NOOP("accord::io", "Lost reason"),
         {"lost reason", "lost_reason", "deal - lost reason", "closed lost reason", "reason lost",
          "loss reason"}},
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
        // After the name: a file without an organisation column names prospects by deal.
        {ImportField::DealTitle,
         "deal_title",
         QT_TRANSLATE_NOOP("accord::io", "Deal title"),
         {"deal title", "deal_title", "deal - title", "deal name", "opportunity name", "deal",
          "opportunity"}},
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
                throw ValidationError(
                    QStringLiteral("--map"),
                    Text::tr("\"%1\" is not of the form field=Header.").arg(part));
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
                                  Text::tr("\"%1\" is not an Accord field; fields are: %2.")
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
                                  Text::tr("The file has no column \"%1\"; its columns are: %2.")
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
    // Pipedrive's default pipelines (the older one starts with "Lead In").
    stage(Stage::Informative, {"lead in", "qualified", "contact made"});
    stage(Stage::Consulting, {"demo scheduled", "needs defined"});
    stage(Stage::Negotiation, {"proposal made", "negotiations started"});
    // HubSpot's lifecycle stages (labels and internal names): everything before a
    // deal is stage 1, an opportunity is being worked out together, a customer
    // (or an evangelist) is a partnership.
    stage(Stage::Informative,
          {"subscriber", "lead", "marketing qualified lead", "marketingqualifiedlead", "mql",
           "sales qualified lead", "salesqualifiedlead", "sql", "other"});
    stage(Stage::Consulting, {"opportunity"});
    status(Stage::Partnership, Status::Won, {"customer", "evangelist"});
    return map;
}

// Validation names fields by their keys in core ("next_step_due", "value_currency"); an import
// names them by ImportField, prospect and contact fields apart.
std::optional<ImportField> importFieldForValidation(const QString& validationField, bool contact)
{
    const QString k = headerKey(validationField).remove(u' ');
    struct Pair
    {
        const char* key;
        ImportField field;
    };
    static const std::array<Pair, 13> prospectFields{{
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
        {"expectedclose", ImportField::ExpectedClose},
        {"lostreason", ImportField::LostReason},
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

} // namespace accord::core
