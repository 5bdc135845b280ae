#include "Fields.h"

namespace accord::core {

FieldKind kindOf(FieldType type)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Choice:
        return FieldKind::Text;
    case FieldType::Integer:
    case FieldType::Flag:
    case FieldType::Stage:
        return FieldKind::Integer;
    case FieldType::Real:
        return FieldKind::Real;
    case FieldType::Date:
        return FieldKind::Date;
    case FieldType::Time:
        return FieldKind::Time;
    case FieldType::Reference:
        return FieldKind::Reference;
    }
    return FieldKind::Text;
}

namespace {

template <typename M> struct MemberOf;
template <typename C, typename V> struct MemberOf<V C::*>
{
    using Class = C;
    using Value = V;
};
template <auto M> using ClassOf = typename MemberOf<decltype(M)>::Class;
template <auto M> using ValueOf = typename MemberOf<decltype(M)>::Value;

/// A field under construction: the builders below fill key, type and member;
/// the chained calls add what the line says about columns and limits.
template <typename T> struct F : Field<T>
{
    F& at(int column, const char* header)
    {
        this->column = column;
        this->header = header;
        return *this;
    }
    F& range(int low, int high)
    {
        this->min = low;
        this->max = high;
        return *this;
    }
};

template <auto M>
F<ClassOf<M>> make(const char* key, FieldType type, const char* label, const char* subject,
                   unsigned flags = 0)
{
    F<ClassOf<M>> f;
    f.key = key;
    f.type = type;
    f.label = label;
    f.subject = subject;
    f.flags = flags;
    return f;
}

template <auto M>
F<ClassOf<M>> text(const char* key, const char* label, const char* subject, int maxLength,
                   unsigned flags = 0)
{
    using C = ClassOf<M>;
    auto f = make<M>(key, FieldType::Text, label, subject, flags);
    f.maxLength = maxLength;
    f.get = [](const C& r) { return QVariant(r.*M); };
    f.set = [](C& r, const QVariant& v) { r.*M = v.toString(); };
    return f;
}

template <auto M>
F<ClassOf<M>> integer(const char* key, const char* label, const char* subject, int low, int high)
{
    using C = ClassOf<M>;
    auto f = make<M>(key, FieldType::Integer, label, subject);
    f.range(low, high);
    f.get = [](const C& r) { return QVariant(qint64(r.*M)); };
    f.set = [](C& r, const QVariant& v) { r.*M = static_cast<ValueOf<M>>(v.toLongLong()); };
    return f;
}

template <auto M> F<ClassOf<M>> flag(const char* key, const char* label)
{
    using C = ClassOf<M>;
    auto f = make<M>(key, FieldType::Flag, label, nullptr);
    f.get = [](const C& r) { return QVariant(qint64(r.*M ? 1 : 0)); };
    f.set = [](C& r, const QVariant& v) { r.*M = v.toLongLong() != 0; };
    return f;
}

template <auto M>
F<ClassOf<M>> real(const char* key, const char* label, const char* subject, unsigned flags = 0)
{
    using C = ClassOf<M>;
    auto f = make<M>(key, FieldType::Real, label, subject, flags);
    f.get = [](const C& r) { return QVariant(double(r.*M)); };
    f.set = [](C& r, const QVariant& v) { r.*M = v.toDouble(); };
    return f;
}

template <auto M> F<ClassOf<M>> date(const char* key, const char* label, const char* subject)
{
    using C = ClassOf<M>;
    auto f = make<M>(key, FieldType::Date, label, subject);
    f.get = [](const C& r) { return (r.*M).isValid() ? QVariant(r.*M) : QVariant(); };
    f.set = [](C& r, const QVariant& v) { r.*M = v.isValid() ? v.toDate() : QDate(); };
    return f;
}

template <auto M>
F<ClassOf<M>> time(const char* key, const char* label, const char* subject, unsigned flags = 0)
{
    using C = ClassOf<M>;
    auto f = make<M>(key, FieldType::Time, label, subject, flags);
    f.get = [](const C& r) { return (r.*M).isValid() ? QVariant((r.*M).toUTC()) : QVariant(); };
    f.set = [](C& r, const QVariant& v) {
        r.*M = v.isValid() ? v.toDateTime().toUTC() : QDateTime();
    };
    return f;
}

template <auto M> F<ClassOf<M>> ref(const char* key, const char* label)
{
    using C = ClassOf<M>;
    auto f = make<M>(key, FieldType::Reference, label, nullptr);
    f.get = [](const C& r) { return r.*M == kNoId ? QVariant() : QVariant(qint64(r.*M)); };
    f.set = [](C& r, const QVariant& v) { r.*M = v.isValid() ? v.toLongLong() : kNoId; };
    return f;
}

/// An enum stored as its EnumTraits key; an unknown key reads as the type's default.
template <auto M> F<ClassOf<M>> choice(const char* key, const char* label)
{
    using C = ClassOf<M>;
    using E = ValueOf<M>;
    auto f = make<M>(key, FieldType::Choice, label, nullptr);
    f.choices = choicesOf<E>();
    f.get = [](const C& r) { return QVariant(EnumTraits<E>::key(r.*M)); };
    f.set = [](C& r, const QVariant& v) {
        r.*M = EnumTraits<E>::fromKey(v.toString()).value_or(C{}.*M);
    };
    return f;
}

template <auto M> F<ClassOf<M>> stage(const char* key, const char* label)
{
    using C = ClassOf<M>;
    auto f = make<M>(key, FieldType::Stage, label, nullptr);
    f.choices = choicesOf<Stage>();
    f.get = [](const C& r) { return QVariant(qint64(static_cast<int>(r.*M))); };
    f.set = [](C& r, const QVariant& v) {
        const qint64 s = v.toLongLong();
        r.*M = s >= 1 && s <= kStageCount ? static_cast<Stage>(s) : Stage::Informative;
    };
    return f;
}

constexpr int kName = kMaxNameLength;
constexpr int kShort = kMaxShortText;
constexpr int kLong = kMaxLongText;

} // namespace

// Labels: lower-case label for sentences, then the subject of validation messages.
// clang-format off
template <> const std::vector<Field<Prospect>>& FieldTables::of()
{
    using T = Prospect;
    static const std::vector<Field<T>> d{
        text<&T::name>("name", QT_TR_NOOP("name"), QT_TR_NOOP("The name"), kName, Required),
        text<&T::industry>("industry", QT_TR_NOOP("industry"), QT_TR_NOOP("The industry"), kShort),
        text<&T::segment>("segment", QT_TR_NOOP("segment"), QT_TR_NOOP("The segment"), kShort),
        text<&T::website>("website", QT_TR_NOOP("website"), QT_TR_NOOP("The website"), kShort),
        text<&T::owner>("owner", QT_TR_NOOP("owner"), QT_TR_NOOP("The owner"), kName),
        stage<&T::stage>("stage", QT_TR_NOOP("stage")),
        choice<&T::status>("status", QT_TR_NOOP("status")),
        [] { // money is one JSON object and two columns: by hand
            auto f = make<&T::value>("value_minor", FieldType::Integer, QT_TR_NOOP("value"),
                                     QT_TR_NOOP("The value"), Custom);
            f.get = [](const T& r) { return QVariant(r.value.minor); };
            f.set = [](T& r, const QVariant& v) { r.value.minor = v.toLongLong(); };
            return f;
        }(),
        [] {
            auto f = make<&T::value>("currency", FieldType::Text, QT_TR_NOOP("currency"),
                                     QT_TR_NOOP("The currency"), Custom);
            f.get = [](const T& r) { return QVariant(r.value.currency); };
            f.set = [](T& r, const QVariant& v) { r.value.currency = v.toString(); };
            return f;
        }(),
        text<&T::lostReason>("lost_reason", QT_TR_NOOP("lost reason"), QT_TR_NOOP("The lost reason"), kLong),
        text<&T::nextStep>("next_step", QT_TR_NOOP("next step"), QT_TR_NOOP("The next step"), kShort),
        date<&T::nextStepDue>("next_step_due", QT_TR_NOOP("next step's due date"), QT_TR_NOOP("The next step's due date")),
        time<&T::createdAt>("created_at", QT_TR_NOOP("creation time"), QT_TR_NOOP("The creation time")),
        time<&T::updatedAt>("updated_at", QT_TR_NOOP("last change"), QT_TR_NOOP("The time of the last change")),
        time<&T::stageEnteredAt>("stage_entered_at", QT_TR_NOOP("stage entry time"), QT_TR_NOOP("The time the stage was entered")),
        time<&T::deletedAt>("deleted_at", QT_TR_NOOP("place in the trash"), QT_TR_NOOP("The time it was moved to the trash")),
        date<&T::signedOn>("signed_on", QT_TR_NOOP("signed date"), QT_TR_NOOP("The signed date")),
        text<&T::agreementSummary>("agreement_summary", QT_TR_NOOP("agreement summary"), QT_TR_NOOP("The agreement summary"), kLong),
        date<&T::expectedClose>("expected_close", QT_TR_NOOP("expected close date"), QT_TR_NOOP("The expected close date")),
        text<&T::reasonCode>("reason_code", QT_TR_NOOP("reason"), QT_TR_NOOP("The reason code"), kShort),
    };
    return d;
}

template <> const std::vector<Field<Contact>>& FieldTables::of()
{
    using T = Contact;
    static const std::vector<Field<T>> d{
        ref<&T::prospectId>("prospect_id", QT_TR_NOOP("prospect")),
        text<&T::name>("name", QT_TR_NOOP("name"), QT_TR_NOOP("The contact's name"), kName, Required).at(0, QT_TR_NOOP("Name")),
        text<&T::title>("title", QT_TR_NOOP("title"), QT_TR_NOOP("The title"), kShort).at(1, QT_TR_NOOP("Title")),
        choice<&T::role>("role", QT_TR_NOOP("role")).at(2, QT_TR_NOOP("Role")),
        text<&T::email>("email", QT_TR_NOOP("e-mail"), QT_TR_NOOP("The email address"), kShort, Email).at(3, QT_TR_NOOP("Email")),
        text<&T::phone>("phone", QT_TR_NOOP("phone"), QT_TR_NOOP("The phone number"), kShort).at(4, QT_TR_NOOP("Phone")),
    };
    return d;
}

template <> const std::vector<Field<Meeting>>& FieldTables::of()
{
    using T = Meeting;
    static const std::vector<Field<T>> d{
        ref<&T::prospectId>("prospect_id", QT_TR_NOOP("prospect")),
        time<&T::occurredAt>("occurred_at", QT_TR_NOOP("time"), QT_TR_NOOP("The meeting's date"), Required),
        integer<&T::durationMinutes>("duration_minutes", QT_TR_NOOP("duration"), QT_TR_NOOP("The duration in minutes"), 0, 1440),
        choice<&T::kind>("kind", QT_TR_NOOP("kind")),
        stage<&T::stageAtTime>("stage_at_time", QT_TR_NOOP("stage at the time")),
        text<&T::attendees>("attendees", QT_TR_NOOP("attendees"), QT_TR_NOOP("The attendee list"), kLong),
        text<&T::summary>("summary", QT_TR_NOOP("summary"), QT_TR_NOOP("The summary"), kLong, Required),
        text<&T::notes>("notes", QT_TR_NOOP("notes"), QT_TR_NOOP("Notes"), kLong, Plural),
        text<&T::shared>("shared", QT_TR_NOOP("what was shared"), QT_TR_NOOP("What we shared"), kLong),
        text<&T::learned>("learned", QT_TR_NOOP("what was learned"), QT_TR_NOOP("What we learned"), kLong),
        text<&T::nextStep>("next_step", QT_TR_NOOP("next step"), QT_TR_NOOP("The next step"), kShort),
        date<&T::nextStepDue>("next_step_due", QT_TR_NOOP("next step's due date"), QT_TR_NOOP("The next step's due date")),
        text<&T::loggedBy>("logged_by", QT_TR_NOOP("author"), QT_TR_NOOP("Logged by"), kName),
    };
    return d;
}

template <> const std::vector<Field<StageChange>>& FieldTables::of()
{
    using T = StageChange;
    static const std::vector<Field<T>> d{
        ref<&T::prospectId>("prospect_id", QT_TR_NOOP("prospect")),
        time<&T::at>("at", QT_TR_NOOP("time"), nullptr, Required),
        stage<&T::fromStage>("from_stage", QT_TR_NOOP("stage before")),
        stage<&T::toStage>("to_stage", QT_TR_NOOP("stage after")),
        choice<&T::fromStatus>("from_status", QT_TR_NOOP("status before")),
        choice<&T::toStatus>("to_status", QT_TR_NOOP("status after")),
        text<&T::by>("by", QT_TR_NOOP("author"), nullptr, 0),
        text<&T::reason>("reason", QT_TR_NOOP("reason"), nullptr, kLong),
        flag<&T::gateOverride>("gate_override", QT_TR_NOOP("gate override")),
    };
    return d;
}

template <> const std::vector<Field<CloseChange>>& FieldTables::of()
{
    using T = CloseChange;
    static const std::vector<Field<T>> d{
        ref<&T::prospectId>("prospect_id", QT_TR_NOOP("prospect")),
        time<&T::at>("at", QT_TR_NOOP("time"), nullptr, Required),
        date<&T::fromDate>("from_date", QT_TR_NOOP("close date before"), nullptr),
        date<&T::toDate>("to_date", QT_TR_NOOP("close date after"), nullptr),
        text<&T::by>("by", QT_TR_NOOP("author"), nullptr, 0),
    };
    return d;
}

template <> const std::vector<Field<Insight>>& FieldTables::of()
{
    using T = Insight;
    static const std::vector<Field<T>> d{
        ref<&T::prospectId>("prospect_id", QT_TR_NOOP("prospect")),
        ref<&T::meetingId>("meeting_id", QT_TR_NOOP("meeting")).at(3, QT_TR_NOOP("Presented at")),
        text<&T::title>("title", QT_TR_NOOP("title"), QT_TR_NOOP("The insight's title"), kShort, Required).at(1, QT_TR_NOOP("Insight")),
        text<&T::body>("body", QT_TR_NOOP("text"), QT_TR_NOOP("The insight's text"), kLong).at(4, QT_TR_NOOP("What it says")),
        text<&T::source>("source", QT_TR_NOOP("source"), QT_TR_NOOP("The source"), kShort).at(2, QT_TR_NOOP("Source")),
        date<&T::sharedOn>("shared_on", QT_TR_NOOP("shared date"), QT_TR_NOOP("The date it was shared")).at(0, QT_TR_NOOP("Shared on")),
    };
    return d;
}

template <> const std::vector<Field<DataRequest>>& FieldTables::of()
{
    using T = DataRequest;
    static const std::vector<Field<T>> d{
        ref<&T::prospectId>("prospect_id", QT_TR_NOOP("prospect")),
        text<&T::item>("item", QT_TR_NOOP("item"), QT_TR_NOOP("The requested item"), kShort, Required).at(0, QT_TR_NOOP("Item")),
        date<&T::requestedOn>("requested_on", QT_TR_NOOP("requested date"), QT_TR_NOOP("The requested date")).at(1, QT_TR_NOOP("Requested")),
        choice<&T::status>("status", QT_TR_NOOP("status")).at(2, QT_TR_NOOP("Status")),
        date<&T::receivedOn>("received_on", QT_TR_NOOP("received date"), QT_TR_NOOP("The received date")).at(3, QT_TR_NOOP("Received")),
        text<&T::note>("note", QT_TR_NOOP("note"), QT_TR_NOOP("The note"), kLong).at(4, QT_TR_NOOP("Note")),
    };
    return d;
}

template <> const std::vector<Field<Metric>>& FieldTables::of()
{
    using T = Metric;
    static const std::vector<Field<T>> d{
        ref<&T::prospectId>("prospect_id", QT_TR_NOOP("prospect")),
        text<&T::name>("name", QT_TR_NOOP("name"), QT_TR_NOOP("The metric's name"), kShort, Required).at(0, QT_TR_NOOP("Metric")),
        real<&T::value>("value", QT_TR_NOOP("value"), QT_TR_NOOP("The metric's value"), Required).at(1, QT_TR_NOOP("Value")),
        text<&T::unit>("unit", QT_TR_NOOP("unit"), QT_TR_NOOP("The unit"), kShort).at(2, QT_TR_NOOP("Unit")),
        text<&T::period>("period", QT_TR_NOOP("period"), QT_TR_NOOP("The period"), kShort).at(3, QT_TR_NOOP("Period")),
        choice<&T::source>("source", QT_TR_NOOP("source")).at(4, QT_TR_NOOP("Source")),
    };
    return d;
}

template <> const std::vector<Field<Opportunity>>& FieldTables::of()
{
    using T = Opportunity;
    static const std::vector<Field<T>> d{
        ref<&T::prospectId>("prospect_id", QT_TR_NOOP("prospect")),
        text<&T::title>("title", QT_TR_NOOP("title"), QT_TR_NOOP("The opportunity's title"), kShort, Required).at(0, QT_TR_NOOP("Opportunity")),
        text<&T::description>("description", QT_TR_NOOP("description"), QT_TR_NOOP("The description"), kLong).at(4, QT_TR_NOOP("Description")),
        choice<&T::liftKind>("lift_kind", QT_TR_NOOP("lift kind")),
        real<&T::liftValue>("lift_value", QT_TR_NOOP("lift"), QT_TR_NOOP("The estimated lift")).at(1, QT_TR_NOOP("Estimated lift")),
        ref<&T::championContactId>("champion_contact_id", QT_TR_NOOP("champion")).at(2, QT_TR_NOOP("Champion")),
        choice<&T::status>("status", QT_TR_NOOP("status")).at(3, QT_TR_NOOP("Status")),
    };
    return d;
}

template <> const std::vector<Field<Tradable>>& FieldTables::of()
{
    using T = Tradable;
    static const std::vector<Field<T>> d{
        ref<&T::prospectId>("prospect_id", QT_TR_NOOP("prospect")),
        choice<&T::side>("side", QT_TR_NOOP("side")).at(0, QT_TR_NOOP("Side")),
        text<&T::item>("item", QT_TR_NOOP("item"), QT_TR_NOOP("The tradable item"), kShort, Required).at(1, QT_TR_NOOP("Item")),
        text<&T::valueToOther>("value_to_other", QT_TR_NOOP("value to the other side"), QT_TR_NOOP("The value to the other side"), kShort).at(2, QT_TR_NOOP("Value to the other side")),
        text<&T::costToGive>("cost_to_give", QT_TR_NOOP("cost to give"), QT_TR_NOOP("The cost to give"), kShort).at(3, QT_TR_NOOP("Cost to give")),
    };
    return d;
}

// The worksheet's own fields; its levers are LeverPosition rows.
template <> const std::vector<Field<Negotiation>>& FieldTables::of()
{
    using T = Negotiation;
    static const std::vector<Field<T>> d{
        text<&T::ourBatna>("our_batna", QT_TR_NOOP("our BATNA"), QT_TR_NOOP("Our BATNA"), kLong),
        text<&T::theirBatna>("their_batna", QT_TR_NOOP("their BATNA"), QT_TR_NOOP("Their BATNA"), kLong),
        text<&T::theirInterests>("their_interests", QT_TR_NOOP("their interests"), QT_TR_NOOP("Their interests"), kLong, Plural),
        text<&T::ourInterests>("our_interests", QT_TR_NOOP("our interests"), QT_TR_NOOP("Our interests"), kLong, Plural),
        text<&T::objectiveCriteria>("objective_criteria", QT_TR_NOOP("objective criteria"), QT_TR_NOOP("The objective criteria"), kLong, Plural),
        integer<&T::stance>("stance", QT_TR_NOOP("stance"), QT_TR_NOOP("The stance"), 1, 5),
    };
    return d;
}

template <> const std::vector<Field<LeverPosition>>& FieldTables::of()
{
    using T = LeverPosition;
    static const std::vector<Field<T>> d{
        integer<&T::ourPriority>("our_priority", QT_TR_NOOP("our priority"), QT_TR_NOOP("Our priority"), 0, 5),
        integer<&T::theirPriority>("their_priority", QT_TR_NOOP("their priority"), QT_TR_NOOP("Their priority"), 0, 5),
        text<&T::ourPosition>("our_position", QT_TR_NOOP("our position"), QT_TR_NOOP("Our position"), kShort),
        text<&T::theirPosition>("their_position", QT_TR_NOOP("their position"), QT_TR_NOOP("Their position"), kShort),
        text<&T::ourConcession>("our_concession", QT_TR_NOOP("our concession"), QT_TR_NOOP("Our concession"), kShort),
        text<&T::theirConcession>("their_concession", QT_TR_NOOP("their concession"), QT_TR_NOOP("Their concession"), kShort),
    };
    return d;
}
// clang-format on

} // namespace accord::core
