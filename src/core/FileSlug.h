#pragma once

// The one rule for a file name made from a prospect's name (batch summaries in
// the GUI and `accord-cli export summary --to DIR`): letters and digits of any
// script are kept, lower-cased where the script has case; every run of other
// characters becomes one hyphen.

#include <QString>

namespace accord::core {

/// "Rocket Migré Café" → "rocket-migré-café"; "شركة النور" keeps its letters.
/// At most `maxChars` characters (never half a character); "prospect" when
/// nothing is left.
QString fileSlug(const QString& name, int maxChars = 40);

} // namespace accord::core
