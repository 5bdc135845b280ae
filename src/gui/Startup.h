#pragma once

// Start-up helpers main.cpp wires together: the first-run choice, the demo
// pipeline, and the documentation screenshots.

#include "core/Store.h"

class QWidget;

namespace accord::gui {

class MainWindow;
class Prompter;
class Session;

/// Writes the demo pipeline (the same as `accord-cli demo`) in one transaction.
void fillWithDemo(core::Store& store, const QDateTime& now);

/// Asks a new file's owner whether to start empty or with the demo pipeline;
/// fills it when the demo is chosen. Returns whether the demo was written.
bool offerDemo(core::Store& store, Prompter& prompter, QWidget* parent = nullptr);

/// The language chosen in Settings: "" (the system's), "en" or "de".
QString chosenLanguage();
void setChosenLanguage(const QString& code);

/// Loads the chosen language (or the system's) before any window or help
/// text is made. Returns the language in use.
QString installChosenLanguage();

/// Grabs board.png, detail.png and log-meeting.png of `window` into `folder`.
/// Returns false when a picture could not be written.
bool takeScreenshots(MainWindow& window, const QString& folder);

#ifdef ACCORD_TEST_HOOKS
/// For automated checks only (tests/resilience drive the real app with it);
/// compiled only with the ACCORD_TEST_HOOKS build option (test builds).
/// With $ACCORD_DRIVE = "log-meeting:PROSPECT_ID:COUNT:INTERVAL_MS[:STOP_FILE]",
/// logs meetings on the prospect through the session's undo commands, as the
/// Log meeting dialog does, one every INTERVAL_MS; prints "committed <id>" on
/// stdout once each is saved (or "failed to log meeting N" on stderr). After
/// COUNT of them (and, with STOP_FILE, once that file exists) it closes
/// `window`, so the app quits the normal way. False when unset or malformed.
bool startDriveFromEnvironment(Session& session, QWidget& window);
#endif

} // namespace accord::gui
