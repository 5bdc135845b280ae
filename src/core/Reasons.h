#pragma once

// Won and lost reasons you can count: the pipeline's list of reasons (a stable
// key and a label each, editable in Settings → Reasons), kept in the settings.
// A prospect carries a reason's key (Prospect::reasonCode) beside its free
// note; a reason removed from the list is kept, retired, so that the prospects
// carrying it still read its label.

#include <QString>

#include <optional>
#include <vector>

namespace accord::core {

struct Reason
{
    QString key;   // lower-case letters, digits and _: "no_decision"
    QString label; // "No decision"
    bool retired = false;
    bool operator==(const Reason&) const = default;
};

/// The key of the reason given for text that names none of the list (an import).
inline constexpr const char* kOtherReason = "other";

/// Price, timing, no decision, competitor, no fit, champion left.
std::vector<Reason> defaultReasons();

/// The list as one setting value (JSON) and back; text that is not a list
/// reads as the defaults.
QString reasonsText(const std::vector<Reason>& reasons);
std::vector<Reason> reasonsFromText(const QString& text);

/// A key made from a label: "No decision" → "no_decision".
QString reasonKeyFor(const QString& label);

/// Throws ValidationError unless every key is well formed and unique and every
/// label is set, single-line and unique among the reasons in use.
void validateReasons(const std::vector<Reason>& reasons);

/// The reason in use (not retired) with this key, or whose key or label is
/// `text` (case-insensitive, trimmed).
const Reason* findReason(const std::vector<Reason>& reasons, const QString& text);

/// What a prospect's reason code reads as: its label (a retired reason's too),
/// the code itself when the list does not know it, "" for no code.
QString reasonLabel(const std::vector<Reason>& reasons, const QString& code);

/// The keys of the reasons in use, for a refusal: "price, timing or other".
QString knownReasonKeys(const std::vector<Reason>& reasons);

/// Checks a reason code given for a status change: empty passes; else the code
/// must name a reason in use (ValidationError listing the known ones).
/// Returns the key (as the list spells it).
QString requireReason(const std::vector<Reason>& reasons, const QString& code);

} // namespace accord::core
