#pragma once

// The one policy for a read of the store that fails in a view: the failure is
// logged on the gui category and the user is told what could not be read and
// why (Session::readFailed: the window's status line and the workspace tabs'
// error line show it). The view then shows what it could read, or nothing.

#include <QString>

#include <functional>

namespace accord::gui {

class Session;

/// Runs `read`; when it throws, reports `sentence` with %1 replaced by the
/// reason and returns false.
bool tryRead(Session& session, const QString& sentence, const std::function<void()>& read);

} // namespace accord::gui
