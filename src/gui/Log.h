#pragma once

#include <QLoggingCategory>

namespace accord::gui {
Q_DECLARE_LOGGING_CATEGORY(lcGui)
} // namespace accord::gui
