#pragma once

// Start-up helpers main.cpp wires together: the first-run choice, the demo
// pipeline, and the documentation screenshots.

#include "core/Store.h"

class QWidget;

namespace accord::gui {

class MainWindow;
class Prompter;

/// Writes the demo pipeline (the same as `accord-cli demo`) in one transaction.
void fillWithDemo(core::Store& store, const QDateTime& now);

/// Asks a new file's owner whether to start empty or with the demo pipeline;
/// fills it when the demo is chosen. Returns whether the demo was written.
bool offerDemo(core::Store& store, Prompter& prompter, QWidget* parent = nullptr);

/// Grabs board.png, detail.png and log-meeting.png of `window` into `folder`.
/// Returns false when a picture could not be written.
bool takeScreenshots(MainWindow& window, const QString& folder);

} // namespace accord::gui
