#include "ImportWizard.h"
#include "Theme.h"

#include "Format.h"
#include "ImportValueTable.h"
#include "Log.h"
#include "Prompter.h"
#include "Session.h"
#include "core/io/FileIo.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace accord::gui {

namespace {

constexpr int kPreviewRows = 20;
constexpr int kPlanRows = 200; // the dry run lists this many; the summary counts them all

/// A wizard page whose checks are the wizard's own functions.
class StepPage : public QWizardPage
{
public:
    StepPage(QWizard* wizard, const QString& name, const QString& title, const QString& subTitle)
        : QWizardPage(wizard)
    {
        setObjectName(name);
        setTitle(title);
        setSubTitle(subTitle);
    }
    std::function<void()> onInit;
    std::function<bool()> onValidate;
    std::function<bool()> complete;
    std::function<int()> next;

    void initializePage() override
    {
        if (onInit)
            onInit();
    }
    bool validatePage() override { return onValidate ? onValidate() : true; }
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    int nextId() const override { return next ? next() : QWizardPage::nextId(); }
    void refreshComplete() { emit completeChanged(); }
};

QLabel* errorLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText); // messages quote the file
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::toneText(label, theme::Tone::Error, true);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ImportWizard::ImportWizard(Session& session, Prompter& prompter, QWidget* parent)
    : QWizard(parent), m_session(session), m_prompter(prompter)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import prospects from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePage, makeFilePage());
    setPage(PreviewPage, makePreviewPage());
    setPage(MappingPage, makeMappingPage());
    setPage(ValuesPage, makeValuesPage());
    setPage(DryRunPage, makeDryRunPage());
    setStartId(FilePage);
    resize(820, 600);
}

ImportWizard::~ImportWizard() = default;

QWizardPage* ImportWizard::makeFilePage()
{
    auto* page =
        new StepPage(this, QStringLiteral("importFilePage"), tr("Choose a file"),
                     tr("A CSV file with a header row, for example a deal or company export "
                        "from Pipedrive, HubSpot or Salesforce."));
    m_fileEdit = new QLineEdit(page);
    m_fileEdit->setObjectName(QStringLiteral("importFile"));
    m_fileEdit->setAccessibleName(tr("File to import"));
    m_fileEdit->setPlaceholderText(tr("Path to a .csv file"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("importBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = m_prompter.openFileName(this, tr("Import CSV"),
                                                     tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_fileEdit->setText(QDir::toNativeSeparators(path));
    });
    m_fileError = errorLabel("importFileError", page);
    auto* row = new QHBoxLayout;
    row->addWidget(m_fileEdit, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_fileError);
    layout->addStretch();

    connect(m_fileEdit, &QLineEdit::textChanged, page, &StepPage::refreshComplete);
    page->complete = [this] { return !m_fileEdit->text().trimmed().isEmpty(); };
    page->onValidate = [this] { return loadFile(); };
    return page;
}

QWizardPage* ImportWizard::makePreviewPage()
{
    auto* page = new StepPage(this, QStringLiteral("importPreviewPage"), tr("Preview"),
                              tr("The first rows of the file, as Accord reads them."));
    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(page);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_previewSummary = new QLabel(page);
    m_previewSummary->setTextFormat(Qt::PlainText);
    m_previewSummary->setObjectName(QStringLiteral("importPreviewSummary"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_previewSummary);
    page->onInit = [this] { fillPreview(); };
    return page;
}

QWizardPage* ImportWizard::makeMappingPage()
{
    auto* page =
        new StepPage(this, QStringLiteral("importMappingPage"), tr("Match the columns"),
                     tr("Which column of the file fills each of Accord's fields. Accord guessed "
                        "from the headers; change any that are wrong."));
    auto* inner = new QWidget;
    auto* form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_dateFormat = new QComboBox(inner);
    m_dateFormat->setObjectName(QStringLiteral("importDateFormat"));
    m_dateFormat->setAccessibleName(tr("Date format"));
    m_dateFormat->addItem(tr("As the file shows (ambiguous dates are refused)"),
                          static_cast<int>(core::DateOrder::Auto));
    m_dateFormat->addItem(tr("Day first (31/01/2026)"), static_cast<int>(core::DateOrder::DMY));
    m_dateFormat->addItem(tr("Month first (01/31/2026)"), static_cast<int>(core::DateOrder::MDY));
    m_dateFormat->addItem(tr("Year first (2026/01/31)"), static_cast<int>(core::DateOrder::YMD));
    form->addRow(tr("Dates like 01/02/2026"), m_dateFormat);
    for (core::ImportField field : core::allImportFields()) {
        auto* combo = new QComboBox(inner);
        combo->setObjectName(QStringLiteral("map_") + core::importFieldKey(field));
        combo->setAccessibleName(core::importFieldDescription(field));
        m_combos[field] = combo;
        form->addRow(core::importFieldDescription(field), combo);
    }
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(scroll);
    page->onInit = [this] { fillMapping(); };
    page->onValidate = [this] {
        if (mapping().has(core::ImportField::Name))
            return true;
        m_prompter.inform(this, tr("Import CSV"),
                          tr("Choose the column that holds the prospect's name."));
        return false;
    };
    // Without a stage or status column there are no values to match.
    page->next = [this] {
        const core::ColumnMapping m = mapping();
        return m.has(core::ImportField::Stage) || m.has(core::ImportField::Status) ? ValuesPage
                                                                                   : DryRunPage;
    };
    return page;
}

QWizardPage* ImportWizard::makeValuesPage()
{
    auto* page =
        new StepPage(this, QStringLiteral("importValuesPage"), tr("Match the stages and statuses"),
                     tr("What each stage or status in the file means in Accord. Accord filled in "
                        "the ones it knows; change any that are wrong."));
    m_values = new ImportValueTable(page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_values);
    page->onInit = [this] {
        if (m_table)
            m_values->setSource(*m_table, mapping());
    };
    return page;
}

QWizardPage* ImportWizard::makeDryRunPage()
{
    auto* page =
        new StepPage(this, QStringLiteral("importDryRunPage"), tr("Check before importing"),
                     tr("Nothing has been written yet. This is what the import would create."));
    page->setFinalPage(true);
    m_planSummary = new QLabel(page);
    m_planSummary->setTextFormat(Qt::PlainText);
    m_planSummary->setObjectName(QStringLiteral("importPlanSummary"));
    m_planSummary->setWordWrap(true);
    m_planError = errorLabel("importPlanError", page);
    m_planTable = new QTableWidget(page);
    m_planTable->setObjectName(QStringLiteral("importPlanTable"));
    m_planTable->setColumnCount(5);
    m_planTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Owner"), tr("Stage"), tr("Value"), tr("Contact")});
    m_planTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planTable->horizontalHeader()->setStretchLastSection(true);
    m_planTable->verticalHeader()->hide();
    m_warnings = new QPlainTextEdit(page);
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setReadOnly(true);
    m_warnings->setMaximumHeight(110);
    m_warnings->setPlaceholderText(tr("No warnings."));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_planSummary);
    layout->addWidget(m_planError);
    layout->addWidget(m_planTable, 1);
    layout->addWidget(new QLabel(tr("Warnings:"), page));
    layout->addWidget(m_warnings);
    page->onInit = [this, page] {
        runDryRun();
        page->refreshComplete();
    };
    page->complete = [this] { return m_plan.has_value(); };
    return page;
}

bool ImportWizard::loadFile()
{
    const QString path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    try {
        core::CsvTable table = core::readCsv(core::readWholeFile(path));
        if (table.rows.empty())
            throw core::ValidationError(
                QStringLiteral("file"),
                tr("%1 has a header but no rows to import.").arg(QDir::toNativeSeparators(path)));
        if (path != m_loadedPath || !m_table || m_table->header != table.header)
            m_mappingFresh = false;
        m_table = std::move(table);
        m_loadedPath = path;
        m_plan.reset();
        showError(m_fileError, {});
        return true;
    } catch (const std::exception& e) {
        qCInfo(lcGui) << "import: cannot read" << path << e.what();
        m_table.reset();
        m_plan.reset();
        showError(m_fileError,
                  tr("This file cannot be imported: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

void ImportWizard::fillPreview()
{
    m_previewModel->clear();
    if (!m_table)
        return;
    m_previewModel->setHorizontalHeaderLabels(m_table->header);
    const int shown = std::min(kPreviewRows, static_cast<int>(m_table->rows.size()));
    for (int r = 0; r < shown; ++r) {
        QList<QStandardItem*> items;
        for (const QString& cell : m_table->rows[static_cast<size_t>(r)])
            items << new QStandardItem(cell.left(200).replace(u'\n', u' '));
        m_previewModel->appendRow(items);
    }
    m_preview->resizeColumnsToContents();
    m_previewSummary->setText(
        tr("%1 row(s) and %2 column(s); the first %3 are shown.")
            .arg(QLocale().toString(static_cast<qlonglong>(m_table->rows.size())),
                 QLocale().toString(m_table->header.size()), QLocale().toString(shown)));
}

void ImportWizard::fillMapping()
{
    if (!m_table || m_mappingFresh)
        return; // going Back and Next again keeps the user's choices
    const core::ColumnMapping guess = core::guessMapping(m_table->header);
    m_values->forgetChoices(); // another file: its values start from the defaults
    for (auto& [field, combo] : m_combos) {
        combo->clear();
        combo->addItem(tr("(not imported)"), QString());
        for (const QString& header : m_table->header)
            combo->addItem(header, header);
        const int at = combo->findData(guess.headerFor(field));
        combo->setCurrentIndex(guess.has(field) && at > 0 ? at : 0);
    }
    m_mappingFresh = true;
}

core::ColumnMapping ImportWizard::mapping() const
{
    core::ColumnMapping out;
    for (const auto& [field, combo] : m_combos) {
        const QString header = combo->currentData().toString();
        if (!header.isEmpty())
            out.set(field, header);
    }
    return out;
}

QString ImportWizard::errorText() const
{
    return m_fileError->text().isEmpty() ? m_planError->text() : m_fileError->text();
}

void ImportWizard::runDryRun()
{
    m_plan.reset();
    m_planTable->setRowCount(0);
    m_warnings->clear();
    m_planSummary->clear();
    showError(m_planError, {});
    if (!m_table)
        return;
    core::CsvImportOptions options;
    options.mapping = mapping();
    options.values = m_values->valueMap();
    options.defaultOwner = m_session.userName();
    options.defaultCurrency = m_session.pipelineSettings().currency;
    options.now = m_session.now();
    options.reasons = m_session.pipelineSettings().reasons;
    options.dateOrder = static_cast<core::DateOrder>(m_dateFormat->currentData().toInt());
    try {
        m_plan = core::planCsvImport(*m_table, options);
    } catch (const std::exception& e) {
        qCInfo(lcGui) << "import: dry run refused" << e.what();
        showError(m_planError, tr("The file cannot be imported, nothing will be written: %1")
                                   .arg(QString::fromUtf8(e.what())));
        return;
    }
    m_planSummary->setText(m_plan->report.text(true));
    m_warnings->setPlainText(m_plan->report.warnings.join(u'\n'));
    const int shown = std::min(kPlanRows, static_cast<int>(m_plan->bundles.size()));
    m_planTable->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const core::ProspectBundle& b = m_plan->bundles[static_cast<size_t>(r)];
        const QStringList cells = {b.prospect.name, b.prospect.owner,
                                   tr("%1 · %2").arg(core::stageName(b.prospect.stage),
                                                     core::statusName(b.prospect.status)),
                                   b.prospect.value.minor != 0 ? Format::money(b.prospect.value)
                                                               : QString(),
                                   b.contacts.empty() ? QString() : b.contacts.front().name};
        for (int c = 0; c < cells.size(); ++c)
            m_planTable->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_planTable->resizeColumnsToContents();
}

void ImportWizard::accept()
{
    if (!m_plan)
        return;
    try {
        m_imported = core::applyImport(m_session.store(), *m_plan);
    } catch (const std::exception& e) {
        qCWarning(lcGui) << "import failed:" << e.what();
        m_prompter.inform(this, tr("Import failed"),
                          tr("Nothing was imported: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    qCInfo(lcGui) << "imported" << m_imported.size() << "prospect(s) from" << m_loadedPath;
    m_session.notifyChanged();
    QWizard::accept();
}

} // namespace accord::gui
