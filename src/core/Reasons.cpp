#include "Reasons.h"

#include "Types.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <set>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};

constexpr int kMaxReasons = 100;

bool wellFormedKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,40}$"));
    return pattern.match(key).hasMatch();
}

} // namespace

std::vector<Reason> defaultReasons()
{
    return {{QStringLiteral("price"), Text::tr("Price"), false},
            {QStringLiteral("timing"), Text::tr("Timing"), false},
            {QStringLiteral("no_decision"), Text::tr("No decision"), false},
            {QStringLiteral("competitor"), Text::tr("Competitor"), false},
            {QStringLiteral("no_fit"), Text::tr("No fit"), false},
            {QStringLiteral("champion_left"), Text::tr("Champion left"), false},
            {QString::fromLatin1(kOtherReason), Text::tr("Other"), false}};
}

QString reasonsText(const std::vector<Reason>& reasons)
{
    QJsonArray list;
    for (const Reason& r : reasons) {
        QJsonObject o{{QStringLiteral("key"), r.key}, {QStringLiteral("label"), r.label}};
        if (r.retired)
            o.insert(QStringLiteral("retired"), true);
        list.append(o);
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

std::vector<Reason> reasonsFromText(const QString& text)
{
    if (text.trimmed().isEmpty())
        return defaultReasons();
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        return defaultReasons();
    std::vector<Reason> out;
    const QJsonArray list = doc.array();
    for (const QJsonValue v : list) {
        const QJsonObject o = v.toObject();
        Reason r{o.value(QStringLiteral("key")).toString(),
                 o.value(QStringLiteral("label")).toString(),
                 o.value(QStringLiteral("retired")).toBool()};
        if (!wellFormedKey(r.key) || r.label.trimmed().isEmpty())
            return defaultReasons();
        out.push_back(std::move(r));
    }
    try {
        validateReasons(out);
    } catch (const ValidationError&) {
        return defaultReasons();
    }
    return out;
}

QString reasonKeyFor(const QString& label)
{
    QString key;
    for (const QChar c : label.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            key += c;
        else if (c.isSpace() || c == u'-' || c == u'_' || c == u'/')
            key += u'_';
    }
    static const QRegularExpression runs(QStringLiteral("_+"));
    key.replace(runs, QStringLiteral("_"));
    while (key.startsWith(u'_'))
        key.remove(0, 1);
    while (key.endsWith(u'_'))
        key.chop(1);
    return key.left(40);
}

void validateReasons(const std::vector<Reason>& reasons)
{
    const QString field = QStringLiteral("reasons");
    if (static_cast<int>(reasons.size()) > kMaxReasons)
        throw ValidationError(field,
                              Text::tr("A pipeline keeps at most %1 reasons.").arg(kMaxReasons));
    std::set<QString> keys;
    std::set<QString> labels;
    for (const Reason& r : reasons) {
        if (!wellFormedKey(r.key))
            throw ValidationError(field,
                                  Text::tr("The reason key “%1” should be lower-case letters, "
                                           "digits and _ (up to 40).")
                                      .arg(r.key));
        if (!keys.insert(r.key).second)
            throw ValidationError(field, Text::tr("Two reasons have the key “%1”.").arg(r.key));
        const QString label = r.label.trimmed();
        if (label.isEmpty())
            throw ValidationError(field, Text::tr("The reason “%1” needs a label.").arg(r.key));
        validateText(label, false, field, Text::tr("The reason's label"));
        if (label.size() > kMaxShortText)
            throw ValidationError(field, Text::tr("The reason's label is too long."));
        if (!r.retired && !labels.insert(label.toCaseFolded()).second)
            throw ValidationError(field, Text::tr("Two reasons are called “%1”.").arg(label));
    }
}

const Reason* findReason(const std::vector<Reason>& reasons, const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return nullptr;
    for (const Reason& r : reasons)
        if (!r.retired && (r.key.compare(t, Qt::CaseInsensitive) == 0 ||
                           r.label.trimmed().compare(t, Qt::CaseInsensitive) == 0))
            return &r;
    return nullptr;
}

QString reasonLabel(const std::vector<Reason>& reasons, const QString& code)
{
    if (code.isEmpty())
        return {};
    for (const Reason& r : reasons)
        if (r.key == code)
            return r.label;
    return code;
}

QString knownReasonKeys(const std::vector<Reason>& reasons)
{
    QStringList keys;
    for (const Reason& r : reasons)
        if (!r.retired)
            keys << r.key;
    if (keys.size() <= 1)
        return keys.join(QString());
    const QString last = keys.takeLast();
    return Text::tr("%1 or %2").arg(keys.join(QStringLiteral(", ")), last);
}

QString requireReason(const std::vector<Reason>& reasons, const QString& code)
{
    if (code.trimmed().isEmpty())
        return {};
    const Reason* r = findReason(reasons, code);
    if (!r)
        throw ValidationError(QStringLiteral("reason_code"),
                              Text::tr("There is no reason “%1”; the pipeline knows %2.")
                                  .arg(code.trimmed(), knownReasonKeys(reasons)));
    return r->key;
}

} // namespace accord::core
