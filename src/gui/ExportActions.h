#pragma once

// File → Export summary…, Export pipeline (CSV)…, Export calendar (.ics)…,
// Back up…, Restore… and Import CSV…: the desktop entry points to the formats
// in core/io. Every file goes through QSaveFile (core::writeFileAtomically);
// every question and file picker through the Prompter, so tests answer them.

#include "Session.h"
#include "core/Types.h"
#include "core/io/Summary.h"

#include <QObject>

#include <functional>
#include <optional>
#include <utility>

class QAction;
class QMenu;

namespace accord::gui {

class MainWindow;
class Prompter;
class ImportWizard;

class ExportActions : public QObject
{
    Q_OBJECT
public:
    enum class SummaryFormat { Pdf, Html, Markdown, Json };

    ExportActions(MainWindow& window, Session& session, Prompter& prompter,
                  Session::StoreOpener opener);

    /// Adds the export, backup and import actions to the File menu.
    void addToMenu(QMenu* file);
    /// File → Export summary… (null until addToMenu()).
    QAction* summaryAction() const { return m_summary; }

    /// The prospects selected in the table, or the current one elsewhere.
    QList<core::Id> summaryTargets() const;
    /// Internal summaries by default; Customer leaves out what stays in the house.
    void exportSummaries(const QList<core::Id>& ids,
                         core::SummaryAudience audience = core::SummaryAudience::Internal);
    void exportPipeline();
    void exportCalendar();
    void backUp();
    void restore();
    /// Opens the import wizard (window-modal) and returns it.
    ImportWizard* importCsv();

    /// "pdf" → Pdf …; unknown suffixes → nullopt.
    static std::optional<SummaryFormat> formatForSuffix(const QString& suffix);

signals:
    /// Restore wrote a new database and the user wants to work in it.
    void openDatabaseRequested(const QString& path);

private:
    QByteArray summaryBytes(core::Id id, SummaryFormat format, core::SummaryAudience audience,
                            QString* name) const;
    /// Asks where to save (`title`, `filter`; `suffix` added when none is
    /// typed) and writes what `make` returns there, with the status line it
    /// gives (the path fills its last place).
    void saveExport(const QString& title, const QString& filter, const QString& suffix,
                    const std::function<std::pair<QByteArray, QString>()>& make);
    bool writeFile(const QString& path, const QByteArray& bytes);
    void failed(const QString& title, const std::exception& e);
    void done(const QString& message);

    MainWindow& m_window;
    Session& m_session;
    Prompter& m_prompter;
    Session::StoreOpener m_opener;
    QAction* m_summary = nullptr;
};

} // namespace accord::gui
