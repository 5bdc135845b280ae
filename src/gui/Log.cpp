#include "Log.h"

namespace accord::gui {
Q_LOGGING_CATEGORY(lcGui, "accord.gui")
} // namespace accord::gui
