#include "Validation.h"

#include "Money.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace accord::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord", text);
}

// `field` is the machine name (as in JSON); `label` is what people read.
void requireText(const QString& value, const char* field, const char* label)
{
    if (value.trimmed().isEmpty())
        throw ValidationError(QString::fromLatin1(field), tr("%1 is required.").arg(tr(label)));
}

// Every limited field is text: long ones (notes, bodies) may hold several lines.
void limit(const QString& value, int max, const char* field, const char* label)
{
    validateText(value, max >= kMaxLongText, QString::fromLatin1(field), tr(label));
    if (value.size() <= max)
        return;
    const QLocale locale;
    throw ValidationError(QString::fromLatin1(field),
                          tr("%1 is too long: %2 characters (the limit is %3).")
                              .arg(tr(label), locale.toString(value.size()), locale.toString(max)));
}

void limitPlural(const QString& value, int max, const char* field, const char* label)
{
    validateText(value, max >= kMaxLongText, QString::fromLatin1(field), tr(label));
    if (value.size() <= max)
        return;
    const QLocale locale;
    throw ValidationError(QString::fromLatin1(field),
                          tr("%1 are too long: %2 characters (the limit is %3).")
                              .arg(tr(label), locale.toString(value.size()), locale.toString(max)));
}

void range(int value, int low, int high, const char* field, const char* label)
{
    if (value >= low && value <= high)
        return;
    throw ValidationError(QString::fromLatin1(field), tr("%1 must be between %2 and %3 (it is %4).")
                                                          .arg(tr(label))
                                                          .arg(low)
                                                          .arg(high)
                                                          .arg(value));
}

void email(const QString& value, const char* field)
{
    if (value.isEmpty())
        return;
    limit(value, kMaxShortText, field, QT_TRANSLATE_NOOP("accord", "The email address"));
    const int at = value.indexOf(QLatin1Char('@'));
    bool spaces = false;
    for (QChar c : value)
        spaces = spaces || c.isSpace();
    if (at <= 0 || at == value.size() - 1 || spaces)
        throw ValidationError(QString::fromLatin1(field),
                              tr("“%1” does not look like an email address.").arg(value));
}

void money(const Money& m)
{
    if (m.minor < 0)
        throw ValidationError(QStringLiteral("value"), tr("The value cannot be negative."));
    validateCurrencyCode(m.currency);
    if (m.minor > maxMinor(m.currency))
        throw ValidationError(QStringLiteral("value"),
                              tr("The value is too large: the most Accord takes is %1 %2.")
                                  .arg(QLocale().toString(kMaxMoneyMajor), m.currency));
}

void date(const QDate& d, const char* field, const char* label)
{
    if (!d.isValid() || isWithinDateRange(d))
        return;
    throw ValidationError(
        QString::fromLatin1(field),
        tr("%1 must fall in the years %2 to %3.").arg(tr(label)).arg(kMinYear).arg(kMaxYear));
}

void date(const QDateTime& t, const char* field, const char* label)
{
    if (!t.isValid() || isWithinDateRange(t))
        return;
    throw ValidationError(
        QString::fromLatin1(field),
        tr("%1 must fall in the years %2 to %3 (UTC).").arg(tr(label)).arg(kMinYear).arg(kMaxYear));
}

void finite(double value, const char* field, const char* label)
{
    if (!std::isfinite(value))
        throw ValidationError(QString::fromLatin1(field),
                              tr("%1 must be a number.").arg(tr(label)));
}

void requireId(Id id, const char* field)
{
    if (id <= kNoId)
        throw ValidationError(QString::fromLatin1(field),
                              tr("It does not say which prospect it belongs to."));
}

#define L(text) QT_TRANSLATE_NOOP("accord", text)

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
        throw ValidationError(field, tr("%1 must be one line without tabs (it holds %2 at "
                                        "character %3).")
                                         .arg(label, code)
                                         .arg(at + 1));
    throw ValidationError(field, tr("%1 holds the control character %2 at character %3; "
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
            field, tr("“%1” is not a three-letter currency code such as EUR.").arg(code));
}

void validate(const Prospect& p)
{
    requireText(p.name, "name", L("The name"));
    limit(p.name, kMaxNameLength, "name", L("The name"));
    limit(p.industry, kMaxShortText, "industry", L("The industry"));
    limit(p.segment, kMaxShortText, "segment", L("The segment"));
    limit(p.website, kMaxShortText, "website", L("The website"));
    limit(p.owner, kMaxNameLength, "owner", L("The owner"));
    money(p.value);
    limit(p.lostReason, kMaxLongText, "lost_reason", L("The lost reason"));
    limit(p.nextStep, kMaxShortText, "next_step", L("The next step"));
    limit(p.agreementSummary, kMaxLongText, "agreement_summary", L("The agreement summary"));
    date(p.nextStepDue, "next_step_due", L("The next step's due date"));
    date(p.createdAt, "created_at", L("The creation time"));
    date(p.updatedAt, "updated_at", L("The time of the last change"));
    date(p.stageEnteredAt, "stage_entered_at", L("The time the stage was entered"));
    date(p.deletedAt, "deleted_at", L("The time it was moved to the trash"));
    date(p.signedOn, "signed_on", L("The signed date"));
    // Partnership is reached by winning, and a won prospect is a partnership
    // (one imported as lost in Partnership keeps its loss).
    if (p.stage == Stage::Partnership && (p.status == Status::Active || p.status == Status::OnHold))
        throw ValidationError(QStringLiteral("status"),
                              tr("A prospect in Partnership is won (or lost), not %1.")
                                  .arg(statusName(p.status).toLower()));
    if (p.status == Status::Won && p.stage != Stage::Partnership)
        throw ValidationError(
            QStringLiteral("status"),
            tr("A won prospect is in Partnership, not in %1.").arg(stageName(p.stage)));
}

void validate(const Contact& c)
{
    requireText(c.name, "name", L("The contact's name"));
    limit(c.name, kMaxNameLength, "name", L("The contact's name"));
    limit(c.title, kMaxShortText, "title", L("The title"));
    email(c.email, "email");
    limit(c.phone, kMaxShortText, "phone", L("The phone number"));
}

void validate(const Meeting& m)
{
    requireId(m.prospectId, "prospect_id");
    if (!m.occurredAt.isValid())
        throw ValidationError(QStringLiteral("occurred_at"),
                              tr("The meeting needs a valid date and time."));
    date(m.occurredAt, "occurred_at", L("The meeting's date"));
    date(m.nextStepDue, "next_step_due", L("The next step's due date"));
    range(m.durationMinutes, 0, 1440, "duration_minutes", L("The duration in minutes"));
    requireText(m.summary, "summary", L("The summary"));
    limit(m.summary, kMaxLongText, "summary", L("The summary"));
    limit(m.attendees, kMaxLongText, "attendees", L("The attendee list"));
    limitPlural(m.notes, kMaxLongText, "notes", L("Notes"));
    limit(m.shared, kMaxLongText, "shared", L("What we shared"));
    limit(m.learned, kMaxLongText, "learned", L("What we learned"));
    limit(m.nextStep, kMaxShortText, "next_step", L("The next step"));
    limit(m.loggedBy, kMaxNameLength, "logged_by", L("Logged by"));
}

void validate(const Insight& v)
{
    requireText(v.title, "title", L("The insight's title"));
    limit(v.title, kMaxShortText, "title", L("The insight's title"));
    limit(v.body, kMaxLongText, "body", L("The insight's text"));
    limit(v.source, kMaxShortText, "source", L("The source"));
    date(v.sharedOn, "shared_on", L("The date it was shared"));
}

void validate(const DataRequest& v)
{
    requireText(v.item, "item", L("The requested item"));
    limit(v.item, kMaxShortText, "item", L("The requested item"));
    limit(v.note, kMaxLongText, "note", L("The note"));
    date(v.requestedOn, "requested_on", L("The requested date"));
    date(v.receivedOn, "received_on", L("The received date"));
}

void validate(const Metric& v)
{
    requireText(v.name, "name", L("The metric's name"));
    limit(v.name, kMaxShortText, "name", L("The metric's name"));
    finite(v.value, "value", L("The metric's value"));
    limit(v.unit, kMaxShortText, "unit", L("The unit"));
    limit(v.period, kMaxShortText, "period", L("The period"));
}

void validate(const Opportunity& v)
{
    requireText(v.title, "title", L("The opportunity's title"));
    limit(v.title, kMaxShortText, "title", L("The opportunity's title"));
    limit(v.description, kMaxLongText, "description", L("The description"));
    finite(v.liftValue, "lift_value", L("The estimated lift"));
    if (v.liftKind == LiftKind::Amount && v.liftValue < 0)
        throw ValidationError(QStringLiteral("lift_value"),
                              tr("An estimated lift in money cannot be negative."));
}

void validate(const Negotiation& v)
{
    limit(v.ourBatna, kMaxLongText, "our_batna", L("Our BATNA"));
    limit(v.theirBatna, kMaxLongText, "their_batna", L("Their BATNA"));
    limitPlural(v.theirInterests, kMaxLongText, "their_interests", L("Their interests"));
    limitPlural(v.ourInterests, kMaxLongText, "our_interests", L("Our interests"));
    limitPlural(v.objectiveCriteria, kMaxLongText, "objective_criteria",
                L("The objective criteria"));
    range(v.stance, 1, 5, "stance", L("The stance"));
    if (v.levers.size() != std::size(kAllLevers))
        throw ValidationError(QStringLiteral("levers"),
                              tr("The worksheet needs exactly the four levers."));
    for (std::size_t i = 0; i < v.levers.size(); ++i) {
        const auto& l = v.levers[i];
        if (l.lever != kAllLevers[i])
            throw ValidationError(QStringLiteral("levers"),
                                  tr("The levers must be money, time, rights and risk, in "
                                     "that order."));
        range(l.ourPriority, 0, 5, "our_priority", L("Our priority"));
        range(l.theirPriority, 0, 5, "their_priority", L("Their priority"));
        limit(l.ourPosition, kMaxShortText, "our_position", L("Our position"));
        limit(l.theirPosition, kMaxShortText, "their_position", L("Their position"));
        limit(l.ourConcession, kMaxShortText, "our_concession", L("Our concession"));
        limit(l.theirConcession, kMaxShortText, "their_concession", L("Their concession"));
    }
}

void validate(const Tradable& v)
{
    requireText(v.item, "item", L("The tradable item"));
    limit(v.item, kMaxShortText, "item", L("The tradable item"));
    limit(v.valueToOther, kMaxShortText, "value_to_other", L("The value to the other side"));
    limit(v.costToGive, kMaxShortText, "cost_to_give", L("The cost to give"));
}

void validate(const GateCriterion& v)
{
    requireText(v.label, "label", L("The criterion's label"));
    limit(v.label, kMaxShortText, "label", L("The criterion's label"));
    if (v.stage == Stage::Partnership)
        throw ValidationError(QStringLiteral("stage"),
                              tr("Partnership is the last stage and has no exit criteria."));
    if (v.position < 0)
        throw ValidationError(QStringLiteral("position"), tr("The position cannot be negative."));
}

#undef L

} // namespace accord::core
