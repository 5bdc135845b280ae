#include "Validation.h"

#include "Fields.h"
#include "Money.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <type_traits>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};

// `field` is the machine name (as in JSON); `label` is what people read.
void requireText(const QString& value, const char* field, const QString& label)
{
    if (value.trimmed().isEmpty())
        throw ValidationError(QString::fromLatin1(field), Text::tr("%1 is required.").arg(label));
}

// Every limited field is text: long ones (notes, bodies) may hold several lines.
void limit(const QString& value, int max, const char* field, const QString& label,
           bool plural = false)
{
    validateText(value, max >= kMaxLongText, QString::fromLatin1(field), label);
    if (value.size() <= max)
        return;
    const QLocale locale;
    const QString pattern = plural ? Text::tr("%1 are too long: %2 characters (the limit is %3).")
                                   : Text::tr("%1 is too long: %2 characters (the limit is %3).");
    throw ValidationError(QString::fromLatin1(field),
                          pattern.arg(label, locale.toString(value.size()), locale.toString(max)));
}

void range(int value, int low, int high, const char* field, const QString& label)
{
    if (value >= low && value <= high)
        return;
    throw ValidationError(QString::fromLatin1(field),
                          Text::tr("%1 must be between %2 and %3 (it is %4).")
                              .arg(label)
                              .arg(low)
                              .arg(high)
                              .arg(value));
}

// The limit comes first, from the field's table.
void email(const QString& value, const char* field)
{
    if (value.isEmpty())
        return;
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    bool spaces = false;
    for (QChar c : value)
        spaces = spaces || c.isSpace();
    if (at <= 0 || at == value.size() - 1 || spaces)
        throw ValidationError(QString::fromLatin1(field),
                              Text::tr("“%1” does not look like an email address.").arg(value));
}

void money(const Money& m)
{
    if (m.minor < 0)
        throw ValidationError(QStringLiteral("value"), Text::tr("The value cannot be negative."));
    validateCurrencyCode(m.currency);
    if (m.minor > maxMinor(m.currency))
        throw ValidationError(QStringLiteral("value"),
                              Text::tr("The value is too large: the most Accord takes is %1 %2.")
                                  .arg(QLocale().toString(kMaxMoneyMajor), m.currency));
}

// A time is judged by its UTC date, and says so.
template <typename D> void date(const D& d, const char* field, const QString& label)
{
    if (!d.isValid() || isWithinDateRange(d))
        return;
    const QString pattern = std::is_same_v<D, QDateTime>
                                ? Text::tr("%1 must fall in the years %2 to %3 (UTC).")
                                : Text::tr("%1 must fall in the years %2 to %3.");
    throw ValidationError(QString::fromLatin1(field),
                          pattern.arg(label).arg(kMinYear).arg(kMaxYear));
}

void finite(double value, const char* field, const QString& label)
{
    if (!std::isfinite(value))
        throw ValidationError(QString::fromLatin1(field),
                              Text::tr("%1 must be a number.").arg(label));
}

void requireId(Id id, const char* field)
{
    if (id <= kNoId)
        throw ValidationError(QString::fromLatin1(field),
                              Text::tr("It does not say which prospect it belongs to."));
}

/// The rules every field table states: required text, lengths, printable
/// text, number ranges and date bounds, in table order.
template <typename T> void validateFields(const T& record)
{
    for (const Field<T>& f : fields<T>()) {
        if (!f.subject || f.has(Custom))
            continue;
        const QVariant v = f.get(record);
        const QString label = f.subjectText();
        switch (f.type) {
        case FieldType::Text:
            if (f.has(Required))
                requireText(v.toString(), f.key, label);
            if (f.maxLength > 0)
                limit(v.toString(), f.maxLength, f.key, label, f.has(Plural));
            if (f.has(Email))
                email(v.toString(), f.key);
            break;
        case FieldType::Integer:
            if (f.min != 0 || f.max != 0)
                range(static_cast<int>(v.toLongLong()), f.min, f.max, f.key, label);
            break;
        case FieldType::Real:
            finite(v.toDouble(), f.key, label);
            break;
        case FieldType::Date:
            date(v.toDate(), f.key, label);
            break;
        case FieldType::Time:
            date(v.toDateTime(), f.key, label);
            break;
        default:
            break;
        }
    }
}

} // namespace

qsizetype forbiddenCharacterAt(const QString& text, bool multiLine)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c < 0x7F)
            continue;
        if (c > 0x9F)
            continue;
        if (multiLine && (c == u'\t' || c == u'\n'))
            continue;
        if (multiLine && c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            continue;
        return i;
    }
    return -1;
}

void validateText(const QString& text, bool multiLine, const QString& field, const QString& label)
{
    const qsizetype at = forbiddenCharacterAt(text, multiLine);
    if (at < 0)
        return;
    const char16_t c = text.at(at).unicode();
    const QString code =
        QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
    if (c == u'\n' || c == u'\r' || c == u'\t')
        throw ValidationError(field, Text::tr("%1 must be one line without tabs (it holds %2 at "
                                              "character %3).")
                                         .arg(label, code)
                                         .arg(at + 1));
    throw ValidationError(field, Text::tr("%1 holds the control character %2 at character %3; "
                                          "remove it.")
                                     .arg(label, code)
                                     .arg(at + 1));
}

QString printableText(const QString& text)
{
    QString out = text;
    for (qsizetype at = forbiddenCharacterAt(out, false); at >= 0;
         at = forbiddenCharacterAt(out, false))
        out[at] = QChar(QChar::ReplacementCharacter);
    return out;
}

bool isWithinDateRange(const QDate& d)
{
    return d.isValid() && d.year() >= kMinYear && d.year() <= kMaxYear;
}

bool isWithinDateRange(const QDateTime& t)
{
    return t.isValid() && isWithinDateRange(t.toUTC().date());
}

void validateCurrencyCode(const QString& code, const QString& field)
{
    if (!isCurrencyCode(code))
        throw ValidationError(
            field, Text::tr("“%1” is not a three-letter currency code such as EUR.").arg(code));
}

void validate(const Prospect& p)
{
    requireText(p.name, "name", Text::tr("The name"));
    limit(p.name, kMaxNameLength, "name", Text::tr("The name"));
    limit(p.industry, kMaxShortText, "industry", Text::tr("The industry"));
    limit(p.segment, kMaxShortText, "segment", Text::tr("The segment"));
    limit(p.website, kMaxShortText, "website", Text::tr("The website"));
    limit(p.owner, kMaxNameLength, "owner", Text::tr("The owner"));
    money(p.value);
    limit(p.lostReason, kMaxLongText, "lost_reason", Text::tr("The lost reason"));
    limit(p.agreementSummary, kMaxLongText, "agreement_summary", Text::tr("The agreement summary"));
    date(p.createdAt, "created_at", Text::tr("The creation time"));
    date(p.updatedAt, "updated_at", Text::tr("The time of the last change"));
    date(p.stageEnteredAt, "stage_entered_at", Text::tr("The time the stage was entered"));
    date(p.deletedAt, "deleted_at", Text::tr("The time it was moved to the trash"));
    date(p.signedOn, "signed_on", Text::tr("The signed date"));
    // Partnership is reached by winning, and a won prospect is a partnership
    // (one imported as lost in Partnership keeps its loss).
    if (p.stage == Stage::Partnership && (p.status == Status::Active || p.status == Status::OnHold))
        throw ValidationError(QStringLiteral("status"),
                              Text::tr("A prospect in Partnership is won (or lost), not %1.")
                                  .arg(statusName(p.status).toLower()));
    if (p.status == Status::Won && p.stage != Stage::Partnership)
        throw ValidationError(
            QStringLiteral("status"),
            Text::tr("A won prospect is in Partnership, not in %1.").arg(stageName(p.stage)));
}

void validate(const Contact& c)
{
    validateFields(c);
}

void validate(const Meeting& m)
{
    requireId(m.prospectId, "prospect_id");
    if (!m.occurredAt.isValid())
        throw ValidationError(QStringLiteral("occurred_at"),
                              Text::tr("The meeting needs a valid date and time."));
    date(m.occurredAt, "occurred_at", Text::tr("The meeting's date"));
    date(m.nextStepDue, "next_step_due", Text::tr("The next step's due date"));
    range(m.durationMinutes, 0, 1440, "duration_minutes", Text::tr("The duration in minutes"));
    requireText(m.summary, "summary", Text::tr("The summary"));
    limit(m.summary, kMaxLongText, "summary", Text::tr("The summary"));
    limit(m.attendees, kMaxLongText, "attendees", Text::tr("The attendee list"));
    limit(m.notes, kMaxLongText, "notes", Text::tr("Notes"), true);
    limit(m.shared, kMaxLongText, "shared", Text::tr("What we shared"));
    limit(m.learned, kMaxLongText, "learned", Text::tr("What we learned"));
    limit(m.nextStep, kMaxShortText, "next_step", Text::tr("The next step"));
    limit(m.loggedBy, kMaxNameLength, "logged_by", Text::tr("Logged by"));
}

void validate(const Insight& v)
{
    validateFields(v);
}

void validate(const DataRequest& v)
{
    validateFields(v);
}

void validate(const Metric& v)
{
    validateFields(v);
}

void validate(const Opportunity& v)
{
    validateFields(v);
    if (v.liftKind == LiftKind::Amount && v.liftValue < 0)
        throw ValidationError(QStringLiteral("lift_value"),
                              Text::tr("An estimated lift in money cannot be negative."));
}

void validate(const Negotiation& v)
{
    validateFields(v);
    if (v.levers.size() != std::size(kAllLevers))
        throw ValidationError(QStringLiteral("levers"),
                              Text::tr("The worksheet needs exactly the four levers."));
    for (std::size_t i = 0; i < v.levers.size(); ++i) {
        if (v.levers[i].lever != kAllLevers[i])
            throw ValidationError(QStringLiteral("levers"),
                                  Text::tr("The levers must be money, time, rights and risk, in "
                                           "that order."));
        validateFields(v.levers[i]);
    }
}

void validate(const Tradable& v)
{
    validateFields(v);
}

void validate(const Activity& v)
{
    requireId(v.prospectId, "prospect_id");
    validateFields(v);
    if (!v.dueOn.isValid())
        throw ValidationError(QStringLiteral("due_on"), Text::tr("The activity needs a due date."));
    if (v.durationMinutes > 0 && !v.hasDueTime())
        throw ValidationError(QStringLiteral("duration_minutes"),
                              Text::tr("A duration needs a time of day to start at."));
    if (v.doneAt.isValid() && v.doneAt.toUTC().date().year() < kMinYear)
        throw ValidationError(QStringLiteral("done_at"),
                              Text::tr("The time it was done is not valid."));
}

void validate(const GateCriterion& v)
{
    requireText(v.label, "label", Text::tr("The criterion's label"));
    limit(v.label, kMaxShortText, "label", Text::tr("The criterion's label"));
    if (v.stage == Stage::Partnership)
        throw ValidationError(QStringLiteral("stage"),
                              Text::tr("Partnership is the last stage and has no exit criteria."));
    if (v.position < 0)
        throw ValidationError(QStringLiteral("position"),
                              Text::tr("The position cannot be negative."));
}

} // namespace accord::core
