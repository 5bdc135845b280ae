#pragma once

// One table per enum of the data model: each value's stable key (store, JSON,
// CLI) and its display name, in enum order. Everything that names a value —
// the key and name functions below, the field tables, the JSON reader, the table
// models' choice lists, the summaries — reads it from here
// (Tiled's `enumData<E>` does the same).

#include "Types.h"

#include <QCoreApplication>

#include <array>
#include <optional>
#include <vector>

namespace accord::core {

template <typename E> struct EnumItem
{
    E value;
    const char* key;
    const char* name; // QT_TRANSLATE_NOOP("accord", …)
};

/// The lookups every EnumTraits<E> offers; `Derived::kItems` holds the table.
template <typename E, typename Derived> struct EnumTable
{
    static QString key(E value)
    {
        for (const auto& e : Derived::kItems)
            if (e.value == value)
                return QString::fromLatin1(e.key);
        return {};
    }
    /// The display name, translated (context "accord").
    static QString name(E value)
    {
        for (const auto& e : Derived::kItems)
            if (e.value == value)
                return QCoreApplication::translate("accord", e.name);
        return {};
    }
    /// The display name in English, whatever the language: for files that
    /// read the same everywhere (the pipeline CSV).
    static QString sourceName(E value)
    {
        for (const auto& e : Derived::kItems)
            if (e.value == value)
                return QString::fromUtf8(e.name);
        return {};
    }
    static std::optional<E> fromKey(const QString& key)
    {
        for (const auto& e : Derived::kItems)
            if (key == QLatin1String(e.key))
                return e.value;
        return std::nullopt;
    }
    static std::vector<E> values()
    {
        std::vector<E> out;
        out.reserve(Derived::kItems.size());
        for (const auto& e : Derived::kItems)
            out.push_back(e.value);
        return out;
    }
    static QStringList keys()
    {
        QStringList out;
        for (const auto& e : Derived::kItems)
            out << QString::fromLatin1(e.key);
        return out;
    }
    /// Display names in enum order: a choice list whose index is the value's position.
    static QStringList names()
    {
        QStringList out;
        for (const auto& e : Derived::kItems)
            out << QCoreApplication::translate("accord", e.name);
        return out;
    }
    static int indexOf(E value)
    {
        for (std::size_t i = 0; i < Derived::kItems.size(); ++i)
            if (Derived::kItems[i].value == value)
                return static_cast<int>(i);
        return -1;
    }
};

template <typename E> struct EnumTraits;

// A type in a template argument cannot be put in parentheses.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define ACCORD_ENUM_TRAITS(E, N)                                                                   \
    template <> struct EnumTraits<E> : EnumTable<E, EnumTraits<E>>                                 \
    {                                                                                              \
        static const std::array<EnumItem<E>, (N)> kItems;                                          \
    };                                                                                             \
    inline constexpr std::array<EnumItem<E>, (N)> EnumTraits<E>::kItems
// NOLINTEND(bugprone-macro-parentheses)

// clang-format off
ACCORD_ENUM_TRAITS(Stage, 4){{
    {Stage::Informative, "informative", QT_TRANSLATE_NOOP("accord", "Uniquely Informative")},
    {Stage::Consulting, "consulting", QT_TRANSLATE_NOOP("accord", "Collaborative Consulting")},
    {Stage::Negotiation, "negotiation", QT_TRANSLATE_NOOP("accord", "Mutual Negotiation")},
    {Stage::Partnership, "partnership", QT_TRANSLATE_NOOP("accord", "Partnership")},
}};
ACCORD_ENUM_TRAITS(Status, 4){{
    {Status::Active, "active", QT_TRANSLATE_NOOP("accord", "Active")},
    {Status::OnHold, "on_hold", QT_TRANSLATE_NOOP("accord", "On hold")},
    {Status::Won, "won", QT_TRANSLATE_NOOP("accord", "Won")},
    {Status::Lost, "lost", QT_TRANSLATE_NOOP("accord", "Lost")},
}};
ACCORD_ENUM_TRAITS(ContactRole, 4){{
    {ContactRole::Executive, "executive", QT_TRANSLATE_NOOP("accord", "Executive")},
    {ContactRole::Operations, "operations", QT_TRANSLATE_NOOP("accord", "Operations")},
    {ContactRole::FieldSales, "field_sales", QT_TRANSLATE_NOOP("accord", "Field sales")},
    {ContactRole::Other, "other", QT_TRANSLATE_NOOP("accord", "Other")},
}};
ACCORD_ENUM_TRAITS(MeetingKind, 6){{
    {MeetingKind::Presentation, "presentation", QT_TRANSLATE_NOOP("accord", "Presentation")},
    {MeetingKind::Discovery, "discovery", QT_TRANSLATE_NOOP("accord", "Discovery")},
    {MeetingKind::Workshop, "workshop", QT_TRANSLATE_NOOP("accord", "Workshop")},
    {MeetingKind::Negotiation, "negotiation", QT_TRANSLATE_NOOP("accord", "Negotiation")},
    {MeetingKind::Call, "call", QT_TRANSLATE_NOOP("accord", "Call")},
    {MeetingKind::Email, "email", QT_TRANSLATE_NOOP("accord", "Email")},
}};
ACCORD_ENUM_TRAITS(DataRequestStatus, 3){{
    {DataRequestStatus::Requested, "requested", QT_TRANSLATE_NOOP("accord", "Requested")},
    {DataRequestStatus::Received, "received", QT_TRANSLATE_NOOP("accord", "Received")},
    {DataRequestStatus::Declined, "declined", QT_TRANSLATE_NOOP("accord", "Declined")},
}};
ACCORD_ENUM_TRAITS(MetricSource, 3){{
    {MetricSource::Prospect, "prospect", QT_TRANSLATE_NOOP("accord", "Prospect")},
    {MetricSource::Industry, "industry", QT_TRANSLATE_NOOP("accord", "Industry")},
    {MetricSource::Competitor, "competitor", QT_TRANSLATE_NOOP("accord", "Competitor")},
}};
ACCORD_ENUM_TRAITS(OpportunityStatus, 3){{
    {OpportunityStatus::Proposed, "proposed", QT_TRANSLATE_NOOP("accord", "Proposed")},
    {OpportunityStatus::Embraced, "embraced", QT_TRANSLATE_NOOP("accord", "Embraced")},
    {OpportunityStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("accord", "Rejected")},
}};
ACCORD_ENUM_TRAITS(LiftKind, 2){{
    {LiftKind::Amount, "amount", QT_TRANSLATE_NOOP("accord", "Amount")},
    {LiftKind::Percent, "percent", QT_TRANSLATE_NOOP("accord", "Percent")},
}};
ACCORD_ENUM_TRAITS(Lever, 4){{
    {Lever::Money, "money", QT_TRANSLATE_NOOP("accord", "Money")},
    {Lever::Time, "time", QT_TRANSLATE_NOOP("accord", "Time")},
    {Lever::Rights, "rights", QT_TRANSLATE_NOOP("accord", "Rights")},
    {Lever::Risk, "risk", QT_TRANSLATE_NOOP("accord", "Risk")},
}};
ACCORD_ENUM_TRAITS(Side, 2){{
    {Side::Ours, "ours", QT_TRANSLATE_NOOP("accord", "Ours")},
    {Side::Theirs, "theirs", QT_TRANSLATE_NOOP("accord", "Theirs")},
}};
ACCORD_ENUM_TRAITS(ActivityKind, 8){{
    {ActivityKind::Call, "call", QT_TRANSLATE_NOOP("accord", "Call")},
    {ActivityKind::Meeting, "meeting", QT_TRANSLATE_NOOP("accord", "Meeting")},
    {ActivityKind::Email, "email", QT_TRANSLATE_NOOP("accord", "Email")},
    {ActivityKind::Task, "task", QT_TRANSLATE_NOOP("accord", "Task")},
    {ActivityKind::ShareInsight, "share_insight", QT_TRANSLATE_NOOP("accord", "Share an insight")},
    {ActivityKind::RequestData, "request_data", QT_TRANSLATE_NOOP("accord", "Request data")},
    {ActivityKind::ReviewGap, "review_gap", QT_TRANSLATE_NOOP("accord", "Review the gap")},
    {ActivityKind::NegotiationSession, "negotiation_session", QT_TRANSLATE_NOOP("accord", "Negotiation session")},
}};
// clang-format on

#undef ACCORD_ENUM_TRAITS

// The names the rest of Accord calls: statusKey(Status::OnHold) is "on_hold",
// statusName(Status::OnHold) "On hold", statusFromKey("on_hold") Status::OnHold.
inline constexpr auto& stageKey = EnumTraits<Stage>::key;
inline constexpr auto& stageName = EnumTraits<Stage>::name; // "Uniquely Informative"
inline constexpr auto& statusKey = EnumTraits<Status>::key;
inline constexpr auto& statusName = EnumTraits<Status>::name;
inline constexpr auto& statusFromKey = EnumTraits<Status>::fromKey;
inline constexpr auto& contactRoleKey = EnumTraits<ContactRole>::key;
inline constexpr auto& contactRoleName = EnumTraits<ContactRole>::name;
inline constexpr auto& contactRoleFromKey = EnumTraits<ContactRole>::fromKey;
inline constexpr auto& meetingKindKey = EnumTraits<MeetingKind>::key;
inline constexpr auto& meetingKindName = EnumTraits<MeetingKind>::name;
inline constexpr auto& meetingKindFromKey = EnumTraits<MeetingKind>::fromKey;
inline constexpr auto& dataRequestStatusKey = EnumTraits<DataRequestStatus>::key;
inline constexpr auto& dataRequestStatusFromKey = EnumTraits<DataRequestStatus>::fromKey;
inline constexpr auto& metricSourceKey = EnumTraits<MetricSource>::key;
inline constexpr auto& metricSourceFromKey = EnumTraits<MetricSource>::fromKey;
inline constexpr auto& opportunityStatusKey = EnumTraits<OpportunityStatus>::key;
inline constexpr auto& opportunityStatusFromKey = EnumTraits<OpportunityStatus>::fromKey;
inline constexpr auto& liftKindKey = EnumTraits<LiftKind>::key;
inline constexpr auto& liftKindFromKey = EnumTraits<LiftKind>::fromKey;
inline constexpr auto& leverKey = EnumTraits<Lever>::key;
inline constexpr auto& leverName = EnumTraits<Lever>::name;
inline constexpr auto& leverFromKey = EnumTraits<Lever>::fromKey;
inline constexpr auto& sideKey = EnumTraits<Side>::key;
inline constexpr auto& sideFromKey = EnumTraits<Side>::fromKey;
inline constexpr auto& activityKindKey = EnumTraits<ActivityKind>::key;
inline constexpr auto& activityKindName = EnumTraits<ActivityKind>::name;
inline constexpr auto& activityKindFromKey = EnumTraits<ActivityKind>::fromKey;

} // namespace accord::core
