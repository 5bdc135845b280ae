#pragma once

// Field rules shared by the GUI, the CLI and the importers. Each throws
// ValidationError with the field and one clear sentence.

#include "Gate.h"

namespace accord::core {

inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxShortText = 1000;     // titles, emails, positions
inline constexpr int kMaxLongText = 1'000'000; // notes, bodies, summaries

/// The text rule of every field, applied by validate() and by every importer:
/// no NUL and no other C0 or C1 control character (U+0000–U+001F, U+007F–U+009F),
/// except tab, line feed and CR LF in multi-line text. Returns the position of
/// the first character that breaks it, or -1.
qsizetype forbiddenCharacterAt(const QString& text, bool multiLine);
/// Throws ValidationError (`field`, naming `label`) when forbiddenCharacterAt finds one.
void validateText(const QString& text, bool multiLine, const QString& field, const QString& label);

/// `text` for a terminal: each character validateText refuses (with line
/// breaks and tabs) shown as U+FFFD, so text stored before the rule cannot
/// move the cursor or recolour the screen.
QString printableText(const QString& text);

/// Years Accord stores (after converting to UTC): 1900–9999.
inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 9999;
bool isWithinDateRange(const QDate& d);
bool isWithinDateRange(const QDateTime& t); // its UTC date

/// Throws ValidationError (`field`) with one sentence when `code` is not a
/// three-letter currency code: for a value, the pipeline currency and a rate.
void validateCurrencyCode(const QString& code, const QString& field = QStringLiteral("currency"));

void validate(const Prospect& p);
void validate(const Contact& c);
void validate(const Meeting& m);
void validate(const Insight& v);
void validate(const DataRequest& v);
void validate(const Metric& v);
void validate(const Opportunity& v);
void validate(const Negotiation& v);
void validate(const Tradable& v);
void validate(const Activity& v);
void validate(const GateCriterion& v);

} // namespace accord::core
