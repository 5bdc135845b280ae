#pragma once

// File → Import CSV…: pick a file, preview its first rows, map its columns to
// Accord's fields (guessed from the header, editable), say what the file's
// stage and status values mean (skipped when neither column is mapped), see a
// dry run of what would be created, then import it in one transaction. Nothing
// is written until the last step, and nothing at all when the file or a value
// is bad.

#include "core/io/CrmImport.h"

#include <QWizard>

#include <map>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace accord::gui {

class Session;
class Prompter;
class ImportValueTable;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, PreviewPage, MappingPage, ValuesPage, DryRunPage };

    ImportWizard(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ~ImportWizard() override;

    QLineEdit* fileEdit() const { return m_fileEdit; }
    /// The combo that maps `field` (first item: not imported).
    QComboBox* mappingCombo(core::ImportField field) const { return m_combos.at(field); }
    /// The mapping as the combos show it now.
    core::ColumnMapping mapping() const;
    /// How numeric dates such as 01/02/2026 read (data: core::DateOrder as int).
    QComboBox* dateFormatCombo() const { return m_dateFormat; }
    /// The stage/status values of the file and what they mean in Accord.
    ImportValueTable* valueTable() const { return m_values; }
    /// The last error shown (empty when none): the file's or the dry run's.
    QString errorText() const;
    /// Ids of the prospects the import created (empty until it ran).
    const std::vector<core::Id>& importedIds() const { return m_imported; }

    void accept() override;

private:
    QWizardPage* makeFilePage();
    QWizardPage* makePreviewPage();
    QWizardPage* makeMappingPage();
    QWizardPage* makeValuesPage();
    QWizardPage* makeDryRunPage();
    bool loadFile();
    void fillPreview();
    void fillMapping();
    void runDryRun();

    Session& m_session;
    Prompter& m_prompter;
    QLineEdit* m_fileEdit = nullptr;
    QLabel* m_fileError = nullptr;
    QTableView* m_preview = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    QLabel* m_previewSummary = nullptr;
    std::map<core::ImportField, QComboBox*> m_combos;
    QComboBox* m_dateFormat = nullptr;
    ImportValueTable* m_values = nullptr;
    QLabel* m_planSummary = nullptr;
    QLabel* m_planError = nullptr;
    QTableWidget* m_planTable = nullptr;
    QPlainTextEdit* m_warnings = nullptr;

    QString m_loadedPath;
    std::optional<core::CsvTable> m_table;
    std::optional<core::CsvImportPlan> m_plan;
    std::vector<core::Id> m_imported;
    bool m_mappingFresh = false; // the combos show the guess for the loaded file
};

} // namespace accord::gui
