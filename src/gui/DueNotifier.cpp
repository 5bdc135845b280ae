#include "DueNotifier.h"

#include "ActivityActions.h"
#include "Session.h"
#include "core/DueAlerts.h"
#include "core/EnumTraits.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QTimer>

namespace accord::gui {

DueNotifier::DueNotifier(Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_timer(new QTimer(this)), m_lastLook(session.now())
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/accord.svg")), this);
        m_tray->setToolTip(tr("Accord"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastProspect != core::kNoId)
                emit openRequested(m_lastProspect);
        });
    }
    m_timer->setInterval(60'000);
    connect(m_timer, &QTimer::timeout, this, [this] { check(); });
    m_timer->start();
}

std::vector<core::ActivityRow> DueNotifier::check()
{
    const QDateTime now = m_session.now();
    const QDateTime from = m_lastLook;
    m_lastLook = now;
    core::ActivityService service = activityService(m_session);
    std::vector<core::ActivityRow> due;
    try {
        const QString me = m_session.userName();
        const QStringList owners = m_session.store().prospects().owners();
        // Everyone's when the user owns nothing here (a file one person keeps).
        const QStringList whose = owners.contains(me) ? QStringList{me} : QStringList{};
        core::ActivityRange range;
        range.from = from.toTimeZone(service.zone()).date();
        range.to = now.toTimeZone(service.zone()).date();
        range.owners = whose;
        due =
            core::fallenDue(m_session.store().activities().open(range), from, now, service.zone());
    } catch (const std::exception&) {
        return {}; // a read that fails is reported by the pages; the next look tries again
    }
    if (due.empty())
        return due;
    const core::ActivityRow& first = due.front();
    const QString title =
        due.size() == 1 ? tr("Due now: %1").arg(first.prospectName)
                        : tr("%n activities are due now", nullptr, static_cast<int>(due.size()));
    QStringList lines;
    for (const core::ActivityRow& r : due)
        lines << tr("%1: %2 (%3)")
                     .arg(core::activityKindName(r.activity.kind), r.activity.title,
                          r.prospectName);
    const QString text = lines.join(u'\n');
    m_lastProspect = first.activity.prospectId;
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15'000);
    emit announced(title, text);
    return due;
}

} // namespace accord::gui
