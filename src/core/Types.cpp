#include "Types.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

namespace accord::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord", text);
}

// One table per enum: machine key and display name, in enum order.
template <typename E> struct Entry
{
    E value;
    const char* key;
    const char* name;
};

template <typename E, std::size_t N> QString keyOf(const std::array<Entry<E>, N>& table, E value)
{
    for (const auto& e : table)
        if (e.value == value)
            return QString::fromLatin1(e.key);
    return {};
}

template <typename E, std::size_t N> QString nameOf(const std::array<Entry<E>, N>& table, E value)
{
    for (const auto& e : table)
        if (e.value == value)
            return tr(e.name);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<Entry<E>, N>& table, const QString& key)
{
    for (const auto& e : table)
        if (key == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}

constexpr std::array<Entry<Stage>, 4> kStages{{
    {Stage::Informative, "informative", QT_TRANSLATE_NOOP("accord", "Uniquely Informative")},
    {Stage::Consulting, "consulting", QT_TRANSLATE_NOOP("accord", "Collaborative Consulting")},
    {Stage::Negotiation, "negotiation", QT_TRANSLATE_NOOP("accord", "Mutual Negotiation")},
    {Stage::Partnership, "partnership", QT_TRANSLATE_NOOP("accord", "Partnership")},
}};

constexpr std::array<Entry<Stage>, 4> kStageShort{{
    {Stage::Informative, "informative", QT_TRANSLATE_NOOP("accord", "Informative")},
    {Stage::Consulting, "consulting", QT_TRANSLATE_NOOP("accord", "Consulting")},
    {Stage::Negotiation, "negotiation", QT_TRANSLATE_NOOP("accord", "Negotiation")},
    {Stage::Partnership, "partnership", QT_TRANSLATE_NOOP("accord", "Partnership")},
}};

constexpr std::array<Entry<Status>, 4> kStatuses{{
    {Status::Active, "active", QT_TRANSLATE_NOOP("accord", "Active")},
    {Status::OnHold, "on_hold", QT_TRANSLATE_NOOP("accord", "On hold")},
    {Status::Won, "won", QT_TRANSLATE_NOOP("accord", "Won")},
    {Status::Lost, "lost", QT_TRANSLATE_NOOP("accord", "Lost")},
}};

constexpr std::array<Entry<ContactRole>, 4> kRoles{{
    {ContactRole::Executive, "executive", QT_TRANSLATE_NOOP("accord", "Executive")},
    {ContactRole::Operations, "operations", QT_TRANSLATE_NOOP("accord", "Operations")},
    {ContactRole::FieldSales, "field_sales", QT_TRANSLATE_NOOP("accord", "Field sales")},
    {ContactRole::Other, "other", QT_TRANSLATE_NOOP("accord", "Other")},
}};

constexpr std::array<Entry<MeetingKind>, 6> kKinds{{
    {MeetingKind::Presentation, "presentation", QT_TRANSLATE_NOOP("accord", "Presentation")},
    {MeetingKind::Discovery, "discovery", QT_TRANSLATE_NOOP("accord", "Discovery")},
    {MeetingKind::Workshop, "workshop", QT_TRANSLATE_NOOP("accord", "Workshop")},
    {MeetingKind::Negotiation, "negotiation", QT_TRANSLATE_NOOP("accord", "Negotiation")},
    {MeetingKind::Call, "call", QT_TRANSLATE_NOOP("accord", "Call")},
    {MeetingKind::Email, "email", QT_TRANSLATE_NOOP("accord", "Email")},
}};

constexpr std::array<Entry<DataRequestStatus>, 3> kRequests{{
    {DataRequestStatus::Requested, "requested", QT_TRANSLATE_NOOP("accord", "Requested")},
    {DataRequestStatus::Received, "received", QT_TRANSLATE_NOOP("accord", "Received")},
    {DataRequestStatus::Declined, "declined", QT_TRANSLATE_NOOP("accord", "Declined")},
}};

constexpr std::array<Entry<MetricSource>, 3> kSources{{
    {MetricSource::Prospect, "prospect", QT_TRANSLATE_NOOP("accord", "Prospect")},
    {MetricSource::Industry, "industry", QT_TRANSLATE_NOOP("accord", "Industry")},
    {MetricSource::Competitor, "competitor", QT_TRANSLATE_NOOP("accord", "Competitor")},
}};

constexpr std::array<Entry<OpportunityStatus>, 3> kOpportunities{{
    {OpportunityStatus::Proposed, "proposed", QT_TRANSLATE_NOOP("accord", "Proposed")},
    {OpportunityStatus::Embraced, "embraced", QT_TRANSLATE_NOOP("accord", "Embraced")},
    {OpportunityStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("accord", "Rejected")},
}};

constexpr std::array<Entry<LiftKind>, 2> kLifts{{
    {LiftKind::Amount, "amount", QT_TRANSLATE_NOOP("accord", "Amount")},
    {LiftKind::Percent, "percent", QT_TRANSLATE_NOOP("accord", "Percent")},
}};

constexpr std::array<Entry<Lever>, 4> kLevers{{
    {Lever::Money, "money", QT_TRANSLATE_NOOP("accord", "Money")},
    {Lever::Time, "time", QT_TRANSLATE_NOOP("accord", "Time")},
    {Lever::Rights, "rights", QT_TRANSLATE_NOOP("accord", "Rights")},
    {Lever::Risk, "risk", QT_TRANSLATE_NOOP("accord", "Risk")},
}};

constexpr std::array<Entry<Side>, 2> kSides{{
    {Side::Ours, "ours", QT_TRANSLATE_NOOP("accord", "Ours")},
    {Side::Theirs, "theirs", QT_TRANSLATE_NOOP("accord", "Theirs")},
}};

} // namespace

int wholeDaysBetween(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const qint64 days = std::max<qint64>(0, from.secsTo(to) / 86400);
    return static_cast<int>(std::min<qint64>(days, std::numeric_limits<int>::max()));
}

QString stageKey(Stage s)
{
    return keyOf(kStages, s);
}

QString stageName(Stage s)
{
    return nameOf(kStages, s);
}

QString stageShortName(Stage s)
{
    return nameOf(kStageShort, s);
}

std::optional<Stage> stageFromKey(const QString& keyOrNumber)
{
    const QString text = keyOrNumber.trimmed();
    if (auto s = fromKey(kStages, text))
        return s;
    bool ok = false;
    const int number = text.toInt(&ok);
    if (ok && number >= 1 && number <= kStageCount && text.size() == 1)
        return static_cast<Stage>(number);
    if (text.isEmpty())
        return std::nullopt;
    for (Stage s : kAllStages) {
        const auto matches = [&](const char* source, const QString& translated) {
            return text.compare(QString::fromLatin1(source), Qt::CaseInsensitive) == 0 ||
                   text.compare(translated, Qt::CaseInsensitive) == 0;
        };
        const auto index = static_cast<std::size_t>(s) - 1;
        if (matches(kStages[index].key, stageKey(s)) ||
            matches(kStages[index].name, stageName(s)) ||
            matches(kStageShort[index].name, stageShortName(s)))
            return s;
    }
    return std::nullopt;
}

QString statusKey(Status s)
{
    return keyOf(kStatuses, s);
}

QString statusName(Status s)
{
    return nameOf(kStatuses, s);
}

std::optional<Status> statusFromKey(const QString& key)
{
    return fromKey(kStatuses, key);
}

QString contactRoleKey(ContactRole r)
{
    return keyOf(kRoles, r);
}

QString contactRoleName(ContactRole r)
{
    return nameOf(kRoles, r);
}

std::optional<ContactRole> contactRoleFromKey(const QString& key)
{
    return fromKey(kRoles, key);
}

QString meetingKindKey(MeetingKind k)
{
    return keyOf(kKinds, k);
}

QString meetingKindName(MeetingKind k)
{
    return nameOf(kKinds, k);
}

std::optional<MeetingKind> meetingKindFromKey(const QString& key)
{
    return fromKey(kKinds, key);
}

QString dataRequestStatusKey(DataRequestStatus s)
{
    return keyOf(kRequests, s);
}

std::optional<DataRequestStatus> dataRequestStatusFromKey(const QString& key)
{
    return fromKey(kRequests, key);
}

QString metricSourceKey(MetricSource s)
{
    return keyOf(kSources, s);
}

std::optional<MetricSource> metricSourceFromKey(const QString& key)
{
    return fromKey(kSources, key);
}

QString opportunityStatusKey(OpportunityStatus s)
{
    return keyOf(kOpportunities, s);
}

std::optional<OpportunityStatus> opportunityStatusFromKey(const QString& key)
{
    return fromKey(kOpportunities, key);
}

QString liftKindKey(LiftKind k)
{
    return keyOf(kLifts, k);
}

std::optional<LiftKind> liftKindFromKey(const QString& key)
{
    return fromKey(kLifts, key);
}

QString leverKey(Lever l)
{
    return keyOf(kLevers, l);
}

QString leverName(Lever l)
{
    return nameOf(kLevers, l);
}

std::optional<Lever> leverFromKey(const QString& key)
{
    return fromKey(kLevers, key);
}

QString sideKey(Side s)
{
    return keyOf(kSides, s);
}

std::optional<Side> sideFromKey(const QString& key)
{
    return fromKey(kSides, key);
}

} // namespace accord::core
