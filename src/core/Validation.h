#pragma once

// Field rules shared by the GUI, the CLI and the importers. Each throws
// ValidationError with the field and one clear sentence.

#include "Gate.h"

namespace accord::core {

inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxShortText = 1000;     // titles, emails, positions
inline constexpr int kMaxLongText = 1'000'000; // notes, bodies, summaries

void validate(const Prospect& p);
void validate(const Contact& c);
void validate(const Meeting& m);
void validate(const Insight& v);
void validate(const DataRequest& v);
void validate(const Metric& v);
void validate(const Opportunity& v);
void validate(const Negotiation& v);
void validate(const Tradable& v);
void validate(const GateCriterion& v);

} // namespace accord::core
