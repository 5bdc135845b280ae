#pragma once

// A line above the window's pages that says what could not be read from the
// store and why (Session::readFailed). It goes away once every view has
// reloaded without a failed read.

#include <QLabel>

namespace accord::gui {

class Session;

class ReadErrorBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ReadErrorBanner(Session& session, QWidget* parent = nullptr);
};

} // namespace accord::gui
