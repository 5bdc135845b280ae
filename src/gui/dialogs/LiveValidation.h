#pragma once

// Keeps a form's error message true while the user corrects the form: once
// the message shows, every edit checks again, so the message changes to the
// next problem or goes away as soon as the fields are right.

#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace accord::gui {

/// `check` returns the first problem of the form, or an empty string. Watches
/// every editor under `form` (line edits, combo boxes, text boxes, spin and
/// date boxes, check boxes, list items).
void revalidateOnEdit(QWidget* form, QLabel* error, std::function<QString()> check);

} // namespace accord::gui
