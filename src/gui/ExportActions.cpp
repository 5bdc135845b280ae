#include "ExportActions.h"

#include "Log.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "core/Bundle.h"
#include "core/FileSlug.h"
#include "core/StoreMaintenance.h"
#include "core/io/Backup.h"
#include "core/io/FileIo.h"
#include "core/io/Ics.h"
#include "core/io/PipelineCsv.h"
#include "core/io/Summary.h"
#include "dialogs/ImportWizard.h"
#include "report/SummaryPdf.h"
#include "views/FilterBar.h"
#include "views/ProspectTableView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStatusBar>

#include <nlohmann/json.hpp>

namespace accord::gui {

namespace {

QAction* add(QMenu* menu, const QString& text, const char* name)
{
    QAction* a = menu->addAction(text);
    a->setObjectName(QString::fromLatin1(name));
    return a;
}

// Each summary format's file suffix, and another one people type for it.
struct FormatSuffix
{
    ExportActions::SummaryFormat format;
    const char* suffix;
    const char* alias;
};
constexpr FormatSuffix kFormatSuffixes[] = {
    {ExportActions::SummaryFormat::Pdf, "pdf", nullptr},
    {ExportActions::SummaryFormat::Html, "html", "htm"},
    {ExportActions::SummaryFormat::Markdown, "md", "markdown"},
    {ExportActions::SummaryFormat::Json, "json", nullptr},
};

QString suffixOf(ExportActions::SummaryFormat f)
{
    for (const FormatSuffix& s : kFormatSuffixes)
        if (s.format == f)
            return QLatin1String(s.suffix);
    return QStringLiteral("pdf");
}

std::vector<core::ProspectRow> allRows(core::Store& store, const core::ProspectFilter& filter)
{
    const int total = store.prospects().count(filter);
    return store.prospects().rows(filter, core::ProspectSort::Name, true, total + 1, 0);
}

/// Adds `suffix` when the user typed a name without one.
QString withSuffix(const QString& path, const QString& suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + u'.' + suffix : path;
}

bool samePath(const QString& a, const QString& b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

ExportActions::ExportActions(MainWindow& window, Session& session, Prompter& prompter,
                             Session::StoreOpener opener)
    : QObject(&window), m_window(window), m_session(session), m_prompter(prompter),
      m_opener(std::move(opener))
{
    setObjectName(QStringLiteral("exportActions"));
}

std::optional<ExportActions::SummaryFormat> ExportActions::formatForSuffix(const QString& suffix)
{
    const QString typed = suffix.toLower();
    for (const FormatSuffix& s : kFormatSuffixes)
        if (typed == QLatin1String(s.suffix) || (s.alias && typed == QLatin1String(s.alias)))
            return s.format;
    return std::nullopt;
}

void ExportActions::addToMenu(QMenu* file)
{
    QAction* summary = add(file, tr("Export &summary…"), "actionExportSummary");
    m_summary = summary;
    summary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(summary, &QAction::triggered, this, [this] { exportSummaries(summaryTargets()); });
    // The same summary without what stays in the house (BATNAs, stance,
    // concessions, notes, who logged what): core decides what it leaves out.
    QAction* customer =
        add(file, tr("Export summary for the c&ustomer…"), "actionExportCustomerSummary");
    customer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(customer, &QAction::triggered, this,
            [this] { exportSummaries(summaryTargets(), core::SummaryAudience::Customer); });
    connect(add(file, tr("Export &pipeline (CSV)…"), "actionExportPipeline"), &QAction::triggered,
            this, &ExportActions::exportPipeline);
    connect(add(file, tr("Export &calendar (.ics)…"), "actionExportCalendar"), &QAction::triggered,
            this, &ExportActions::exportCalendar);
    file->addSeparator();
    connect(add(file, tr("&Import CSV…"), "actionImportCsv"), &QAction::triggered, this,
            &ExportActions::importCsv);
    file->addSeparator();
    connect(add(file, tr("&Back up…"), "actionBackUp"), &QAction::triggered, this,
            &ExportActions::backUp);
    connect(add(file, tr("Res&tore backup…"), "actionRestoreBackup"), &QAction::triggered, this,
            &ExportActions::restore);

    // The prospects table has no context menu of its own: offer the export there.
    ProspectTableView* table = m_window.prospectTable();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addAction(summary);
    table->addAction(customer);
}

QList<core::Id> ExportActions::summaryTargets() const
{
    if (m_window.currentPage() == m_window.prospectTable()) {
        QList<core::Id> selected = m_window.prospectTable()->selectedProspectIds();
        if (!selected.isEmpty())
            return selected;
    }
    const core::Id id = m_window.currentProspectId();
    return id == core::kNoId ? QList<core::Id>{} : QList<core::Id>{id};
}

QByteArray ExportActions::summaryBytes(core::Id id, SummaryFormat format,
                                       core::SummaryAudience audience, QString* name) const
{
    core::Store& store = m_session.store();
    const auto bundle = core::loadBundle(store, id);
    if (!bundle)
        throw core::StoreError(tr("The prospect %1 no longer exists.").arg(id));
    if (name)
        *name = bundle->prospect.name;
    core::SummaryOptions options;
    options.audience = audience;
    options.now = m_session.now();
    options.criteria = store.gates().criteria();
    if (format == SummaryFormat::Json)
        return QByteArray::fromStdString(core::summaryJson(*bundle, options).dump(2) + '\n');
    const core::SummaryDocument doc = core::buildSummary(*bundle, options);
    switch (format) {
    case SummaryFormat::Pdf:
        return report::summaryPdf(doc, report::SummaryPdfOptions{});
    case SummaryFormat::Html:
        return core::summaryHtml(doc).toUtf8();
    case SummaryFormat::Markdown:
        return core::summaryMarkdown(doc).toUtf8();
    case SummaryFormat::Json:
        break;
    }
    return {};
}

void ExportActions::exportSummaries(const QList<core::Id>& ids, core::SummaryAudience audience)
{
    QWidget* parent = &m_window;
    const bool customer = audience == core::SummaryAudience::Customer;
    const QString title = customer ? tr("Export summary for the customer") : tr("Export summary");
    if (ids.isEmpty()) {
        m_prompter.inform(parent, title,
                          tr("Select a prospect (or several in the Prospects table) first."));
        return;
    }
    const QString filter = tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)");
    if (ids.size() == 1) {
        QString path = m_prompter.saveFileName(parent, title, filter);
        if (path.isEmpty())
            return;
        const auto format = formatForSuffix(QFileInfo(path).suffix());
        if (!format)
            path = withSuffix(path, QStringLiteral("pdf"));
        try {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const QByteArray bytes =
                summaryBytes(ids.front(), format.value_or(SummaryFormat::Pdf), audience, nullptr);
            QApplication::restoreOverrideCursor();
            if (writeFile(path, bytes))
                done(tr("Summary written to %1.").arg(QDir::toNativeSeparators(path)));
        } catch (const std::exception& e) {
            QApplication::restoreOverrideCursor();
            failed(title, e);
        }
        return;
    }

    const int choice =
        m_prompter.choose(parent, tr("Export summaries"),
                          tr("Export %n summaries as:", nullptr, static_cast<int>(ids.size())),
                          {tr("PDF"), tr("HTML"), tr("Markdown"), tr("JSON")});
    if (choice < 0)
        return;
    const auto format = static_cast<SummaryFormat>(choice);
    const QString folder = m_prompter.folderName(parent, tr("Folder for the summaries"));
    if (folder.isEmpty())
        return;

    QProgressDialog progress(tr("Writing summaries…"), tr("Cancel"), 0,
                             static_cast<int>(ids.size()), parent);
    progress.setObjectName(QStringLiteral("summaryProgress"));
    progress.setWindowTitle(tr("Export summaries"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    int written = 0;
    try {
        for (core::Id id : ids) {
            if (progress.wasCanceled())
                break;
            QString name;
            const QByteArray bytes = summaryBytes(id, format, audience, &name);
            const QString path = QDir(folder).filePath(
                QStringLiteral("%1-%2.%3").arg(id).arg(core::fileSlug(name), suffixOf(format)));
            core::writeFileAtomically(path, bytes);
            progress.setValue(++written);
        }
    } catch (const std::exception& e) {
        progress.cancel();
        failed(tr("Export summaries"), e);
        return;
    }
    progress.setValue(progress.maximum());
    done(tr("%1 of %2 summaries written to %3.")
             .arg(QLocale().toString(written), QLocale().toString(static_cast<int>(ids.size())),
                  QDir::toNativeSeparators(folder)));
}

void ExportActions::exportPipeline()
{
    saveExport(tr("Export pipeline"), tr("CSV files (*.csv);;All files (*)"), QStringLiteral("csv"),
               [this] {
                   const auto rows = allRows(m_session.store(), m_window.filterBar()->filter());
                   return std::pair{
                       core::pipelineCsv(rows, m_session.now()),
                       tr("%1 prospect(s) written to %2.")
                           .arg(QLocale().toString(static_cast<qlonglong>(rows.size())))};
               });
}

void ExportActions::exportCalendar()
{
    saveExport(
        tr("Export calendar"), tr("iCalendar files (*.ics);;All files (*)"), QStringLiteral("ics"),
        [this] {
            core::Store& store = m_session.store();
            std::vector<core::Prospect> prospects;
            std::vector<core::Meeting> meetings;
            for (const core::ProspectRow& r : allRows(store, m_window.filterBar()->filter())) {
                prospects.push_back(r.prospect);
                const auto list = store.meetings().forProspect(r.prospect.id);
                meetings.insert(meetings.end(), list.begin(), list.end());
            }
            core::IcsOptions options;
            options.stamp = m_session.now();
            return std::pair{core::calendarIcs(prospects, meetings, options),
                             tr("%1 meeting(s) written to %2.")
                                 .arg(QLocale().toString(static_cast<qlonglong>(meetings.size())))};
        });
}

void ExportActions::saveExport(const QString& title, const QString& filter, const QString& suffix,
                               const std::function<std::pair<QByteArray, QString>()>& make)
{
    QString path = m_prompter.saveFileName(&m_window, title, filter);
    if (path.isEmpty())
        return;
    path = withSuffix(path, suffix);
    try {
        const auto [bytes, message] = make();
        if (writeFile(path, bytes))
            done(message.arg(QDir::toNativeSeparators(path)));
    } catch (const std::exception& e) {
        failed(title, e);
    }
}

void ExportActions::backUp()
{
    QString path =
        m_prompter.saveFileName(&m_window, tr("Back up"),
                                tr("Accord pipeline copy (*.accord *.sqlite);;JSON backup "
                                   "(*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    path = withSuffix(path, QStringLiteral("accord"));
    core::Store& store = m_session.store();
    if (samePath(path, store.location())) {
        m_prompter.inform(&m_window, tr("Back up"),
                          tr("Choose another file: this is the open database."));
        return;
    }
    core::StoreMaintenance& maintenance = store.maintenance();
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
            core::writeFileAtomically(path, core::backupJson(store, maintenance.schemaVersion()));
        } else if (maintenance.canCopyToFile()) {
            maintenance.copyToFile(path); // a consistent copy while the database is open
        } else {
            throw core::StoreError(tr("This database can only be backed up as JSON."));
        }
        QApplication::restoreOverrideCursor();
        done(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        failed(tr("Back up"), e);
    }
}

void ExportActions::restore()
{
    QWidget* parent = &m_window;
    const QString source = m_prompter.openFileName(parent, tr("Restore backup"),
                                                   tr("JSON backups (*.json);;All files (*)"));
    if (source.isEmpty())
        return;
    core::BackupContents contents;
    try {
        contents = core::parseBackup(core::readWholeFile(source),
                                     m_session.store().maintenance().schemaVersion());
    } catch (const std::exception& e) {
        failed(tr("Restore backup"), e);
        return;
    }
    QString target = m_prompter.saveFileName(parent, tr("Restore into a new database"),
                                             tr("Accord pipelines (*.accord *.sqlite *.db)"));
    if (target.isEmpty())
        return;
    target = withSuffix(target, QStringLiteral("accord"));
    if (QFileInfo::exists(target)) {
        // Restoring needs an empty database; never touch one that holds work.
        m_prompter.inform(parent, tr("Restore backup"),
                          tr("%1 already exists. Choose a name for a new database file.")
                              .arg(QDir::toNativeSeparators(target)));
        return;
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        // Built aside and moved into place only if nobody made the file
        // meanwhile: a failure never removes a file of someone else's.
        core::restoreBackupIntoNewFile(target, contents, m_opener);
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        failed(tr("Restore backup"), e);
        return;
    }
    qCInfo(lcGui) << "restored" << contents.prospects.size() << "prospect(s) into" << target;
    if (m_prompter.confirm(parent, tr("Restore backup"),
                           tr("Restored %n prospect(s) into %1. Open it now?", nullptr,
                              static_cast<int>(contents.prospects.size()))
                               .arg(QDir::toNativeSeparators(target))))
        emit openDatabaseRequested(target);
}

ImportWizard* ExportActions::importCsv()
{
    auto* wizard = new ImportWizard(m_session, m_prompter, &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        done(tr("Imported %n prospect(s).", nullptr,
                static_cast<int>(wizard->importedIds().size())));
    });
    wizard->open();
    return wizard;
}

bool ExportActions::writeFile(const QString& path, const QByteArray& bytes)
{
    try {
        core::writeFileAtomically(path, bytes);
        return true;
    } catch (const std::exception& e) {
        failed(tr("Cannot write the file"), e);
        return false;
    }
}

void ExportActions::failed(const QString& title, const std::exception& e)
{
    qCWarning(lcGui) << title << e.what();
    m_prompter.inform(&m_window, title, QString::fromUtf8(e.what()));
}

void ExportActions::done(const QString& message)
{
    m_window.statusBar()->showMessage(message, 8000);
}

} // namespace accord::gui
