#pragma once

// A desktop notification when an activity falls due while Accord runs: once a
// minute the user's open activities of today are looked at, and those that
// fell due since the last look are announced — by the system tray where the
// desktop has one, else in the status bar. Clicking the notification opens
// the prospect.

#include "core/Activities.h"

#include <QObject>

class QSystemTrayIcon;
class QTimer;

namespace accord::gui {

class Session;

class DueNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DueNotifier(Session& session, QObject* parent = nullptr);
    /// Looks now: announces what fell due since the last look (the first look
    /// is the moment the notifier was made). Returns what it announced.
    std::vector<core::ActivityRow> check();
    /// The tray icon, when the desktop has a tray.
    QSystemTrayIcon* trayIcon() const { return m_tray; }

signals:
    /// What fell due, with the sentence shown.
    void announced(const QString& title, const QString& text);
    void openRequested(core::Id prospectId);

private:
    Session& m_session;
    QTimer* m_timer;
    QSystemTrayIcon* m_tray = nullptr;
    QDateTime m_lastLook;
    core::Id m_lastProspect = core::kNoId;
};

} // namespace accord::gui
