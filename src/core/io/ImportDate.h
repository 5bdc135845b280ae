#pragma once

// Dates in another tool's CSV export. A numeric date with the year last
// (01/02/2026, 1.2.2026, 01-02-2026) reads day first or month first depending
// on where the file came from: the order is given (DMY, MDY), or taken from
// the file's own dates when one of them can only be read one way (30/01/2026),
// else such a date is refused instead of guessed.

#include <QString>

#include <optional>

namespace accord::core {

/// The order of a date's parts: Auto decides from the file.
enum class DateOrder { Auto, DMY, MDY, YMD };

/// "dmy", "mdy", "ymd" (any case) → the order; nullopt for anything else.
std::optional<DateOrder> dateOrderFromKey(const QString& key);
/// "DMY", "MDY", "YMD"; "auto" for Auto.
QString dateOrderKey(DateOrder order);

/// What a numeric date with the year last says about the order: `DMY` when
/// only day first reads (30/01/2026), `MDY` when only month first does
/// (01/30/2026), nullopt when either or neither does, or it is no such date.
std::optional<DateOrder> dateOrderEvidence(const QString& text);

/// The text with a numeric date at its start (year last or year first, with
/// `/`, `.` or `-`) rewritten as YYYY-MM-DD in `order`, the rest (a time) kept;
/// other text is returned as it is. Sets `*ambiguous` when the order is Auto
/// and the date reads both ways (01/02/2026); `*refused` when the order is
/// YMD and the year comes last.
QString isoDateText(const QString& text, DateOrder order, bool* ambiguous, bool* refused);

} // namespace accord::core
