#include "AttachmentsTab.h"

#include "Prompter.h"
#include "ReadError.h"
#include "Session.h"
#include "commands/AttachmentCommands.h"
#include "core/io/FileIo.h"
#include "models/AttachmentModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace accord::gui {

namespace {

/// A busy cursor while a file of up to 25 MB is read or written.
struct BusyCursor
{
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

QStringList localFiles(const QMimeData* mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            out << url.toLocalFile();
    return out;
}

} // namespace

AttachmentsTab::AttachmentsTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter)
{
    setObjectName(QStringLiteral("attachmentsTab"));
    m_model = new AttachmentModel(session, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("attachmentList"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AttachmentModel::NameColumn, 260);
    m_view->setColumnWidth(AttachmentModel::SizeColumn, 90);
    m_view->setColumnWidth(AttachmentModel::LinkColumn, 220);
    m_view->setColumnWidth(AttachmentModel::AddedByColumn, 130);
    m_view->setAccessibleName(tr("Files of this prospect"));
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this] { openSelected(); });

    m_link = new QComboBox(this);
    m_link->setObjectName(QStringLiteral("attachmentLinkChoice"));
    auto* linkLabel = new QLabel(tr("Link new files &to:"), this);
    linkLabel->setBuddy(m_link);
    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("attachmentAdd"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("attachmentOpen"));
    m_saveAs = new QPushButton(tr("&Save as…"), this);
    m_saveAs->setObjectName(QStringLiteral("attachmentSaveAs"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("attachmentRemove"));
    connect(add, &QPushButton::clicked, this, &AttachmentsTab::addFiles);
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_saveAs, &QPushButton::clicked, this, &AttachmentsTab::saveSelectedAs);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsTab::removeSelected);

    m_hint = new QLabel(tr("The data they sent, the signed agreement: files of up to 25 MB each. "
                           "Drop files on the list to attach them."),
                        this);
    m_hint->setObjectName(QStringLiteral("attachmentHint"));
    m_hint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAs);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(linkLabel);
    buttons->addWidget(m_link);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttachmentsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentsTab::updateButtons);
    connect(&session, &Session::storeChanged, this, &AttachmentsTab::reloadLinks);
    updateButtons();
}

void AttachmentsTab::setProspect(core::Id id)
{
    m_prospectId = id;
    m_model->setProspect(id);
    reloadLinks();
}

void AttachmentsTab::reloadLinks()
{
    const QVariant current = m_link->currentData();
    m_link->clear();
    m_link->addItem(tr("Nothing"), QString());
    m_link->addItem(tr("The agreement"), QStringLiteral("agreement"));
    if (m_prospectId != core::kNoId)
        tryRead(m_session, tr("The data requests could not be read: %1"), [&] {
            for (const core::DataRequest& r :
                 m_session.store().evidence().dataRequests(m_prospectId))
                m_link->addItem(tr("Data request: %1").arg(r.item),
                                QStringLiteral("data-request:%1").arg(r.id));
        });
    const int at = m_link->findData(current);
    m_link->setCurrentIndex(at >= 0 ? at : 0);
}

void AttachmentsTab::updateButtons()
{
    const bool one = selected() != nullptr;
    m_open->setEnabled(one);
    m_saveAs->setEnabled(one);
    m_remove->setEnabled(one && !m_session.store().isReadOnly());
}

const core::AttachmentInfo* AttachmentsTab::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->infoAt(rows.front().row());
}

void AttachmentsTab::failed(const QString& message)
{
    emit m_session.commandFailed(message);
}

void AttachmentsTab::addFiles()
{
    const QString path = m_prompter.openFileName(this, tr("Attach a file"), tr("All files (*)"));
    if (!path.isEmpty())
        attachFiles({path});
}

void AttachmentsTab::attachFiles(const QStringList& paths)
{
    if (m_prospectId == core::kNoId)
        return;
    core::AttachmentLink link;
    try {
        link = core::parseAttachmentLink(m_link->currentData().toString());
    } catch (const core::ValidationError& e) {
        failed(e.message());
        return;
    }
    for (const QString& path : paths) {
        QByteArray bytes;
        try {
            // The size first: a file too large is never read.
            const QString name = core::attachmentName(path);
            core::checkAttachmentSize(name, QFileInfo(path).size());
            BusyCursor busy;
            bytes = core::readWholeFile(path, core::kMaxAttachmentBytes);
        } catch (const std::exception& e) {
            const auto* v = dynamic_cast<const core::ValidationError*>(&e);
            failed(v ? v->message() : QString::fromUtf8(e.what()));
            continue;
        }
        BusyCursor busy;
        m_session.execute(std::make_unique<AddAttachmentCommand>(
            m_session, m_prospectId, QFileInfo(path).fileName(), std::move(bytes), link));
    }
}

QByteArray AttachmentsTab::readBytes(const core::AttachmentInfo& info)
{
    BusyCursor busy;
    QByteArray bytes;
    tryRead(m_session, tr("The file could not be read: %1"),
            [&] { bytes = m_session.store().attachments().bytes(info.id); });
    return bytes;
}

QString AttachmentsTab::openSelected()
{
    const core::AttachmentInfo* info = selected();
    if (!info)
        return {};
    const core::AttachmentInfo a = *info;
    const QByteArray bytes = readBytes(a);
    if (bytes.isEmpty())
        return {};
    if (!m_openDir)
        m_openDir = std::make_unique<QTemporaryDir>();
    // A folder per attachment keeps its own name for the viewer's title.
    const QString folder = m_openDir->filePath(QString::number(a.id));
    QString path = QDir(folder).filePath(a.name);
    try {
        if (!QDir().mkpath(folder))
            throw core::StoreError(tr("Cannot create %1.").arg(folder));
        core::writeFileAtomically(path, bytes);
    } catch (const core::StoreError& e) {
        failed(e.message());
        return {};
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        failed(tr("No program opened %1; save it with Save as… instead.").arg(a.name));
    return path;
}

void AttachmentsTab::saveSelectedAs()
{
    const core::AttachmentInfo* info = selected();
    if (!info)
        return;
    const core::AttachmentInfo a = *info;
    const QString path =
        m_prompter.saveFileName(this, tr("Save %1 as").arg(a.name), tr("All files (*)"), a.name);
    if (path.isEmpty())
        return;
    const QByteArray bytes = readBytes(a);
    if (bytes.isEmpty())
        return;
    try {
        BusyCursor busy;
        core::writeFileAtomically(path, bytes);
    } catch (const core::StoreError& e) {
        failed(e.message());
    }
}

void AttachmentsTab::removeSelected()
{
    const core::AttachmentInfo* info = selected();
    if (!info)
        return;
    BusyCursor busy;
    m_session.execute(std::make_unique<RemoveAttachmentCommand>(m_session, *info));
}

bool AttachmentsTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (!localFiles(drag->mimeData()).isEmpty() && m_prospectId != core::kNoId) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            const QStringList files = localFiles(drop->mimeData());
            if (!files.isEmpty()) {
                drop->acceptProposedAction();
                attachFiles(files);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace accord::gui
