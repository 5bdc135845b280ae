#include "BackupSettingsBox.h"

#include "DialogParts.h"

#include "Prompter.h"
#include "ReadError.h"
#include "Session.h"
#include "core/Store.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryFile>

#include <algorithm>

namespace accord::gui {

namespace {
/// Why backups cannot be written into `folder` (an absolute path), or empty.
/// A folder that does not exist yet is fine when it can be created; nothing
/// is created here, and the probe file is removed at once.
QString folderProblem(const QString& folder)
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
        return BackupSettingsBox::tr(
                   "The backup folder %1 cannot be created: %2 is a file, not a folder.")
            .arg(shown, QDir::toNativeSeparators(existing));
    QTemporaryFile probe(QDir(existing).filePath(QStringLiteral(".accord-write-test-XXXXXX")));
    if (!probe.open())
        return BackupSettingsBox::tr("The backup folder %1 is not writable. Choose another folder.")
            .arg(shown);
    return {};
}
} // namespace

BackupSettingsBox::BackupSettingsBox(Session& session, Prompter* prompter, QWidget* parent)
    : QGroupBox(tr("Backups"), parent), m_session(session), m_prompter(prompter)
{
    setObjectName(QStringLiteral("backupGroup"));
    core::Store& store = session.store();
    core::BackupPolicy policy;
    // Unreadable settings: the defaults show; saving writes them.
    tryRead(session, tr("The backup settings could not be read: %1"), [&] {
        policy = core::backupPolicy(store.settings(), store.location());
        m_loaded.folder = store.settings().value(QLatin1String(core::kBackupFolderKey)).trimmed();
    });
    m_loaded.enabled = policy.enabled;
    m_loaded.keep = policy.keep;
    const QString defaultFolder = core::defaultBackupFolder(store.location());

    auto* form = new QFormLayout(this);
    m_enabled = new QCheckBox(tr("Keep a &daily backup"), this);
    m_enabled->setObjectName(QStringLiteral("backupEnabled"));
    m_enabled->setToolTip(tr("Once a day, Accord copies this database into the backup "
                             "folder shortly after it starts."));
    m_enabled->setChecked(policy.enabled);
    form->addRow(m_enabled);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(1, 365);
    m_keep->setSuffix(tr(" copies"));
    m_keep->setValue(std::clamp(policy.keep, 1, 365));
    form->addRow(tr("Keep the &newest:"), m_keep);
    m_folder = new QLineEdit(QDir::toNativeSeparators(m_loaded.folder), this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setPlaceholderText(QDir::toNativeSeparators(defaultFolder));
    m_folder->setClearButtonEnabled(true);
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("backupChooseFolder"));
    connect(choose, &QPushButton::clicked, this, &BackupSettingsBox::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    form->addRow(tr("Backup &folder:"), folderRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(folderRow)))
        label->setBuddy(m_folder);
    m_error = errorLabel(this);
    m_error->setObjectName(QStringLiteral("backupError"));
    form->addRow(m_error);

    const auto follow = [this, choose](bool on) {
        m_keep->setEnabled(on);
        m_folder->setEnabled(on);
        choose->setEnabled(on);
    };
    connect(m_enabled, &QCheckBox::toggled, this, follow);
    follow(policy.enabled);
}

void BackupSettingsBox::chooseFolder()
{
    WidgetPrompter standard;
    Prompter& prompter = m_prompter ? *m_prompter : standard;
    const QString folder = prompter.folderName(this, tr("Backup folder"));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

bool BackupSettingsBox::check(std::optional<core::BackupPolicy>& toSave)
{
    const QString typed = QDir::fromNativeSeparators(m_folder->text().trimmed());
    core::BackupPolicy policy;
    policy.enabled = m_enabled->isChecked();
    policy.keep = m_keep->value();
    policy.folder = typed.isEmpty() ? QString() : QDir::cleanPath(typed);
    const QString loadedFolder =
        m_loaded.folder.isEmpty() ? QString() : QDir::cleanPath(m_loaded.folder);
    if (policy.enabled == m_loaded.enabled && policy.keep == m_loaded.keep &&
        policy.folder == loadedFolder)
        return true; // unchanged: nothing to check or write

    const auto refuse = [this](const QString& why) {
        m_error->setText(why);
        m_error->show();
        return false;
    };
    if (policy.enabled) {
        if (!policy.folder.isEmpty() && QDir::isRelativePath(policy.folder))
            return refuse(tr("Give the backup folder as a full path, or leave it empty for the "
                             "default."));
        const QString effective = policy.folder.isEmpty()
                                      ? core::defaultBackupFolder(m_session.store().location())
                                      : policy.folder;
        if (const QString problem = folderProblem(effective); !problem.isEmpty())
            return refuse(problem);
    }
    toSave = policy;
    m_error->hide();
    return true;
}

void BackupSettingsBox::save(const core::BackupPolicy& policy)
{
    core::saveBackupPolicy(m_session.store().settings(), policy, &m_loaded);
}

void BackupSettingsBox::focusFolder()
{
    m_folder->setFocus();
}

} // namespace accord::gui
