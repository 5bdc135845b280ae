#include "Startup.h"

#include "Log.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "ProspectActions.h"
#include "Session.h"
#include "commands/Commands.h"
#include "core/Demo.h"
#include "core/Language.h"
#include "dialogs/LogMeetingDialog.h"
#include "models/ProspectListModel.h"
#include "views/BoardView.h"
#include "views/ProspectDetailView.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace accord::gui {

namespace {
/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}
} // namespace

void fillWithDemo(core::Store& store, const QDateTime& now)
{
    core::DemoOptions options;
    options.now = now;
    const auto bundles = core::makeDemoPipeline(options);
    store.transaction([&] {
        for (const auto& b : bundles)
            core::saveBundle(store, b);
    });
}

QString chosenLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setChosenLanguage(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(QStringLiteral("language"));
    else
        QSettings().setValue(QStringLiteral("language"), code);
}

QString installChosenLanguage()
{
    QString language = core::resolveLanguage(chosenLanguage());
    if (!core::installLanguage(language))
        qCWarning(lcGui, "Accord's texts for \"%s\" could not be loaded; English is used.",
                  qPrintable(language));
    return language;
}

bool offerDemo(core::Store& store, Prompter& prompter, QWidget* parent)
{
    const int choice = prompter.choose(
        parent, Text::tr("Welcome to Accord"),
        Text::tr("This database is new. Start with an empty pipeline, or explore Accord with a "
                 "demo pipeline of made-up prospects?"),
        {Text::tr("Empty pipeline"), Text::tr("Demo pipeline")});
    if (choice != 1)
        return false;
    fillWithDemo(store, QDateTime::currentDateTimeUtc());
    return true;
}

#ifdef ACCORD_TEST_HOOKS
bool startDriveFromEnvironment(Session& session, QWidget& window)
{
    const QStringList spec = qEnvironmentVariable("ACCORD_DRIVE").split(u':');
    if (spec.size() < 4 || spec[0] != u"log-meeting")
        return false;
    const core::Id prospect = spec[1].toLongLong();
    const int count = spec[2].toInt();
    const int interval = spec[3].toInt();
    const QString stopFile = spec.mid(4).join(u':');
    if (prospect <= 0 || count < 0 || interval < 0)
        return false;
    auto* timer = new QTimer(&window);
    timer->setInterval(interval);
    auto done = std::make_shared<int>(0);
    QObject::connect(
        timer, &QTimer::timeout, &window,
        [&session, &window, timer, done, count, prospect, stopFile] {
            if (*done >= count && (stopFile.isEmpty() || QFileInfo::exists(stopFile))) {
                timer->stop();
                window.close();
                return;
            }
            core::Meeting m;
            m.prospectId = prospect;
            m.occurredAt = session.now();
            m.kind = core::MeetingKind::Call;
            m.summary = QStringLiteral("App call %1").arg(++*done);
            auto command = makeLogMeeting(session, m);
            ChangeSetCommand* raw = command.get();
            if (session.execute(std::move(command)))
                std::printf("committed %lld\n", static_cast<long long>(raw->insertedId()));
            else
                std::fprintf(stderr, "failed to log meeting %d\n", *done);
            std::fflush(stdout);
            std::fflush(stderr);
        });
    timer->start();
    return true;
}
#endif

bool takeScreenshots(MainWindow& window, const QString& folder)
{
    QDir().mkpath(folder);
    auto save = [&folder](const QPixmap& pixmap, const char* name) {
        const QString path = QDir(folder).filePath(QString::fromLatin1(name));
        const bool ok = pixmap.save(path);
        qCInfo(lcGui) << (ok ? "wrote" : "could not write") << path;
        return ok;
    };
    window.resize(1400, 850);
    window.show();
    window.showPage(window.board());
    settle();
    bool ok = save(window.grab(), "board.png");

    // The detail of the most advanced active prospect with the most to show.
    core::Id id = core::kNoId;
    for (core::Stage s :
         {core::Stage::Negotiation, core::Stage::Consulting, core::Stage::Informative})
        if (auto* model = window.board()->columnModel(s); id == core::kNoId && model->rowCount())
            id = model->idAt(0);
    window.openProspect(id);
    settle();
    ok = save(window.grab(), "detail.png") && ok;

    window.actions()->logMeeting(id);
    settle();
    if (auto* dialog = window.findChild<LogMeetingDialog*>()) {
        dialog->findChild<QLineEdit*>(QStringLiteral("summaryEdit"))
            ->setText(Text::tr("Walked through the regional benchmark with their CFO"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"))
            ->setPlainText(Text::tr("They track online revenue weekly but not abandoned carts.\n"
                                    "Agreed to send last year's monthly figures."));
        auto* attendees = dialog->findChild<QListWidget*>(QStringLiteral("attendeesList"));
        if (attendees && attendees->count() > 0)
            attendees->item(0)->setCheckState(Qt::Checked);
        settle();
        ok = save(dialog->grab(), "log-meeting.png") && ok;
        dialog->reject();
    } else {
        ok = false;
    }
    return ok;
}

} // namespace accord::gui
