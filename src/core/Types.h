#pragma once

// Portable value types shared by every layer: ids, the method's stages,
// prospect status, money and the small enums of the data model.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>
#include <vector>

namespace accord::core {

/// Row identity. 64-bit so it maps onto SQLite rowids and PostgreSQL bigserial.
using Id = qint64;
inline constexpr Id kNoId = 0;

/// The three steps of the method plus the signed partnership.
enum class Stage { Informative = 1, Consulting = 2, Negotiation = 3, Partnership = 4 };
inline constexpr int kStageCount = 4;
inline constexpr Stage kAllStages[] = {Stage::Informative, Stage::Consulting, Stage::Negotiation,
                                       Stage::Partnership};

enum class Status { Active, OnHold, Won, Lost };

enum class ContactRole { Executive, Operations, FieldSales, Other };
enum class MeetingKind { Presentation, Discovery, Workshop, Negotiation, Call, Email };
enum class DataRequestStatus { Requested, Received, Declined };
enum class MetricSource { Prospect, Industry, Competitor };
enum class OpportunityStatus { Proposed, Embraced, Rejected };
enum class LiftKind { Amount, Percent };
enum class Lever { Money, Time, Rights, Risk };
inline constexpr Lever kAllLevers[] = {Lever::Money, Lever::Time, Lever::Rights, Lever::Risk};
enum class Side { Ours, Theirs };
/// What a planned activity is: the usual follow-ups and the method's own moves.
enum class ActivityKind {
    Call,
    Meeting,
    Email,
    Task,
    ShareInsight,
    RequestData,
    ReviewGap,
    NegotiationSession
};

/// Money as integer minor units (cents) plus an ISO 4217 code.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("USD");
    bool operator==(const Money&) const = default;
};

/// Raised for input a user or a file got wrong: the message is for people.
class ValidationError : public std::runtime_error
{
public:
    ValidationError(QString field, const QString& message)
        : std::runtime_error(message.toStdString()), m_field(std::move(field))
    {}
    const QString& field() const { return m_field; }
    QString message() const { return QString::fromStdString(what()); }

private:
    QString m_field;
};

/// Raised by a store for anything it could not do (disk full, locked, corrupt).
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
    explicit StoreError(const QString& message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

/// Raised by a store whose data is damaged (found on opening or by a check):
/// restoring a backup is the way out.
class DamagedStoreError : public StoreError
{
public:
    using StoreError::StoreError;
};

/// Whole days (24 hours each) from `from` to `to`; 0 when either is unset or
/// `to` comes first. The one definition of "days in stage" that the board, the
/// table, the CLI, the pipeline CSV and the summaries show.
int wholeDaysBetween(const QDateTime& from, const QDateTime& to);

// Each enum's stable machine key ("informative", "on_hold", …: the store, JSON
// and the CLI), its display name and the lookup by key are read from its table
// in EnumTraits.h, under the names statusKey(), statusName(), statusFromKey() …
QString stageShortName(Stage s); // "Informative"
/// A key, a stage number 1–4, or a full or short name, English or translated.
std::optional<Stage> stageFromKey(const QString& keyOrNumber);

} // namespace accord::core

// The tables, and the key and name functions of each enum.
#include "EnumTraits.h"
