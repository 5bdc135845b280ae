#include "SmallDialogs.h"

#include "LiveValidation.h"
#include "views/GateCriteriaPage.h"

#include "Prompter.h"
#include "Session.h"
#include "core/Validation.h"
#include "storage/Backups.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace accord::gui {

namespace {
QLabel* errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setTextFormat(Qt::PlainText); // messages quote what was typed
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    l->hide();
    return l;
}

QDialogButtonBox* okCancel(QDialog* d)
{
    auto* b = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
    QObject::connect(b, &QDialogButtonBox::accepted, d, &QDialog::accept);
    QObject::connect(b, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return b;
}

QComboBox* editableCombo(QWidget* parent, const char* name, const QStringList& items)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(QString::fromLatin1(name));
    c->setEditable(true);
    c->addItems(items);
    c->setCurrentText(QString());
    return c;
}

/// Why backups cannot be written into `folder` (an absolute path), or empty.
/// A folder that does not exist yet is fine when it can be created; nothing
/// is created here, and the probe file is removed at once.
QString backupFolderProblem(const QString& folder)
{
    const QString shown = QDir::toNativeSeparators(folder);
    QString existing = folder;
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    if (!QFileInfo(existing).isDir())
        return SettingsDialog::tr(
                   "The backup folder %1 cannot be created: %2 is a file, not a folder.")
            .arg(shown, QDir::toNativeSeparators(existing));
    QTemporaryFile probe(QDir(existing).filePath(QStringLiteral(".accord-write-test-XXXXXX")));
    if (!probe.open())
        return SettingsDialog::tr("The backup folder %1 is not writable. Choose another folder.")
            .arg(shown);
    return {};
}
} // namespace

// --- NewProspectDialog

NewProspectDialog::NewProspectDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("newProspectDialog"));
    setWindowTitle(tr("New prospect"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    QStringList owners, industries;
    try {
        owners = session.store().prospects().owners();
        industries = session.store().prospects().industries();
    } catch (const std::exception&) {
    }
    m_owner = editableCombo(this, "ownerCombo", owners);
    m_owner->setCurrentText(session.userName());
    m_industry = editableCombo(this, "industryCombo", industries);
    m_segment = new QLineEdit(this);
    m_segment->setObjectName(QStringLiteral("segmentEdit"));
    m_website = new QLineEdit(this);
    m_website->setObjectName(QStringLiteral("websiteEdit"));
    m_value = new QDoubleSpinBox(this);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setRange(0, 1e12);
    m_value->setDecimals(0);
    m_value->setGroupSeparatorShown(true);
    m_value->setSuffix(QLatin1Char(' ') + session.pipelineSettings().currency);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("Annual &value:"), m_value);
    m_error = errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    resize(440, sizeHint().height());
    revalidateOnEdit(this, m_error, [this] { return problem(); });
}

QString NewProspectDialog::problem() const
{
    try {
        core::validate(prospect());
    } catch (const core::ValidationError& e) {
        return e.message();
    }
    return {};
}

core::Prospect NewProspectDialog::prospect() const
{
    core::Prospect p;
    p.name = m_name->text().trimmed();
    p.owner = m_owner->currentText().trimmed();
    p.industry = m_industry->currentText().trimmed();
    p.segment = m_segment->text().trimmed();
    p.website = m_website->text().trimmed();
    p.value.currency = m_session.pipelineSettings().currency;
    p.value.minor =
        std::llround(m_value->value() * static_cast<double>(core::minorPerMajor(p.value.currency)));
    return p;
}

void NewProspectDialog::accept()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    QDialog::accept();
}

// --- ContactDialog

ContactDialog::ContactDialog(const core::Contact& contact, QWidget* parent)
    : QDialog(parent), m_contact(contact)
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contact.id == core::kNoId ? tr("Add contact") : tr("Edit contact"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(contact.name, this);
    m_name->setObjectName(QStringLiteral("contactNameEdit"));
    m_title = new QLineEdit(contact.title, this);
    m_title->setObjectName(QStringLiteral("contactTitleEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("contactRoleCombo"));
    for (auto r : {core::ContactRole::Executive, core::ContactRole::Operations,
                   core::ContactRole::FieldSales, core::ContactRole::Other})
        m_role->addItem(core::contactRoleName(r), static_cast<int>(r));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(contact.role)));
    m_email = new QLineEdit(contact.email, this);
    m_email->setObjectName(QStringLiteral("contactEmailEdit"));
    m_phone = new QLineEdit(contact.phone, this);
    m_phone->setObjectName(QStringLiteral("contactPhoneEdit"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    m_error = errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this));
    revalidateOnEdit(this, m_error, [this] { return problem(); });
}

QString ContactDialog::problem() const
{
    try {
        core::validate(contact());
    } catch (const core::ValidationError& e) {
        return e.message();
    }
    return {};
}

core::Contact ContactDialog::contact() const
{
    core::Contact c = m_contact;
    c.name = m_name->text().trimmed();
    c.title = m_title->text().trimmed();
    c.role = static_cast<core::ContactRole>(m_role->currentData().toInt());
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    return c;
}

void ContactDialog::accept()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    QDialog::accept();
}

// --- SettingsDialog

SettingsDialog::SettingsDialog(Session& session, QWidget* parent, Prompter* prompter)
    : QDialog(parent), m_session(session), m_prompter(prompter)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_loadedSettings = session.pipelineSettings();
    const core::PipelineSettings& s = m_loadedSettings;
    auto* outer = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    auto* general = new QWidget(tabs);
    auto* layout = new QVBoxLayout(general);

    auto* you = new QFormLayout;
    m_name = new QLineEdit(session.userName(), this);
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    you->addRow(tr("Your &name (logged by, changed by):"), m_name);
    layout->addLayout(you);

    auto* box = new QGroupBox(tr("Pipeline (shared by everyone using this file)"), this);
    auto* form = new QFormLayout(box);
    for (int i = 0; i < 3; ++i) {
        const auto stage = static_cast<core::Stage>(i + 1);
        m_stale[static_cast<size_t>(i)] = new QSpinBox(box);
        m_stale[static_cast<size_t>(i)]->setObjectName(QStringLiteral("staleDays%1").arg(i + 1));
        m_stale[static_cast<size_t>(i)]->setRange(1, 365);
        m_stale[static_cast<size_t>(i)]->setSuffix(tr(" days"));
        m_stale[static_cast<size_t>(i)]->setValue(s.staleDays[static_cast<size_t>(i)]);
        form->addRow(tr("Stale after, %1:").arg(core::stageShortName(stage)),
                     m_stale[static_cast<size_t>(i)]);
    }
    for (int i = 0; i < 4; ++i) {
        const auto stage = static_cast<core::Stage>(i + 1);
        auto* spin = new QSpinBox(box);
        spin->setObjectName(QStringLiteral("probability%1").arg(i + 1));
        spin->setRange(0, 100);
        spin->setSuffix(tr(" %"));
        spin->setValue(s.probabilityPercent[static_cast<size_t>(i)]);
        m_probability[static_cast<size_t>(i)] = spin;
        form->addRow(tr("Probability, %1:").arg(core::stageShortName(stage)), spin);
    }
    m_currency = new QComboBox(box);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                          QStringLiteral("JPY"), QStringLiteral("CHF"), QStringLiteral("CAD")});
    m_currency->setCurrentText(s.currency);
    form->addRow(tr("&Currency:"), m_currency);
    layout->addWidget(box);
    layout->addWidget(buildBackupGroup(general));
    layout->addStretch();
    tabs->addTab(general, tr("&General"));
    tabs->addTab(buildCurrencyPage(tabs), tr("C&urrencies"));
    // Gate criteria edits apply at once, each an undoable command.
    tabs->addTab(new GateCriteriaPage(session, tabs), tr("Gate &criteria"));
    outer->addWidget(tabs);
    outer->addWidget(okCancel(this));
}

QWidget* SettingsDialog::buildBackupGroup(QWidget* parent)
{
    core::Store& store = m_session.store();
    storage::BackupPolicy policy;
    try {
        policy = storage::backupPolicy(store.settings(), store.location());
        m_loadedFolder = store.settings().value(QLatin1String(storage::kBackupFolderKey)).trimmed();
    } catch (const std::exception&) {
        // Unreadable settings: show the defaults; saving writes them.
    }
    m_loadedEnabled = policy.enabled;
    m_loadedKeep = policy.keep;
    const QString defaultFolder = storage::defaultBackupFolder(store.location());

    auto* box = new QGroupBox(tr("Backups"), parent);
    box->setObjectName(QStringLiteral("backupGroup"));
    auto* form = new QFormLayout(box);
    m_backupEnabled = new QCheckBox(tr("Keep a &daily backup"), box);
    m_backupEnabled->setObjectName(QStringLiteral("backupEnabled"));
    m_backupEnabled->setToolTip(tr("Once a day, Accord copies this database into the backup "
                                   "folder shortly after it starts."));
    m_backupEnabled->setChecked(policy.enabled);
    form->addRow(m_backupEnabled);
    m_backupKeep = new QSpinBox(box);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, 365);
    m_backupKeep->setSuffix(tr(" copies"));
    m_backupKeep->setValue(std::clamp(policy.keep, 1, 365));
    form->addRow(tr("Keep the &newest:"), m_backupKeep);
    m_backupFolder = new QLineEdit(QDir::toNativeSeparators(m_loadedFolder), box);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setPlaceholderText(QDir::toNativeSeparators(defaultFolder));
    m_backupFolder->setClearButtonEnabled(true);
    auto* choose = new QPushButton(tr("C&hoose…"), box);
    choose->setObjectName(QStringLiteral("backupChooseFolder"));
    connect(choose, &QPushButton::clicked, this, &SettingsDialog::chooseBackupFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(choose);
    form->addRow(tr("Backup &folder:"), folderRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(folderRow)))
        label->setBuddy(m_backupFolder);
    m_backupError = errorLabel(box);
    m_backupError->setObjectName(QStringLiteral("backupError"));
    form->addRow(m_backupError);

    const auto follow = [this, choose](bool on) {
        m_backupKeep->setEnabled(on);
        m_backupFolder->setEnabled(on);
        choose->setEnabled(on);
    };
    connect(m_backupEnabled, &QCheckBox::toggled, this, follow);
    follow(policy.enabled);
    return box;
}

QWidget* SettingsDialog::buildCurrencyPage(QWidget* parent)
{
    const core::PipelineSettings& s = m_session.pipelineSettings();
    auto* page = new QWidget(parent);
    page->setObjectName(QStringLiteral("currenciesPage"));
    auto* layout = new QVBoxLayout(page);
    auto* note = new QLabel(
        tr("Totals convert every value to the pipeline currency (%1) with these exchange rates. "
           "A prospect in a currency without a rate stays out of the totals and is counted as "
           "unconverted.")
            .arg(s.currency),
        page);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_rates = new QTableWidget(0, 2, page);
    m_rates->setObjectName(QStringLiteral("currencyRates"));
    m_rates->setHorizontalHeaderLabels(
        {tr("Currency"), tr("Worth in the pipeline currency (1 unit =)")});
    m_rates->horizontalHeader()->setStretchLastSection(true);
    m_rates->verticalHeader()->hide();
    for (const auto& [code, rate] : s.rates)
        addRateRow(code, core::PipelineSettings::formatRate(rate));
    layout->addWidget(m_rates);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add rate"), page);
    add->setObjectName(QStringLiteral("addRateButton"));
    auto* remove = new QPushButton(tr("&Remove rate"), page);
    remove->setObjectName(QStringLiteral("removeRateButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_ratesError = new QLabel(page);
    m_ratesError->setObjectName(QStringLiteral("ratesError"));
    m_ratesError->setTextFormat(Qt::PlainText);
    m_ratesError->setWordWrap(true);
    m_ratesError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ratesError->hide();
    layout->addWidget(m_ratesError);
    connect(add, &QPushButton::clicked, this, [this] {
        addRateRow(QString(), QString());
        m_rates->setCurrentCell(m_rates->rowCount() - 1, 0);
        m_rates->editItem(m_rates->item(m_rates->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_rates->currentRow() >= 0)
            m_rates->removeRow(m_rates->currentRow());
    });
    return page;
}

void SettingsDialog::addRateRow(const QString& code, const QString& rate)
{
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    m_rates->setItem(row, 0, new QTableWidgetItem(code));
    m_rates->setItem(row, 1, new QTableWidgetItem(rate));
}

std::optional<core::ExchangeRates> SettingsDialog::enteredRates(const QString& pipelineCurrency)
{
    core::ExchangeRates rates;
    auto refuse = [this](int row, const QString& message) {
        m_tabs->setCurrentWidget(m_rates->parentWidget());
        m_rates->setCurrentCell(row, 0);
        m_ratesError->setText(message);
        m_ratesError->show();
        return std::nullopt;
    };
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const QString code =
            m_rates->item(row, 0) ? m_rates->item(row, 0)->text().trimmed().toUpper() : QString();
        const QString text = m_rates->item(row, 1) ? m_rates->item(row, 1)->text() : QString();
        if (code.isEmpty() && text.trimmed().isEmpty())
            continue;
        try {
            core::validateCurrencyCode(code);
        } catch (const core::ValidationError& e) {
            return refuse(row, e.message());
        }
        if (code == pipelineCurrency)
            continue; // the pipeline currency needs no rate
        const auto rate = core::PipelineSettings::parseRate(text);
        if (!rate)
            return refuse(row, tr("The rate of %1 must be a number such as 1.08 (from 0.000000001 "
                                  "to 1000000000).")
                                   .arg(code));
        if (rates.count(code))
            return refuse(row, tr("%1 has two rates; keep one.").arg(code));
        rates[code] = *rate;
    }
    m_ratesError->hide();
    return rates;
}

void SettingsDialog::chooseBackupFolder()
{
    WidgetPrompter standard;
    Prompter& prompter = m_prompter ? *m_prompter : standard;
    const QString folder = prompter.folderName(this, tr("Backup folder"));
    if (!folder.isEmpty())
        m_backupFolder->setText(QDir::toNativeSeparators(folder));
}

bool SettingsDialog::checkBackups(std::optional<storage::BackupPolicy>& toSave)
{
    const QString typed = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    storage::BackupPolicy policy;
    policy.enabled = m_backupEnabled->isChecked();
    policy.keep = m_backupKeep->value();
    policy.folder = typed.isEmpty() ? QString() : QDir::cleanPath(typed);
    const QString loadedFolder =
        m_loadedFolder.isEmpty() ? QString() : QDir::cleanPath(m_loadedFolder);
    if (policy.enabled == m_loadedEnabled && policy.keep == m_loadedKeep &&
        policy.folder == loadedFolder)
        return true; // unchanged: nothing to check or write

    const auto refuse = [this](const QString& why) {
        m_backupError->setText(why);
        m_backupError->show();
        m_tabs->setCurrentIndex(0);
        m_backupFolder->setFocus();
        return false;
    };
    if (policy.enabled) {
        if (!policy.folder.isEmpty() && QDir::isRelativePath(policy.folder))
            return refuse(tr("Give the backup folder as a full path, or leave it empty for the "
                             "default."));
        const QString effective = policy.folder.isEmpty()
                                      ? storage::defaultBackupFolder(m_session.store().location())
                                      : policy.folder;
        if (const QString problem = backupFolderProblem(effective); !problem.isEmpty())
            return refuse(problem);
    }
    toSave = policy;
    m_backupError->hide();
    return true;
}

void SettingsDialog::accept()
{
    // Backups first: a folder that cannot be used keeps the dialog open with
    // nothing saved yet.
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const auto rates = enteredRates(currency);
    if (!rates)
        return;
    std::optional<storage::BackupPolicy> policy;
    if (!checkBackups(policy))
        return;
    m_session.setUserName(m_name->text());
    core::PipelineSettings s = m_loadedSettings;
    s.rates = *rates;
    for (size_t i = 0; i < 3; ++i)
        s.staleDays[i] = m_stale[i]->value();
    for (size_t i = 0; i < 4; ++i)
        s.probabilityPercent[i] = m_probability[i]->value();
    s.currency = m_currency->currentText().trimmed().toUpper();
    // The backup settings and the pipeline settings in one transaction: all or
    // nothing, and only what was changed here (refused when someone else
    // changed that same setting since the dialog opened).
    storage::BackupPolicy loaded;
    loaded.enabled = m_loadedEnabled;
    loaded.keep = m_loadedKeep;
    loaded.folder = m_loadedFolder;
    if (!m_session.setPipelineSettings(
            s,
            [&] {
                if (policy)
                    storage::saveBackupPolicy(m_session.store().settings(), *policy, &loaded);
            },
            &m_loadedSettings))
        return;
    QDialog::accept();
}

} // namespace accord::gui
